import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runGroupCommand } from '../../src/cli/group.js';
import { createSigner } from '../../src/group/index.js';
import { InputError } from '../../src/errors.js';
import { signAll } from './record.js';

const group = (lines: string[]) => signAll(createSigner(), lines);
const fps = (lines: string[]) => group(lines).map((s) => s.fingerprint);

describe('template clustering', () => {
  it('groups messages whose values differ, keeps templates apart', () => {
    const ids = fps([
      'Accepted password for alice from 10.0.0.1 port 22 ssh2',
      'Accepted password for alice from 10.0.0.2 port 2222 ssh2',
      'Connection closed by 10.0.0.3 [preauth]',
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('a word that takes many values becomes a variable; a few alternatives stay apart', () => {
    const users = group(['alicia', 'bob', 'carol', 'dave', 'erin', 'frank'].map((u) => `Invalid name ${u} from 10.0.0.1`));
    const states = fps(['Started', 'Stopped', 'Paused'].map((s) => `VM ${s} (Lifecycle Event)`));
    expect(new Set(users.map((s) => s.fingerprint)).size).toBe(1);
    expect(users[0].title).toBe('Invalid name <*> from 10.0.0.1');
    expect(new Set(states).size).toBe(3);
  });

  it('class 1: a variable with few values (a user name, an HTTP method) does not split an event', () => {
    const users = fps(['root', 'test'].map((u) => `session opened for user ${u} by (uid=0)`));
    expect(users[0]).toBe(users[1]);
    const methods = group(['GET', 'POST'].map((m) => `Failed to extract auth from request ${m} /api/items: SessionMiddleware must be installed`));
    expect(methods[0].fingerprint).toBe(methods[1].fingerprint);
  });

  it('class 2: different event words at one position stay apart', () => {
    const events = fps(['inserted', 'deleted', 'patched', 'listed'].map((v) => `firewall rule ${v} in project`));
    expect(new Set(events).size).toBe(4);
    expect(new Set(fps(['spawned', 'destroyed'].map((v) => `[instance: 42] Instance ${v} successfully.`))).size).toBe(2);
  });

  it('class 2: verb forms and compound event names stay apart however many there are', () => {
    const verbs = fps(['created', 'deleted', 'patched', 'listed', 'updated', 'restored'].map((v) => `firewall rule ${v} in project`));
    expect(new Set(verbs).size).toBe(6);
    const events = ['login_success', 'login_failure', 'login_challenge', 'login_verification', 'logout_success', 'password_edit'];
    expect(new Set(fps(events.map((e) => `event ${e} for organizations`))).size).toBe(6);
  });

  it('class 1: upper-case constants at a position are values of one field', () => {
    const states = fps(['LOOKING', 'FOLLOWING', 'LEADING'].map((s) => `Notification: peer state ${s} round`));
    expect(new Set(states).size).toBe(1);
  });

  it('class 3: an optional bracketed value does not split an event', () => {
    const ids = fps([
      'chrome.exe close, 403 bytes sent, 426 bytes received, lifetime 00:01',
      'chrome.exe close, 1234 bytes (1.20 KB) sent, 426 bytes received, lifetime 00:01',
    ]);
    expect(ids[0]).toBe(ids[1]);
    const peers = fps([
      'connection from 10.0.0.1 (host-10-0-0-1.example.net) at Sun Jul 17 10:00:00 2005',
      'connection from 10.0.0.2 () at Mon Jul 18 11:00:00 2005',
    ]);
    expect(peers[0]).toBe(peers[1]);
  });

  it('class 4: code identifiers that hold digits keep their name', () => {
    const ids = fps(['Call Trace: do_page_fault+0x12f/0x446', 'Call Trace: handle_mm_fault+0x1f/0x30', 'Call Trace: do_page_fault+0x2f/0x446']);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
    const names = fps(['AirPort_Brcm43xx::powerChange: System Sleep', 'IO80211Controller::powerChange: System Sleep']);
    expect(names[0]).not.toBe(names[1]);
  });

  it('a word where another message of the template had a masked value is a value too', () => {
    const ids = fps(['Failed password for invalid user test9 from 10.0.0.1', 'Failed password for invalid user webmaster from 10.0.0.2']);
    expect(ids[0]).toBe(ids[1]);
  });

  it('a humanized size or duration is one value with its unit', () => {
    const ids = fps([
      'Block stored (estimated size 93.0 B, free 5.2 KB)',
      'Block stored (estimated size 5.2 KB, free 1.1 GB) in 3 ms',
      'Block stored (estimated size 1 MB, free 2 MB) in 1.5 s',
    ]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
  });

  it('a variable spanning a different number of tokens does not split a group', () => {
    const ids = fps(['Replicating to 10.0.0.1:50010, 10.0.0.2:50010 on Thu Nov 27 10:00:01 2026', 'Replicating to 10.0.0.9:50010 on Fri Nov 28 2026']);
    expect(ids[0]).toBe(ids[1]);
  });

  it('does not depend on the order the lines come in', () => {
    const lines = [
      'Invalid name x1 from a',
      'Invalid name bob from b',
      'Invalid name carol from c',
      'VM Started',
      'VM Stopped',
      'Invalid name dave from d',
      'Invalid name erin from e',
    ];
    const forward = group(lines).map((s) => s.fingerprint);
    const backward = group([...lines].reverse())
      .map((s) => s.fingerprint)
      .reverse();
    expect(backward).toEqual(forward);
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
    const rows = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line_id: number; group_id: string });
    expect(rows.map((r) => r.line_id)).toEqual([1, 2, 3, 4]);
    expect(rows[0].group_id).toBe(rows[1].group_id);
    expect(new Set(rows.map((r) => r.group_id)).size).toBe(3);
  });

  it('reads a pipe to its end (`--input <(zcat logs.gz)`), and CRLF and lone CR end lines as readline has them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'group-test-'));
    const fifo = join(dir, 'in.fifo');
    execFileSync('mkfifo', [fifo]);
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const grouping = runGroupCommand(fifo, out);
    await writeFile(fifo, 'took 5 ms\r\ntook 70 ms\rdisk full\ntook 9 ms');
    await grouping;
    const rows = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line_id: number; group_id: string });
    expect(rows.map((r) => r.line_id)).toEqual([1, 2, 3, 4]);
    expect(new Set([rows[0].group_id, rows[1].group_id, rows[3].group_id]).size).toBe(1);
    expect(rows[2].group_id).not.toBe(rows[0].group_id);
  });

  it('a hostile line of 200,000 carriage returns is 200,001 lines, as readline has it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'group-test-'));
    const input = join(dir, 'cr.log');
    await writeFile(input, `x${'\r'.repeat(200_000)}y\n`);
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    await runGroupCommand(input, out);
    expect(text.trim().split('\n')).toHaveLength(200_001);
  });

  it('200,000 distinct lines (past the form cap, a group id each) print one row each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'group-test-'));
    const input = join(dir, 'distinct.log');
    const word = (n: number) => n.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]);
    await writeFile(input, Array.from({ length: 200_000 }, (_, i) => `evt ${word(i)} ${word(i * 7 + 3)}`).join('\n') + '\n');
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    await runGroupCommand(input, out);
    expect(text.trim().split('\n')).toHaveLength(200_000);
  });

  it('names a missing input and the fix', async () => {
    await expect(runGroupCommand('/nonexistent/in.log', new PassThrough())).rejects.toThrow(InputError);
  });
});
