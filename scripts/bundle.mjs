#!/usr/bin/env node
// Builds dist/: the action (dist/index.js) and the CLI (dist/cli/index.js), as ncc writes them.
import { execFileSync } from 'node:child_process';
import { rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
rmSync('dist', { recursive: true, force: true });
for (const [entry, out, maps] of [
  ['src/index.ts', 'dist', true],
  ['src/cli/index.ts', 'dist/cli', false],
]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, ...(maps ? ['--source-map'] : []), '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });
}
// The CLI bundle keeps its shebang line so `npx gcp-log-gardener` runs it.
const cliPath = 'dist/cli/index.js';
const text = readFileSync(cliPath, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cliPath, '#!/usr/bin/env node\n' + text);
chmodSync(cliPath, 0o755);
