import { describe, expect, test } from '@jest/globals';
import { thousands } from '../../src/render/format.js';
import { compareFingerprints } from '../../src/group/order.js';
import { compareText } from '../../src/types.js';

describe('thousands', () => {
  test('writes counts as en-US does, with commas between thousands', () => {
    for (const n of [0, 7, 42, 999, 1000, 1001, 12345, 999999, 1000000, 123456789, -5, -1234, -1234567, Number.MAX_SAFE_INTEGER])
      expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });

  test('leaves what is not a whole count to toLocaleString', () => {
    for (const n of [1.5, 1234.5678, Number.POSITIVE_INFINITY, Number.NaN, 1e21, -0]) expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });
});

test('fingerprints order by code point, as localeCompare orders them in English', () => {
  const fps = ['v3:0f00', 'v3:a000', 'v3:09ff', 'v2:ffff', 'v3:0f01', 'v10:0000', 'v3:fa00'];
  expect([...fps].sort(compareFingerprints)).toEqual([...fps].sort((a, b) => a.localeCompare(b, 'en')));
  expect(compareFingerprints('v3:ab', 'v3:ab')).toBe(0);
});

test('texts order the same whatever the locale: case-insensitive, then by code point', () => {
  expect(['beta', 'Alpha', 'alpha', 'api-2', 'api-10', 'Gamma'].sort(compareText)).toEqual(['Alpha', 'alpha', 'api-10', 'api-2', 'beta', 'Gamma']);
  expect(compareText('x', 'x')).toBe(0);
});
