// The toolchain is pinned and says one thing: the README, package.json's engines and the lock file's
// packages agree on the oldest Node that works, and the Node running these tests came from the lock.
import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; integrity?: string; engines?: { node?: string }; dev?: boolean }>;
};
/** The oldest major a range accepts: "^20.19.0 || ^22.13.0 || >=24" gives 20, ">=22.0.0" gives 22. */
const major = (range: string): number => Math.min(...range.split('||').map((alt) => Number(/\d+/.exec(alt)?.[0] ?? 0)));

test('README, engines and the locked packages name the same oldest Node', () => {
  const oldest = major(pkg.engines.node);
  expect(readFileSync('README.md', 'utf8')).toContain(`Node.js ${oldest} or newer`);
  // No locked package may need more than engines promises (npm would warn EBADENGINE on a supported Node).
  const needs = Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && p.engines?.node && major(p.engines.node) > oldest)
    .map(([path, p]) => `${path} ${p.engines?.node}`);
  expect(needs).toEqual([]);
});

test('the Node running the tests is a locked, integrity-checked package (when npm installed it)', () => {
  const exe = relative(process.cwd(), realpathSync(process.execPath));
  const dir = /^node_modules\/(node-[a-z]+-[a-z0-9]+)\//.exec(exe)?.[1];
  if (dir === undefined) return; // a platform with no locked Node package: the machine's own Node runs them
  const entry = lock.packages[`node_modules/${dir}`];
  expect(entry?.integrity).toMatch(/^sha512-/);
  expect(`v${entry?.version}`).toBe(process.version);
});
