// Error Reporting link-back: the GitHub issue of a group goes into its Error Reporting group's
// tracking issues (projects.groups.update), so the console links to the issue. Runs after the
// issues are filed; reads the group first and keeps the links it already has.
import type { Report } from '../types.js';
import type { Settings } from '../settings.js';
import type { AuthDeps, GcpAuth } from './auth.js';
import { explainAuthError } from './explain.js';

const ENV_ERROR_REPORTING_URL = 'LOG_GARDENER_ERROR_REPORTING_URL';
const DEFAULT_ERROR_REPORTING_URL = 'https://clouderrorreporting.googleapis.com';
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** Each Error Reporting call is cut off after this long. */
const ERROR_REPORTING_TIMEOUT_MS = 15_000;

interface ErrorGroup {
  name: string;
  groupId?: string;
  trackingIssues?: { url: string }[];
  [key: string]: unknown;
}

interface LinkResult {
  /** `projects/P/groups/G` -> issue URL, written this run. */
  linked: { group: string; url: string }[];
  /** Groups that already listed the issue. */
  unchanged: string[];
  /** One line each; a denied project is reported once and its other groups are skipped. */
  failures: string[];
}

interface LinkOptions {
  auth?: GcpAuth;
  authDeps?: AuthDeps;
  timeoutMs?: number;
}

interface Link {
  project: string;
  groupId: string;
  url: string;
}

/** Error Reporting ids are per project: each (project, id) pair with the issue its group was filed as. */
function linksOf(report: Report, defaultProject: string | undefined): Link[] {
  const seen = new Map<string, Link>();
  for (const g of report.groups) {
    if (!g.issue?.url || g.issue.state === 'skipped') continue;
    const project = g.exemplar.project ?? defaultProject;
    if (!project) continue;
    for (const groupId of g.exemplar.errorGroups) {
      // An id is a token; anything else (redacted, or hostile text) is not sent.
      if (!/^[\w-]{1,256}$/.test(groupId)) continue;
      const key = `${project}/${groupId}`;
      if (!seen.has(key)) seen.set(key, { project, groupId, url: g.issue.url });
    }
  }
  return [...seen.values()];
}

function baseUrl(env: NodeJS.ProcessEnv): string {
  const raw = env[ENV_ERROR_REPORTING_URL]?.trim();
  return (raw || DEFAULT_ERROR_REPORTING_URL).replace(/\/+$/, '');
}

interface HttpError {
  message?: string;
  status?: number;
  response?: { status?: number; data?: { error?: { message?: string; status?: string } } };
}

function statusOf(e: unknown): number | undefined {
  const err = e as HttpError | undefined;
  return err?.response?.status ?? err?.status;
}

function detailOf(e: unknown): string {
  const err = e as HttpError | undefined;
  return (err?.response?.data?.error?.message ?? err?.message ?? String(e)).split('\n')[0];
}

/**
 * Writes each filed issue's URL into its Error Reporting group's tracking issues. Never throws for
 * a Google failure: what failed comes back as one line each, naming the role that fixes it.
 */
export async function linkErrorGroups(
  report: Report,
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
  options: LinkOptions = {},
): Promise<LinkResult> {
  const result: LinkResult = { linked: [], unchanged: [], failures: [] };
  const links = settings.errorReportingLink && !settings.dryRun ? linksOf(report, settings.projects[0]) : [];
  if (links.length === 0) return result;
  let auth = options.auth;
  if (!auth) {
    const { createAuthClient } = await import('./auth.js');
    try {
      auth = await createAuthClient(settings, env, options.authDeps, [CLOUD_PLATFORM_SCOPE]);
    } catch (e) {
      // The issues are filed already: a missing credential skips the link-back, it does not fail the run.
      result.failures.push(`Error Reporting link-back skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      return result;
    }
  }
  const base = baseUrl(env);
  const timeout = options.timeoutMs ?? ERROR_REPORTING_TIMEOUT_MS;
  const denied = new Set<string>();
  for (const link of links) {
    if (denied.has(link.project)) continue;
    const name = `projects/${encodeURIComponent(link.project)}/groups/${encodeURIComponent(link.groupId)}`;
    const url = `${base}/v1beta1/${name}`;
    try {
      const { data: group } = await auth.client.request<ErrorGroup>({ url, method: 'GET', timeout, retry: false });
      const issues = group.trackingIssues ?? [];
      if (issues.some((t) => t.url === link.url)) {
        result.unchanged.push(name);
        continue;
      }
      await auth.client.request<ErrorGroup>({
        url,
        method: 'PUT',
        data: { ...group, name: group.name ?? name, trackingIssues: [...issues, { url: link.url }] },
        timeout,
        retry: false,
      });
      result.linked.push({ group: name, url: link.url });
    } catch (e) {
      const status = statusOf(e);
      if (status === 403) {
        denied.add(link.project);
        result.failures.push(
          `Error Reporting denied updating error groups in project ${link.project} (${detailOf(e)}). Fix: grant roles/errorreporting.user on project ${link.project} to ${auth.principal}, or set error-reporting-link: false.`,
        );
      } else if (status === 404) {
        result.failures.push(`Error Reporting has no group ${link.groupId} in project ${link.project} (${detailOf(e)}); the issue ${link.url} was not linked.`);
      } else if (status === undefined && !(e as HttpError | undefined)?.response && /token|credential|STS|impersonat/i.test(detailOf(e))) {
        result.failures.push(explainAuthError(e, auth).message);
        break;
      } else {
        result.failures.push(`Error Reporting link-back failed for group ${link.groupId} in project ${link.project} (${detailOf(e)}).`);
      }
    }
  }
  return result;
}
