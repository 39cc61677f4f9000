import { RecordRedactor, redactBatches } from '../../src/safety/redact-record.js';
import { createRedactor, type Redactor } from '../../src/safety/redact.js';
import type { LogRecord } from '../../src/types.js';

const TOKEN = 'ghp_FAKE0123456789abcdefghijklmnopqrstuv';

function record(i: number, over: Partial<LogRecord> = {}): LogRecord {
  return {
    timestamp: '2026-11-30T12:00:00Z',
    time: 0,
    severity: 'ERROR',
    kind: 'text',
    project: 'demo',
    service: 'api',
    revision: 'api-00001-abc',
    logName: 'projects/demo/logs/run.googleapis.com%2Fstderr',
    message: `failed ${i} with token ${TOKEN}`,
    errorGroups: [],
    labels: { instanceId: `i${i}`, token: 'FAKEsecret' },
    ...over,
  } as LogRecord;
}

/** Counts what reaches the redactor, to see constant fields redacted once per distinct value. */
function counting(): { redactor: Redactor; seen: string[] } {
  const inner = createRedactor();
  const seen: string[] = [];
  return {
    seen,
    redactor: {
      redact: (t) => inner.redact(t),
      redactAll: (ts) => {
        seen.push(...ts);
        return inner.redactAll(ts);
      },
    },
  };
}

describe('RecordRedactor', () => {
  it('redacts every log-derived field and masks labels under secret keys', async () => {
    const r = record(1, { http: { url: `https://x.test/?access_token=${TOKEN}`, method: 'GET' }, stackTrace: `Error: ${TOKEN}`, errorGroups: [TOKEN] });
    const [out] = await new RecordRedactor(createRedactor()).redactBatch([r]);
    expect(JSON.stringify(out)).not.toContain('FAKE');
    expect(out.labels).toEqual({ instanceId: 'i1', token: '<redacted:secret>' });
    expect(out.message).toBe('failed 1 with token <redacted:github-token>');
  });

  it('redacts a constant field once per distinct value across batches, and a repeated message once per batch', async () => {
    const { redactor, seen } = counting();
    const rr = new RecordRedactor(redactor);
    await rr.redactBatch([record(1), record(1), record(2)]);
    await rr.redactBatch([record(3)]);
    expect(seen.filter((t) => t === 'demo')).toHaveLength(1);
    expect(seen.filter((t) => t === 'api-00001-abc')).toHaveLength(1);
    expect(seen.filter((t) => t.startsWith('failed 1 '))).toHaveLength(1);
  });

  it('keeps the order of a stream in batches', async () => {
    async function* source() {
      for (let i = 0; i < 1234; i++) yield record(i);
    }
    const out: LogRecord[] = [];
    for await (const batch of redactBatches(source(), createRedactor())) out.push(...batch);
    expect(out.map((r) => r.labels.instanceId)).toEqual(Array.from({ length: 1234 }, (_, i) => `i${i}`));
  });
});
