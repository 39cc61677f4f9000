// Reads the redaction corpora shared by the tests and scripts/measure-redaction.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface SecretCase {
  text: string;
  secrets: string[];
}

function lines(name: string): string[] {
  return readFileSync(join(here, 'corpus', name), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Each case: the log text (⏎ becomes a newline) and the secrets that were marked ⟦like this⟧. */
export function secretCases(): SecretCase[] {
  return lines('secrets.txt').map((line) => {
    const text = line.replace(/⏎/g, '\n');
    const secrets = Array.from(text.matchAll(/⟦([^⟧]*)⟧/g), (m) => m[1]);
    return { text: text.replace(/[⟦⟧]/g, ''), secrets };
  });
}

export function lookalikes(): string[] {
  return lines('lookalikes.txt');
}

export interface GeneratedCase extends SecretCase {
  /** What kind of secret ("stripe-webhook-secret"). */
  format: string;
  /** Where it was printed: a plain text line, a JSON payload, an error with a stack trace. */
  shape: 'text' | 'json' | 'error';
}

/** The corpus scripts/make-redaction-corpus.mjs writes: made-up secrets in the shapes services issue. */
export function generatedCases(): GeneratedCase[] {
  return lines('generated-secrets.jsonl').map((l) => JSON.parse(l) as GeneratedCase);
}

export function generatedLookalikes(): string[] {
  return lines('generated-lookalikes.txt');
}

/** Look-alikes from templates written after the rules were final, never used to change them. */
export function heldOutLookalikes(): string[] {
  return lines('heldout-lookalikes.txt');
}

/** What an attacker could still learn from out: the secret, or any 12-character piece of it. */
export function leaks(out: string, secret: string): string | undefined {
  for (const part of secret.split('\n')) {
    if (part.length <= 12) {
      if (out.includes(part)) return part;
      continue;
    }
    for (let i = 0; i + 12 <= part.length; i++) {
      const piece = part.slice(i, i + 12);
      if (out.includes(piece)) return piece;
    }
  }
  return undefined;
}
