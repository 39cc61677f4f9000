// The Cloud Logging query a run stands for: filter, time range, the equivalent gcloud command,
// and a Logs Explorer link per group.
import type { Group, QueryDescription, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { Settings } from '../settings.js';
import { InputError } from '../errors.js';

/** The API refuses longer filters. */
export const MAX_FILTER_LENGTH = 20_000;

/** The query plus what the Logs Explorer links need to rebuild a narrower one. */
export interface CloudLoggingQuery extends QueryDescription {
  extraFilter?: string;
}

/** Resource label that names "the service" of each resource type. */
const SERVICE_LABEL: Record<string, string> = {
  cloud_run_revision: 'service_name',
  cloud_run_job: 'job_name',
  cloud_function: 'function_name',
  gae_app: 'module_id',
  k8s_container: 'container_name',
  gce_instance: 'instance_id',
};

/** Text that marks a stack trace in an entry written without a severity (plain stdout/stderr). */
const TRACE_MARKERS = ['Traceback (most recent call last)', 'Exception', 'panic:'];

export function quote(v: string): string {
  return JSON.stringify(v);
}

function anyOf(clauses: string[]): string {
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}

export function serviceLabel(resourceType: string): string {
  return SERVICE_LABEL[resourceType] ?? 'service_name';
}

function serviceClause(resourceType: string, services: string[]): string | undefined {
  if (services.length === 0) return undefined;
  const key = `resource.labels.${serviceLabel(resourceType)}`;
  return anyOf(services.map((s) => `${key}=${quote(s)}`));
}

/**
 * Severity, widened to what the severity alone would miss: 5xx request logs, and entries written
 * without a severity that Error Reporting grouped or that carry a stack trace. Plain stderr lines
 * come too: a traceback printed line by line arrives as one entry a line, and only its first line
 * says "Traceback"; the run joins the lines and drops what is still below the severity.
 */
export function severityClause(min: Severity): string | undefined {
  if (min === 'DEFAULT') return undefined;
  const traces = [
    'errorGroups.id:*',
    ...TRACE_MARKERS.map((m) => `textPayload:${quote(m)}`),
    'jsonPayload.stack_trace:*',
    'jsonPayload.exception:*',
    'logName:"stderr"',
  ];
  return `(severity>=${min} OR httpRequest.status>=500 OR (severity=DEFAULT AND ${anyOf(traces)}))`;
}

function timeClause(since: string, until: string): string {
  return `timestamp>=${quote(since)} AND timestamp<${quote(until)}`;
}

interface FilterParts {
  resourceType: string;
  services: string[];
  minSeverity: Severity;
  since: string;
  until: string;
  extraFilter?: string;
  narrowing?: string[];
}

function composeFilter(p: FilterParts): string {
  const clauses = [
    `resource.type=${quote(p.resourceType)}`,
    serviceClause(p.resourceType, p.services),
    severityClause(p.minSeverity),
    timeClause(p.since, p.until),
    p.extraFilter?.trim() ? `(${p.extraFilter.trim()})` : undefined,
    ...(p.narrowing ?? []),
  ];
  return clauses.filter((c): c is string => Boolean(c)).join(' AND ');
}

function shellQuote(v: string): string {
  return `'${v.replace(/'/g, "'\\''")}'`;
}

export function gcloudCommand(filter: string, projects: string[], limit: number): string {
  const command = (project?: string) =>
    `gcloud logging read ${shellQuote(filter)}${project ? ` --project=${/^[\w.:-]+$/.test(project) ? project : shellQuote(project)}` : ''} --order=desc --limit=${limit} --format=json`;
  return projects.length === 0 ? command() : projects.map(command).join('\n');
}

export function buildQuery(settings: Settings, now: Date): CloudLoggingQuery {
  const until = settings.until ?? now;
  const since = settings.since ?? new Date(until.getTime() - settings.windowMs);
  if (since.getTime() >= until.getTime()) {
    throw new InputError('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'give a since earlier than until, or a window such as 6h');
  }
  if (!(SEVERITIES as readonly string[]).includes(settings.minSeverity)) {
    throw new InputError('min-severity', `unknown severity ${quote(settings.minSeverity)}`, `use one of ${SEVERITIES.join(', ')}`);
  }
  const extraFilter = settings.extraFilter?.trim() || undefined;
  const parts: FilterParts = {
    resourceType: settings.resourceType || 'cloud_run_revision',
    services: settings.services,
    minSeverity: settings.minSeverity,
    since: since.toISOString(),
    until: until.toISOString(),
    extraFilter,
  };
  const filter = composeFilter(parts);
  if (filter.length > MAX_FILTER_LENGTH) {
    throw new InputError('filter', `the Cloud Logging filter is ${filter.length} characters, over the API limit of ${MAX_FILTER_LENGTH}`, 'shorten filter or list fewer services');
  }
  return {
    projects: settings.projects,
    services: settings.services,
    resourceType: parts.resourceType,
    minSeverity: settings.minSeverity,
    since: parts.since,
    until: parts.until,
    filter,
    gcloudCommand: gcloudCommand(filter, settings.projects, settings.maxEntries),
    ...(extraFilter ? { extraFilter } : {}),
  };
}

function topKey(counts: Partial<Record<string, number>>): string | undefined {
  let best: string | undefined;
  for (const [k, n] of Object.entries(counts)) if (best === undefined || (n ?? 0) > (counts[best] ?? 0)) best = k;
  return best;
}

/** The longest literal run of a signature title (placeholders like <*> removed), for a text search. */
export function titleSearchTerm(title: string): string | undefined {
  const runs = title.split(/<[^>]*>/).map((s) => s.trim().replace(/\s+/g, ' '));
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 8) return undefined;
  return longest.slice(0, 100);
}

/** Narrowing clauses that pick out one group's entries as far as the query language allows. */
function groupNarrowing(group: Group): string[] {
  const e = group.exemplar;
  if (e.errorGroups.length > 0) return [`errorGroups.id=${quote(e.errorGroups[0])}`];
  if (group.signature.kind === 'request' || e.kind === 'requests') {
    const statuses = Object.keys(group.statuses).filter((s) => /^\d{3}$/.test(s));
    const clauses = [statuses.length > 0 ? anyOf(statuses.map((s) => `httpRequest.status=${s}`)) : undefined];
    if (e.http?.path) clauses.push(`httpRequest.requestUrl:${quote(e.http.path)}`);
    return clauses.filter((c): c is string => Boolean(c));
  }
  const term = titleSearchTerm(group.signature.title);
  return term ? [quote(term)] : [];
}

/** Percent-encodes everything the Logs Explorer path parameters could misread. */
function encodeParam(v: string): string {
  return encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Logs Explorer link for one group: its project, the run's query narrowed to the group's
 * service and content, and the group's time range (first to last seen, padded by a minute).
 */
export function explorerUrl(query: QueryDescription, group: Group): string | undefined {
  const project = group.exemplar.project ?? query.projects[0];
  if (!project) return undefined;
  const service = topKey(group.services);
  const since = new Date(Date.parse(group.firstSeen) - 60_000).toISOString();
  const until = new Date(Date.parse(group.lastSeen) + 60_000).toISOString();
  const filter = composeFilter({
    resourceType: group.exemplar.resourceType ?? query.resourceType,
    services: service ? [service] : query.services,
    minSeverity: query.minSeverity,
    since,
    until,
    extraFilter: (query as CloudLoggingQuery).extraFilter,
    narrowing: groupNarrowing(group),
  });
  const params = [`query=${encodeParam(filter)}`, `timeRange=${encodeParam(`${since}/${until}`)}`].join(';');
  return `https://console.cloud.google.com/logs/query;${params}?project=${encodeURIComponent(project)}`;
}
