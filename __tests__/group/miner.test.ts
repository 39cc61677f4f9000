import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runGroupCommand } from '../../src/cli/group.js';
import { createTemplateMiner } from '../../src/group/index.js';
import { InputError } from '../../src/errors.js';

describe('template miner', () => {
  it('groups messages whose values differ, keeps templates apart', () => {
    const m = createTemplateMiner();
    const ids = [
      'Accepted password for alice from 10.0.0.1 port 22 ssh2',
      'Accepted password for alice from 10.0.0.2 port 2222 ssh2',
      'Connection closed by 10.0.0.3 [preauth]',
    ].map((l) => m.groupOf(m.add(l)));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('a word that takes many values becomes a variable; a few alternatives stay apart', () => {
    const m = createTemplateMiner();
    const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'].map((u) => m.add(`Invalid user ${u} from 10.0.0.1`));
    const states = ['Started', 'Stopped', 'Paused'].map((s) => m.add(`VM ${s} (Lifecycle Event)`));
    expect(new Set(users.map((id) => m.groupOf(id))).size).toBe(1);
    expect(new Set(states.map((id) => m.groupOf(id))).size).toBe(3);
    expect(m.templateOf(users[0])).toBe('Invalid user <*> from <*>');
  });

  it('a variable spanning a different number of tokens does not split a group', () => {
    const m = createTemplateMiner();
    const a = m.add('Replicating to 10.0.0.1:50010, 10.0.0.2:50010 on Thu Nov 27 10:00:01 2026');
    const b = m.add('Replicating to 10.0.0.9:50010 on Fri Nov 28 2026');
    expect(m.groupOf(a)).toBe(m.groupOf(b));
  });
});

describe('group command', () => {
  it('prints one {line_id, group_id} per input line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'group-test-'));
    const input = join(dir, 'in.log');
    await writeFile(input, 'took 5 ms\ntook 70 ms\n\ndisk full\n');
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    await runGroupCommand(input, out);
    const rows = text.trim().split('\n').map((l) => JSON.parse(l) as { line_id: number; group_id: string });
    expect(rows.map((r) => r.line_id)).toEqual([1, 2, 3, 4]);
    expect(rows[0].group_id).toBe(rows[1].group_id);
    expect(new Set(rows.map((r) => r.group_id)).size).toBe(3);
  });

  it('names a missing input and the fix', async () => {
    await expect(runGroupCommand('/nonexistent/in.log', new PassThrough())).rejects.toThrow(InputError);
  });
});
