// Audit log identity: the API call (service, method) and its outcome (google.rpc.Code). Who made
// the call and on which resource are context: one method never splits by resource, and two
// methods never merge.
import type { AuditCall, LogRecord, Signature } from '../types.js';
import { fingerprint } from './fingerprint.js';

const CODES = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
];

function codeName(code: number): string {
  return CODES[code] ?? `code ${code}`;
}

export function auditSignature(version: string, record: LogRecord & { audit: AuditCall }): Signature {
  const { service, method, code } = record.audit;
  const detail = `${service} ${method} ${codeName(code)}`;
  const on = record.resourceType ? ` on ${record.resourceType}` : '';
  return { kind: 'audit', fingerprint: fingerprint(version, 'audit', service, method, String(code)), title: `${method}${on}: ${codeName(code)}`, detail };
}
