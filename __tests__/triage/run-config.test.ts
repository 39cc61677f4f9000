// The team config through the whole run (file mode, the sample export): components, priority
// rules, ignore rules with expiry, the previous report and the new-only gate.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSettings } from '../../src/inputs.js';
import { run } from '../../src/run.js';
import type { Report } from '../../src/types.js';

const SAMPLE = resolve('examples/cloud-run-staging-48h.json');
const NOW = new Date('2025-09-12T00:00:00Z');

const CONFIG = `
components:
  - name: websocket
    impact: Live updates stop; users see stale chats.
    owners: [alice]
    match: { module: \\.routes\\.websocket$ }
  - name: redis
    impact: Cache falls back to the database.
    owners: ["@bob"]
    match: { logger: redis_manager$ }
  - name: database
    match: { path: /db/ }
priorities:
  - name: redis readiness is expected during boot
    priority: P3
    when: { component: redis, message: readiness }
  - name: database saturation
    priority: P0
    when: { exception: TooManyConnectionsError }
ignore:
  - reason: uptime checks
    expires: 2025-12-31
    match: { path: ^/health$, max-severity: INFO }
  - reason: batch progress
    expires: 2025-09-01
    match: { message: ^Processed message batch }
`;

describe('a run with a team config', () => {
  let dir: string;
  const warnings: string[] = [];

  async function runWith(extra: Record<string, string>) {
    const inputs: Record<string, string> = {
      input: SAMPLE,
      config: join(dir, 'gardener.yml'),
      'output-dir': join(dir, 'out'),
      'dry-run': 'true',
      'min-severity': 'INFO',
      ...extra,
    };
    const settings = readSettings((name) => inputs[name] ?? '', {});
    return run(settings, { now: NOW, env: {}, log: { info: () => {}, warning: (m) => warnings.push(m) } });
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'triage-run-'));
    await writeFile(join(dir, 'gardener.yml'), CONFIG);
  });

  it('names components, explains priorities, drops live noise and warns about expired rules', async () => {
    const { report } = await runWith({});
    const byComponent = (c: string) => report.groups.filter((g) => g.triage.component === c);
    expect(byComponent('websocket').length).toBeGreaterThan(0);
    expect(byComponent('websocket')[0].triage).toMatchObject({ impact: 'Live updates stop; users see stale chats.', owners: ['alice'] });
    expect(byComponent('redis').map((g) => [g.triage.priority, g.triage.reason])).toContainEqual([
      'P3',
      'config: priorities[0] "redis readiness is expected during boot"',
    ]);
    expect(byComponent('redis')[0].triage.owners).toEqual(['bob']);
    expect(report.groups.filter((g) => g.triage.reason === 'config: priorities[1] "database saturation"').map((g) => g.triage.priority)).toContain('P0');
    expect(report.groups.some((g) => g.signature.title.includes('/health'))).toBe(false);
    expect(report.stats.ignored).toBe(443);
    expect(report.groups.some((g) => g.signature.title.startsWith('Processed message batch'))).toBe(true);
    expect(warnings).toContainEqual(expect.stringMatching(/gardener\.yml:\d+: ignore\[1\] "batch progress" expired on 2025-09-01/));
  });

  it('compares with the previous report and gates on new groups only', async () => {
    const first = await runWith({});
    const previous: Report = JSON.parse(first.json);
    const dropped = previous.groups.find((g) => g.triage.priority === 'P0')!;
    previous.groups = previous.groups.filter((g) => g !== dropped);
    // An unrelated old problem (its entries are not this run's: an upgraded signer would alias a group its entries fall into).
    const old = 'An old problem that went away';
    previous.groups.push({
      ...dropped,
      signature: { ...dropped.signature, fingerprint: 'v2:gone', title: 'An old problem' },
      exemplar: { ...dropped.exemplar, message: old, stackTrace: undefined },
      samples: [old],
    });
    await writeFile(join(dir, 'previous.json'), JSON.stringify(previous));

    const { report, gate } = await runWith({ 'previous-report': join(dir, 'previous.json'), 'fail-on': 'P0', 'fail-on-new-only': 'true' });
    expect(report.groups.filter((g) => g.trend === 'new').map((g) => g.signature.fingerprint)).toEqual([dropped.signature.fingerprint]);
    expect(report.groups.filter((g) => g.trend !== 'new').every((g) => g.trend === 'ongoing')).toBe(true);
    expect(report.resolved).toEqual([{ fingerprint: 'v2:gone', title: 'An old problem', priority: 'P0' }]);
    expect(gate.failed).toBe(true);
    expect(gate.groups.map((g) => g.signature.fingerprint)).toEqual([dropped.signature.fingerprint]);

    await writeFile(join(dir, 'same.json'), first.json);
    const again = await runWith({ 'previous-report': join(dir, 'same.json'), 'fail-on': 'P0', 'fail-on-new-only': 'true' });
    expect(again.gate.failed).toBe(false);
  });

  it('stops at a bad config with every problem on its line', async () => {
    await writeFile(join(dir, 'bad.yml'), 'priorities:\n  - priority: P5\n    when: { min-count: 1 }\nignore:\n  - match: { path: x }\n');
    await expect(runWith({ config: join(dir, 'bad.yml') })).rejects.toThrow(
      `${join(dir, 'bad.yml')}:2: priorities[0].priority: "P5" is not one of P0, P1, P2, P3\n${join(dir, 'bad.yml')}:5: ignore[0]: missing "expires"`,
    );
    expect(await readFile(join(dir, 'gardener.yml'), 'utf8')).toBe(CONFIG);
  });
});
