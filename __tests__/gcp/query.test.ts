import { describe, expect, it } from '@jest/globals';
import { buildQuery, explorerUrl, routeRegex, severityClause, titleSearchTerm, TRACE_LINE_REGEX } from '../../src/gcp/query.js';
import { goNil, javaUncaught, nodeCause, nodeGrpc, nodeUncaught } from '../group/trace-shapes.js';
import { go, java, node, python, pythonChained } from '../group/corpus.js';
import type { Group, LogRecord, Signature } from '../../src/types.js';
import { testSettings } from './settings.js';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('buildQuery', () => {
  it('always carries an explicit UTC timestamp range, counted back from now by the window', () => {
    const q = buildQuery(testSettings({ windowMs: 6 * 3600_000 }), NOW);
    expect(q.since).toBe('2026-03-01T06:00:00.000Z');
    expect(q.until).toBe('2026-03-01T12:00:00.000Z');
    expect(q.filter).toContain('timestamp>="2026-03-01T06:00:00.000Z" AND timestamp<"2026-03-01T12:00:00.000Z"');
  });

  it('uses since/until when given', () => {
    const q = buildQuery(testSettings({ since: new Date('2026-02-01T00:00:00+02:00'), until: new Date('2026-02-02T00:00:00Z') }), NOW);
    expect(q.filter).toContain('timestamp>="2026-01-31T22:00:00.000Z" AND timestamp<"2026-02-02T00:00:00.000Z"');
  });

  it('combines services, widened severity and extra clauses', () => {
    const q = buildQuery(
      testSettings({ projects: ['a', 'b'], services: ['api', 'worker'], minSeverity: 'ERROR', extraFilter: ' labels.env="prod" OR labels.env="canary" ' }),
      NOW,
    );
    expect(q.filter).toBe(
      [
        'resource.type="cloud_run_revision"',
        '(resource.labels.service_name="api" OR resource.labels.service_name="worker")',
        severityClause('ERROR'),
        'timestamp>="2026-02-28T12:00:00.000Z" AND timestamp<"2026-03-01T12:00:00.000Z"',
        '(labels.env="prod" OR labels.env="canary")',
      ].join(' AND '),
    );
    expect(severityClause('ERROR')).toBe(
      '(severity>=ERROR OR httpRequest.status>=500 OR (severity=DEFAULT AND (errorGroups.id:* OR ' +
        `textPayload=~${JSON.stringify(TRACE_LINE_REGEX)} OR jsonPayload.stack_trace:* OR jsonPayload.exception:* OR jsonPayload.stack:* OR jsonPayload.error.stack:* OR ` +
        'jsonPayload.level=("error" OR "err" OR "critical" OR "fatal" OR "panic" OR "dpanic" OR "alert" OR "emergency" OR 50 OR 60))))',
    );
    // Plain stderr is no longer read whole: only lines that look like part of a trace.
    expect(q.filter).not.toContain('logName:"stderr"');
    expect(q.extraFilter).toBe('labels.env="prod" OR labels.env="canary"');
    expect(q.gcloudCommand.split('\n')).toEqual([
      `gcloud logging read '${q.filter}' --project=a --order=desc --limit=10000 --format=json`,
      `gcloud logging read '${q.filter}' --project=b --order=desc --limit=10000 --format=json`,
    ]);
  });

  it('has no severity clause at DEFAULT, and names services by the resource type label', () => {
    const q = buildQuery(testSettings({ minSeverity: 'DEFAULT', resourceType: 'cloud_function', services: ['fn'] }), NOW);
    expect(q.filter).toBe(
      'resource.type="cloud_function" AND resource.labels.function_name="fn" AND timestamp>="2026-02-28T12:00:00.000Z" AND timestamp<"2026-03-01T12:00:00.000Z"',
    );
    expect(severityClause('DEFAULT')).toBeUndefined();
  });

  it('quotes values and shell-escapes the gcloud command', () => {
    const q = buildQuery(testSettings({ services: ['a"b'], extraFilter: `textPayload:"it's"` }), NOW);
    expect(q.filter).toContain('resource.labels.service_name="a\\"b"');
    expect(q.gcloudCommand).toContain(`'\\''s"`);
  });

  it('rejects since after until and over-long filters in one line', () => {
    expect(() => buildQuery(testSettings({ since: new Date('2026-03-02T00:00:00Z') }), NOW)).toThrow(/^since: .* is not before until/);
    expect(() => buildQuery(testSettings({ extraFilter: 'x'.repeat(20_001) }), NOW)).toThrow(/^filter: the Cloud Logging filter is \d+ characters/);
  });
});

