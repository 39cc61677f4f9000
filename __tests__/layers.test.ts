// The source is layered: no two folders (or top-level modules) import each other, directly or round
// a loop, and the shared vocabulary at the bottom imports nothing above it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** A folder ("github/") or a top-level module ("run"). */
const unitOf = (path: string) => {
  const r = relative('src', path);
  return r.includes('/') ? `${r.split('/')[0]}/` : r.replace(/\.[jt]s$/, '');
};

function importGraph(): Map<string, Set<string>> {
  const files: string[] = [];
  const walk = (d: string) =>
    readdirSync(d).forEach((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.ts') && files.push(join(d, f))));
  walk('src');
  const graph = new Map<string, Set<string>>();
  for (const f of files) {
    const from = unitOf(f);
    if (!graph.has(from)) graph.set(from, new Set());
    // Static imports, re-exports and dynamic imports, type-only ones included.
    for (const m of readFileSync(f, 'utf8').matchAll(/(?:\bfrom|\bimport\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = unitOf(normalize(join(dirname(f), m[1])));
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one unit (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const info = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (v: string) => {
    info.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v)!.low = Math.min(info.get(v)!.low, info.get(w)!.low);
      } else if (info.get(w)!.onStack) info.get(v)!.low = Math.min(info.get(v)!.low, info.get(w)!.index);
    }
    if (info.get(v)!.low === info.get(v)!.index) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        info.get(w)!.onStack = false;
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return found;
}

const VOCABULARY = ['types', 'clock', 'errors', 'duration', 'version', 'settings', 'paths', 'outcome'];

describe('layers', () => {
  const graph = importGraph();

  test('no folder or top-level module imports another that imports it back', () => {
    expect(cycles(graph)).toEqual([]);
  });

  test('the shared vocabulary imports only the shared vocabulary', () => {
    const upward = VOCABULARY.flatMap((v) => [...(graph.get(v) ?? [])].filter((to) => !VOCABULARY.includes(to)).map((to) => `${v} -> ${to}`));
    expect(upward).toEqual([]);
  });

  test('the pure middle (collect, group, triage, render) never reaches the edges (GitHub, publishing, the run)', () => {
    const edges = ['github/', 'publish/', 'run', 'main', 'cli/', 'pipeline'];
    const reaches = ['collect/', 'group/', 'triage/', 'render/'].flatMap((m) =>
      [...(graph.get(m) ?? [])].filter((to) => edges.includes(to)).map((to) => `${m} -> ${to}`),
    );
    expect(reaches).toEqual([]);
  });

  test('the GitHub edge (github, publish) never imports the wiring above it (inputs, run, pipeline, main, cli)', () => {
    const wiring = ['inputs', 'run', 'pipeline', 'main', 'cli/', 'conclude'];
    const reaches = ['github/', 'publish/'].flatMap((m) => [...(graph.get(m) ?? [])].filter((to) => wiring.includes(to)).map((to) => `${m} -> ${to}`));
    expect(reaches).toEqual([]);
  });
});
