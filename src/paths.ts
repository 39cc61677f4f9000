// Where the worklog and its JSON report go in the repository: the worklog-path template with
// {service}, {timestamp} and {date} filled in; the JSON report beside it.
import type { Report } from './types.js';

/** A value made safe for one path segment. */
const pathPart = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'x';

/** What {service} stands for: the one service, or "multi", or "all". */
export function serviceKey(services: string[]): string {
  return services.length === 1 ? pathPart(services[0]) : services.length ? 'multi' : 'all';
}

/** Fills {service}, {timestamp} and {date} from the report; each value made safe for a path. */
export function worklogPaths(template: string, report: Report): { markdown: string; json: string } {
  const at = new Date(report.generatedAt);
  const iso = Number.isNaN(at.getTime()) ? new Date().toISOString() : at.toISOString();
  const markdown = template
    .replace(/\{service\}/g, serviceKey(report.query.services))
    .replace(/\{timestamp\}/g, iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'))
    .replace(/\{date\}/g, iso.slice(0, 10))
    .replace(/^\/+/, '');
  const json = /\.md$/i.test(markdown) ? markdown.replace(/\.md$/i, '.json') : `${markdown}.json`;
  return { markdown, json };
}
