// The Cloud Logging query a run stands for: filter, time range, the equivalent gcloud command.
// Foundation stub: the Google Cloud issue completes it (several projects, extra clauses, links).
import type { QueryDescription } from '../types.js';
import type { Settings } from '../settings.js';

function quote(v: string): string {
  return JSON.stringify(v);
}

export function buildQuery(settings: Settings, now: Date): QueryDescription {
  const until = settings.until ?? now;
  const since = settings.since ?? new Date(until.getTime() - settings.windowMs);
  const clauses = [`resource.type=${quote(settings.resourceType)}`];
  if (settings.services.length === 1) clauses.push(`resource.labels.service_name=${quote(settings.services[0])}`);
  else if (settings.services.length > 1) clauses.push(`(${settings.services.map((s) => `resource.labels.service_name=${quote(s)}`).join(' OR ')})`);
  clauses.push(`severity>=${settings.minSeverity}`);
  clauses.push(`timestamp>=${quote(since.toISOString())}`, `timestamp<${quote(until.toISOString())}`);
  if (settings.extraFilter) clauses.push(`(${settings.extraFilter})`);
  const filter = clauses.join(' AND ');
  const project = settings.projects[0] ? `--project=${settings.projects[0]} ` : '';
  return {
    projects: settings.projects,
    services: settings.services,
    resourceType: settings.resourceType,
    minSeverity: settings.minSeverity,
    since: since.toISOString(),
    until: until.toISOString(),
    filter,
    gcloudCommand: `gcloud logging read ${project}--format=json --limit=${settings.maxEntries} '${filter.replace(/'/g, "'\\''")}'`,
  };
}
