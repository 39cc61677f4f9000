import { createRedactor } from '../../src/safety/redact.js';
import { generatedCases, generatedLookalikes, heldOutLookalikes, leaks, lookalikes, secretCases } from './corpus.js';

const redactor = createRedactor();

describe('hand-written secret corpus', () => {
  const cases = secretCases();

  it('holds at least 50 secrets', () => {
    expect(cases.flatMap((c) => c.secrets).length).toBeGreaterThanOrEqual(50);
  });

  it('nothing survives', async () => {
    const outs = await redactor.redactAll(cases.map((c) => c.text));
    const leaked = cases.flatMap((c, i) => c.secrets.filter((s) => leaks(outs[i], s)).map((s) => ({ out: outs[i], secret: s })));
    expect(leaked).toEqual([]);
  });

  it('is idempotent', async () => {
    const once = await redactor.redactAll(cases.map((c) => c.text));
    expect(await redactor.redactAll(once)).toEqual(once);
  });
});

describe('generated secret corpus (scripts/make-redaction-corpus.mjs)', () => {
  const cases = generatedCases();

  it('holds at least 150 secrets in at least 60 formats, each as text, JSON and an error', () => {
    expect(cases.flatMap((c) => c.secrets).length).toBeGreaterThanOrEqual(150);
    const formats = new Set(cases.map((c) => c.format));
    expect(formats.size).toBeGreaterThanOrEqual(60);
    for (const f of formats)
      expect([
        f,
        cases
          .filter((c) => c.format === f)
          .map((c) => c.shape)
          .sort(),
      ]).toEqual([f, ['error', 'json', 'text']]);
  });

  it('nothing survives, in one batch or one text at a time', async () => {
    const batch = await redactor.redactAll(cases.map((c) => c.text));
    const single = await Promise.all(cases.map((c) => redactor.redact(c.text)));
    const leaked = cases.flatMap((c, i) =>
      c.secrets.filter((s) => leaks(batch[i], s) ?? leaks(single[i], s)).map((s) => ({ format: c.format, shape: c.shape, out: batch[i], secret: s })),
    );
    expect(leaked).toEqual([]);
    expect(single).toEqual(batch);
  });

  it('is idempotent', async () => {
    const once = await redactor.redactAll(cases.map((c) => c.text));
    expect(await redactor.redactAll(once)).toEqual(once);
  });
});

// Known false positives, kept in the corpus and counted in docs/RELIABILITY.md rather than tuned away.
const KNOWN_FALSE_POSITIVES = ['session: new (anonymous)'];

describe('look-alike corpora', () => {
  it('leaves the hand-written look-alikes alone, except the known false positives', async () => {
    const looks = lookalikes();
    const outs = await redactor.redactAll(looks);
    expect(looks.filter((l, i) => outs[i] !== l)).toEqual(KNOWN_FALSE_POSITIVES);
  });

  it.each([
    ['generated', generatedLookalikes],
    ['held-out', heldOutLookalikes],
  ])('changes at most 1%% of at least 1,000 %s look-alikes (uuids, hashes, trace ids, base64, build ids)', async (_name, corpus) => {
    const looks = corpus();
    expect(looks.length).toBeGreaterThanOrEqual(1000);
    const outs = await redactor.redactAll(looks);
    const flagged = looks.filter((l, i) => outs[i] !== l);
    expect(flagged.length).toBeLessThanOrEqual(looks.length / 100);
  });
});

describe('hostile text cannot switch the ruleset off', () => {
  it('a "secretlint-disable" line does not spare the next record in its batch', async () => {
    const token = 'shpat_' + '0123456789abcdef'.repeat(2);
    const [, out] = await redactor.redactAll(['// secretlint-disable', `token ${token}`]);
    expect(out).not.toContain(token);
  });
});
