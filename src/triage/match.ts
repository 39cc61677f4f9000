// What rules look at in a record or a group, and pattern tests with compiled-regex reuse.
import type { Group, LogRecord } from '../types.js';

const cache = new Map<string, RegExp>();

/** Tests a config pattern (validated when the config was parsed) against any of the texts. */
export function matches(pattern: string | undefined, ...texts: (string | undefined)[]): boolean {
  if (pattern === undefined) return true;
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    cache.set(pattern, re);
  }
  return texts.some((t) => t !== undefined && re.test(t));
}

const FRAME_FILE = /\bFile "([^"]+)"|\bat .*?\(?((?:\/|[A-Za-z]:\\)[^\s():]+)(?::\d+)/g;

function framePaths(text: string | undefined): string[] {
  if (!text) return [];
  return Array.from(text.matchAll(FRAME_FILE), (m) => m[1] ?? m[2]);
}

/** "/app/app/ws/handler.py" -> "app.app.ws.handler". */
function dottedModule(path: string): string {
  return path
    .replace(/^[./\\]+/, '')
    .replace(/\.\w+$/, '')
    .replace(/[/\\]/g, '.');
}

/** Source files, stack frame files and HTTP paths a record points at. */
export function recordPaths(r: LogRecord): string[] {
  const out = [...framePaths(r.stackTrace), ...framePaths(r.message)];
  if (r.sourceLocation?.file) out.push(r.sourceLocation.file);
  if (r.http?.path) out.push(r.http.path);
  return out;
}

export function recordModules(r: LogRecord): string[] {
  const files = [...framePaths(r.stackTrace), ...framePaths(r.message)];
  if (r.sourceLocation?.file) files.push(r.sourceLocation.file);
  const out = files.map(dottedModule);
  if (r.logger) out.push(r.logger);
  return out;
}

/** Resource labels by their Cloud Logging names, then the entry's own labels. */
export function recordLabels(r: LogRecord): Record<string, string | undefined> {
  return { project_id: r.project, service_name: r.service, revision_name: r.revision, location: r.location, ...r.labels };
}

/** The texts a "message" pattern looks at for a group. */
export function groupTexts(g: Group): string[] {
  return [g.signature.title, ...g.samples, g.exemplar.message];
}

const STARTUP =
  /\b(startup|start-up|failed to start|cannot start|could not start|boot(?:ing)? failed|container called exit|failed to initiali[sz]e|startup (?:tcp |http )?probe failed|application startup failed)\b/i;

/** The group belongs to the startup phase of an instance. */
export function isStartup(g: Group): boolean {
  return STARTUP.test(g.signature.title + '\n' + (g.samples[0] ?? ''));
}

/** Entries per hour, over the hours in which the group occurred. */
export function ratePerHour(g: Group): number {
  return g.count / Math.max(1, Object.keys(g.hourly).length);
}
