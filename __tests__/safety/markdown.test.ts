import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cell, code, fenced, inline, link } from '../../src/safety/markdown.js';
import { readMarkers } from '../../src/safety/markers.js';
import { activeReferences, codeSpanContent, fencedContent, unescapedMarkup, visibleText } from './github-eye.js';

const here = dirname(fileURLToPath(import.meta.url));
const hostile = readFileSync(join(here, 'corpus', 'hostile.txt'), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.replace(/⏎/g, '\n'))
  .concat(['cr\ronly @octocat', 'crlf\r\n#5', 'nul\u0000byte', '']);

const ZWSP = /\u200b/g;
const label = (t: string) => JSON.stringify(t).slice(0, 60);
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the helpers turn control characters into spaces
const CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** What every rendering must satisfy, whatever the context. */
function noMarkers(out: string): void {
  expect(out).not.toContain('<!--');
  expect(readMarkers(out)).toEqual([]);
}

describe.each(hostile.map((t) => [label(t), t]))('hostile text %s', (_l, text) => {
  it.each([
    ['inline', inline],
    ['cell', cell],
  ])('%s: inert, one line, and still readable', (_name, render) => {
    const out = render(text);
    noMarkers(out);
    expect(unescapedMarkup(out)).toEqual([]);
    expect(activeReferences(visibleText(out))).toEqual([]);
    const readable = text.replace(BIDI, '\ufffd').replace(CONTROLS, ' ').trim();
    expect(visibleText(out).replace(ZWSP, '')).toBe(readable.replace(ZWSP, ''));
  });

  it('code: one code span holding the text', () => {
    const out = code(text);
    noMarkers(out);
    const content = codeSpanContent(out);
    if (text === '') return expect(out).toBe('` `');
    expect(content.replace(ZWSP, '')).toBe(text.replace(BIDI, '\ufffd').replace(CONTROLS, ' ').replace(ZWSP, ''));
  });

  it.each([
    ['`', ''],
    ['~', ''],
    ['`', '   '],
    ['~', '> '],
  ] as const)('fenced (%s, indent %j): no line closes the block', (fence, indent) => {
    const out = fenced(text, 'text', { fence, indent });
    noMarkers(out);
    const lines = fencedContent(out, indent);
    expect(lines.join('\n').replace(ZWSP, '')).toBe(
      text.replace(BIDI, '\ufffd').replace(/\r\n?/g, '\n').replaceAll('\u0000', '\ufffd').replace(/\n$/, '').replace(ZWSP, ''),
    );
  });

  it('link text: inert label, http(s) target only', () => {
    const out = link(text, 'https://console.cloud.google.com/logs/query;query=severity%3DERROR?project=demo');
    noMarkers(out);
    const m = /^\[(.*)\]\(([^()\s<>]+)\)$/.exec(out);
    expect(m).not.toBeNull();
    expect(unescapedMarkup(m![1])).toEqual([]);
    expect(activeReferences(visibleText(m![1]))).toEqual([]);
  });
});

describe('inline', () => {
  it('neutralises references so GitHub cannot link them, keeping them readable', () => {
    expect(inline('fixes #12 for @octocat')).toBe('fixes #\u200b12 for @\u200boctocat');
    expect(inline('see https://github.com/o/r/issues/1')).toBe('see https:\u200b//github.com/o/r/issues/1');
    expect(inline('GH-12')).toBe('GH-\u200b12');
  });

  it('escapes HTML as entities and markdown with backslashes', () => {
    expect(inline('<b>x</b> & *y*')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; \\*y\\*');
    expect(inline('# not a heading')).toBe('\\# not a heading');
    expect(inline('12. not a list')).toBe('12\\. not a list');
  });

  it('caps the length on a code point boundary', () => {
    expect(inline('😀😀😀😀', 3)).toBe('😀😀…');
    expect(cell('abc', 5)).toBe('abc');
  });
});

describe('code', () => {
  it('uses a longer delimiter than any run inside and pads edge backticks', () => {
    expect(code('a ``` b')).toBe('````a ``` b````');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code('')).toBe('` `');
    expect(code('a|b')).toBe('`a\\|b`');
  });
});

describe('fenced', () => {
  it('picks a fence longer than any run of its character, and cleans the info string', () => {
    expect(fenced('a\n`````\nb', 'js')).toBe('``````js\na\n`````\nb\n``````');
    expect(fenced('x', 'ts`>evil', { fence: '~' })).toBe('~~~tsevil\nx\n~~~');
  });
});

describe('link', () => {
  it('links only http(s) URLs, encoding what could end the target', () => {
    expect(link('docs', 'https://example.test/a (b)')).toBe('[docs](https://example.test/a%20%28b%29)');
    expect(link('x', 'javascript:alert(1)')).toBe('x');
    expect(link('x', 'data:text/html,<b>')).toBe('x');
    expect(link('x', '/relative')).toBe('x');
    expect(link('', 'https://example.test/')).toBe('[example.test](https://example.test/)');
  });
});
