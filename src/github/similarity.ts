// How much an issue people wrote looks like a group: weighted coverage of the group's words
// (signature title, exception type, first sample's headline) by the issue's title and body.
// Identifier-like words (snake_case, dotted, camelCase, long) weigh more: they are what makes an
// error recognisable; "error", "failed", "cannot" are not.
import type { TriagedGroup } from '../types.js';

interface Similarity {
  score: number;
  /** Distinctive words of the group found in the issue. */
  matchedIdentifiers: number;
  /** Length of the longest distinctive word found: a 20-character name is as good as unique. */
  longestIdentifier: number;
  /** The group's exception type appears in the issue (true when the group has none). */
  exceptionMatched: boolean;
}

/** At or above: adopt. */
const CONFIDENT = 0.8;
/** At or above (and below CONFIDENT): list for a human. */
const UNCERTAIN = 0.5;

const STOP = new Set(
  'the and for from with that this was were are not but has have had into onto when then than there their what which while about after before error errors exception failed failure cannot could unable none null true false http https www'.split(
    ' ',
  ),
);

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.match(/[A-Za-z_][A-Za-z0-9_.$-]*[A-Za-z0-9_]|[A-Za-z]{3,}/g) ?? []) {
    const w = raw.replace(/^[.-]+|[.-]+$/g, '');
    const lower = w.toLowerCase();
    if (lower.length < 3 || STOP.has(lower)) continue;
    out.add(w);
    // A dotted or pathed identifier also counts by its last part ("app.services.auth" ~ "auth").
    const tail = w.split(/[.$]/).pop();
    if (tail && tail !== w && tail.length >= 4 && !STOP.has(tail.toLowerCase())) out.add(tail);
  }
  return out;
}

function isIdentifier(w: string): boolean {
  return /[_.$]/.test(w) || /[a-z][A-Z]/.test(w) || w.length >= 12;
}

function groupText(g: TriagedGroup): string {
  const headline = (g.samples[0] ?? '').split('\n').find((l) => l.trim()) ?? '';
  return [g.signature.title.replace(/<\*>/g, ' '), g.signature.exceptionType ?? '', headline.slice(0, 500)].join('\n');
}

export function similarity(group: TriagedGroup, issueTitle: string, issueBody: string): Similarity {
  const want = words(groupText(group));
  if (want.size === 0) return { score: 0, matchedIdentifiers: 0, longestIdentifier: 0, exceptionMatched: false };
  const have = new Set([...words(`${issueTitle}\n${issueBody.slice(0, 20000)}`)].map((w) => w.toLowerCase()));
  const exception = group.signature.exceptionType;
  let total = 0;
  let got = 0;
  let ids = 0;
  let longest = 0;
  for (const w of want) {
    const weight = isIdentifier(w) ? 3 : 1;
    total += weight;
    if (have.has(w.toLowerCase())) {
      got += weight;
      if (weight > 1) {
        ids += 1;
        longest = Math.max(longest, w.length);
      }
    }
  }
  const exceptionMatched = !exception || have.has(exception.toLowerCase()) || have.has(exception.split(/[.$]/).pop()!.toLowerCase());
  return { score: got / total, matchedIdentifiers: ids, longestIdentifier: longest, exceptionMatched };
}

/**
 * Confident when most of the group's words match including a distinctive one, or when a long
 * distinctive name (20+ characters) and the exception type both appear. Generic words alone never adopt.
 */
export function verdict(s: Similarity): 'confident' | 'uncertain' | 'none' {
  if (s.score >= CONFIDENT && s.matchedIdentifiers > 0) return 'confident';
  if (s.longestIdentifier >= 20 && s.exceptionMatched && s.score >= 0.4) return 'confident';
  return s.score >= UNCERTAIN ? 'uncertain' : 'none';
}
