// Request-log identity: method, path template and status class ("GET /users/<*> 5xx").
import type { HttpRequestInfo } from '../types.js';
import { VAR } from './mask.js';

const ID_SEGMENT = /\d|^[0-9a-f]{16,}$|^[A-Za-z0-9_-]{24,}$|@|\.[a-z0-9]{2,4}$/i;

export function pathTemplate(path: string): string {
  return path
    .split('?')[0]
    .split('/')
    .map((s) => (ID_SEGMENT.test(s) ? VAR : s))
    .join('/');
}

export function requestDetail(http: HttpRequestInfo): string {
  const method = (http.method ?? 'GET').toUpperCase();
  const status = http.status === undefined ? 'no status' : `${Math.floor(http.status / 100)}xx`;
  return `${method} ${pathTemplate(http.path ?? '/') || '/'} ${status}`;
}
