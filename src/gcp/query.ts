// The Cloud Logging query a run stands for: filter, time range, the equivalent gcloud command,
// and a Logs Explorer link per group.
import type { Group, QueryDescription, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { Settings } from '../settings.js';
import { InputError } from '../errors.js';
import { levelSeverity } from '../collect/normalize.js';
import { SERVICE_LABEL } from '../collect/resources.js';
import { severityRank } from '../types.js';
import { pathTemplate } from '../group/request.js';
import { VAR } from '../group/mask.js';

/** The API refuses longer filters. */
const MAX_FILTER_LENGTH = 20_000;

/** The query plus what the Logs Explorer links need to rebuild a narrower one. */
interface CloudLoggingQuery extends QueryDescription {
  extraFilter?: string;
}

/**
 * A line of a trace printed one entry per line (RE2, no backslashes, so it reads the same in the
 * API, gcloud and the Logs Explorer; multi-line so a trace inside a longer text counts): indented lines (frames, source lines, properties), Python,
 * Java, Node.js and Go heads and section lines, Go function lines, closing braces.
 */
export const TRACE_LINE_REGEX = `(?m)${[
  '^[[:space:]]',
  '^Traceback [(]most recent call last[)]',
  '^(During handling of the above exception|The above exception was the direct cause)',
  '^(Caused by|Suppressed): ',
  '^(panic|fatal error): ',
  '^goroutine [0-9]+ [[]',
  '^(created by |exit status [0-9]|[[]signal )',
  '^Exception in thread ',
  '^(file://)?/[^ ]+[.][cm]?[jt]sx?:[0-9]+$',
  '^for call at$',
  '^Node[.]js v[0-9]',
  '^[}][,]?$',
  '^[[:alnum:]_./*-]+[.][^[:space:]]*[(][^()]*[)]$',
  '^(Uncaught )?[[:alnum:]_.$]*(Error|Exception|Throwable|Exit|Interrupt|Timeout|Failure|Fault)( [[]|:|$)',
  '^[[:alnum:]_.]*[.]exceptions?[.][[:alnum:]_]+(:|$)',
].join('|')}`;

export function quote(v: string): string {
  return JSON.stringify(v);
}

function anyOf(clauses: string[]): string {
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}

/** The resource label that names "the service" of a resource type (undefined for types without one). */
export function serviceLabel(resourceType: string): string | undefined {
  return SERVICE_LABEL[resourceType];
}

function serviceClause(resourceType: string, services: string[]): string | undefined {
  const label = serviceLabel(resourceType);
  if (services.length === 0 || !label) return undefined;
  const key = `resource.labels.${label}`;
  return anyOf(services.map((s) => `${key}=${quote(s)}`));
}

/** Level words and pino numbers at or above a severity, for apps whose entries carry only their logger's level. */
function levelValues(min: Severity): string[] {
  const words = ['warn', 'warning', 'error', 'err', 'critical', 'fatal', 'panic', 'dpanic', 'alert', 'emergency'];
  const numbers = [40, 50, 60];
  const rank = (v: string | number) => severityRank(levelSeverity(v) ?? 'DEFAULT');
  return [...words.filter((w) => rank(w) >= severityRank(min)).map(quote), ...numbers.filter((n) => rank(n) >= severityRank(min)).map(String)];
}

/**
 * Severity, widened to what the severity alone would miss: 5xx request logs, and entries written
 * without a severity that Error Reporting grouped, that carry a stack field or a logger level at or
 * above the minimum, or whose text is a line of a trace (a traceback printed line by line arrives as
 * one entry a line; the run joins the lines and drops what is still below the severity).
 */
export function severityClause(min: Severity): string | undefined {
  if (min === 'DEFAULT') return undefined;
  const levels = levelValues(min);
  // Errors without a severity count as ERROR: above ERROR only a logger level can still qualify.
  const errors = severityRank(min) <= severityRank('ERROR');
  const traces = [
    ...(errors
      ? [
          'errorGroups.id:*',
          `textPayload=~${quote(TRACE_LINE_REGEX)}`,
          'jsonPayload.stack_trace:*',
          'jsonPayload.exception:*',
          'jsonPayload.stack:*',
          'jsonPayload.error.stack:*',
        ]
      : []),
    `jsonPayload.level=(${levels.join(' OR ')})`,
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
    throw new InputError(
      'since',
      `${since.toISOString()} is not before until (${until.toISOString()})`,
      'give a since earlier than until, or a window such as 6h',
    );
  }
  if (!(SEVERITIES as readonly string[]).includes(settings.minSeverity)) {
    throw new InputError('min-severity', `unknown severity ${quote(settings.minSeverity)}`, `use one of ${SEVERITIES.join(', ')}`);
  }
  const resourceType = settings.resourceType || 'cloud_run_revision';
  const extraFilter = settings.extraFilter?.trim() || undefined;
  const parts: FilterParts = {
    resourceType,
    services: settings.services,
    minSeverity: settings.minSeverity,
    since: since.toISOString(),
    until: until.toISOString(),
    extraFilter,
  };
  const filter = composeFilter(parts);
  if (filter.length > MAX_FILTER_LENGTH) {
    throw new InputError(
      'filter',
      `the Cloud Logging filter is ${filter.length} characters, over the API limit of ${MAX_FILTER_LENGTH}`,
      'shorten filter or list fewer services',
    );
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

/** Regular-expression text for a literal: metacharacters in brackets, so no backslash is needed. */
function literalRegex(text: string): string {
  return text.replace(/[.+*?()[\]{}|^$\\]/g, (c) => (c === ']' || c === '\\' || c === '^' ? '.' : `[${c}]`));
}

/** A regular expression on httpRequest.requestUrl matching every URL of a route pattern ("/users/<*>"). */
export function routeRegex(template: string): string {
  const path = template
    .split('/')
    .map((segment) => segment.split(VAR).map(literalRegex).join('[^/?]+'))
    .join('/');
  return `^(https?://[^/]+)?${path}([?].*)?$`;
}

function statusClause(statuses: string[]): string | undefined {
  const codes = statuses.filter((s) => /^\d{3}$/.test(s));
  const classes = [...new Set(codes.map((s) => s[0]))];
  if (classes.length === 1) return `httpRequest.status>=${classes[0]}00 AND httpRequest.status<${Number(classes[0]) + 1}00`;
  return codes.length > 0 ? anyOf(codes.map((s) => `httpRequest.status=${s}`)) : undefined;
}

/** Narrowing clauses that pick out one group's entries as far as the query language allows. */
function groupNarrowing(group: Group): string[] {
  const e = group.exemplar;
  if (e.errorGroups.length > 0) return [`errorGroups.id=${quote(e.errorGroups[0])}`];
  if (group.signature.kind === 'request' || e.kind === 'requests') {
    const clauses = [statusClause(Object.keys(group.statuses))];
    if (e.http?.method) clauses.push(`httpRequest.requestMethod=${quote(e.http.method)}`);
    if (e.http?.path) clauses.push(`httpRequest.requestUrl=~${quote(routeRegex(pathTemplate(e.http.path)))}`);
    return clauses.filter((c): c is string => Boolean(c));
  }
  if (e.audit) {
    const { service, method, code } = e.audit;
    const status = code === 0 ? 'NOT protoPayload.status.code>0' : `protoPayload.status.code=${code}`;
    return [`protoPayload.serviceName=${quote(service)}`, `protoPayload.methodName=${quote(method)}`, status];
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
