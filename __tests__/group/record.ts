import type { LogRecord, Signature, Signer } from '../../src/types.js';

export function record(message: string, extra: Partial<LogRecord> = {}): LogRecord {
  const timestamp = extra.timestamp ?? '2026-11-27T10:00:00.000Z';
  return {
    timestamp,
    time: Date.parse(timestamp),
    severity: 'ERROR',
    kind: 'stderr',
    message,
    errorGroups: [],
    labels: {},
    ...extra,
  };
}

/** Signs every message, then settles: the signatures the groups end up with. */
export function signAll(signer: Signer, messages: (string | LogRecord)[]): Signature[] {
  const first = messages.map((m) => signer.sign(typeof m === 'string' ? record(m) : m));
  const settled = signer.finish?.();
  return first.map((s) => settled?.get(s.fingerprint) ?? s);
}
