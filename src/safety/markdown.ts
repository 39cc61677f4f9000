// Log content is hostile text. These helpers make it inert in GitHub-flavoured markdown:
// no mentions, no issue references or closing keywords, no HTML, no forged hidden markers,
// no escape from a fenced block or a table cell.

const ZWSP = '\u200b';

/** Text for running prose or a heading: inert, on one line. */
export function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/([`*_[\]|\\])/g, '\\$1');
}

/** Text as a table cell. */
export function cell(text: string): string {
  return inline(text);
}

/** Text as inline code: cannot break out of its backticks. */
export function code(text: string): string {
  const t = text.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
  return '`' + t + '`';
}

/** Text as a fenced code block, with a fence longer than any backtick run inside. */
export function fenced(text: string, lang = 'text'): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+|~+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const body = text.replace(/<!--/g, '<!-\u200b-');
  return `${fence}${lang}\n${body}\n${fence}`;
}
