// Where the worklog and its JSON report go in the repository: the worklog-path template with
// {service}, {timestamp} and {date} filled in; the JSON report beside it.
import type { Report } from './types.js';

/** A value made safe for one path segment. */
const pathPart = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'x';

/** What {service} stands for: the one service, or "multi", or "all". */
export function serviceKey(services: string[]): string {
  return services.length === 1 ? pathPart(services[0]) : services.length ? 'multi' : 'all';
}

/** Which workflow run wrote a worklog: in committed names, so two runs never write one path. */
export interface RunName {
  id: string;
  attempt?: string;
}

/** The workflow run of this process (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), if any. */
export function runName(env: NodeJS.ProcessEnv): RunName | undefined {
  return env.GITHUB_RUN_ID ? { id: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT } : undefined;
}

/**
 * Fills {service}, {timestamp} and {date} from the report; each value made safe for a path. With a
 * run, "-run<id>.<attempt>" goes after the name (names still sort by their timestamp).
 */
export function worklogPaths(template: string, report: Report, run?: RunName): { markdown: string; json: string } {
  const at = new Date(report.generatedAt);
  const iso = Number.isNaN(at.getTime()) ? new Date().toISOString() : at.toISOString();
  const named = template
    .replace(/\{service\}/g, serviceKey(report.query.services))
    .replace(/\{timestamp\}/g, iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'))
    .replace(/\{date\}/g, iso.slice(0, 10))
    .replace(/^\/+/, '');
  const suffix = run ? `-run${pathPart(run.id)}.${pathPart(run.attempt ?? '1')}` : '';
  const markdown = /\.md$/i.test(named) ? named.replace(/\.md$/i, `${suffix}.md`) : `${named}${suffix}`;
  const json = /\.md$/i.test(markdown) ? markdown.replace(/\.md$/i, '.json') : `${markdown}.json`;
  return { markdown, json };
}
