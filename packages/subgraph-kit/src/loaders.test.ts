import { describe, expect, it } from 'vitest';
import { Loaders, byKey, groupByKey } from './loaders';

describe('loaders', () => {
  it('batches every key asked for in one tick into one call, per name', async () => {
    const calls: string[][] = [];
    const loaders = new Loaders();
    const get = () =>
      loaders.get<string, string>('Thing', async (keys) => {
        calls.push([...keys]);
        return keys.map((k) => k.toUpperCase());
      });
    expect(await Promise.all([get().load('a'), get().load('b'), get().load('a')])).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('orders rows to keys, null or empty where missing', () => {
    const rows = [
      { id: 'b', c: 'x' },
      { id: 'a', c: 'y' },
      { id: 'b', c: 'z' },
    ];
    expect(byKey(['a', 'q'], rows, (r) => r.id)).toEqual([rows[1], null]);
    expect(groupByKey(['b', 'q'], rows, (r) => r.id)).toEqual([[rows[0], rows[2]], []]);
  });
});
