// The examples in the docs agree with each other and with CI: one version tag of this action, one
// major of each action they use.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
  ...readdirSync('.github/workflows').map((f) => join('.github/workflows', f)),
];
// A ref pinned to a commit counts as the version its comment names ("@<sha> # v5").
const uses = files
  .flatMap((f) =>
    Array.from(readFileSync(f, 'utf8').matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@([\w.-]+)(?:[ \t]*#[ \t]*(v[\d.]+))?/g), (m) => ({
      file: f,
      action: m[1],
      ref: /^[0-9a-f]{40}$/.test(m[2]) ? m[3] : m[2],
    })),
  )
  .filter((u): u is { file: string; action: string; ref: string } => u.ref !== undefined);

test('every example uses this action at @v0', () => {
  const ours = uses.filter((u) => u.action.endsWith('/gcp-log-gardener'));
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.filter((u) => u.ref !== 'v0')).toEqual([]);
});

test('each other action appears at one major version everywhere', () => {
  const majors = new Map<string, Set<string>>();
  for (const u of uses.filter((x) => !x.action.endsWith('/gcp-log-gardener')))
    majors.set(u.action, (majors.get(u.action) ?? new Set()).add(u.ref.split('.')[0]));
  expect([...majors].filter(([, refs]) => refs.size > 1).map(([action, refs]) => `${action}: ${[...refs].join(', ')}`)).toEqual([]);
});
