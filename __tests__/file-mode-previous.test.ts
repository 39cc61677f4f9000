// A file run finds its previous report by the services the export holds (the action reads it from the
// repository), so it knows that report only after reading the entries. Its groups must still seed the
// templates and carry an older signer's fingerprints as aliases, exactly as an explicit previous-report does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type RunOptions } from '../src/run.js';
import { readSettings } from '../src/inputs.js';
import { loadPreviousReport } from '../src/triage/trend.js';
import type { Report } from '../src/types.js';
import { rawEntry } from './helpers/entries.js';

const NOW = new Date('2025-09-11T12:00:00Z');
const trace = (fn: string, line: number) =>
  `Traceback (most recent call last):\n  File "app/main.py", line ${line}, in handler\n    ${fn}()\n  File "app/service.py", line 9, in ${fn}\n    raise ImportError("cannot import name 'x'")\nImportError: cannot import name 'x'`;

const entries = [
  rawEntry({ severity: 'ERROR', text: 'Connection to 10.0.0.12:5432 timed out after 30s', service: 'api', t: '2025-09-11T11:00:00Z' }),
  rawEntry({ severity: 'ERROR', text: 'Connection to 10.0.0.13:5432 timed out after 31s', service: 'api', t: '2025-09-11T11:01:00Z' }),
  rawEntry({ severity: 'ERROR', text: trace('load', 10), service: 'worker', t: '2025-09-11T11:02:00Z' }),
  rawEntry({
    severity: 'ERROR',
    log: 'requests',
    http: { requestMethod: 'GET', requestUrl: 'https://api.example.com/items/7', status: 503 },
    service: 'api',
    t: '2025-09-11T11:03:00Z',
  }),
];

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lg-prev-')), name);
  writeFileSync(path, text);
  return path;
}

async function runOn(flags: Record<string, string>, options: RunOptions = {}, logs: unknown[] = entries): Promise<Report> {
  const given: Record<string, string> = { input: tempFile('logs.json', JSON.stringify(logs)), 'output-dir': mkdtempSync(join(tmpdir(), 'lg-out-')), ...flags };
  return (
    await run(
      readSettings((name) => given[name] ?? '', {}),
      { now: NOW, ...options },
    )
  ).report;
}

/** The same groups as an older signer (v2) would have filed them: other fingerprints, no aliases. */
function asV2(report: Report): Report {
  return {
    ...report,
    tool: { ...report.tool, signer: 'v2' },
    groups: report.groups.map((g, i) => ({ ...g, signature: { ...g.signature, fingerprint: `v2:${String(i).padStart(16, '0')}`, aliases: undefined } })),
  };
}

const identities = (r: Report) =>
  r.groups
    .map((g) => ({ fingerprint: g.signature.fingerprint, title: g.signature.title, aliases: g.signature.aliases, trend: g.trend }))
    .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));

describe('a previous report found in the repository during a file run', () => {
  test('carries v2 fingerprints as aliases, the same as an explicit previous-report', async () => {
    const v2 = asV2(await runOn({}));
    expect(v2.groups.map((g) => g.signature.kind).sort()).toEqual(['request', 'stack', 'template']);
    const path = tempFile('previous.json', JSON.stringify(v2));

    const explicit = await runOn({ 'previous-report': path });
    const asked: string[][] = [];
    const found = await runOn({}, { findPrevious: async (services) => (asked.push(services), loadPreviousReport(path)) });

    expect(asked).toEqual([['api', 'worker']]);
    expect(identities(found)).toEqual(identities(explicit));
    // Every v2 group (template, stack and request) answers to its old fingerprint.
    const aliases = found.groups.flatMap((g) => g.signature.aliases ?? []).sort();
    expect(aliases).toEqual(v2.groups.map((g) => g.signature.fingerprint).sort());
    expect(found.resolved).toEqual(explicit.resolved);
  });

  test('a v3 previous report seeds the templates: a group keeps its fingerprint when later entries bring new values only', async () => {
    const line = (user: string, t: string) => rawEntry({ severity: 'WARNING', text: `Invalid name ${user} from 10.0.0.1`, t });
    const first = await runOn(
      {},
      {},
      ['alicia', 'bob', 'carol', 'dave', 'erin'].map((u, i) => line(u, `2025-09-11T10:0${i}:00Z`)),
    );
    expect(first.groups).toHaveLength(1);
    const path = tempFile('previous.json', JSON.stringify(first));
    const later = [line('zoe', '2025-09-11T11:00:00Z')];
    const found = await runOn({}, { findPrevious: async () => loadPreviousReport(path) }, later);
    const explicit = await runOn({ 'previous-report': path }, {}, later);
    expect(found.groups.map((g) => g.signature.fingerprint)).toEqual([first.groups[0].signature.fingerprint]);
    expect(identities(found)).toEqual(identities(explicit));
  });
});
