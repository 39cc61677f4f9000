// File mode says only what it did: service, resource type and window applied to each entry as the
// Cloud Logging filter would (or refused naming the input), empty exports refused, counts that add up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/run.js';
import { readSettings } from '../src/inputs.js';
import { entryAccount } from '../src/render/entry-counts.js';
import type { Report } from '../src/types.js';
import { rawEntry } from './helpers/entries.js';

const NOW = new Date('2025-09-11T12:00:00Z');

function fileOf(entries: unknown[] | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lg-file-'));
  const path = join(dir, 'logs.json');
  writeFileSync(path, typeof entries === 'string' ? entries : JSON.stringify(entries));
  return path;
}

async function runOn(input: string, flags: Record<string, string> = {}) {
  const given: Record<string, string> = { input, 'output-dir': mkdtempSync(join(tmpdir(), 'lg-out-')), ...flags };
  return run(
    readSettings((name) => given[name] ?? '', {}),
    { now: NOW },
  );
}

/** read = in range + out of range; in range = grouped + below threshold + ignored + joined. */
function expectCountsAddUp(r: Report): void {
  const a = entryAccount(r);
  expect(a.read).toBe(a.inRange + a.outOfRange);
  expect(a.inRange).toBe(a.grouped + a.belowThreshold + a.ignored + a.joined);
}

const mixed = [
  rawEntry({ severity: 'ERROR', text: 'payment declined for order 7', service: 'api', t: '2025-09-11T11:30:00Z' }),
  rawEntry({ severity: 'ERROR', text: 'payment declined for order 9', service: 'api', t: '2025-09-10T02:00:00Z' }),
  rawEntry({ severity: 'ERROR', text: 'disk full on /data', service: 'worker', t: '2025-09-11T11:00:00Z' }),
  rawEntry({ severity: 'INFO', text: 'started', service: 'api', t: '2025-09-11T11:40:00Z' }),
  {
    ...rawEntry({ severity: 'ERROR', text: 'pod evicted', t: '2025-09-11T11:50:00Z' }),
    resource: { type: 'k8s_container', labels: { container_name: 'api', project_id: 'demo' } },
  },
];

describe('file mode applies what it is given, as the Cloud Logging filter would', () => {
  test('no filter flags: the whole file, and the filter shown holds only the severity', async () => {
    const { report } = await runOn(fileOf(mixed));
    expect(report.stats.outOfRange).toBeUndefined();
    expect(report.groups.reduce((n, g) => n + g.count, 0)).toBe(4);
    expect(report.query.filter).toMatch(/^\(severity>=WARNING OR /);
    expect(report.query.filter).not.toMatch(/resource\.|timestamp/);
    expectCountsAddUp(report);
  });

  test('service keeps that service of the (default) resource type and says so', async () => {
    const { report, markdown } = await runOn(fileOf(mixed), { service: 'api' });
    expect(Object.keys(Object.assign({}, ...report.groups.map((g) => g.services)))).toEqual(['api']);
    expect(report.groups.every((g) => g.exemplar.resourceType === 'cloud_run_revision')).toBe(true);
    expect(report.stats.outOfRange).toBe(2); // worker, and the k8s container named api
    expect(report.query.filter).toMatch(/^resource\.type="cloud_run_revision" AND resource\.labels\.service_name="api" AND \(severity/);
    expect(markdown).toContain('5 read = 3 in range + 2 outside the filter; in range = 2 in 1 group + 1 below WARNING');
    expectCountsAddUp(report);
  });

  test('resource-type alone keeps that type', async () => {
    const { report } = await runOn(fileOf(mixed), { 'resource-type': 'k8s_container' });
    expect(report.groups).toHaveLength(1);
    expect(report.stats.outOfRange).toBe(4);
    expect(report.query.filter).toMatch(/^resource\.type="k8s_container" AND /);
  });

  test('window ends at until (default now) and counts what it leaves out', async () => {
    const { report } = await runOn(fileOf(mixed), { window: '6h' });
    expect(report.query.since).toBe('2025-09-11T06:00:00.000Z');
    expect(report.query.until).toBe('2025-09-11T12:00:00.000Z');
    expect(report.query.filter).toContain('timestamp>="2025-09-11T06:00:00.000Z" AND timestamp<"2025-09-11T12:00:00.000Z"');
    expect(report.stats.outOfRange).toBe(1);
    expectCountsAddUp(report);

    const earlier = await runOn(fileOf(mixed), { window: '1h', until: '2025-09-10T02:30:00Z' });
    expect(earlier.report.groups.map((g) => g.count)).toEqual([1]);
    expect(earlier.report.stats.outOfRange).toBe(4);
  });

  test.each([
    [{ filter: 'severity>=ERROR' }, /^filter: cannot be applied to a file .* Fix: filter the export when you make it/],
    [{ service: 'api', 'resource-type': 'gce_instance' }, /^service: cannot be applied to a file of resource type gce_instance .* Fix: leave service empty/],
  ])('%j is refused naming the input', async (flags, message) => {
    await expect(runOn(fileOf(mixed), flags)).rejects.toThrow(message);
  });
});

describe('empty exports and empty ranges', () => {
  test.each([
    ['an empty file (what a failed gcloud leaves)', ''],
    ['an empty array', '[]'],
  ])('%s is an input error naming the likely cause', async (_name, text) => {
    await expect(runOn(fileOf(text))).rejects.toThrow(
      /^input: .*logs\.json holds no log entries, which is what a failed export leaves .* Fix: check the export command's output/,
    );
  });

  test('allow-empty: a quiet result that says 0 entries were read, never "operational"', async () => {
    const { report, markdown } = await runOn(fileOf(''), { 'allow-empty': 'true' });
    expect(report.groups).toEqual([]);
    expect(markdown).toContain('0 entries read for `(severity>=WARNING');
    expect(markdown).not.toMatch(/OPERATIONAL|NO ISSUES DISCOVERED/);
  });

  test('nothing in range: "0 entries read for <filter>", with the entries outside it counted', async () => {
    const { report, markdown } = await runOn(fileOf(mixed), { service: 'billing' });
    expect(report.stats.entries).toBe(5);
    expect(report.stats.outOfRange).toBe(5);
    expect(markdown).toMatch(
      /0 entries read for `resource\.type="cloud_run_revision" AND resource\.labels\.service_name="billing" .*` \(the file holds 5, all outside it\)/,
    );
    expect(markdown).not.toMatch(/OPERATIONAL|NO ISSUES DISCOVERED/);
    expectCountsAddUp(report);
  });
});

describe('the demo export', () => {
  test('counts add up, and the lines joined into traces are counted', async () => {
    const { report, markdown } = await runOn('examples/cloud-run-staging-48h.json');
    expectCountsAddUp(report);
    expect(report.stats.joined).toBeGreaterThan(0);
    expect(markdown).toMatch(/\*\*Entries:\*\* [\d,]+ read = [\d,]+ in \d+ groups .* \+ [\d,]+ lines joined into traces/);
  });
});
