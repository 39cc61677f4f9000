// `group` signs the parts of a large file on several threads and merges what their signers learned:
// the grouping, fingerprints and titles must be the ones a single signer makes of all the lines.
import { createSigner } from '../../src/group/signer.js';
import type { LogRecord, Signature } from '../../src/types.js';
import { python } from './corpus.js';

const record = (message: string): LogRecord => ({ timestamp: '', time: 0, severity: 'ERROR', kind: 'stderr', message, errorGroups: [], labels: {} });

const users = ['alicia', 'bob', 'carol', 'dave', 'erin', 'frank', 'gita'];
const messages: string[] = [];
for (let i = 0; i < 120; i += 1) {
  const u = users[i % users.length];
  messages.push(`Invalid user ${u} from 10.0.${i % 7}.${i % 13} port ${2200 + i}`);
  messages.push(`Failed to extract auth from request ${i % 3 ? 'GET' : 'POST'} /api/items/${i}: SessionMiddleware must be installed`);
  // One value shared by the first half only: the title shows it only while every entry agrees.
  messages.push(`cache ${i < 60 ? 'warm' : `shard-${i % 5}`} miss for key k${i} after ${i % 9} ms`);
  messages.push(`VM ${['Started', 'Stopped', 'Paused'][i % 3]} (Lifecycle Event)`);
  messages.push("ImportError: cannot import name 'create_defensive_user_execution_context' from 'app.util'");
  if (i % 10 === 0) messages.push(python('handler', 10 + (i % 20)));
  if (i % 17 === 0) messages.push(`rare event number ${i} seen once in a while`);
}

function settle(parts: string[][]): { fingerprints: string[]; titles: Map<string, string> } {
  const signers = parts.map(() => createSigner());
  const provisional = parts.map((lines, k) => lines.map((m) => signers[k].sign(record(m)).fingerprint));
  for (const other of signers.slice(1)) signers[0].absorb(other.state());
  const settled = signers[0].finish();
  const final = (fp: string): Signature | undefined => settled.get(fp);
  const fingerprints = provisional.flat().map((fp) => final(fp)?.fingerprint ?? fp);
  const titles = new Map<string, string>();
  for (const fp of provisional.flat()) titles.set(final(fp)?.fingerprint ?? fp, final(fp)?.title ?? '');
  return { fingerprints, titles };
}

it.each([1, 7, 300, messages.length / 2, messages.length - 1])('signing in two parts cut at %d groups as one signer does', (cut) => {
  const whole = settle([messages]);
  const split = settle([messages.slice(0, cut), messages.slice(cut)]);
  expect(split.fingerprints).toEqual(whole.fingerprints);
  expect(split.titles).toEqual(whole.titles);
});

it('three parts, and a shared value seen in one part only stays masked', () => {
  const third = Math.floor(messages.length / 3);
  const whole = settle([messages]);
  const split = settle([messages.slice(0, third), messages.slice(third, 2 * third), messages.slice(2 * third)]);
  expect(split.fingerprints).toEqual(whole.fingerprints);
  expect(split.titles).toEqual(whole.titles);
  expect([...whole.titles.values()].some((t) => t.includes("'create_defensive_user_execution_context'"))).toBe(true);
  expect([...whole.titles.values()].some((t) => t.includes('cache warm miss'))).toBe(false);
});
