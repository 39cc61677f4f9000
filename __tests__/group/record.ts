import type { LogRecord } from '../../src/types.js';

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
