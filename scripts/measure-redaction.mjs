// Measures redaction as the pipeline runs it (createRedactor().redactAll on batches, as
// src/safety/redact-record.ts calls it): secrets leaked from the corpora, look-alikes flagged,
// throughput on typical log lines, and time on long adversarial lines (backtracking check).
// Run: node_modules/.bin/node scripts/measure-redaction.mjs
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// Transpile src/safety (and src/errors.ts) so the script needs no build; under node_modules so the
// ruleset's packages resolve.
const out = join(process.cwd(), 'node_modules', '.cache', 'measure-redaction');
for (const [dir, files] of [
  ['src/safety', readdirSync('src/safety')],
  ['src', ['errors.ts']],
]) {
  mkdirSync(join(out, dir), { recursive: true });
  for (const f of files.filter((x) => x.endsWith('.ts'))) {
    const js = ts.transpileModule(readFileSync(join(dir, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(out, dir, f.replace(/\.ts$/, '.js')), js);
  }
}
const { createRedactor } = await import(join(out, 'src/safety/redact.js'));
const { BATCH_RECORDS, RecordRedactor } = await import(join(out, 'src/safety/redact-record.js'));

const corpus = (name) =>
  readFileSync(`__tests__/safety/corpus/${name}`, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));

const redactor = createRedactor();
const handCases = corpus('secrets.txt').map((l) => {
  const text = l.replace(/⏎/g, '\n');
  return { text: text.replace(/[⟦⟧]/g, ''), secrets: Array.from(text.matchAll(/⟦([^⟧]*)⟧/g), (m) => m[1]) };
});
const generated = corpus('generated-secrets.jsonl').map((l) => JSON.parse(l));
const cases = [...handCases, ...generated];
const secrets = cases.flatMap((c) => c.secrets).length;
const formats = new Set(generated.map((c) => c.format)).size;
// Leaked: the secret, or any 12-character piece of it, is still in the output (as the corpus test checks).
const pieces = (s) => s.split('\n').flatMap((p) => (p.length <= 12 ? [p] : Array.from({ length: p.length - 11 }, (_, i) => p.slice(i, i + 12))));
const redactedCases = await redactor.redactAll(cases.map((c) => c.text));
const leaked = cases.flatMap((c, i) => c.secrets.filter((s) => pieces(s).some((p) => redactedCases[i].includes(p)))).length;
const flaggedIn = async (r, looks) => {
  const outs = await r.redactAll(looks);
  return looks.filter((l, i) => outs[i] !== l);
};
const looks = corpus('lookalikes.txt');
const genLooks = corpus('generated-lookalikes.txt');
const flagged = await flaggedIn(redactor, looks);
const genFlagged = await flaggedIn(redactor, genLooks);
const heldOut = corpus('heldout-lookalikes.txt');
const heldOutFlagged = await flaggedIn(redactor, heldOut);
const noPii = createRedactor({ emails: false, ips: false });
const flaggedNoPii = await flaggedIn(noPii, looks);

// Typical Cloud Run lines: mostly plain, some with ids, URLs, IPs, emails, and 1 in 50 with a secret.
const templates = [
  (i) => `GET /api/v1/items/${i} 200 in ${i % 97}ms`,
  (i) => `request ${i.toString(16).padStart(8, '0')}-8b7d-4e3a-9c1f-2d5e6a7b8c9d completed status=200 latency=0.0${i % 9}s`,
  (i) => `Error: connect ECONNREFUSED 10.0.${i % 255}.${i % 7}:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)`,
  (i) => `user ${i}@example.test signed in from 203.0.113.${i % 255}`,
  (i) => `{"severity":"ERROR","message":"payment failed for order ${i}","httpRequest":{"requestUrl":"https://shop.example.test/checkout?step=2"}}`,
  (i) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${i % 300}, in run\n    result = handler(job)\nKeyError: 'customer_${i}'`,
  (i) => `cache miss key=users:${i} took ${i % 13}ms`,
  (i) => `processed batch ${i} of 100000 (tokenizer=wordpiece, max_tokens=4096)`,
];
const lines = Array.from({ length: 100_000 }, (_, i) =>
  i % 50 === 0 ? `auth failed token=ghp_FAKE${String(i).padStart(32, '0')}` : templates[i % templates.length](i),
);
const bytes = lines.reduce((n, l) => n + l.length, 0);
const pass = async () => {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < lines.length; i += BATCH_RECORDS) await redactor.redactAll(lines.slice(i, i + BATCH_RECORDS));
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
await pass(); // warm up
// Five passes: the machine is shared, so the best pass is the figure, the median shows the noise.
const passes = [];
for (let i = 0; i < 5; i++) passes.push(await pass());
passes.sort((a, b) => a - b);
const [ms, medianMs] = [passes[0], passes[2]];

// Whole records as the pipeline redacts them (src/safety/redact-record.ts): the typical lines as
// messages, with the fields a Cloud Run entry carries (constant ones cached per distinct value).
const records = lines.map((message, i) => ({
  timestamp: '2026-11-30T12:00:00.000Z',
  time: 0,
  severity: 'ERROR',
  kind: 'text',
  message,
  errorGroups: [],
  insertId: `${i.toString(36)}x${(i * 7919).toString(36)}`,
  project: 'demo-prod',
  resourceType: 'cloud_run_revision',
  service: `api-${i % 5}`,
  revision: `api-${i % 5}-000${i % 3}-abc`,
  location: 'us-central1',
  logName: 'projects/demo-prod/logs/run.googleapis.com%2Fstderr',
  trace: `projects/demo-prod/traces/${(i * 2654435761).toString(16).padStart(32, '0')}`,
  labels: { instanceId: `00f46b92a77d0b${i % 20}` },
}));
const recordPass = async () => {
  const rr = new RecordRedactor(redactor);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < records.length; i += BATCH_RECORDS) await rr.redactBatch(records.slice(i, i + BATCH_RECORDS));
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
await recordPass();
const recordPasses = [];
for (let i = 0; i < 5; i++) recordPasses.push(await recordPass());
recordPasses.sort((a, b) => a - b);

const N = 100_000;
const hostile = {
  'a x 100k': 'a'.repeat(N),
  'a- x 50k': 'a-'.repeat(N / 2),
  'a. x 50k': 'a.'.repeat(N / 2),
  '1. x 50k': '1.'.repeat(N / 2),
  '1: x 50k': '1:'.repeat(N / 2),
  'a@ x 50k': 'a@'.repeat(N / 2),
  'a@b. x 33k': 'a@b.'.repeat(N / 4),
  'token= x 16k': 'token='.repeat(N / 6),
  'password:" x 10k': 'password:"'.repeat(N / 10),
  'x:// x 25k': 'x://'.repeat(N / 4),
  'u:p x 33k then no @': 'u:p'.repeat(N / 3),
  'eyJa. x 20k': 'eyJaa'.repeat(N / 5),
  '-----BEGIN PRIVATE KEY----- x 3.7k': '-----BEGIN PRIVATE KEY-----'.repeat(Math.floor(N / 27)),
  'BEGIN + dashes': '-----BEGIN PRIVATE KEY-----' + '-a'.repeat(N / 2),
  'base64 x 100k': 'Ab0+'.repeat(N / 4),
  'AKIA + base64': 'AKIAABCDEFGHIJKLMNOP ' + 'Ab0/'.repeat(N / 4),
  'bearer x 14k': 'bearer '.repeat(N / 7),
  'Bearer + long token=': 'Bearer ' + 'a'.repeat(N) + '=x',
  'hex: x 20k': 'ab12:'.repeat(N / 5),
  '\\" x 50k': '\\"'.repeat(N / 2),
  'key=\\"\\\\ x 20k': 'key=\\"' + '\\\\'.repeat(N / 2),
  'a= x 50k then token': 'a='.repeat(N / 2) + 'token',
  'a: x 50k then token': 'a:'.repeat(N / 2) + 'token',
  'a="password: x 8k': 'a="password:'.repeat(N / 12),
  'password=" + \\a': 'password="' + '\\a'.repeat(N / 2),
  'cookie: x 12k': 'cookie: '.repeat(N / 8),
  '1:1: ipv6-ish x 50k': '1:'.repeat(N / 2) + ':',
  'MII + base64 x 100k': 'MII' + 'Ab0/'.repeat(N / 4),
  'local@ with long local part': 'a'.repeat(N) + '@example.test',
  // Runs of key words with nothing after them: the screen and the rules' hints read a bounded word after each.
  'key x 33k': 'key'.repeat(N / 3),
  'sessionx x 12k': 'sessionx'.repeat(N / 8),
  'key_hash x 12k': 'key_hash'.repeat(N / 8),
  'token a x 12k': 'token a '.repeat(N / 8),
  'hash_ x 20k then =': 'hash_'.repeat(N / 5) + '=',
};
const timeOf = async (text) => {
  const h0 = process.hrtime.bigint();
  await redactor.redact(text);
  return Number(process.hrtime.bigint() - h0) / 1e6;
};
const hostileMs = {};
for (const [name, text] of Object.entries(hostile)) hostileMs[name] = Math.min(await timeOf(text), await timeOf(text));

const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`node ${process.version}; command: node_modules/.bin/node scripts/measure-redaction.mjs`);
console.log(
  `secrets tried: ${secrets} in ${cases.length} log texts (${handCases.length} hand-written, ${generated.length} generated in ${formats} formats); leaked (whole or any 12-character piece): ${leaked}`,
);
console.log(
  `hand-written look-alikes: ${looks.length}; flagged with defaults (emails and IPs on): ${flagged.length} (${pct(flagged.length, looks.length)}); with emails/IPs off: ${flaggedNoPii.length}`,
);
console.log(`generated look-alikes: ${genLooks.length}; flagged with defaults: ${genFlagged.length} (${pct(genFlagged.length, genLooks.length)})`);
console.log(
  `held-out look-alikes (templates written after the rules): ${heldOut.length}; flagged with defaults: ${heldOutFlagged.length} (${pct(heldOutFlagged.length, heldOut.length)})`,
);
for (const l of [...flagged, ...genFlagged, ...heldOutFlagged]) console.log(`  flagged: ${l}  ->  ${await redactor.redact(l)}`);
const rate = (t) => `${Math.round(lines.length / (t / 1000)).toLocaleString('en-US')} lines/s`;
console.log(
  `throughput: ${lines.length} typical lines in batches of ${BATCH_RECORDS} (${(bytes / 1e6).toFixed(1)} MB), best of 5 passes ${ms.toFixed(0)} ms = ${rate(ms)}, ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (median pass ${medianMs.toFixed(0)} ms = ${rate(medianMs)})`,
);
console.log(
  `records: ${records.length} records (message, insertId, trace, 7 constant fields, a label), best of 5 passes ${recordPasses[0].toFixed(0)} ms = ${rate(recordPasses[0]).replace('lines', 'records')} (median ${rate(recordPasses[2]).replace('lines', 'records')})`,
);
const worst = Object.entries(hostileMs).sort((a, b) => b[1] - a[1]);
console.log(`adversarial lines (~100k chars each), slowest first:`);
for (const [name, t] of worst) console.log(`  ${name.padEnd(36)} ${t.toFixed(1)} ms`);
// Linear time: four times the slowest line takes about four times as long (quadratic: sixteen).
const [slowName] = worst[0];
const slow = hostile[slowName];
const best = async (text) => Math.min(await timeOf(text), await timeOf(text), await timeOf(text));
const ratio = (await best(slow.repeat(4))) / (await best(slow));
console.log(`four times the slowest line ("${slowName}") takes ${ratio.toFixed(1)} times as long (linear: 4, quadratic: 16)`);
