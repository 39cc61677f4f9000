// What a file run applies of the query: the time window, resource type, services and projects the
// user gave, checked per entry exactly as Cloud Logging's filter would, and the filter text that says
// so. What a file cannot honour (a query-language filter) is refused naming the input.
import type { LogRecord } from './types.js';
import type { Settings } from './settings.js';
import { InputError } from './errors.js';
import { quote, serviceLabel, severityClause } from './gcp/query.js';

/** Resource types whose service label is the record's service (see collect/normalize.ts). */
const SERVICE_TYPES = new Set(['cloud_run_revision', 'cloud_run_job', 'cloud_function', 'gae_app', 'k8s_container']);

interface FileScope {
  /** False for an entry the filter leaves out. */
  inScope(record: LogRecord): boolean;
  /** The filter applied, in the Logging query language (severity included); '' when nothing is. */
  filter: string;
  /** The time range applied, when one was asked for. */
  since?: Date;
  until?: Date;
}

const anyOf = (clauses: string[]) => (clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`);

/** The settings as a file run applies them; `now` ends a window given without `until`. */
export function fileScope(settings: Settings, now: Date): FileScope {
  if (settings.extraFilter) {
    const fix = 'filter the export when you make it (`gcloud logging read FILTER --format=json`), or leave filter empty';
    throw new InputError('filter', 'cannot be applied to a file (it is Cloud Logging query language)', fix);
  }
  const given = (name: string) => settings.given?.has(name) ?? false;
  const clauses: string[] = [];
  const tests: ((r: LogRecord) => boolean)[] = [];

  // A service name means something only within a resource type: the query always names one.
  const resourceType = given('resource-type') || settings.services.length ? settings.resourceType : undefined;
  if (resourceType) {
    clauses.push(`resource.type=${quote(resourceType)}`);
    tests.push((r) => r.resourceType === resourceType);
  }
  if (settings.services.length) {
    if (!SERVICE_TYPES.has(resourceType!)) {
      const problem = `cannot be applied to a file of resource type ${resourceType} (its entries name no service)`;
      throw new InputError('service', problem, `leave service empty, or use resource-type ${[...SERVICE_TYPES].join(', ')}`);
    }
    const wanted = new Set(settings.services);
    clauses.push(anyOf(settings.services.map((s) => `resource.labels.${serviceLabel(resourceType!)}=${quote(s)}`)));
    tests.push((r) => r.service !== undefined && wanted.has(r.service));
  }
  if (settings.projects.length) {
    const wanted = new Set(settings.projects);
    tests.push((r) => r.project !== undefined && wanted.has(r.project));
  }
  const severity = severityClause(settings.minSeverity);
  if (severity) clauses.push(severity);

  let since: Date | undefined;
  let until: Date | undefined;
  if (given('window') || settings.since || settings.until) {
    until = settings.until ?? now;
    since = settings.since ?? new Date(until.getTime() - settings.windowMs);
    if (since >= until) {
      throw new InputError(
        'since',
        `${since.toISOString()} is not before until (${until.toISOString()})`,
        'give a since earlier than until, or a window such as 6h',
      );
    }
    const from = since.getTime();
    const to = until.getTime();
    clauses.push(`timestamp>=${quote(since.toISOString())} AND timestamp<${quote(until.toISOString())}`);
    tests.push((r) => r.time >= from && r.time < to);
  }
  return { inScope: (r) => tests.every((t) => t(r)), filter: clauses.join(' AND '), since, until };
}
