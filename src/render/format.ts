// Small formatting helpers shared by the renderers.
import { compareText, type Counts, type Distribution } from '../types.js';
import { inline, shorten } from '../safety/markdown.js';

/** Keys sorted by count, at most `max`. */
export function topKeys(counts: Counts, max = 5): string[] {
  return Object.entries(counts)
    .filter((e): e is [string, number] => e[1] !== undefined)
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, max)
    .map(([k]) => k);
}

/** "a 3, b 1, 2 more" sorted by count, at most `max` keys. */
export function countList(counts: Counts, max = 5, fmt: (k: string) => string = (k) => k): string {
  const keys = topKeys(counts, max);
  const rest = Object.keys(counts).length - keys.length;
  const parts = keys.map((k) => `${fmt(k)} ${counts[k]}`);
  if (rest > 0) parts.push(`${rest} more`);
  return parts.join(', ');
}

/**
 * A template's placeholders as an ellipsis: "<*>" reads as noise raw and as "&lt;\*&gt;" in the
 * markdown source, "…" reads the same both ways.
 */
export function displayTitle(title: string): string {
  return title.replace(/<\*>/g, '…').replace(/…(\s*…)+/g, '…');
}

/** A display title cut to `max` characters, without a dangling separator before the ellipsis. */
export function shortDisplay(title: string, max: number): string {
  return shorten(displayTitle(title), max)
    .replace(/[\s:;,.…]*…$/, '…')
    .replace(/…+/g, '…');
}

/** "2025-09-10 20:08" */
export function minute(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** "09-10 20:08": enough for a table of one window. */
export function shortTime(iso: string): string {
  return iso.slice(5, 16).replace('T', ' ');
}

export function utc(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A count with commas between thousands, as toLocaleString('en-US') writes it. Written out because the
 * first toLocaleString of a thread loads ICU's number data, about 10 ms in the run's end.
 */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/** "method: POST 52, GET 48, other 3 (counts ±2)": a group's field distribution on one line. */
export function distributionLine(d: Distribution, maxValues = 4): string {
  const values = d.values.slice(0, maxValues).map((v) => `${inline(shorten(v.value, 40))} ${v.count}`);
  const other = d.other + d.values.slice(maxValues).reduce((n, v) => n + v.count, 0);
  if (other > 0) values.push(`other ${other}`);
  return `${inline(d.field)}: ${values.join(', ')}${d.error > 0 ? ` (counts ±${d.error})` : ''}`;
}

/**
 * Log lines longer than `width` broken at a space or after a slash, continuation lines indented, so a
 * code block does not run off the side of the page (GitHub's column holds about 96 monospace
 * characters). A word longer than the width is cut where it must be.
 */
export function wrapLines(text: string, width = 100): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= width) {
      out.push(line);
      continue;
    }
    const indent = (/^\s*/.exec(line)?.[0] ?? '').slice(0, 40) + '    ';
    let rest = line;
    let first = true;
    while (rest.length > (first ? width : width - indent.length)) {
      const room = first ? width : width - indent.length;
      const space = rest.lastIndexOf(' ', room);
      const slash = rest.lastIndexOf('/', room - 1) + 1;
      let cut = Math.max(space, slash);
      if (cut < room * 0.3) cut = /[\ud800-\udbff]/.test(rest[room - 1]) ? room - 1 : room;
      out.push((first ? '' : indent) + rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
      first = false;
    }
    if (rest) out.push((first ? '' : indent) + rest);
  }
  return out.join('\n');
}
