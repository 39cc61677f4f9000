// The licence notices of every package bundled into an ncc build, from webpack's stats (every
// module ncc bundled, chunks included, mapped to its package). Used by scripts/bundle.mjs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NOTICE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/i;
// Standard texts for packages that declare a licence in package.json but ship no file with it.
const TEXTS = { MIT: 'MIT.txt', 'Apache-2.0': 'Apache-2.0.txt' };
const TEXTS_DIR = join(import.meta.dirname, 'licence-texts');

/** Package directories (relative, "./node_modules/a/node_modules/@s/b") of every bundled module. */
function bundledPackages(statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const dirs = new Set();
  const walk = (modules = []) => {
    for (const m of modules) {
      const name = m.name ?? '';
      const i = name.lastIndexOf('node_modules/');
      const pkg = i < 0 ? null : /^(@[^/]+\/[^/ ]+|[^/ ]+)/.exec(name.slice(i + 'node_modules/'.length));
      if (pkg) dirs.add(name.slice(0, i) + 'node_modules/' + pkg[1]);
      // A concatenated module ("./src/index.ts + 40 modules") lists what it holds.
      walk(m.modules);
    }
  };
  walk(stats.modules);
  for (const c of stats.chunks ?? []) walk(c.modules);
  return [...dirs];
}

function licenceName(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return undefined;
}

function authorOf(pkg) {
  const a = pkg.author;
  return typeof a === 'string' ? a : a?.name;
}

/** The notice text of one package, or undefined when it has none we can ship. */
function noticeOf(dir, pkg) {
  const files = readdirSync(dir)
    .filter((f) => NOTICE_FILE.test(f))
    .sort();
  if (files.length > 0) return files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
  const licence = licenceName(pkg);
  const text = TEXTS[licence];
  if (!text) return undefined;
  const body = readFileSync(join(TEXTS_DIR, text), 'utf8').trim();
  // The package ships no file: the standard text of the licence its package.json declares.
  return licence === 'MIT' ? `MIT License\n\nCopyright (c) ${authorOf(pkg) ?? `the ${pkg.name} authors`}\n\n${body}` : body;
}

/**
 * Writes OUT/licenses.txt for the build whose stats are in statsFile (module names are relative to
 * root). Returns the number of packages, or throws naming every bundled package without a notice.
 */
export function writeLicences(statsFile, out, root = '.') {
  const packages = new Map();
  const missing = [];
  for (const dir of bundledPackages(statsFile)) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const id = `${pkg.name}@${pkg.version}`;
    if (packages.has(id)) continue;
    const notice = noticeOf(join(root, dir), pkg);
    if (notice === undefined) missing.push(`${id} (${dir}, licence ${licenceName(pkg) ?? 'not declared'})`);
    packages.set(id, { name: pkg.name, licence: licenceName(pkg) ?? 'not declared', notice });
  }
  if (missing.length > 0) {
    throw new Error(
      `no licence notice for ${missing.length} bundled package(s): ${missing.join('; ')}. ` +
        'Fix: add the licence text to scripts/licence-texts/ (named by its SPDX id) or drop the package.',
    );
  }
  const sorted = [...packages.entries()].sort(([a], [b]) => a.localeCompare(b));
  const header = `Third-party notices for ${out}/index.js: ${sorted.length} packages bundled into it (written by scripts/bundle.mjs).\n`;
  const body = sorted.map(([id, p]) => `${id}\nlicense: ${p.licence}\n\n${p.notice}\n`).join('\n-----\n\n');
  writeFileSync(join(out, 'licenses.txt'), `${header}\n${body}`);
  return sorted.length;
}
