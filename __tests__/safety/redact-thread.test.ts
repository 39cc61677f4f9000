// The run's redaction served by another thread, over a real MessageChannel (in the bundle the other
// end is the thread that started the run: __tests__/e2e/dist-redaction.test.ts): it gives what the
// run's own redactor gives, sends only what the screen does not clear, and falls back on the run's
// redactor for what is not answered.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { createRedactor } from '../../src/safety/redact.js';
import { portRedactor, serveRedaction } from '../../src/safety/redact-thread.js';
import { secretCases } from './corpus.js';

const texts = secretCases().map((c) => c.text);

function channel(): { run: MessagePort; serving: MessagePort; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  return { run: port1, serving: port2, close: () => (port1.close(), port2.close()) };
}

it('served on the other end: the same texts as the run redactor makes, in order, batches in flight at once', async () => {
  const c = channel();
  serveRedaction(c.serving);
  const local = createRedactor();
  const r = portRedactor(c.run, {}, local);
  const [a, b] = await Promise.all([r.redactAll(texts.slice(0, 20)), r.redactAll(texts.slice(20))]);
  expect([...a, ...b]).toEqual(await local.redactAll(texts));
  expect(await r.redact(texts[0])).toBe(await local.redact(texts[0]));
  await r.close();
  c.close();
});

it('the serving side builds the redactor from the options sent (here: emails kept)', async () => {
  const c = channel();
  serveRedaction(c.serving);
  const r = portRedactor(c.run, { emails: false }, createRedactor({ emails: false }));
  expect(await r.redactAll(['mail ops@example.com', 'token=abc123secretvalue'])).toEqual(['mail ops@example.com', 'token=<redacted:secret>']);
  await r.close();
  c.close();
});

it('an answer that fails, and what is owed at close, are redacted by the run itself', async () => {
  const c = channel();
  // A serving side whose redactor cannot be built: every answer is an error.
  serveRedaction(c.serving);
  const local = createRedactor();
  const failing = portRedactor(c.run, { extraPatterns: ['a('] }, local);
  expect(await failing.redactAll(texts.slice(0, 5))).toEqual(await local.redactAll(texts.slice(0, 5)));
  await failing.close();
  // Nobody serves this one: close hands what is in flight to the run's redactor.
  const silent = channel();
  const r = portRedactor(silent.run, {}, local);
  const owed = r.redactAll(texts.slice(0, 5));
  await r.close();
  expect(await owed).toEqual(await local.redactAll(texts.slice(0, 5)));
  c.close();
  silent.close();
});

it('without a port the redactor is the run one, screen included', async () => {
  const local = createRedactor();
  const r = portRedactor(undefined, {}, local);
  expect(r.screen).toBe(local.screen);
  expect(await r.redactAll(['mail ops@example.com'])).toEqual(await local.redactAll(['mail ops@example.com']));
  await r.close();
});

it('the screen runs on the run side: with user patterns there is none', () => {
  const c = channel();
  expect(portRedactor(c.run, {}).screen).toBeDefined();
  expect(portRedactor(c.run, { extraPatterns: ['ACME-[0-9]+'] }).screen).toBeUndefined();
  c.close();
});
