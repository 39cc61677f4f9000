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
