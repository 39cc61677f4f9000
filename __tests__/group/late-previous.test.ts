// The previous report's groups given after the records were signed (a file run finds its previous
// report by the services the export holds) settle exactly as when given first.
import { createSigner, type PreviousGroup } from '../../src/group/index.js';
import type { LogRecord, Signature } from '../../src/types.js';
import { python } from './corpus.js';
import { record } from './record.js';

const request = (path: string) => record(`GET ${path}`, { kind: 'requests', http: { method: 'GET', path, status: 503 } } as Partial<LogRecord>);
const timeout = (ip: string) => `Connection to ${ip}:5432 timed out after 30s`;
const lines = (): LogRecord[] => [record(python('load', 10)), record(timeout('10.0.0.12')), record(timeout('10.0.0.13')), request('/api/items/7')];

/** The groups an older signer (v2) filed for these records: one per record, other fingerprints. */
const v2: PreviousGroup[] = lines().map((r, i) => ({
  signature: { kind: 'template', fingerprint: `v2:${String(i).padStart(16, '0')}`, title: '', detail: '' },
  exemplar: r,
  samples: [r.message],
}));

function settle(early: PreviousGroup[] | undefined, late: PreviousGroup[] | undefined): Signature[] {
  const signer = createSigner({ previous: early });
  const signed = lines().map((r) => signer.sign(r));
  if (late) signer.addPrevious(late);
  const settled = signer.finish();
  return signed.map((s) => settled.get(s.fingerprint) ?? s);
}

describe('previous groups given late', () => {
  it('v2 fingerprints become aliases of stack, template and request groups alike', () => {
    const late = settle(undefined, v2);
    expect(late).toEqual(settle(v2, undefined));
    expect(late.map((s) => s.kind)).toEqual(['stack', 'template', 'template', 'request']);
    expect([...new Set(late.flatMap((s) => s.aliases ?? []))].sort()).toEqual(v2.map((g) => g.signature.fingerprint));
  });

  it('v3 templates seed the clustering as when given first', () => {
    const first = settle(undefined, undefined);
    const seeds: PreviousGroup[] = first.map((signature) => ({ signature }));
    expect(settle(undefined, seeds)).toEqual(settle(seeds, undefined));
  });
});
