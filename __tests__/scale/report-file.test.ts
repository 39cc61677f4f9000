// The JSON report is written as a stream, laid out exactly as JSON.stringify(report, null, 2) would,
// and bounded: groups past the detailed ones keep one short sample, and the report says so.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DETAILED_GROUPS, reportText, writeOutputs } from '../../src/publish/files.js';
import type { Report, TriagedGroup } from '../../src/types.js';
import { record } from '../group/record.js';

function group(i: number, samples: string[]): TriagedGroup {
  const exemplar = record(samples[0], { stackTrace: 'x'.repeat(3000) });
  return {
    signature: { kind: 'template', fingerprint: `v2:${String(i).padStart(16, '0')}`, title: `problem ${i}`, detail: `problem ${i}` },
    count: 1000 - i,
    firstSeen: exemplar.timestamp,
    lastSeen: exemplar.timestamp,
    severities: { ERROR: 1 },
    maxSeverity: 'ERROR',
    services: { api: 1 },
    revisions: { 'api-1': 1 },
    locations: {},
    instances: {},
    kinds: { stderr: 1 },
    statuses: {},
    hourly: { '2026-11-27T10': 1 },
    maxConsecutive: 1,
    samples,
    exemplar,
    distributions: [{ field: 'attempt', values: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), count: 10 - n })), error: 0, other: 0 }],
    explorerUrl: 'https://console.cloud.google.com/logs/query',
    triage: { priority: 'P1', reason: 'builtin: error', impact: 'x', component: 'api', owners: [] },
  };
}

function report(groups: TriagedGroup[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'gcp-log-gardener', version: '0.0.0', signer: 'v2' },
    generatedAt: '2026-11-27T12:00:00.000Z',
    source: { kind: 'file', path: 'x' },
    query: {
      projects: [],
      services: ['api'],
      resourceType: 'cloud_run_revision',
      minSeverity: 'WARNING',
      since: 'a',
      until: 'b',
      filter: '',
      gcloudCommand: '',
    },
    stats: { entries: 1, malformed: [], ignored: 0 },
    byPriority: { P0: 0, P1: groups.length, P2: 0, P3: 0 },
    bySeverity: { ERROR: 1 },
    highestPriority: 'P1',
    groups,
    resolved: [],
    failures: [],
  };
}

const paths = { markdown: 'w.md', json: 'w.json' };

test('a report within the detailed groups is written byte for byte as JSON.stringify lays it out', async () => {
  const r = report([group(1, ['a "quoted"\nline', 'b']), group(2, ['c'])]);
  const dir = mkdtempSync(join(tmpdir(), 'lg-files-'));
  const files = await writeOutputs(dir, paths, '# w\n', r);
  expect(readFileSync(files.report, 'utf8')).toBe(JSON.stringify(r, null, 2) + '\n');
  expect(reportText(r)).toBe(JSON.stringify(r, null, 2) + '\n');
  expect(reportText(report([]))).toBe(JSON.stringify(report([]), null, 2) + '\n');
});

test('past the detailed groups every group is kept with bounded detail, and the report says what was cut', async () => {
  const long = 'y'.repeat(4000);
  const r = report(Array.from({ length: DETAILED_GROUPS + 50 }, (_, i) => group(i, [long, 'second', 'third'])));
  const dir = mkdtempSync(join(tmpdir(), 'lg-files-'));
  const files = await writeOutputs(dir, paths, '# w\n', r);
  const back = JSON.parse(readFileSync(files.report, 'utf8')) as Report;
  expect(back.groups).toHaveLength(DETAILED_GROUPS + 50);
  expect(back.groups[0].samples).toEqual([long, 'second', 'third']);
  const last = back.groups[DETAILED_GROUPS + 49];
  expect(last.samples).toHaveLength(1);
  expect(last.samples[0].length).toBeLessThanOrEqual(300);
  expect(last.exemplar.stackTrace!.length).toBeLessThanOrEqual(300);
  expect(last.count).toBe(r.groups[DETAILED_GROUPS + 49].count);
  expect(last.explorerUrl).toBeUndefined();
  expect(back.groups[0].explorerUrl).toBe('https://console.cloud.google.com/logs/query');
  // Top 3 values of each field; the rest counted as other.
  expect(last.distributions).toEqual([{ field: 'attempt', values: [1, 2, 3].map((n) => ({ value: String(n), count: 10 - n })), error: 0, other: 6 + 5 }]);
  expect(back.notes).toEqual([expect.stringContaining(`the other 50, one a line, keep one sample`)]);
  // The report object itself is untouched.
  expect(r.groups[DETAILED_GROUPS + 49].samples).toHaveLength(3);
  expect(r.notes).toBeUndefined();
});

test('the file is the report text whatever its characters and the size of its pieces', async () => {
  // Multi-byte characters across the write buffer's end, and groups larger than the buffer.
  const wide = 'é😀中'.repeat(20000);
  const r = report(Array.from({ length: DETAILED_GROUPS + 20 }, (_, i) => group(i, [i % 7 === 0 ? wide : `x ${'ü'.repeat(i)}`, 'b'])));
  const dir = mkdtempSync(join(tmpdir(), 'lg-files-'));
  const files = await writeOutputs(dir, paths, '# w\n', r);
  expect(readFileSync(files.report, 'utf8')).toBe(reportText(r));
});

test('a report that cannot be written is an error, not a silent success', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lg-files-'));
  mkdirSync(join(dir, 'w.json'));
  await expect(writeOutputs(dir, paths, '# w\n', report([group(1, ['a'])]))).rejects.toThrow(/EISDIR/);
});

test('a run leaves the report text unmade until asked for, and then it is the file', async () => {
  const { run } = await import('../../src/run.js');
  const { readSettings } = await import('../../src/inputs.js');
  const { writeFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'lg-files-'));
  const input = join(dir, 'in.ndjson');
  writeFileSync(input, JSON.stringify({ timestamp: '2025-09-11T10:00:00.000Z', severity: 'ERROR', textPayload: 'boom' }) + '\n');
  const outcome = await run(readSettings((n) => ({ input, 'output-dir': join(dir, 'out') })[n] ?? ''));
  const json = Object.getOwnPropertyDescriptor(outcome, 'json')!;
  expect(json.get).toBeDefined();
  expect(outcome.json).toBe(readFileSync(outcome.files.report, 'utf8'));
});
