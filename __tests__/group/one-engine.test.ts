// `group` prints exactly the grouping `run` makes of the same lines given as textPayload entries.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runGroupCommand } from '../../src/cli/group.js';
import { fileSource } from '../../src/collect/file-source.js';
import { createSigner } from '../../src/group/index.js';
import { collect } from '../../src/pipeline.js';
import { createRedactor } from '../../src/safety/redact.js';

const users = ['alicia', 'bob', 'carol', 'dave', 'erin', 'frank'];
const lines = [
  ...users.map((u, i) => `Invalid user ${u} from 10.0.0.${i} port ${2200 + i}`),
  ...users.slice(0, 2).map((u) => `session opened for user ${u} by (uid=0)`),
  ...['GET', 'POST', 'GET'].map((m) => `Failed to extract auth from request ${m} /api/items: SessionMiddleware must be installed`),
  ...['Started', 'Stopped', 'Paused', 'Started'].map((s) => `VM ${s} (Lifecycle Event)`),
  'Connection to db-1.internal:5432 timed out after 30s',
  'Connection to db-2.internal:5432 timed out after 5s',
  'Call Trace: do_page_fault+0x12f/0x446',
  'Call Trace: handle_mm_fault+0x1f/0x30',
  "ValueError: invalid literal for int() with base 10: 'abc'",
  'chrome.exe close, 403 bytes sent, 426 bytes received, lifetime 00:01',
  'chrome.exe close, 1234 bytes (1.20 KB) sent, 426 bytes received, lifetime 00:02',
  'ops@example.com was notified',
  'dev@example.org was notified',
];

it('group prints the grouping that run makes of the same lines as textPayload entries', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'one-engine-'));
  const text = join(dir, 'lines.txt');
  const ndjson = join(dir, 'entries.ndjson');
  await writeFile(text, lines.join('\n') + '\n');
  const start = Date.parse('2026-11-27T10:00:00Z');
  // A minute apart: no two lines are joined as one multi-line entry.
  await writeFile(
    ndjson,
    lines.map((l, i) => JSON.stringify({ timestamp: new Date(start + i * 60_000).toISOString(), severity: 'ERROR', textPayload: l })).join('\n') + '\n',
  );

  const out = new PassThrough();
  let printed = '';
  out.on('data', (c: Buffer) => (printed += c.toString()));
  await runGroupCommand(text, out);
  const byGroup = new Map<string, number>();
  for (const row of printed
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { group_id: string }))
    byGroup.set(row.group_id, (byGroup.get(row.group_id) ?? 0) + 1);

  const { groups } = await collect({ source: fileSource(ndjson), signer: createSigner(), redactor: createRedactor() });
  expect(Object.fromEntries(groups.map((g) => [g.signature.fingerprint, g.count]))).toEqual(Object.fromEntries(byGroup));
  expect(groups.length).toBeLessThan(lines.length);
});
