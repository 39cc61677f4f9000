import { align, slotsOf } from '../../src/group/align.js';

describe('reading slot values back from a template', () => {
  test('names slots after the word before them and reads the values in order', () => {
    const slots = slotsOf('Redis readiness: no app_state (attempt <*>/5) for user=<*>', 8)!;
    expect(slots.names).toEqual(['attempt', 'user']);
    expect(align(slots, 'Redis readiness: no app_state (attempt 3/5) for user=u-17')).toEqual(['3', 'u-17']);
  });

  test('a value may hold spaces (runs of variables were merged into one slot)', () => {
    const slots = slotsOf('connect to <*> failed', 8)!;
    expect(align(slots, 'connect to db 10.0.0.1:5432 failed')).toEqual(['db 10.0.0.1:5432']);
  });

  test('text that does not line up gives nothing', () => {
    const slots = slotsOf('timeout after <*> ms', 8)!;
    expect(align(slots, 'something else entirely')).toBeUndefined();
    expect(align(slots, 'timeout after 5 ms and more')).toBeUndefined();
    expect(align(slots, 'timeout after  ms')).toBeUndefined();
  });

  test('templates without slots, clipped titles and repeated names', () => {
    expect(slotsOf('no variables here', 8)).toBeUndefined();
    expect(slotsOf('KeyError: <*> and more…', 8)).toBeUndefined();
    expect(slotsOf('<*> copied <*> to <*>', 8)!.names).toEqual(['var 1', 'copied', 'to']);
    expect(slotsOf('id <*> id <*>', 8)!.names).toEqual(['id', 'id (2)']);
  });

  test('past the slot limit the rest of the text is not read', () => {
    const slots = slotsOf('a <*> b <*> c <*> d', 2)!;
    expect(slots.complete).toBe(false);
    expect(align(slots, 'a 1 b 2 c 3 d')).toEqual(['1', '2']);
  });
});
