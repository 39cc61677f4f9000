// The SQL coarse key's masks (RE2) against the engine's JavaScript masks, on a corpus: a key may
// be finer than the JavaScript mask (keys that sign alike merge after the query) but must never
// join two messages the JavaScript masks tell apart.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskMessage } from '../../src/group/mask.js';
import { RE2_MASKS, re2Mask } from '../../src/bigquery/masks.js';
import { TRACE_LIKE } from '../../src/bigquery/sql.js';
import { traceLike } from '../../src/group/trace-lines.js';
import * as traces from '../group/corpus.js';

const LOGHUB = '/work/shared/loghub-2k';

function exampleMessages(): string[] {
  const entries = JSON.parse(readFileSync('examples/cloud-run-staging-48h.json', 'utf8')) as Record<string, unknown>[];
  return entries.flatMap((e) => {
    const j = e.jsonPayload as Record<string, unknown> | undefined;
    const t = typeof e.textPayload === 'string' ? e.textPayload : typeof j?.message === 'string' ? j.message : undefined;
    return t ? [t.split('\n')[0]] : [];
  });
}

const HAND = [
  'Connection to 10.0.0.1 timed out after 30s',
  'Connection to 10.0.0.7 timed out after 45 s',
  'Nov 27 12:00:01 host sshd started',
  'fetched https://api.example.com/v1/users/42?x=1 in 120 ms',
  "KeyError: 'order-17'",
  'user=alice action=login ok',
  'cache miss for key "abc" on redis.internal.svc',
  'Foo.bar failed; Foo.baz failed',
  'wrote /var/log/app/x.log (5.2 KB)',
  'worker-3 exited with code 137',
];

/** Messages per SQL key whose JavaScript masks differ: the key joined what the engine tells apart. */
function coarser(messages: string[]): { keys: number; masks: number; joined: string[][] } {
  const byKey = new Map<string, Set<string>>();
  for (const m of messages) {
    const key = re2Mask(m);
    const set = byKey.get(key) ?? new Set<string>();
    set.add(maskMessage(m));
    byKey.set(key, set);
  }
  const masks = new Set(messages.map((m) => maskMessage(m)));
  return { keys: byKey.size, masks: masks.size, joined: [...byKey.values()].filter((s) => s.size > 1).map((s) => [...s]) };
}

describe('RE2 masks', () => {
  it('are valid in JavaScript as written (the RE2 subset: no lookaround, no inline flags)', () => {
    for (const r of RE2_MASKS) {
      expect(r.pattern).not.toMatch(/\(\?[<=!]|\(\?[imsx]/);
      expect(() => new RegExp(r.pattern, 'g')).not.toThrow();
    }
  });

  it('mask like the engine on hand-written messages, keeping units and month names (finer, cheaper in SQL)', () => {
    const exact = HAND.filter((m) => !/\d (s|ms|KB)\b|\)$|^Nov /.test(m));
    expect(exact.map(re2Mask)).toEqual(exact.map(maskMessage));
    expect(re2Mask('Connection to 10.0.0.7 timed out after 45 s')).toBe('Connection to <*> timed out after <*> s');
    expect(maskMessage('Connection to 10.0.0.7 timed out after 45 s')).toBe('Connection to <*> timed out after <*>');
  });

  it('never join messages the JavaScript masks tell apart (examples and hand-written corpus)', () => {
    const r = coarser([...exampleMessages(), ...HAND]);
    expect(r.joined).toEqual([]);
  });

  const systems = existsSync(LOGHUB) ? readdirSync(LOGHUB).filter((d) => existsSync(join(LOGHUB, d, `${d}_2k.log`))) : [];
  (systems.length ? it : it.skip)('on the Loghub 2k systems: keys never coarser than the JavaScript masks (skipped without /work/shared)', () => {
    const rows: string[] = [];
    for (const s of systems) {
      const messages = readFileSync(join(LOGHUB, s, `${s}_2k.log`), 'utf8')
        .split('\n')
        .filter(Boolean);
      const r = coarser(messages);
      rows.push(`${s}: ${messages.length} messages, ${r.masks} JS masks, ${r.keys} SQL keys, ${r.joined.length} joined`);
      if (r.joined.length) rows.push(`  e.g. ${JSON.stringify(r.joined[0])}`);
    }
    process.stdout.write(rows.join('\n') + '\n');
    expect(rows.filter((r) => r.startsWith('  e.g.'))).toEqual([]);
  });

  it('tell trace lines like the reassembly does (RE2 TRACE_LIKE against traceLike), on every line of the examples and the trace corpus', () => {
    const entries = JSON.parse(readFileSync('examples/cloud-run-staging-48h.json', 'utf8')) as Record<string, unknown>[];
    const texts = [
      ...entries.map((e) => JSON.stringify(e)),
      ...Object.values(traces).map((t) => (typeof t === 'function' ? (t as (a: string, b: number) => string)('handler', 10) : String(t))),
    ];
    const lines = [...new Set(texts.flatMap((t) => t.split(/\n|\\n/)))];
    const re = new RegExp(TRACE_LIKE);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((l) => re.test(l) !== traceLike(l))).toEqual([]);
  });
});
