// Errors written without a severity are errors for triage, wherever their evidence sits.
import { normalizeEntry } from '../../src/collect/normalize.js';
import { GroupAccumulator } from '../../src/group/accumulate.js';
import { createSigner } from '../../src/group/signer.js';
import { triage } from '../../src/triage/index.js';
import { rawEntry } from '../helpers/entries.js';

function triaged(entries: Record<string, unknown>[]) {
  const signer = createSigner();
  const acc = new GroupAccumulator();
  for (const e of entries) {
    const r = normalizeEntry(e);
    acc.add(r, signer.sign(r));
  }
  return acc.result().map((g) => ({ g, t: triage(g) }));
}

const importTrace = [
  'Traceback (most recent call last):',
  '  File "/app/app/ws.py", line 12, in connect',
  '    from app.factory import make_context',
  "ImportError: cannot import name 'make_context' from 'app.factory' (/app/app/factory.py)",
].join('\n');

describe('errors without a severity', () => {
  it('an Error Reporting group on plain stderr ranks with errors, not as a warning', () => {
    const [{ t }] = triaged([rawEntry({ text: 'upstream reset before headers', extra: { errorGroups: [{ id: 'CKz1' }] } })]);
    expect(t).toMatchObject({ priority: 'P1', reason: 'builtin: uncaught-exception' });
  });

  it('a one-line exception head without a severity ranks with errors', () => {
    const [{ t }] = triaged([rawEntry({ text: "TypeError: Cannot read properties of undefined (reading 'id')" })]);
    expect(t.priority).toBe('P1');
  });

  it('a traceback in jsonPayload.error.traceback groups and ranks like the same traceback in the message', () => {
    const inField = triaged([rawEntry({ severity: 'ERROR', json: { message: 'websocket rejected', error: { type: 'ImportError', traceback: importTrace } } })]);
    const inText = triaged([rawEntry({ severity: 'ERROR', text: importTrace })]);
    expect(inField[0].g.signature).toMatchObject({ kind: 'stack', exceptionType: 'ImportError' });
    expect(inField[0].g.signature.fingerprint).toBe(inText[0].g.signature.fingerprint);
    expect(inField[0].t.priority).toBe('P0');
    expect(inText[0].t.priority).toBe('P0');
  });
});
