// Request-log identity: service, method, route pattern and status class ("GET /users/<*> 5xx").
// The service is part of it: every Cloud Functions gen2, Eventarc or Pub/Sub push service posts to "/".
import type { HttpRequestInfo, LogRecord, Signature } from '../types.js';
import { fingerprint } from './fingerprint.js';
import { VAR } from './mask.js';

/** A path segment that is data, not route: numbers, uuids, hex and opaque ids, e-mails, file names. */
const ID_SEGMENT = /^\d+$|^[0-9a-f]{8}-[0-9a-f]{4}-|^(?=.*\d)[0-9a-f]{8,}$|^[A-Za-z0-9_-]{24,}$|@|\.[a-z0-9]{2,4}$/i;
/** API versions stay literal: /v1/, /v2beta1/. */
const VERSION = /^v\d+(?:(?:alpha|beta)\d*)?$/i;

function idSegment(s: string): boolean {
  if (s === '' || VERSION.test(s)) return false;
  // Anything else with a digit in it: "order-1234", "2025-09-11", "a1b2c3".
  return ID_SEGMENT.test(s) || /\d/.test(s);
}

export function pathTemplate(path: string): string {
  return path
    .split('?')[0]
    .split('/')
    .map((s) => (idSegment(s) ? VAR : s))
    .join('/');
}

function requestDetail(http: HttpRequestInfo): string {
  const method = (http.method ?? 'GET').toUpperCase();
  const status = http.status === undefined ? 'no status' : `${Math.floor(http.status / 100)}xx`;
  return `${method} ${pathTemplate(http.path ?? '/') || '/'} ${status}`;
}

export function requestSignature(version: string, record: LogRecord & { http: HttpRequestInfo }): Signature {
  const detail = requestDetail(record.http);
  const scope = [record.project ?? '', record.resourceType ?? '', record.service ?? ''];
  const title = `HTTP ${detail}${record.service ? ` (${record.service})` : ''}`;
  return { kind: 'request', fingerprint: fingerprint(version, 'request', ...scope, detail), title, detail };
}

/** An Error Reporting group id means something only within its project. */
export function errorGroupKey(record: LogRecord): string | undefined {
  const id = record.errorGroups[0];
  if (!id) return undefined;
  return record.project ? `errorGroup:${record.project}/${id}` : `errorGroup:${id}`;
}
