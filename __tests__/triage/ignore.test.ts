import { readFile } from 'node:fs/promises';
import { expiredIgnoreWarnings, ignoreMatcher } from '../../src/triage/ignore.js';
import { parseConfig } from '../../src/triage/config-parse.js';
import { defaultConfig } from '../../src/triage/config.js';
import { collect } from '../../src/pipeline.js';
import { createSigner } from '../../src/group/index.js';
import { createRedactor } from '../../src/safety/redact.js';
import type { LogSource } from '../../src/collect/source.js';
import { corpus, record } from './corpus.js';

const yaml = `
ignore:
  - reason: uptime checks
    expires: 2026-11-30
    match: { path: ^/healthz$, max-severity: INFO }
  - expires: 2026-11-01
    match: { message: ^Slow query }
  - reason: ws client drops
    expires: 2026-12-31
    match: { logger: ^app\\.ws\\., service: ^backend-prod$ }
`;
const config = parseConfig(yaml, '.github/log-gardener.yml');

describe('ignoreMatcher', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const ignore = ignoreMatcher(config, now);

  it('drops known noise by path, logger and service', () => {
    expect(corpus.healthz(1).map(ignore)).toEqual([true]);
    expect(corpus.wsClosed(1).map(ignore)).toEqual([true]);
  });

  it("keeps entries above the rule's max-severity (WARNING by default)", () => {
    expect(ignore(record({ kind: 'requests', severity: 'ERROR', message: 'GET /healthz 500', http: { path: '/healthz', status: 500 } }))).toBe(false);
    expect(ignore(record({ severity: 'ERROR', logger: 'app.ws.handler', message: 'handler crashed' }))).toBe(false);
  });

  it('keeps entries a rule does not fully match', () => {
    expect(ignore(record({ severity: 'WARNING', logger: 'app.ws.handler', service: 'backend-staging', message: 'x' }))).toBe(false);
    expect(corpus.authFailed(1).map(ignore)).toEqual([false]);
  });

  it('stops applying a rule after its expiry day (UTC), and warns about it', () => {
    expect(corpus.slowQuery(1).map(ignore)).toEqual([false]);
    expect(ignoreMatcher(config, new Date('2026-10-31T12:00:00Z'))(corpus.slowQuery(1)[0])).toBe(true);
    expect(ignoreMatcher(config, new Date('2026-11-30T23:59:59Z'))(corpus.healthz(1)[0])).toBe(true);
    expect(ignoreMatcher(config, new Date('2026-12-01T00:00:00Z'))(corpus.healthz(1)[0])).toBe(false);
    expect(expiredIgnoreWarnings(config, now)).toEqual([
      '.github/log-gardener.yml:6: ignore[1] expired on 2026-11-01 and no longer hides entries. Fix: renew its expires date if the noise is still expected, or delete the rule.',
    ]);
    expect(expiredIgnoreWarnings(config, new Date('2027-01-01T00:00:00Z'))).toHaveLength(3);
  });

  it('ignores nothing without rules', () => {
    expect(ignoreMatcher(defaultConfig(), new Date())(corpus.healthz(1)[0])).toBe(false);
  });

  it('plugs into collect() and counts what it dropped', async () => {
    const example = parseConfig(await readFile('examples/log-gardener.yml', 'utf8'), 'examples/log-gardener.yml');
    const entries = [
      {
        timestamp: '2026-11-27T10:00:00Z',
        severity: 'INFO',
        logName: 'projects/p/logs/run.googleapis.com%2Frequests',
        httpRequest: { requestMethod: 'GET', requestUrl: 'https://api.example.com/healthz', status: 200 },
        resource: { type: 'cloud_run_revision', labels: { service_name: 'backend-prod' } },
      },
      {
        timestamp: '2026-11-27T10:00:01Z',
        severity: 'ERROR',
        textPayload: 'Token verification failed',
        logName: 'projects/p/logs/run.googleapis.com%2Fstderr',
        resource: { type: 'cloud_run_revision', labels: { service_name: 'backend-prod' } },
      },
    ];
    const source: LogSource = {
      kind: 'file',
      async *read() {
        for (const [i, value] of entries.entries()) yield { kind: 'entry' as const, position: i + 1, value };
      },
    };
    const got = await collect({ source, signer: createSigner(), redactor: createRedactor(), ignore: ignoreMatcher(example, new Date('2026-11-27T12:00:00Z')) });
    expect(got.stats).toMatchObject({ entries: 2, ignored: 1 });
    expect(got.groups.map((g) => g.signature.title)).toEqual(['Token verification failed']);
  });
});
