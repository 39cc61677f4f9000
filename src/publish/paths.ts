// Where the worklog and its JSON report go in the repository: the worklog-path template with
// {service}, {timestamp} and {date} filled in; the JSON report beside it.
import type { Report } from '../types.js';

/** Fills {service}, {timestamp} and {date} from the report; each value made safe for a path. */
export function worklogPaths(template: string, report: Report): { markdown: string; json: string } {
  const at = new Date(report.generatedAt);
  const iso = Number.isNaN(at.getTime()) ? new Date().toISOString() : at.toISOString();
  const service = report.query.services.length === 1 ? report.query.services[0] : report.query.services.length ? 'multi' : 'all';
  const part = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'x';
  const markdown = template
    .replace(/\{service\}/g, part(service))
    .replace(/\{timestamp\}/g, iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'))
    .replace(/\{date\}/g, iso.slice(0, 10))
    .replace(/^\/+/, '');
  const json = /\.md$/i.test(markdown) ? markdown.replace(/\.md$/i, '.json') : `${markdown}.json`;
  return { markdown, json };
}
