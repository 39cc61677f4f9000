// Redaction on a second thread falls back on this thread's redactor when the thread cannot run, and
// gives what that redactor gives. (The thread itself runs in the bundle: __tests__/e2e/dist-redaction.test.ts.)
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRedactor } from '../../src/safety/redact.js';
import { threadRedactor } from '../../src/safety/redact-thread.js';
import { secretCases } from './corpus.js';

const texts = secretCases().map((c) => c.text);

it('a thread that cannot start: this thread redacts everything in flight, and the rest', async () => {
  const local = createRedactor();
  const r = threadRedactor(join(tmpdir(), 'no-such-bundle.js'), {}, local);
  const [a, b] = await Promise.all([r.redactAll(texts.slice(0, 20)), r.redactAll(texts.slice(20))]);
  expect([...a, ...b]).toEqual(await local.redactAll(texts));
  expect(await r.redact(texts[0])).toBe(await local.redact(texts[0]));
  await r.close();
});

it('without a script there is no thread: the redactor is the local one', async () => {
  const local = createRedactor({ emails: false });
  const r = threadRedactor(undefined, { emails: false }, local);
  expect(await r.redactAll(['mail ops@example.com'])).toEqual(['mail ops@example.com']);
  await r.close();
});
