import { readFile } from 'node:fs/promises';
import { triage } from '../../src/triage/index.js';
import { parseConfig } from '../../src/triage/config-parse.js';
import { defaultConfig, type GardenerConfig } from '../../src/triage/config.js';
import { corpus, groups, one, record, repeat } from './corpus.js';

const config = (yaml: string): GardenerConfig => parseConfig(yaml, 'test.yml');

describe('built-in rules', () => {
  it.each([
    ['critical-severity', corpus.poolExhausted(), 'P0'],
    ['import-error', corpus.importError(), 'P0'],
    ['startup-failure', corpus.startupProbe(), 'P0'],
    ['server-errors', corpus.payments503(5), 'P1'],
    ['error', corpus.authFailed(), 'P1'],
    ['frequent-warning', corpus.wsClosed(12), 'P2'],
    ['server-errors-few', repeat(2, { kind: 'requests', severity: 'WARNING', message: 'GET /x 502', http: { path: '/x', status: 502 } }), 'P2'],
    ['warning', corpus.slowQuery(), 'P3'],
  ] as const)('%s', (id, records, priority) => {
    const t = triage(one([...records]));
    expect(t.priority).toBe(priority);
    expect(t.reason).toBe(`builtin: ${id}`);
    expect(t.owners).toEqual([]);
  });

  it('guesses the component from logger, source file or request', () => {
    expect(triage(one(corpus.authFailed())).component).toBe('tokens');
    expect(triage(one(corpus.importError())).component).toBe('stripe_client');
    expect(triage(one(corpus.payments503())).component).toBe('http');
    expect(triage(one(corpus.startupProbe())).component).toBe('backend-prod');
  });
});

describe('component rules', () => {
  const c = config(`
components:
  - name: by-logger
    match: { logger: ^app\\.auth }
  - name: by-module
    impact: Live updates stop.
    owners: [alice]
    label: "area: websocket"
    match: { module: ^app\\.ws\\. }
  - name: by-frame-module
    match: { module: ^app\\.app\\.cache\\.redis_client$ }
  - name: by-path
    match: { path: ^/api/payments }
  - name: by-file
    match: { path: stripe_client\\.py$ }
  - name: by-message
    match: { message: STARTUP TCP probe }
  - name: by-label
    match:
      labels: { revision_name: -00042-, instanceId: ^00af }
      service: ^backend-prod$
`);

  it.each([
    ['by-logger', corpus.authFailed()],
    ['by-module', corpus.wsClosed()],
    ['by-frame-module', corpus.redisDown()],
    ['by-path', corpus.payments503()],
    ['by-file', corpus.importError()],
    ['by-message', corpus.startupProbe()],
    ['by-label', corpus.slowQuery()],
  ])('%s', (name, records) => {
    expect(triage(one(records), c).component).toBe(name);
  });

  it('gives impact, owners and label from the component', () => {
    const t = triage(one(corpus.wsClosed()), c);
    expect(t).toMatchObject({ component: 'by-module', impact: 'Live updates stop.', owners: ['alice'], label: 'area: websocket', reason: 'builtin: warning' });
  });

  it('needs every condition of a match to hold', () => {
    const only = config('components:\n  - name: x\n    match: { logger: ^app\\.db, message: pool }\n');
    expect(triage(one(corpus.poolExhausted()), only).component).toBe('x');
    expect(triage(one(corpus.slowQuery()), only).component).toBe('db');
  });

  it('falls back to the built-in guess and impact when no component matches', () => {
    const t = triage(one(corpus.authFailed()), config('components:\n  - name: x\n    match: { service: ^other$ }\n'));
    expect(t.component).toBe('tokens');
    expect(t.impact).toBe('Errors on 3 occasions: the affected operations fail.');
  });
});

describe('priority rules', () => {
  const cases: [string, string, ReturnType<typeof record>[], boolean][] = [
    ['min-severity', 'min-severity: ERROR', corpus.authFailed(), true],
    ['min-severity (below)', 'min-severity: ERROR', corpus.slowQuery(), false],
    ['exception', 'exception: ^redis\\.exceptions\\.ConnectionError$', corpus.redisDown(), true],
    ['message', 'message: Token verification', corpus.authFailed(), true],
    ['message (sample text)', 'message: for user 1234', corpus.authFailed(), true],
    ['component', 'component: tokens', corpus.authFailed(), true],
    ['service', 'service: ^backend-prod$', corpus.authFailed(), true],
    ['service (other)', 'service: ^frontend$', corpus.authFailed(), false],
    ['min-count', 'min-count: 6', corpus.redisDown(6), true],
    ['min-count (fewer)', 'min-count: 7', corpus.redisDown(6), false],
    // 90 entries over 3 distinct hours: 30 per hour.
    ['min-rate', 'min-rate: 30', repeat(90, { severity: 'WARNING', logger: 'app.ws.handler', message: 'ws closed' }, 0, 2), true],
    ['min-rate (slower)', 'min-rate: 31', repeat(90, { severity: 'WARNING', logger: 'app.ws.handler', message: 'ws closed' }, 0, 2), false],
    ['min-consecutive', 'min-consecutive: 6', corpus.redisDown(6), true],
    ['startup: true', 'startup: true', corpus.startupProbe(), true],
    ['startup: true (not startup)', 'startup: true', corpus.authFailed(), false],
    ['startup: false', 'startup: false', corpus.startupProbe(), false],
  ];

  it.each(cases)('%s', (_name, when, records, hit) => {
    const t = triage(one(records), config(`priorities:\n  - name: rule\n    priority: P3\n    when: { ${when} }\n`));
    expect(t.reason === 'config: priorities[0] "rule"').toBe(hit);
    if (hit) expect(t.priority).toBe('P3');
  });

  it('counts consecutive entries with nothing else from the service between', () => {
    const c = config('priorities:\n  - priority: P0\n    when: { min-consecutive: 4 }\n');
    const interleaved = [...corpus.redisDown(6), record({ message: 'cache warmup done', severity: 'WARNING' }, 2.5)];
    const redis = groups(interleaved).find((g) => g.count === 6)!;
    expect(redis.maxConsecutive).toBe(3);
    expect(triage(redis, c).reason).toBe('builtin: error');
    expect(triage(one(corpus.redisDown(6)), c).reason).toBe('config: priorities[0]');
  });

  it('lets the first matching rule win, and the built-in rules apply after', () => {
    const c = config(`
priorities:
  - name: payments errors
    priority: P0
    when: { message: payments, min-severity: ERROR }
  - priority: P2
    when: { min-severity: ERROR }
`);
    expect(triage(one(corpus.payments503()), c)).toMatchObject({ priority: 'P0', reason: 'config: priorities[0] "payments errors"' });
    expect(triage(one(corpus.authFailed()), c)).toMatchObject({ priority: 'P2', reason: 'config: priorities[1]' });
    expect(triage(one(corpus.slowQuery()), c)).toMatchObject({ priority: 'P3', reason: 'builtin: warning' });
  });

  it('can lower a built-in priority (expected token expiry)', async () => {
    const c = parseConfig(await readFile('examples/log-gardener.yml', 'utf8'), 'examples/log-gardener.yml');
    const g = one(corpus.tokenExpired());
    expect(g.signature.exceptionType ?? g.signature.title).toMatch(/ExpiredSignatureError/);
    expect(triage(g, c)).toMatchObject({ priority: 'P3', component: 'auth', owners: ['bob', 'carol'], label: 'area: auth' });
  });

  it('works with the default config', () => {
    expect(triage(one(corpus.authFailed()), defaultConfig()).reason).toBe('builtin: error');
  });
});
