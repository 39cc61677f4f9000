#!/usr/bin/env node
// Renders a worklog as GitHub shows it (GFM, Mermaid charts drawn, an 890 px column) in headless
// Chromium, and saves a screenshot of the first screen (1280x900) and of one group's section.
// No network: Mermaid is loaded from node_modules into the page.
//
//   node scripts/screenshot-worklog.mjs WORKLOG.md [OUT_DIR] [--group g1|summary|actions|query] [--section-height 900]
//
// Prints the page height and where each P0/P1 row of the overview ends, so a reviewer can check the
// first screen holds them. Skips (exit 0) with a note when Debian's `chromium` is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { marked } from 'marked';

const args = process.argv.slice(2);
const groupAt = args.indexOf('--group');
const group = groupAt >= 0 ? args.splice(groupAt, 2)[1] : 'g1';
const heightAt = args.indexOf('--section-height');
const sectionHeight = heightAt >= 0 ? Number(args.splice(heightAt, 2)[1]) : 900;
const [input, outDir = 'screenshots'] = args;
if (!input) {
  console.error('usage: node scripts/screenshot-worklog.mjs WORKLOG.md [OUT_DIR] [--group g1]');
  process.exit(1);
}

const browser = ['chromium', 'chromium-browser'].find((b) => spawnSync('which', [b]).status === 0);
if (!browser) {
  console.log('skipped: no chromium on PATH (Debian: apt-get install -y chromium)');
  process.exit(0);
}

const WIDTH = 1280;
const HEIGHT = 900;
const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 16px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { width: 890px; margin: 0 auto; padding: 32px; box-sizing: border-box; border: 1px solid #d1d9e0; border-radius: 6px; margin-top: 16px; }
h1 { font-size: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 24px 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
p, ul, ol, table, pre, details, blockquote { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
code { font: 85% ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; overflow: auto; border-radius: 6px; line-height: 1.45; }
pre code { background: none; padding: 0; font-size: 85%; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
hr { height: .25em; background: #d1d9e0; border: 0; margin: 24px 0; }
blockquote { border-left: .25em solid #d1d9e0; padding: 0 1em; color: #59636e; }
pre.mermaid { background: none; text-align: center; }
`;

function page(markdown) {
  // GitHub hides YAML-free HTML comments and renders ```mermaid fences as charts.
  const renderer = new marked.Renderer();
  const plainCode = renderer.code.bind(renderer);
  renderer.code = (token) =>
    token.lang === 'mermaid' ? `<pre class="mermaid">${token.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>` : plainCode(token);
  const body = marked.parse(markdown, { gfm: true, renderer });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style>
<script src="mermaid.min.js"></script></head><body><main>${body}</main>
<script>
mermaid.initialize({ startOnLoad: false, theme: 'default' });
mermaid.run({ querySelector: 'pre.mermaid' }).finally(() => {
  const rows = [...document.querySelectorAll('main table')][0]?.querySelectorAll('tbody tr') ?? [];
  const urgent = [...rows].filter((r) => /^P[01]$/.test(r.cells[0]?.textContent.trim())).map((r) => Math.round(r.getBoundingClientRect().bottom + scrollY));
  const pre = document.createElement('pre');
  pre.id = 'measure';
  pre.hidden = true;
  pre.textContent = JSON.stringify({ height: document.documentElement.scrollHeight, urgentRowBottoms: urgent, charts: document.querySelectorAll('pre.mermaid').length, chartsDrawn: document.querySelectorAll('pre.mermaid svg[aria-roledescription=xychart]').length, chartErrors: document.querySelectorAll('pre.mermaid .error-icon').length });
  document.body.append(pre);
  document.title = 'rendered';
});
</script></body></html>`;
}

function chromium(userData, extra, url, height = HEIGHT) {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${userData}`,
    '--hide-scrollbars',
    `--window-size=${WIDTH},${height}`,
    '--virtual-time-budget=15000',
    '--run-all-compositor-stages-before-draw',
  ];
  return execFileSync(browser, [...flags, ...extra, url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

const work = mkdtempSync(join(tmpdir(), 'worklog-shot-'));
try {
  const markdown = readFileSync(input, 'utf8');
  copyFileSync(resolve('node_modules/mermaid/dist/mermaid.min.js'), join(work, 'mermaid.min.js'));
  writeFileSync(join(work, 'page.html'), page(markdown));
  // One section (up to the next anchor) on a page of its own, so it is at the top of the screenshot.
  // A worklog without anchors (an older one, or a hand-made one): its first group heading instead.
  let start = markdown.indexOf(`<a name="${group}"></a>`);
  let end = markdown.indexOf('<a name="', start + 1);
  if (start < 0) {
    start = Math.max(0, markdown.search(/^### /m));
    const next = markdown.slice(start + 4).search(/^#{2,3} /m);
    end = next < 0 ? -1 : start + 4 + next;
  }
  writeFileSync(join(work, 'group.html'), page(markdown.slice(start, end < 0 ? undefined : end)));
  const url = `file://${join(work, 'page.html')}`;
  mkdirSync(outDir, { recursive: true });
  const first = resolve(outDir, 'worklog-first-screen.png');
  const section = resolve(outDir, `worklog-${group}.png`);
  chromium(join(work, 'profile-1'), [`--screenshot=${first}`], url);
  chromium(join(work, 'profile-2'), [`--screenshot=${section}`], `file://${join(work, 'group.html')}`, sectionHeight);
  const dom = chromium(join(work, 'profile-3'), ['--dump-dom'], url);
  const measured = /<pre id="measure"[^>]*>([^<]*)<\/pre>/.exec(dom);
  const facts = measured ? JSON.parse(measured[1].replace(/&quot;/g, '"')) : { note: 'page did not finish rendering' };
  for (const f of [first, section]) if (!existsSync(f)) throw new Error(`chromium wrote no ${f}`);
  console.log(JSON.stringify({ firstScreen: first, group: section, viewport: `${WIDTH}x${HEIGHT}`, ...facts }));
} finally {
  if (!process.env.KEEP_PAGES) rmSync(work, { recursive: true, force: true });
  else console.error(`pages kept in ${work}`);
}
