import { readFile } from 'node:fs/promises';
import { normalizeEntry } from '../../src/collect/normalize.js';
import { createSigner, type PreviousGroup } from '../../src/group/index.js';
import { compareWithPrevious } from '../../src/triage/trend.js';
import type { LogRecord, Report, Signature } from '../../src/types.js';
import { python } from './corpus.js';
import { record, signAll } from './record.js';

async function exampleRecords(): Promise<LogRecord[]> {
  const entries = JSON.parse(await readFile('examples/cloud-run-staging-48h.json', 'utf8')) as unknown[];
  return entries.map((e) => normalizeEntry(e)).sort((a, b) => a.time - b.time);
}

/** The groups a run makes of records, as the previous report would carry them. */
function groupsOf(records: LogRecord[], signatures: Signature[]): PreviousGroup[] {
  const byFp = new Map<string, PreviousGroup>();
  records.forEach((r, i) => {
    const s = signatures[i];
    const g = byFp.get(s.fingerprint) ?? { signature: s, samples: [], exemplar: r };
    if (g.samples!.length < 3 && !g.samples!.includes(r.message)) g.samples!.push(r.message);
    byFp.set(s.fingerprint, g);
  });
  return [...byFp.values()];
}

describe('fingerprints are stable across runs', () => {
  it('split by time: every problem seen in both halves has one and the same fingerprint in both runs', async () => {
    const records = await exampleRecords();
    const half = Math.floor(records.length / 2);
    const [early, late] = [records.slice(0, half), records.slice(half)];
    const whole = signAll(createSigner(), records);
    const first = signAll(createSigner(), early);
    const second = signAll(createSigner({ previous: groupsOf(early, first) }), late);
    const problems = new Map<string, { first: Set<string>; second: Set<string> }>();
    whole.forEach((s, i) => {
      const p = problems.get(s.fingerprint) ?? { first: new Set(), second: new Set() };
      (i < half ? p.first : p.second).add(i < half ? first[i].fingerprint : second[i - half].fingerprint);
      problems.set(s.fingerprint, p);
    });
    const both = [...problems.values()].filter((p) => p.first.size > 0 && p.second.size > 0);
    expect(both.length).toBeGreaterThan(3);
    for (const p of both) {
      expect(p.first.size).toBe(1);
      expect([...p.second]).toEqual([...p.first]);
    }
  });

  it('a template learned in an earlier run keeps its fingerprint when later entries bring new values only', () => {
    const users = ['alicia', 'bob', 'carol', 'dave', 'erin'].map((u) => `Invalid name ${u} from 10.0.0.1`);
    const first = signAll(createSigner(), users);
    const previous = groupsOf(
      users.map((m) => record(m)),
      first,
    );
    const [later] = signAll(createSigner({ previous }), ['Invalid name zoe from 10.0.0.9']);
    expect(later.fingerprint).toBe(first[0].fingerprint);
  });

  it('groups of an earlier run that merge now: the merged group carries the other fingerprint as an alias', () => {
    const early = ['Invalid name alicia from x', 'Invalid name bob from x'];
    const first = signAll(createSigner(), early);
    expect(first[0].fingerprint).not.toBe(first[1].fingerprint);
    const now = signAll(
      createSigner({
        previous: groupsOf(
          early.map((m) => record(m)),
          first,
        ),
      }),
      ['alicia', 'bob', 'carol', 'dave', 'erin'].map((u) => `Invalid name ${u} from x`),
    );
    expect(new Set(now.map((s) => s.fingerprint)).size).toBe(1);
    const all = [now[0].fingerprint, ...(now[0].aliases ?? [])];
    expect(all).toEqual(expect.arrayContaining([first[0].fingerprint, first[1].fingerprint]));
  });
});