function group(over: Omit<Partial<Group>, 'signature'> & { record?: Partial<LogRecord>; signature?: Partial<Signature> } = {}): Group {
  const { record, signature, ...rest } = over;
  const exemplar: LogRecord = {
    timestamp: '2026-03-01T10:00:00.000Z',
    time: Date.parse('2026-03-01T10:00:00.000Z'),
    severity: 'ERROR',
    project: 'demo',
    resourceType: 'cloud_run_revision',
    service: 'api',
    kind: 'stderr',
    message: 'ImportError: cannot import name foo from bar',
    errorGroups: [],
    labels: {},
    ...record,
  };
  return {
    count: 3,
    firstSeen: '2026-03-01T10:00:00.000Z',
    lastSeen: '2026-03-01T11:00:00.000Z',
    severities: { ERROR: 3 },
    maxSeverity: 'ERROR',
    services: { api: 3 },
    revisions: {},
    locations: {},
    instances: {},
    kinds: { stderr: 3 },
    statuses: {},
    hourly: {},
    maxConsecutive: 1,
    samples: [],
    exemplar,
    ...rest,
    signature: { kind: 'stack', fingerprint: 'v1:abc', title: 'ImportError: cannot import name <*> from <*>', detail: '', ...signature },
  };
}

function decode(url: string): { base: string; query: string; timeRange: string; project: string } {
  const [path, search] = url.split('?');
  const [base, ...params] = path.split(';');
  const get = (k: string) => decodeURIComponent(params.find((p) => p.startsWith(`${k}=`))?.slice(k.length + 1) ?? '');
  return { base, query: get('query'), timeRange: get('timeRange'), project: new URLSearchParams(search).get('project') ?? '' };
}

