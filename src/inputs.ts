// Parses and validates what a run is told, from action inputs or CLI flags (same kebab-case names).
import type { Priority, Severity } from './types.js';
import { PRIORITIES, SEVERITIES } from './types.js';
import { DEFAULT_MAX_RUN_TIME_MS, type AuthMode, type Settings, type SourceKind, type Transport } from './settings.js';
import { InputError } from './errors.js';
import { MAX_RANGE_MS, parseDuration } from './duration.js';
import { SERVICE_LABEL } from './collect/resources.js';
import { parseProvider } from './gcp/provider.js';
import { parseBytes, parseTableName } from './bigquery/table.js';
import { validateGitHubSettings } from './github/settings-check.js';

/** Returns the raw value of an input, or '' when it is not set. */
export type InputGetter = (name: string) => string;

export const DEFAULT_WORKLOG_PATH = 'gcp/log-gardener/GCP-LOG-GARDENER-WORKLOG-{service}-{timestamp}.md';

function list(v: string): string[] {
  return v
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function bool(get: InputGetter, name: string, def: boolean): boolean {
  const v = get(name).trim().toLowerCase();
  if (v === '') return def;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new InputError(name, `"${get(name)}" is not a boolean`, 'use true or false');
}

function int(get: InputGetter, name: string, def: number, min: number, max: number, example = def): number {
  const v = get(name).trim();
  if (v === '') return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InputError(name, `"${v}" is not a whole number from ${min} to ${max}`, `give a number such as ${example}`);
  return n;
}

function oneOf<T extends string>(get: InputGetter, name: string, allowed: readonly T[], def: T, normalize = (s: string) => s.toLowerCase()): T {
  const raw = get(name).trim();
  if (raw === '') return def;
  const v = normalize(raw);
  if (!(allowed as readonly string[]).includes(v))
    throw new InputError(name, `"${raw}" is not one of ${allowed.join(', ')}`, `use one of ${allowed.join(', ')}`);
  return v as T;
}

function optionalDuration(get: InputGetter, name: string): number | undefined {
  const v = get(name).trim();
  if (v === '' || v.toLowerCase() === 'off') return undefined;
  const ms = parseDuration(v);
  if (ms === undefined) throw new InputError(name, `"${v}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
  return ms;
}

function date(get: InputGetter, name: string): Date | undefined {
  const v = get(name).trim();
  if (v === '') return undefined;
  const ms = parseDuration(v);
  if (ms !== undefined) {
    if (ms > MAX_RANGE_MS)
      throw new InputError(name, `"${v}" is more than 3650 days ago`, 'give a duration such as 6h or 7d (the _Default log bucket keeps 30 days)');
    return new Date(Date.now() - ms);
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new InputError(name, `"${v}" is not a time`, 'give an ISO 8601 UTC time such as 2025-09-11T00:00:00Z, or a duration ago such as 6h');
  }
  const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(v) || v.length === 10 ? v : `${v}Z`);
  if (Number.isNaN(d.getTime())) throw new InputError(name, `"${v}" is not a time`, 'give an ISO 8601 UTC time such as 2025-09-11T00:00:00Z');
  return d;
}

function parseSeverityInput(get: InputGetter, name: string): Severity {
  const upper = (s: string) => {
    const u = s.toUpperCase();
    return u === 'WARN' ? 'WARNING' : u;
  };
  return oneOf(get, name, SEVERITIES, 'WARNING', upper);
}

export function readSettings(get: InputGetter, env: NodeJS.ProcessEnv = process.env): Settings {
  const window = get('window').trim() || '24h';
  const windowMs = parseDuration(window);
  if (windowMs === undefined) throw new InputError('window', `"${window}" is not a duration`, 'use a number and a unit: 30m, 6h, 2d or 1w');
  if (windowMs > MAX_RANGE_MS)
    throw new InputError('window', `"${window}" is longer than 3650 days`, 'use a window such as 24h or 7d (the _Default log bucket keeps 30 days)');
  const since = date(get, 'since');
  const until = date(get, 'until');
  if (since && until && since >= until)
    throw new InputError('since', `${since.toISOString()} is not before until (${until.toISOString()})`, 'swap since and until, or drop one');

  const failOn = oneOf<Priority | 'none'>(get, 'fail-on', [...PRIORITIES, 'none'], 'none', (s) => (s.toLowerCase() === 'none' ? 'none' : s.toUpperCase()));
  const authMode = oneOf<AuthMode>(get, 'auth-mode', ['auto', 'workload-identity', 'adc'], 'auto');
  const onRegression = oneOf<'reopen' | 'new-issue'>(get, 'on-regression', ['reopen', 'new-issue'], 'reopen');
  const prNumber = get('pr-number').trim() === '' ? undefined : int(get, 'pr-number', 0, 1, Number.MAX_SAFE_INTEGER, 42);
  const input = get('input').trim();

  const given = new Set(['window', 'resource-type', 'service', 'since', 'until'].filter((name) => get(name).trim() !== ''));
  const settings: Settings = {
    inputFile: input || undefined,
    allowEmpty: bool(get, 'allow-empty', false),
    given,
    projects: list(get('project-id')),
    services: list(get('service')),
    resourceType: get('resource-type').trim() || 'cloud_run_revision',
    minSeverity: parseSeverityInput(get, 'min-severity'),
    windowMs,
    since,
    until,
    extraFilter: get('filter').trim() || undefined,
    maxEntries: int(get, 'max-entries', 10000, 1, 1_000_000),
    source: oneOf<SourceKind>(get, 'source', ['cloud-logging', 'bigquery'], 'cloud-logging'),
    transport: oneOf<Transport>(get, 'transport', ['grpc', 'rest'], 'grpc'),
    bigqueryTable: get('bigquery-table').trim() || undefined,
    maximumBytesBilled: parseBytes(get('maximum-bytes-billed'), 'maximum-bytes-billed'),
    authMode,
    workloadIdentityProvider: get('workload-identity-provider').trim() || undefined,
    serviceAccount: get('service-account').trim() || undefined,
    audience: get('audience').trim() || undefined,
    configPath: get('config').trim() || '.github/log-gardener.yml',
    previousReport: get('previous-report').trim() || undefined,
    outputDir: get('output-dir').trim() || 'log-gardener',
    worklogPath: get('worklog-path').trim() || DEFAULT_WORKLOG_PATH,
    dryRun: bool(get, 'dry-run', false),
    failOn,
    failOnNewOnly: bool(get, 'fail-on-new-only', false),
    githubToken: get('github-token').trim() || undefined,
    createIssues: bool(get, 'create-issues', true),
    issueLabel: get('issue-label').trim() || 'log-gardener',
    maxNewIssues: int(get, 'max-new-issues', 10, 0, 100),
    onRegression,
    commitWorklog: bool(get, 'commit-worklog', true),
    branch: get('branch').trim() || undefined,
    prComment: bool(get, 'pr-comment', true),
    prNumber,
    resolveAfterMs: optionalDuration(get, 'resolve-after'),
    resolveAdopted: bool(get, 'resolve-adopted', false),
    maxRunTimeMs: optionalDuration(get, 'max-run-time') ?? DEFAULT_MAX_RUN_TIME_MS,
    errorReportingLink: bool(get, 'error-reporting-link', false),
  };
  if (!settings.inputFile && settings.projects.length === 0) {
    const guess = env.GOOGLE_CLOUD_PROJECT || env.GCLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT;
    if (guess) settings.projects = [guess];
    else
      throw new InputError(
        'project-id',
        'no Google Cloud project given and no log file to read',
        'set project-id (or GOOGLE_CLOUD_PROJECT), or set input to a `gcloud logging read --format=json` export',
      );
  }
  if (settings.services.length > 0 && !SERVICE_LABEL[settings.resourceType]) {
    const known = Object.keys(SERVICE_LABEL).join(', ');
    const fix = `leave service empty and narrow with filter (e.g. resource.labels.NAME="value"), or use one of ${known}`;
    throw new InputError('service', `resource type "${settings.resourceType}" has no service label this action knows`, fix);
  }
  if (settings.workloadIdentityProvider) parseProvider(settings.workloadIdentityProvider);
  if (settings.bigqueryTable) parseTableName(settings.bigqueryTable);
  if (settings.source === 'bigquery' && !settings.inputFile && !settings.bigqueryTable) {
    throw new InputError(
      'bigquery-table',
      'is required with source bigquery',
      'set it to project.dataset._AllLogs (a Log Analytics linked dataset) or a log sink table such as project.dataset.run_googleapis_com_stderr_*',
    );
  }
  validateGitHubSettings(settings);
  if (/[{}]/.test(settings.worklogPath.replace(/\{(service|timestamp|date)\}/g, ''))) {
    throw new InputError('worklog-path', `"${settings.worklogPath}" has an unknown placeholder`, 'use only {service}, {timestamp} and {date}');
  }
  return settings;
}
