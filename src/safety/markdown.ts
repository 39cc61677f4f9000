// Log content is hostile text. These helpers make it inert in GitHub-flavoured markdown:
// no mentions, no issue references or closing keywords, no autolinks, no HTML, no forged hidden
// markers, no escape from a code span, a fenced block or a table cell. Hostile text stays readable:
// references are broken with an invisible zero-width space, markup with backslashes and entities.
import { cutText } from './truncate.js';

const ZWSP = '\u200b';
// C0 controls (tab, CR, LF included), DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
// Bidirectional overrides and isolates ("Trojan Source"): shown as U+FFFD, never obeyed.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

function oneLine(text: string): string {
  return text.replace(BIDI, '\ufffd').replace(CONTROLS, ' ');
}

/** Cuts to at most max code points, ending with "…" when cut. */
function clip(text: string, max: number | undefined): string {
  return max === undefined ? text : cutText(text, max, { codePoints: true });
}

/** Breaks everything GitHub would turn into a link, a notification or a cross-reference. */
function defuseReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_])/g, `@${ZWSP}`) // @user, @org/team, emails
    .replace(/#(?=\d)/g, `#${ZWSP}`) // #123, owner/repo#123, "fixes #123"
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`) // GH-123
    .replace(/:\/\//g, `:${ZWSP}//`) // https://github.com/o/r/issues/1 and every other autolink
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
}

/** Log text for a terminal: one line (so it cannot pass for a workflow command), no bidi overrides. */
export function singleLine(text: string): string {
  return oneLine(text).replace(/ {2,}/g, ' ').trim();
}

/** Log text where no markdown is rendered (issue titles): one line, mentions and references broken. */
export function plainText(text: string): string {
  return defuseReferences(singleLine(text));
}

/** Text for running prose or a heading: inert, on one line. `max` caps its length (code points). */
export function inline(text: string, max?: number): string {
  const escaped = clip(oneLine(text).trim(), max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    // What would start a block if the text lands at the start of a line: heading, list, setext.
    .replace(/^[#+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
  return defuseReferences(escaped);
}

/** Text as a table cell: inert, on one line, pipes escaped. */
export function cell(text: string, max?: number): string {
  return inline(text, max);
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** "<!--" cannot appear in any output, even inside code where it is shown literally. */
function breakComments(text: string): string {
  return text.replace(/<!--/g, `<!${ZWSP}--`);
}

/**
 * Text as inline code: a delimiter longer than any backtick run inside, so it cannot close early.
 * Pipes are escaped so it is also safe in a table cell (GitHub shows "\|" as "|" there).
 */
export function code(text: string): string {
  const t = breakComments(oneLine(text)).replace(/\|/g, '\\|');
  if (t === '') return '` `';
  const ticks = '`'.repeat(longestRun(t, '`') + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

interface FenceOptions {
  /** Fence character (default backtick). */
  fence?: '`' | '~';
  /** Prefix for every line, when the block sits inside a list item ("   ") or a quote ("> "). */
  indent?: string;
}

/**
 * Text as a fenced code block. The fence is longer than any run of its character inside, so no
 * line of the text can close it; put it at the start of a line (or pass `indent`).
 */
export function fenced(text: string, lang = 'text', options: FenceOptions = {}): string {
  const char = options.fence ?? '`';
  const indent = options.indent ?? '';
  const body = breakComments(text.replace(/\r\n?/g, '\n').replace(BIDI, '\ufffd').replaceAll('\u0000', '\ufffd')).replace(/\n$/, '');
  const fence = char.repeat(Math.max(3, longestRun(body, char) + 1));
  const info = lang.replace(/[^\w+.#-]/g, '');
  const lines = [fence + info, ...body.split('\n'), fence];
  return lines.map((l) => indent + l).join('\n');
}

/**
 * A markdown link to an http(s) URL with inert text. Any other URL (javascript:, data:, relative,
 * unparsable) gives the text alone.
 */
export function link(text: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return inline(text);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return inline(text);
  const href = parsed.href.replace(/[()\s<>\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  const label = inline(text) || inline(parsed.host);
  return `[${label}](${href})`;
}

/** Cut at a word boundary when one is near, never inside a surrogate pair, with an ellipsis. */
export function shorten(text: string, max: number): string {
  return cutText(text, max, { atWord: true });
}