describe('explorerUrl', () => {
  const q = buildQuery(testSettings({ projects: ['demo'], services: ['api', 'worker'], extraFilter: 'labels.env="prod"' }), NOW);

  it('links the group project, its service, its text and its time range', () => {
    const url = explorerUrl(q, group());
    expect(url).toBeDefined();
    expect(url).not.toMatch(/[()"\s]/);
    const d = decode(url as string);
    expect(d.base).toBe('https://console.cloud.google.com/logs/query');
    expect(d.project).toBe('demo');
    expect(d.timeRange).toBe('2026-03-01T09:59:00.000Z/2026-03-01T11:01:00.000Z');
    expect(d.query).toContain('resource.labels.service_name="api"');
    expect(d.query).not.toContain('worker');
    expect(d.query).toContain('timestamp>="2026-03-01T09:59:00.000Z" AND timestamp<"2026-03-01T11:01:00.000Z"');
    expect(d.query).toContain('(labels.env="prod")');
    expect(d.query).toMatch(/ AND "ImportError: cannot import name"$/);
  });

  it('narrows request groups by status and path, and error groups by id', () => {
    const req = decode(
      explorerUrl(
        q,
        group({ statuses: { '503': 2, '502': 1 }, signature: { kind: 'request' }, record: { kind: 'requests', http: { path: '/v1/orders', status: 503 } } }),
      ) as string,
    );
    expect(req.query).toContain('httpRequest.status>=500 AND httpRequest.status<600 AND httpRequest.requestUrl=~"^(https?://[^/]+)?/v1/orders([?].*)?$"');
    const eg = decode(explorerUrl(q, group({ record: { errorGroups: ['COShysOX0r_51QE'] } })) as string);
    expect(eg.query).toMatch(/ AND errorGroups\.id="COShysOX0r_51QE"$/);
  });

  it('falls back to the query project, and gives no link without one', () => {
    expect(decode(explorerUrl(q, group({ record: { project: undefined } })) as string).project).toBe('demo');
    const none = buildQuery(testSettings({ projects: [] }), NOW);
    expect(explorerUrl(none, group({ record: { project: undefined } }))).toBeUndefined();
  });

  it('searches only for literal runs long enough to narrow', () => {
    expect(titleSearchTerm('<*> <*>: <*>')).toBeUndefined();
    expect(titleSearchTerm('KeyError: <*> in handler  for   orders')).toBe('in handler for orders');
  });
});

/** The filter's RE2 text as a JavaScript regular expression (POSIX classes spelled out). */
function js(re: string): RegExp {
  const body = re
    .replace(/^\(\?m\)/, '')
    .replace(/\[\^\[:space:\]\]/g, '\\S')
    .replace(/\[\[:space:\]\]/g, '\\s')
    .replace(/\[:alnum:\]/g, 'A-Za-z0-9');
  return new RegExp(body, 'm');
}

describe('the trace-line clause reads only what it needs', () => {
  const re = js(TRACE_LINE_REGEX);
  const traces = [
    ...[nodeGrpc(), nodeCause, nodeUncaught, javaUncaught, goNil, pythonChained, python('load', 3), node('f', 1), java('m', 2), go('g', 3)],
    python('fetch', 4, 'requests.exceptions.ReadTimeout', "HTTPSConnectionPool(host='api', port=443): Read timed out."),
  ];

  it('matches every non-blank line of each runtime trace printed one entry per line', () => {
    const missed = traces.flatMap((t) => t.split('\n')).filter((l) => l.trim() !== '' && !re.test(l));
    expect(missed).toEqual([]);
  });

  it('leaves ordinary stderr output out', () => {
    const plain = [
      'INFO:     127.0.0.1:5000 - "GET /health HTTP/1.1" 200 OK',
      'Listening on port 8080',
      'Processed message batch of 12 items',
      '[GIN] 2025/09/11 - 10:00:00 | 200 | GET /',
    ];
    expect(plain.filter((l) => re.test(l))).toEqual([]);
  });
});

describe('explorer links per resource type', () => {
  const q = buildQuery(testSettings({ projects: ['demo'] }), NOW);
  const link = (record: Partial<LogRecord>, services: Record<string, number> = {}) => decode(explorerUrl(q, group({ record, services })) as string).query;

  it('filters each resource type on its own service label, and never on a Cloud Run label elsewhere', () => {
    expect(link({ resourceType: 'k8s_container', service: 'web' }, { web: 1 })).toContain(
      'resource.type="k8s_container" AND resource.labels.container_name="web"',
    );
    expect(link({ resourceType: 'cloud_function', service: 'fn' }, { fn: 1 })).toContain('resource.labels.function_name="fn"');
    expect(link({ resourceType: 'gae_app', service: 'default' }, { default: 1 })).toContain('resource.labels.module_id="default"');
    expect(link({ resourceType: 'http_load_balancer', service: 'be' }, { be: 1 })).toContain('resource.labels.backend_service_name="be"');
    const vpc = link({ resourceType: 'some_new_type', service: 'x' }, { x: 1 });
    expect(vpc).toContain('resource.type="some_new_type"');
    expect(vpc).not.toContain('resource.labels.');
  });

  it('audit groups narrow by service, method and status', () => {
    const q2 = link({ resourceType: 'gce_firewall_rule', audit: { service: 'compute.googleapis.com', method: 'v1.compute.firewalls.insert', code: 7 } });
    expect(q2).toContain(
      'protoPayload.serviceName="compute.googleapis.com" AND protoPayload.methodName="v1.compute.firewalls.insert" AND protoPayload.status.code=7',
    );
  });

  it('a request group link matches every URL of its route pattern', () => {
    const re = js(routeRegex('/api/threads/<*>/messages'));
    expect(re.test('https://svc-abc-uc.a.run.app/api/threads/0b4c2f1e-9a7d/messages')).toBe(true);
    expect(re.test('/api/threads/42/messages?x=1')).toBe(true);
    expect(re.test('https://svc/api/threads/42/messages/extra')).toBe(false);
    expect(routeRegex('/files/<*>.json')).toBe('^(https?://[^/]+)?/files/[^/?]+[.]json([?].*)?$');
  });
});

describe('the filter the docs show', () => {
  it('is the filter sent, for the settings the docs name', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/google-cloud.md', 'utf8');
    const block = /## What is read[^]*?```\n([^]*?)```/.exec(doc)![1];
    const shown = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ');
    const q = buildQuery(testSettings({ services: ['api', 'worker'], minSeverity: 'ERROR', windowMs: 24 * 3600_000 }), NOW);
    expect(shown).toBe(q.filter);
  });
});

describe('above ERROR', () => {
  it('errors without a severity count as ERROR: a CRITICAL query reads only logger levels at CRITICAL and above', () => {
    expect(severityClause('CRITICAL')).toBe(
      '(severity>=CRITICAL OR httpRequest.status>=500 OR (severity=DEFAULT AND jsonPayload.level=("critical" OR "fatal" OR "panic" OR "dpanic" OR "alert" OR "emergency" OR 60)))',
    );
  });
});
