// The one place text is cut. cutText: a line or a title, ending in "…", never inside a surrogate pair.
// truncateBody: issue and comment bodies under GitHub's limit (65,536 characters) without breaking them:
// the cut closes an open fenced block and <details>, never splits a marker, carries the action's
// markers from the cut part to the end, and says what was cut.
import { MARKER_TEXT } from './markers.js';

const GITHUB_BODY_LIMIT = 65_536;

interface CutOptions {
  /** Count code points instead of UTF-16 units (what a reader counts as characters). */
  codePoints?: boolean;
  /** End at a space when one is in the last 30%. */
  atWord?: boolean;
}

/** `text` when it fits `max`; else cut to `max` including the "…", never inside a surrogate pair. */
export function cutText(text: string, max: number, options: CutOptions = {}): string {
  const units = options.codePoints ? Array.from(text) : undefined;
  if ((units?.length ?? text.length) <= max) return text;
  let cut = units ? units.slice(0, Math.max(0, max - 1)).join('') : text.slice(0, Math.max(0, max - 1));
  if (options.atWord) {
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.7) cut = cut.slice(0, space);
  }
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

interface TruncateOptions {
  /** Markdown (already safe) appended to the note, e.g. a link to the full worklog. */
  seeAlso?: string;
}

interface Truncated {
  body: string;
  cut: boolean;
  /** Characters of the original body left out. */
  removedChars: number;
}

interface Fence {
  prefix: string;
  char: string;
  length: number;
}

interface Boundary {
  /** Offset in the body where the kept part ends (start of a line). */
  at: number;
  fence: Fence | undefined;
  details: number;
}

const OPEN_FENCE = /^([\s>]*)(`{3,}|~{3,})(.*)$/;

/** The state (open fence, open <details>) before each line. */
function boundaries(lines: string[]): Boundary[] {
  const out: Boundary[] = [];
  let fence: Fence | undefined;
  let details = 0;
  let at = 0;
  for (const line of lines) {
    out.push({ at, fence, details });
    at += line.length + 1;
    if (fence) {
      const close = new RegExp(`^[\\s>]*${fence.char === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      if (close.test(line)) fence = undefined;
      continue;
    }
    const open = OPEN_FENCE.exec(line);
    if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
      fence = { prefix: open[1], char: open[2][0], length: open[2].length };
      continue;
    }
    details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
    if (details < 0) details = 0;
  }
  out.push({ at, fence, details });
  return out;
}

function closers(b: Boundary): string {
  return (b.fence ? `${b.fence.prefix}${b.fence.char.repeat(b.fence.length)}\n` : '') + '</details>\n'.repeat(b.details);
}

function note(removed: number, lines: number, limit: number, seeAlso?: string): string {
  const what = `${removed.toLocaleString('en-US')} characters (${lines.toLocaleString('en-US')} lines)`;
  const text = `Cut ${what} from the end to stay under GitHub's limit of ${limit.toLocaleString('en-US')} characters.`;
  return `\n> [!NOTE]\n> ${text}${seeAlso ? ` ${seeAlso}` : ''}\n`;
}

/** Where a cut inside one line is safe outside code: not in a comment, an entity, or after "\\". */
function safeCutInLine(line: string, max: number): number {
  let cut = max;
  const space = line.lastIndexOf(' ', cut);
  if (space > cut - 200 && space > 0) cut = space;
  const part = line.slice(0, cut);
  const openComment = part.lastIndexOf('<!--');
  if (openComment > part.lastIndexOf('-->')) cut = openComment;
  const entity = /&[#\w]*$/.exec(line.slice(0, cut));
  if (entity) cut = entity.index;
  while (cut > 0 && line[cut - 1] === '\\') cut--;
  return cut;
}

function cutAtCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}

/** The body as is when it fits `limit` (UTF-16 units, a safe bound on GitHub's count); else cut. */
export function truncateBody(body: string, limit = GITHUB_BODY_LIMIT, options: TruncateOptions = {}): Truncated {
  if (body.length <= limit) return { body, cut: false, removedChars: 0 };
  const lines = body.split('\n');
  const bounds = boundaries(lines);
  const reserve = note(body.length, lines.length, limit, options.seeAlso).length;

  // The last line boundary whose kept part, closers, note and carried markers fit.
  const markers = Array.from(body.matchAll(MARKER_TEXT), (m) => ({ at: m.index, text: m[0] }));
  const carriedFrom = (at: number) =>
    markers
      .filter((m) => m.at >= at)
      .map((m) => m.text)
      .join('\n');
  let chosen = 0;
  for (let i = bounds.length - 1; i >= 0; i--) {
    const b = bounds[i];
    if (b.at + closers(b).length + reserve + 1 > limit) continue;
    if (b.at + closers(b).length + reserve + carriedFrom(b.at).length + 1 <= limit) {
      chosen = i;
      break;
    }
  }
  const tail = carriedFrom(bounds[chosen].at);

  // Room left: take part of the next line too (any cut is safe inside a code block).
  const b = bounds[chosen];
  let partial = '';
  const next = lines[chosen];
  const room = limit - b.at - closers(b).length - reserve - tail.length - 2;
  // Never part of a fence line or a <details> line: the closers would no longer match.
  if (next !== undefined && room > 0 && !/^[\s>]*(`{3,}|~{3,})|<\/?details/i.test(next)) {
    const max = Math.min(room, next.length);
    const at = cutAtCodePoint(next, b.fence ? max : safeCutInLine(next, max));
    const candidate = next.slice(0, at);
    const splitsMarker = markers.some((m) => m.at < b.at + at && m.at + m.text.length > b.at + at);
    if (!/^[\s>]*(`{3,}|~{3,})/.test(candidate) && !splitsMarker) partial = candidate;
  }
  const kept = body.slice(0, b.at) + partial;
  const removed = body.length - kept.length;
  const removedLines = body.slice(kept.length).split('\n').length;
  const carried = carriedFrom(kept.length);
  const out = kept + (partial ? '\n' : '') + closers(b) + note(removed, removedLines, limit, options.seeAlso) + (carried ? carried + '\n' : '');
  return { body: out, cut: true, removedChars: removed };
}
