import { InputError } from '../../src/errors.js';
import { createSigner } from '../../src/group/index.js';
import { python } from './corpus.js';
import { record } from './record.js';

describe('explicit fingerprints', () => {
  const signer = createSigner({
    fingerprints: [
      { match: { exception: '^ImportError$' }, fingerprint: 'imports' },
      { match: { message: 'payment', logger: '^billing' }, fingerprint: 'payments' },
    ],
  });

  it('a user rule names the group, whatever the frames', () => {
    const a = signer.sign(record(python('load', 1)));
    const b = signer.sign(record(python('save', 2)));
    expect(a.kind).toBe('explicit');
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.title).toMatch(/^ImportError: /);
  });

  it('every given field must match', () => {
    expect(signer.sign(record('payment declined 42', { logger: 'billing.charge' })).kind).toBe('explicit');
    expect(signer.sign(record('payment declined 42', { logger: 'web' })).kind).toBe('template');
  });

  it('an Error Reporting group id comes next, and stays apart from rules', () => {
    const a = signer.sign(record('boom 1', { errorGroups: ['CKz1'] }));
    const b = signer.sign(record('other 2', { errorGroups: ['CKz1'] }));
    expect(a).toMatchObject({ kind: 'explicit', detail: 'errorGroup:CKz1' });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(signer.sign(record(python('load', 1))).fingerprint);
  });

  it('a broken pattern is a one-line input error naming the rule', () => {
    expect(() => createSigner({ fingerprints: [{ match: { message: '(' }, fingerprint: 'x' }] })).toThrow(
      /^fingerprints\[0\]\.match\.message: "\(" is not a valid regular expression/,
    );
    expect(() => createSigner({ masks: ['[a-'] })).toThrow(InputError);
  });

  it('fingerprints carry the signer version', () => {
    expect(signer.version).toBe('v3');
    expect(signer.sign(record('x')).fingerprint.startsWith('v3:')).toBe(true);
  });
});
