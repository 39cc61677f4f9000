// Finds the previous run's JSON report among those committed beside the worklogs, so each run can
// say what changed without any other storage.
import { posix } from 'node:path';
import type { Report } from '../types.js';
import type { Octokit } from './client.js';
import type { Repo } from './repo.js';
import { serviceKey } from '../paths.js';
import { shapeProblem } from '../triage/trend.js';

/** The folder of the worklog path template, when it has no placeholder in it. */
export function reportFolder(template: string): string | undefined {
  const dir = posix.dirname(template);
  return /[{}]/.test(dir) ? undefined : dir === '.' ? '' : dir;
}

/** A name pattern for the reports of one service, from the template's file name. */
export function reportNamePattern(template: string, services: string[]): RegExp {
  const base = posix.basename(template).replace(/\.md$/i, '');
  const safe = serviceKey(services);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = base.split(/(\{service\}|\{timestamp\}|\{date\})/).map((p) => (p === '{service}' ? esc(safe) : p === '{timestamp}' || p === '{date}' ? '[0-9TZ-]+' : esc(p)));
  return new RegExp(`^${parts.join('')}\\.json$`);
}

/**
 * The newest committed report for this service (names sort by their timestamp), or undefined when
 * there is none yet. Reading errors are returned as text: a missing history must not fail a run.
 */
export async function findPreviousReport(
  octokit: Octokit,
  repo: Repo,
  template: string,
  services: string[],
  branch?: string,
): Promise<{ report?: Report; path?: string; problem?: string }> {
  const folder = reportFolder(template);
  if (folder === undefined) return {};
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: folder, ...(branch ? { ref: branch } : {}) });
    if (!Array.isArray(data)) return {};
    const pattern = reportNamePattern(template, services);
    const newest = data
      .filter((f) => f.type === 'file' && pattern.test(f.name))
      .map((f) => f.path)
      .sort()
      .pop();
    if (!newest) return {};
    const file = await octokit.rest.repos.getContent({ ...repo, path: newest, ...(branch ? { ref: branch } : {}), mediaType: { format: 'raw' } });
    const text = typeof file.data === 'string' ? file.data : Buffer.from((file.data as { content?: string }).content ?? '', 'base64').toString('utf8');
    const value: unknown = JSON.parse(text);
    const problem = shapeProblem(value);
    if (problem) return { path: newest, problem: `${newest} is not a log-gardener report: ${problem}` };
    return { report: value as Report, path: newest };
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404) return {};
    return { problem: `reading the previous report: ${(e as Error).message.split('\n')[0]}` };
  }
}
