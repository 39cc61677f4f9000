// A strict approximation of what GitHub sees in markdown we render: used by the tests to check
// that hostile log text stays inert. Deliberately stricter than GitHub where it is unsure.

/** Inline markdown as the text nodes GitHub's mention/reference filters would read. */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Everything GitHub would link, notify or close from plain text, with the rule that fired. */
export function activeReferences(text: string): string[] {
  const rules: [string, RegExp][] = [
    ['mention', /(?<![\w`])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?/g],
    ['issue reference', /#\d/g],
    ['GH reference', /\bGH-\d/gi],
    ['autolink', /\b(?:https?|ftp|mailto|xmpp):\/\/|\bwww\.|[\w.+-]@[\w-]+\.\w/gi],
  ];
  return rules.flatMap(([name, re]) => Array.from(text.matchAll(re), (m) => `${name}: ${m[0]}`));
}

/** Markup an inline rendering must not contain unescaped (links, images, code, emphasis, HTML, math). */
export function unescapedMarkup(markdown: string): string[] {
  const found: string[] = [];
  if (/</.test(markdown)) found.push('raw <');
  if (/\n/.test(markdown)) found.push('newline');
  for (const m of markdown.matchAll(/(\\*)([[\]`*_~|$])/g)) {
    if (m[1].length % 2 === 0) found.push(`unescaped ${m[2]}`);
  }
  if (/^(\s|[#>+=-]|\d+[.)])/.test(markdown)) found.push('starts a block');
  return found;
}

/** Checks a code span: returns its literal content, or throws if text could escape it. */
export function codeSpanContent(markdown: string): string {
  const m = /^(`+)([\s\S]*)\1$/.exec(markdown);
  if (!m) throw new Error(`not one code span: ${markdown}`);
  const n = m[1].length;
  for (const run of m[2].match(/`+/g) ?? []) if (run.length === n) throw new Error(`inner run closes the span: ${markdown}`);
  if (/\n/.test(m[2])) throw new Error('newline in code span');
  for (const p of m[2].matchAll(/(\\*)\|/g)) if (p[1].length % 2 === 0) throw new Error('unescaped | in code span');
  const inner = m[2].length >= 2 && m[2].startsWith(' ') && m[2].endsWith(' ') && m[2].trim() !== '' ? m[2].slice(1, -1) : m[2];
  return inner.replace(/\\\|/g, '|');
}

/** Checks a fenced block (CommonMark rules): returns its lines, or throws if a line closes it early. */
export function fencedContent(markdown: string, indent = ''): string[] {
  const lines = markdown.split('\n').map((l) => {
    if (!l.startsWith(indent)) throw new Error(`line without indent: ${l}`);
    return l.slice(indent.length);
  });
  const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[0]);
  if (!open) throw new Error(`no opening fence: ${lines[0]}`);
  const [char, n] = [open[1][0], open[1].length];
  if (char === '`' && open[2].includes('`')) throw new Error('backtick in info string');
  const close = new RegExp(`^ {0,3}${char === '`' ? '`' : '~'}{${n},}[ \\t]*$`);
  const inner = lines.slice(1, -1);
  inner.forEach((l, i) => {
    if (close.test(l)) throw new Error(`line ${i + 1} closes the fence: ${l}`);
  });
  if (!close.test(lines[lines.length - 1])) throw new Error('no closing fence');
  return inner;
}
