// scripts/licences.mjs: the bundle's licence file lists every bundled package, and a bundled
// package without a notice fails the build (npm run bundle, run by CI).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Licences {
  writeLicences(statsFile: string, out: string, root?: string): number;
}

function project(packages: Record<string, { license?: string; author?: string; files?: Record<string, string> }>): string {
  const root = mkdtempSync(join(tmpdir(), 'lg-licences-'));
  for (const [name, p] of Object.entries(packages)) {
    const dir = join(root, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', license: p.license, author: p.author }));
    for (const [f, text] of Object.entries(p.files ?? {})) writeFileSync(join(dir, f), text);
  }
  // Webpack stats as ncc writes them: modules, concatenated modules inside, chunks.
  const stats = {
    modules: [
      {
        name: './src/index.ts + 2 modules',
        modules: Object.keys(packages)
          .slice(0, 1)
          .map((n) => ({ name: `./node_modules/${n}/index.js` })),
      },
    ],
    chunks: [
      {
        modules: Object.keys(packages)
          .slice(1)
          .map((n) => ({ name: `./node_modules/${n}/lib/x.js` })),
      },
    ],
  };
  writeFileSync(join(root, 'stats.json'), JSON.stringify(stats));
  mkdirSync(join(root, 'dist'));
  return root;
}

// @ts-expect-error: a plain .mjs script without types
const load = async (): Promise<Licences> => (await import('../scripts/licences.mjs')) as Licences;

test('lists every bundled package, chunks included, with its notice or its declared licence text', async () => {
  const { writeLicences } = await load();
  const root = project({
    'with-file': { license: 'ISC', files: { LICENSE: 'ISC notice of with-file' } },
    '@scope/no-file-mit': { license: 'MIT', author: 'Ada' },
    'no-file-apache': { license: 'Apache-2.0' },
  });
  expect(writeLicences(join(root, 'stats.json'), join(root, 'dist'), root)).toBe(3);
  const text = readFileSync(join(root, 'dist', 'licenses.txt'), 'utf8');
  expect(text).toContain('with-file@1.0.0\nlicense: ISC\n\nISC notice of with-file');
  expect(text).toContain('@scope/no-file-mit@1.0.0\nlicense: MIT\n\nMIT License\n\nCopyright (c) Ada\n\nPermission is hereby granted');
  expect(text).toContain('no-file-apache@1.0.0\nlicense: Apache-2.0\n\nApache License');
});

test('fails naming each bundled package that has no notice', async () => {
  const { writeLicences } = await load();
  const root = project({ fine: { license: 'MIT', files: { 'LICENSE.md': 'MIT' } }, mystery: { license: 'SEE LICENSE IN the-moon' } });
  expect(() => writeLicences(join(root, 'stats.json'), join(root, 'dist'), root)).toThrow(
    /no licence notice for 1 bundled package\(s\): mystery@1\.0\.0 .*Fix: add the licence text/,
  );
});
