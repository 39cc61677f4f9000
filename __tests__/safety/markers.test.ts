import { marker, readMarkers } from '../../src/safety/markers.js';

describe('marker', () => {
  it('writes a hidden comment the reader finds again', () => {
    const m = marker('fingerprint', 'v2:3f9a0c1e2b4d5a6c');
    expect(m).toBe('<!-- log-gardener:fingerprint=v2:3f9a0c1e2b4d5a6c -->');
    expect(readMarkers(`# Title\n\nbody\n${m}\n`)).toEqual([{ name: 'fingerprint', value: 'v2:3f9a0c1e2b4d5a6c' }]);
  });

  it.each(['a -- b', 'x-->y', 'end-', '100% <done>', 'ünïcødé 😀', '--->', ''])('round-trips %j without breaking the comment', (value) => {
    const m = marker('state', value);
    expect(m.slice(4, -4)).not.toContain('--'.repeat(1) + '>');
    expect(m.slice('<!-- log-gardener:'.length, -4)).not.toMatch(/--|[\s<>]/);
    expect(readMarkers(m)).toEqual([{ name: 'state', value }]);
  });

  it('rejects names outside [a-z][a-z0-9-]*', () => {
    expect(() => marker('Bad Name', 'x')).toThrow(/marker name "Bad Name"/);
    expect(() => marker('a=b', 'x')).toThrow();
  });

  it('ignores look-alikes that are not exactly ours', () => {
    expect(readMarkers('<!--log-gardener:a=b--> <!-- log-gardener:a=%ZZ --> <!-- other:a=b -->')).toEqual([]);
  });
});

describe('the action markers', () => {
  it('read back only what they wrote, each from one module', async () => {
    const { fingerprintMarker, readFingerprint, noticeMarker, readNotice, stateMarker, readMemory, wrapStatus, STATE_LIMIT } =
      await import('../../src/safety/markers.js');
    expect(readFingerprint(`x\n${fingerprintMarker('v2:00112233aabbccdd')}\n`)).toBe('v2:00112233aabbccdd');
    expect(readNotice(`text\n\n${noticeMarker('adopted')}`)).toBe('adopted');
    const long = 'r'.repeat(2000);
    const m = stateMarker({ priority: 'P1', revisions: [long, 'short'], lastSeen: '2026-11-27T10:00:00.000Z', owed: ['adopted'] });
    expect(m.length).toBeLessThan(STATE_LIMIT);
    expect(readMemory(wrapStatus([m]))).toEqual({
      priority: 'P1',
      revisions: [expect.stringMatching(/^#[0-9a-f]{16}$/), 'short'],
      lastSeen: '2026-11-27T10:00:00.000Z',
      owed: ['adopted'],
    });
  });
});
