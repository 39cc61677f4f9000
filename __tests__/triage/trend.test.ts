import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithPrevious, loadPreviousReport, newGroupsAtOrAbove, trendCounts, trendOf } from '../../src/triage/trend.js';
import { InputError } from '../../src/errors.js';
import { corpus, one, report, triaged } from './corpus.js';

const DAY1 = ['2026-11-26T00:00:00Z', '2026-11-27T00:00:00Z'] as const;
const DAY2 = ['2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z'] as const;

describe('trendOf', () => {
  it.each([
    [10, 24, 10, 24, 'ongoing'],
    [15, 24, 10, 24, 'rising'], // 1.5x and +5
    [14, 24, 10, 24, 'ongoing'], // 1.4x
    [3, 24, 1, 24, 'ongoing'], // 3x but only +2 entries
    [5, 24, 10, 24, 'falling'], // half and -5
    [6, 24, 10, 24, 'ongoing'],
    [20, 48, 10, 24, 'ongoing'], // same hourly rate over a window twice as long
    [20, 24, 20, 48, 'rising'], // twice the hourly rate
    [10, 12, 40, 24, 'falling'], // half the hourly rate: 10 fewer over the 12h window
  ] as const)('%i in %ih after %i in %ih -> %s', (count, hours, prev, prevHours, expected) => {
    expect(trendOf(count, hours, prev, prevHours)).toBe(expected);
  });
});

describe('compareWithPrevious', () => {
  const ws = one(corpus.wsClosed(10));
  const auth = one(corpus.authFailed(3));
  const redis = one(corpus.redisDown(20));
  const db = one(corpus.poolExhausted(1));

  function pair() {
    const previous = report([triaged(ws, 'P2'), triaged({ ...redis, count: 5 }, 'P1'), triaged({ ...db, count: 4 }, 'P0')], ...DAY1);
    const current = report([triaged(ws, 'P2'), triaged(redis, 'P1'), triaged(auth, 'P1')], ...DAY2);
    return { previous, current };
  }

  it('marks new, ongoing and rising groups and lists the resolved ones', () => {
    const { previous, current } = pair();
    const compared = compareWithPrevious(current, previous);
    expect(compared.groups.map((g) => g.trend)).toEqual(['ongoing', 'rising', 'new']);
    expect(compared.resolved).toEqual([{ fingerprint: db.signature.fingerprint, title: 'Database pool exhausted', priority: 'P0' }]);
    expect(trendCounts(compared)).toEqual({ new: 1, rising: 1, ongoing: 1, falling: 0, resolved: 1 });
  });

  it('returns a new report and leaves the one it was given as it was', () => {
    const { previous, current } = pair();
    const before = JSON.stringify(current);
    expect(compareWithPrevious(current, previous)).not.toBe(current);
    expect(JSON.stringify(current)).toBe(before);
  });

  it('marks falling groups', () => {
    const { previous, current } = pair();
    previous.groups[0] = triaged({ ...ws, count: 40 }, 'P2');
    expect(compareWithPrevious(current, previous).groups[0].trend).toBe('falling');
  });

  it('leaves trends unset without a previous report', () => {
    const { current } = pair();
    const compared = compareWithPrevious(current, undefined);
    expect(compared.groups.map((g) => g.trend)).toEqual([undefined, undefined, undefined]);
    expect(compared.resolved).toEqual([]);
  });

  it('does not compare across signer versions, and says so', () => {
    const { previous, current } = pair();
    previous.tool.signer = 'v0';
    const compared = compareWithPrevious(current, previous);
    expect(compared.groups.every((g) => g.trend === undefined)).toBe(true);
    expect(compared.notes).toEqual([expect.stringContaining('signer v0, this run with v1')]);
    expect(compared.failures).toEqual([]);
  });

  it('gates on new groups only at or above a priority', () => {
    const { previous, current } = pair();
    expect(newGroupsAtOrAbove(current, 'P1').map((g) => g.triage.priority)).toEqual(['P1', 'P1']); // no previous: all count
    const compared = compareWithPrevious(current, previous);
    expect(newGroupsAtOrAbove(compared, 'P1').map((g) => g.signature.fingerprint)).toEqual([auth.signature.fingerprint]);
    expect(newGroupsAtOrAbove(compared, 'P0')).toEqual([]);
  });
});

describe('loadPreviousReport', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'triage-prev-'));
  });

  async function file(name: string, text: string): Promise<string> {
    const p = join(dir, name);
    await writeFile(p, text);
    return p;
  }

  it('reads a report an earlier run wrote', async () => {
    const r = report([triaged(one(corpus.authFailed()), 'P1')], ...DAY1);
    const p = await file('report.json', JSON.stringify(r));
    expect(await loadPreviousReport(p)).toEqual(r);
  });

  it('treats a missing file as "no previous run" only when asked to', async () => {
    const p = join(dir, 'absent.json');
    await expect(loadPreviousReport(p, { missingOk: true })).resolves.toBeUndefined();
    await expect(loadPreviousReport(p)).rejects.toThrow(`previous-report ${p}: no such file. Fix: give the report.json`);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', 'not valid JSON ('],
    ['not an object', '[1, 2]', 'not a Log Gardener report: schemaVersion is null, expected 1'],
    ['another schema', '{"schemaVersion": 2}', 'not a Log Gardener report: schemaVersion is 2, expected 1'],
    ['no signer', '{"schemaVersion": 1, "tool": {}}', 'not a Log Gardener report: tool.signer is missing'],
    ['no window', '{"schemaVersion": 1, "tool": {"signer": "v1"}, "query": {}}', 'not a Log Gardener report: query.since / query.until are missing'],
    [
      'bad group',
      JSON.stringify({ ...report([]), groups: [{ signature: { fingerprint: 'a', title: 't' }, count: 1, hourly: {}, triage: { priority: 'P9' } }] }),
      'not a Log Gardener report: groups[0] lacks',
    ],
  ])('rejects a file that is %s with one line naming the fix', async (name, text, problem) => {
    const p = await file(`${name}.json`, text);
    const err = await loadPreviousReport(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`previous-report ${p}: ${problem}`);
    expect((err as Error).message).not.toContain('\n');
  });
});
