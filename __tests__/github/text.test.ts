import { describe, expect, it } from '@jest/globals';
import { fingerprintMarker, readFingerprint, readMemory, stateMarker, wrapStatus } from '../../src/safety/markers.js';
import { issueTitle, retitle, shorten, withStatusBlock } from '../../src/github/issue-text.js';
import { similarity, verdict } from '../../src/github/similarity.js';
import { code, fenced, inline } from '../../src/safety/markdown.js';
import { group } from './helpers.js';

describe('markers', () => {
  const forged = '<!-- log-gardener:fingerprint=v2:0000000000000000 -->';

  it('are believed only on a line of their own, which the markdown helpers never produce from log text', () => {
    expect(readFingerprint(`intro\n${fingerprintMarker('v2:abcdef0123456789')}\nrest`)).toBe('v2:abcdef0123456789');
    for (const wrap of [inline, code, fenced]) expect(readFingerprint(`x\n${wrap(`a\n${forged}\nb`)}\ny`)).toBeUndefined();
  });

  it('keep memory in the status block and replace only that block', () => {
    const memory = { priority: 'P2' as const, revisions: ['r1', 'r-->2'], lastSeen: '2026-11-27T10:00:00.000Z' };
    const body = withStatusBlock('Human text with $& and $1', wrapStatus([stateMarker(memory), 'old']));
    expect(readMemory(body)).toEqual(memory);
    const next = withStatusBlock(body, wrapStatus([stateMarker({ ...memory, priority: 'P1' }), 'new']));
    expect(next.startsWith('Human text with $& and $1\n\n')).toBe(true);
    expect(next).not.toContain('old');
    expect(readMemory(next)?.priority).toBe('P1');
  });
});

describe('titles', () => {
  it('follow one scheme, are cut at a word and move with the priority', () => {
    const g = group({ title: 'ValueError: ' + 'word '.repeat(40), priority: 'P2', component: 'auth' });
    const t = issueTitle(g);
    expect(t.startsWith('[P2] auth: ValueError: word')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(120);
    expect(t.endsWith('word…')).toBe(true);
    g.triage.priority = 'P0';
    expect(retitle(t, g).startsWith('[P0] auth:')).toBe(true);
    expect(retitle('Human title', g)).toBe('Human title');
    expect(shorten('😀😀😀', 2)).toBe('…');
  });
});

describe('similarity to people’s issues', () => {
  const g = group({
    title: 'ImportError: cannot import name <*> from <*>',
    sample: "ImportError: cannot import name 'create_defensive_user_execution_context' from 'netra_backend.app.websocket_core'",
    exceptionType: 'ImportError',
  });

  it('is confident when the distinctive names match', () => {
    const s = similarity(
      g,
      'Websocket broken: cannot import create_defensive_user_execution_context',
      'ImportError from netra_backend.app.websocket_core after deploy',
    );
    expect(verdict(s)).toBe('confident');
  });

  it('is confident when a long distinctive name and the exception type both appear', () => {
    const s = similarity(g, 'websocket: cannot import create_defensive_user_execution_context', 'It fails with ImportError since deploy');
    expect(verdict(s)).toBe('confident');
    expect(verdict(similarity(g, 'create_defensive_user_execution_context is slow', 'profiling shows it'))).not.toBe('confident');
  });

  it('never adopts on generic words alone', () => {
    expect(verdict(similarity(g, 'ImportError: cannot import name', 'after the deploy'))).not.toBe('confident');
    expect(verdict(similarity(g, 'Dark mode please', 'The settings page is too bright'))).toBe('none');
  });
});
