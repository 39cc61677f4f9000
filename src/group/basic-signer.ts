// Grouping v1: a deterministic signature per entry from its first line with values masked.
// The grouping engine issue replaces this with stack-aware, template-mining signatures.
import type { LogRecord, Signature, Signer } from '../types.js';
import { fingerprint } from './fingerprint.js';

const VERSION = 'v1';

export function maskValues(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<*>')
    .replace(/\b\d+(\.\d+)?(ms|s|m|h)\b/g, '<*>')
    .replace(/\b0x[0-9a-f]+\b/gi, '<*>')
    .replace(/\b[0-9a-f]{12,}\b/gi, '<*>')
    .replace(/\d+(\.\d+)?/g, '<*>')
    .replace(/'[^']*'|"[^"]*"/g, (m) => (m.length > 40 ? '<*>' : m))
    .replace(/\s+/g, ' ')
    .trim();
}

export function createBasicSigner(): Signer {
  return {
    version: VERSION,
    sign(record: LogRecord): Signature {
      if (record.errorGroups.length > 0) {
        const title = record.message.split('\n')[0].slice(0, 200);
        return { kind: 'explicit', fingerprint: fingerprint(VERSION, 'eg', record.errorGroups[0]), title, detail: record.errorGroups[0] };
      }
      if (record.kind === 'requests' && record.http) {
        const { method = 'GET', path = '/', status = 0 } = record.http;
        const detail = `${method} ${maskValues(path)} ${Math.floor(status / 100)}xx`;
        return { kind: 'request', fingerprint: fingerprint(VERSION, 'req', detail), title: `HTTP ${detail}`, detail };
      }
      const lines = record.message.split('\n');
      const exc = lines.map((l) => /^(\w[\w.]*(?:Error|Exception|Exit|Interrupt))\b:?/.exec(l.trim())).find(Boolean);
      const headline = exc ? exc.input.trim() : lines[0];
      const detail = maskValues(headline);
      return {
        kind: 'template',
        fingerprint: fingerprint(VERSION, 'tpl', detail),
        title: detail.slice(0, 200),
        detail,
        exceptionType: exc ? exc[1] : undefined,
      };
    },
  };
}
