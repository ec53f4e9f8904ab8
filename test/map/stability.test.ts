// map.md "Stability": over ≥ 200 random single edits of a generated 1,000-node map, fewer than 1% of
// the untouched nodes move by more than 5 px (pooled), and no edit changes their reading order.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutMap } from '../../server/src/map';
import { EDIT_KINDS, edit, Generator, seeded } from './generate';
import { movement } from './stability';

describe('map layout stability', () => {
  it('moves < 1% of untouched boxes over 200 single edits of a 1,000-node map, and keeps their order', () => {
    const gen = new Generator(seeded(20261128));
    const graph = gen.graph(1000);
    const before = layoutMap(graph);
    let untouched = 0;
    let moved = 0;
    const perKind: Record<string, { untouched: number; moved: number }> = {};
    for (let k = 0; k < 200; k++) {
      const kind = EDIT_KINDS[k % EDIT_KINDS.length];
      const after = layoutMap(edit(gen, graph, kind));
      const m = movement(before, after);
      assert.deepEqual(m.orderBroken, [], `edit ${k} (${kind}) changed the order of untouched boxes`);
      untouched += m.untouched;
      moved += m.moved;
      const s = (perKind[kind] ??= { untouched: 0, moved: 0 });
      s.untouched += m.untouched;
      s.moved += m.moved;
    }
    const share = moved / untouched;
    if (process.env.ARGMAP_MAP_STATS) console.log(JSON.stringify({ share, moved, untouched, perKind }));
    assert.ok(untouched > 190_000, `only ${untouched} untouched boxes counted`);
    assert.ok(share < 0.01, `${(share * 100).toFixed(2)}% of untouched boxes moved more than 5 px`);
  });
});
