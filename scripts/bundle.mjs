#!/usr/bin/env node
// Builds dist/: the action (dist/index.js) and the CLI (dist/cli/index.js), as ncc writes them, and
// beside each a licenses.txt with the notice of every package bundled into it.
//
// ncc's own --license file came out incomplete when the bundle has chunks (5 packages of ~100), so
// the list is built here from webpack's stats: every module ncc bundled, chunks included, mapped to
// its package. A bundled package without a notice fails the build (CI runs this; see .ci/run).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLicences } from './licences.mjs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const work = mkdtempSync(join(tmpdir(), 'bundle-stats-'));
rmSync('dist', { recursive: true, force: true });
for (const [entry, out, maps] of [
  ['src/index.ts', 'dist', true],
  ['src/cli/index.ts', 'dist/cli', false],
]) {
  const stats = join(work, out.replace(/\//g, '-') + '.json');
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, ...(maps ? ['--source-map'] : []), '--stats-out', stats, '--quiet'], { stdio: 'inherit' });
  if (!existsSync(stats)) throw new Error(`ncc wrote no stats for ${entry}`);
  let n;
  try {
    n = writeLicences(stats, out);
  } catch (e) {
    console.error(`bundle: ${e.message}`);
    process.exit(1);
  }
  console.log(`${out}/licenses.txt: ${n} packages`);
}
rmSync(work, { recursive: true, force: true });
// The CLI bundle keeps its shebang line so `npx gcp-log-gardener` runs it.
const cliPath = 'dist/cli/index.js';
const text = readFileSync(cliPath, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cliPath, '#!/usr/bin/env node\n' + text);
chmodSync(cliPath, 0o755);