describe('upgrade from signer v2', () => {
  // Fingerprints and details as signer v2 (commit 9b80298) made them for these entries.
  const session = (method: string) => `Failed to extract auth from request ${method} /api/items: SessionMiddleware must be installed to access request.session`;
  const v2: PreviousGroup[] = [
    {
      signature: {
        kind: 'stack',
        fingerprint: 'v2:fc6fd1aa94a55df3',
        title: 'ImportError: cannot import name <*> from <*>',
        detail: 'ImportError\napp/main.py:handler\napp/service.py:load',
      },
      exemplar: record(python('load', 10)),
      samples: [python('load', 10)],
    },
    {
      signature: {
        kind: 'template',
        fingerprint: 'v2:67c8bf3dd2daad5e',
        title: 'Connection to <*> timed out after <*>',
        detail: 'Connection to <*> timed out after <*>',
      },
      exemplar: record('Connection to 10.0.0.12:5432 timed out after 30s'),
      samples: ['Connection to 10.0.0.12:5432 timed out after 30s'],
    },
    { signature: { kind: 'template', fingerprint: 'v2:75d936a8a26e80b4', title: '', detail: '' }, exemplar: record(session('GET')), samples: [session('GET')] },
    {
      signature: { kind: 'template', fingerprint: 'v2:31342c1111357a4a', title: '', detail: '' },
      exemplar: record(session('POST')),
      samples: [session('POST')],
    },
  ];

  it('groups signed by v3 carry the v2 fingerprints of the issues filed for them as aliases', () => {
    const signer = createSigner({ previous: v2 });
    const [stack, timeout, get, post] = signAll(signer, [
      python('load', 33),
      'Connection to 10.1.1.1:6379 timed out after 5s',
      session('GET'),
      session('POST'),
    ]);
    expect(stack.fingerprint).toMatch(/^v3:/);
    expect(stack.aliases).toEqual(['v2:fc6fd1aa94a55df3']);
    expect(timeout.aliases).toEqual(['v2:67c8bf3dd2daad5e']);
    // v2 split one warning by HTTP method; v3 makes it one group that answers to both issues.
    expect(get.fingerprint).toBe(post.fingerprint);
    expect(get.aliases).toEqual(expect.arrayContaining(['v2:75d936a8a26e80b4', 'v2:31342c1111357a4a']));
  });

  it('keeps at most 32 aliases, the newest first', () => {
    const many: PreviousGroup[] = Array.from({ length: 40 }, (_, i) => ({
      signature: { kind: 'template', fingerprint: `v2:${String(i).padStart(16, '0')}`, title: '', detail: '' },
      exemplar: record(`Connection to 10.0.0.${i}:5432 timed out after ${i}s`),
    }));
    const [s] = signAll(createSigner({ previous: many }), ['Connection to 10.1.1.1:6379 timed out after 5s']);
    expect(s.aliases).toHaveLength(32);
  });

  it('aliases are carried on: a v3 report whose groups hold v2 aliases passes them to the next run', () => {
    const first = signAll(createSigner({ previous: v2 }), ['Connection to 10.1.1.1:6379 timed out after 5s']);
    const [next] = signAll(createSigner({ previous: [{ signature: first[0] }] }), ['Connection to 10.9.9.9:1 timed out after 1s']);
    expect(next.fingerprint).toBe(first[0].fingerprint);
    expect(next.aliases).toEqual(['v2:67c8bf3dd2daad5e']);
  });
});

describe('change over time across a signer upgrade', () => {
  const report = (signer: string, groups: { fp: string; aliases?: string[]; count: number }[]): Report =>
    ({
      tool: { name: 'gcp-log-gardener', version: '0', signer },
      query: { since: '2026-11-27T00:00:00Z', until: '2026-11-28T00:00:00Z' },
      groups: groups.map((g) => ({
        signature: { kind: 'template', fingerprint: g.fp, title: g.fp, detail: g.fp, aliases: g.aliases },
        count: g.count,
        hourly: {},
        triage: { priority: 'P2' },
      })),
      resolved: [],
    }) as unknown as Report;

  it('a v3 group is compared with the v2 group its alias names; the rest are new or resolved', () => {
    const previous = report('v2', [
      { fp: 'v2:a', count: 10 },
      { fp: 'v2:b', count: 10 },
    ]);
    const current = report('v3', [
      { fp: 'v3:x', aliases: ['v2:a'], count: 100 },
      { fp: 'v3:y', count: 1 },
    ]);
    const compared = compareWithPrevious(current, previous);
    expect(compared.groups.map((g) => g.trend)).toEqual(['rising', 'new']);
    expect(compared.resolved.map((r) => r.fingerprint)).toEqual(['v2:b']);
    expect(compared.notes).toBeUndefined();
  });
});
