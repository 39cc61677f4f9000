import { describe, expect, it } from '@jest/globals';
import { cleanDeep, cleanText } from '../../src/safety/unicode.js';

describe('cleanText', () => {
  it('makes text well formed and drops bidi and C1 controls', () => {
    expect(cleanText('a\ud800b')).toBe('a\ufffdb');
    expect(cleanText('x\udc00')).toBe('x\ufffd');
    expect(cleanText('Gate failed: \u202Eexe.txt')).toBe('Gate failed: exe.txt');
    expect(cleanText('one\u0085two\u009bthree')).toBe('onetwothree');
    expect(cleanText('\u2066iso\u2069 \u200Fmark\u061C')).toBe('iso mark');
    expect(cleanText('emoji 😀 and ünïcødé stay')).toBe('emoji 😀 and ünïcødé stay');
  });

  it('is applied to every string of a request, and to nothing else', () => {
    const fn = () => 1;
    const out = cleanDeep({ title: 'a\u202Eb', labels: ['c\u0085', 'd'], n: 3, nested: { body: '\ud800' }, fn });
    expect(out).toEqual({ title: 'ab', labels: ['c', 'd'], n: 3, nested: { body: '\ufffd' }, fn });
  });
});
