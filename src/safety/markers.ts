// The action's own hidden markers, e.g. "<!-- log-gardener:fingerprint=v2:3f9a0c1e2b4d5a6c -->".
// Log text can never produce one: every markdown helper breaks "<!--" (see markdown.ts).

export const MARKER_PREFIX = '<!-- log-gardener:';
const NAME = /^[a-z][a-z0-9-]{0,40}$/;
/** Matches one marker (global). */
export const MARKER_TEXT = /<!-- log-gardener:([a-z][a-z0-9-]{0,40})=([^\s<>]*) -->/g;

export interface Marker {
  name: string;
  value: string;
}

/** Percent-encodes what could end or corrupt an HTML comment ("--", ">", spaces) and "%" itself. */
function encodeValue(value: string): string {
  return value.replace(/[^A-Za-z0-9._:/+=,@~-]|-(?=-)|(?<=-)-/gu, (c) =>
    Array.from(new TextEncoder().encode(c), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  );
}

/** A hidden marker for an issue or comment body. Throws on a name outside [a-z][a-z0-9-]*. */
export function marker(name: string, value: string): string {
  if (!NAME.test(name)) throw new Error(`marker name ${JSON.stringify(name)} must match ${NAME.source}`);
  return `${MARKER_PREFIX}${name}=${encodeValue(value)} -->`;
}

/** Every well-formed marker in a body, in order, values decoded. */
export function readMarkers(body: string): Marker[] {
  const found: Marker[] = [];
  for (const m of body.matchAll(MARKER_TEXT)) {
    try {
      found.push({ name: m[1], value: decodeURIComponent(m[2]) });
    } catch {
      // a malformed %-sequence is not one of ours
    }
  }
  return found;
}

/** The value of the first marker with this name, if any. */
export function readMarker(body: string, name: string): string | undefined {
  return readMarkers(body).find((m) => m.name === name)?.value;
}

/** The raw text of every marker in a body (to carry them over when a body is cut). */
export function markerTexts(body: string): string[] {
  return Array.from(body.matchAll(MARKER_TEXT), (m) => m[0]);
}
