// The maintained ruleset: secretlint's recommended preset (Shopify, Hugging Face, Grafana, Stripe,
// Slack, GitHub, GitLab, npm, OpenAI, Anthropic, Databricks, Vault, Vercel, database URLs, basic auth,
// private keys, ...), run in process. Dependabot keeps it current; our own rules fill its gaps.
//
// secretlint lints a whole text in one (async) call, so texts are scanned in batches joined by
// newlines: ~1,000 short texts per call cost about what one call per text costs for ten.
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { screenText, type Screen } from './screen.js';

// The profiler records a mark per rule per call and never forgets them: memory would grow per batch.
secretLintProfiler.setEnabled(false);

// Every scanner of the preset except filter-comments: log text is hostile, and a line saying
// "secretlint-disable" would switch detection off for the rest of its batch, other records included.
const config = {
  rules: recommended.filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments').map((rule) => ({ id: rule.meta.id, rule, options: {} })),
};

/** "<redacted:shopify>" for @secretlint/secretlint-rule-shopify: one stable placeholder per rule. */
function rulesetKind(ruleId: string): string {
  const kind = ruleId
    .replace(/^@secretlint\/secretlint-rule-/, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  return kind === '' ? 'secret' : kind;
}

type Span = [start: number, end: number, kind: string];

async function findSpans(content: string): Promise<Span[]> {
  const result = await lintSource({
    source: { content, filePath: 'log.txt', ext: '.txt', contentType: 'text' },
    options: { config, noPhysicFilePath: true },
  });
  const spans = result.messages.map((m): Span => [m.range[0], m.range[1], rulesetKind(m.ruleId)]);
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

function maskSpans(text: string, offset: number, spans: Span[]): string {
  let out = '';
  let done = 0;
  for (const [s, e, kind] of spans) {
    const start = Math.max(s - offset, done);
    const end = Math.min(e - offset, text.length);
    // A span around one of our placeholders (a database URL whose password is already masked)
    // holds nothing left to hide: keep the host and database readable.
    if (end <= start || text.slice(start, end).includes('<redacted:')) continue;
    out += text.slice(done, start) + `<redacted:${kind}>`;
    done = end;
  }
  return done === 0 && out === '' ? text : out + text.slice(done);
}

/** Characters per secretlint call: large enough to amortise a call, small enough to stay cheap. */
const BATCH_CHARS = 256 * 1024;

/**
 * Masks what the maintained ruleset finds in each text; same order, same count. Only texts the screen does not
 * clear are scanned; when one of them may start a match that runs on into the next text, all of them are, joined
 * as before. (screens: the texts' screens when the caller has them.)
 */
export async function applyRuleset(texts: readonly string[], screens: readonly Screen[] = texts.map(screenText)): Promise<string[]> {
  if (screens.includes('batch')) return scan(texts);
  const at: number[] = [];
  for (let i = 0; i < texts.length; i++) if (screens[i] !== 'clean') at.push(i);
  if (at.length === texts.length) return scan(texts);
  const out = texts.slice();
  if (at.length === 0) return out;
  const found = await scan(at.map((i) => texts[i]));
  at.forEach((i, k) => (out[i] = found[k]));
  return out;
}

async function scan(texts: readonly string[]): Promise<string[]> {
  const out = texts.slice();
  for (let first = 0; first < texts.length;) {
    let last = first;
    let chars = 0;
    while (last < texts.length && (last === first || chars + texts[last].length < BATCH_CHARS)) chars += texts[last++].length + 1;
    const spans = await findSpans(texts.slice(first, last).join('\n'));
    if (spans.length > 0) {
      let offset = 0;
      let k = 0;
      for (let i = first; i < last; i++) {
        const end = offset + texts[i].length;
        while (k < spans.length && spans[k][1] <= offset) k++;
        // Spans that touch this text (a span may run across the joining newline into the next).
        const mine: Span[] = [];
        for (let j = k; j < spans.length && spans[j][0] < end; j++) if (spans[j][1] > offset) mine.push(spans[j]);
        if (mine.length > 0) out[i] = maskSpans(texts[i], offset, mine);
        offset = end + 1;
      }
    }
    first = last;
  }
  return out;
}
