// Finds the previous run's JSON report, so each run can say what changed without other storage.
// Each run commits a small pointer file beside its worklog that names its report: the lookup
// reads that file, never a folder (GitHub's contents listing stops at 1,000 entries). Folders
// without a pointer yet (worklogs of older versions) are listed once, as before.
import { posix } from 'node:path';
import type { Report } from '../types.js';
import type { Octokit } from './client.js';
import { statusOf, type Repo } from './repo.js';
import { serviceKey } from '../paths.js';
import { shapeProblem } from '../triage/trend.js';

/** The folder of the worklog path template, when it has no placeholder in it. */
function reportFolder(template: string): string | undefined {
  const dir = posix.dirname(template);
  return /[{}]/.test(dir) ? undefined : dir === '.' ? '' : dir;
}

/** Where the pointer to a service's newest report lives: the template's fixed folders, then a fixed name. */
export function latestPointerPath(template: string, services: string[]): string {
  const parts = posix.dirname(template).split('/');
  const placeholder = parts.findIndex((part) => /[{}]/.test(part));
  const dirs = (placeholder < 0 ? parts : parts.slice(0, placeholder)).filter((part) => part && part !== '.');
  return [...dirs, `LATEST-${serviceKey(services)}.json`].join('/');
}

/** What the pointer file holds. */
interface LatestPointer {
  report: string;
  worklog: string;
  generatedAt: string;
}

export function latestPointer(paths: { markdown: string; json: string }, generatedAt: string): string {
  const p: LatestPointer = { report: paths.json, worklog: paths.markdown, generatedAt };
  return JSON.stringify(p, null, 2) + '\n';
}

/** A name pattern for the reports of one service, from the template's file name (a run suffix allowed). */
export function reportNamePattern(template: string, services: string[]): RegExp {
  const base = posix.basename(template).replace(/\.md$/i, '');
  const safe = serviceKey(services);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = base
    .split(/(\{service\}|\{timestamp\}|\{date\})/)
    .map((p) => (p === '{service}' ? esc(safe) : p === '{timestamp}' || p === '{date}' ? '[0-9TZ-]+' : esc(p)));
  return new RegExp(`^${parts.join('')}(?:-run[0-9A-Za-z.-]+)?\\.json$`);
}

type Found = { report?: Report; path?: string; problem?: string };

async function readText(octokit: Octokit, repo: Repo, path: string, branch?: string): Promise<string | undefined> {
  try {
    const file = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path, ref: branch, mediaType: { format: 'raw' } });
    return typeof file.data === 'string' ? file.data : Buffer.from((file.data as { content?: string }).content ?? '', 'base64').toString('utf8');
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/** The newest report of this service before this run: by the pointer, else the newest name in the folder. */
async function newestReportPath(octokit: Octokit, repo: Repo, template: string, services: string[], branch?: string): Promise<string | undefined> {
  const pointer = await readText(octokit, repo, latestPointerPath(template, services), branch);
  if (pointer !== undefined) {
    const value = JSON.parse(pointer) as Partial<LatestPointer>;
    if (typeof value.report === 'string') return value.report;
  }
  const folder = reportFolder(template);
  if (folder === undefined) return undefined;
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: folder, ref: branch });
    if (!Array.isArray(data)) return undefined;
    const pattern = reportNamePattern(template, services);
    return data
      .filter((f) => f.type === 'file' && pattern.test(f.name))
      .map((f) => f.path)
      .sort()
      .pop();
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

/**
 * The newest committed report for this service, or nothing when there is none yet. Reading errors
 * are returned as text: a missing history must not fail a run.
 */
export async function findPreviousReport(octokit: Octokit, repo: Repo, template: string, services: string[], branch?: string): Promise<Found> {
  let path: string | undefined;
  try {
    path = await newestReportPath(octokit, repo, template, services, branch);
    if (!path) return {};
    const text = await readText(octokit, repo, path, branch);
    if (text === undefined) return { path, problem: `${path} is named by the latest-report pointer but does not exist` };
    const value: unknown = JSON.parse(text);
    const problem = shapeProblem(value);
    if (problem) return { path, problem: `${path} is not a log-gardener report: ${problem}` };
    return { report: value as Report, path };
  } catch (e) {
    return { ...(path ? { path } : {}), problem: `reading the previous report: ${(e as Error).message.split('\n')[0]}` };
  }
}
