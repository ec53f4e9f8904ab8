// Large maps (map.md "Stability and speed"): layout + SVG of 10,000 nodes. The 50 ms target is the
// bench's (`npm run bench -- --only=map`); on a shared machine a test can only hold loose bounds that
// catch a change of order (work growing faster than the node count), never a wall-clock figure.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutMap, renderSvg } from '../../server/src/map';
import { Generator, seeded } from './generate';

/** Median CPU milliseconds (this process) of `runs` calls, after one warm-up call. */
function cpuMedian(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[runs >> 1];
}

describe('map at 10,000 nodes', () => {
  const small = new Generator(seeded(14)).graph(1000);
  const large = new Generator(seeded(14)).graph(10_000);

  it('lays out and renders every node, once', () => {
    const layout = layoutMap(large);
    assert.equal(layout.boxes.length, 10_000 + 3, 'every node plus the 3 other files’ nodes');
    const svg = renderSvg(layout);
    assert.equal(svg.match(/<g class="node /g)?.length, 10_003);
  });

  it('grows about linearly: 10× the nodes cost well under 30× the CPU time, and under 10 s', () => {
    const work = (graph: typeof small) => () => renderSvg(layoutMap(graph));
    const t1k = cpuMedian(work(small), 5);
    const t10k = cpuMedian(work(large), 3);
    // Linear work gives ~10×; a quadratic step (a scan per box) gives ~100×.
    assert.ok(t10k < 30 * t1k + 50, `1,000 nodes: ${t1k.toFixed(0)} ms, 10,000 nodes: ${t10k.toFixed(0)} ms (CPU)`);
    assert.ok(t10k < 10_000, `10,000 nodes took ${t10k.toFixed(0)} ms of CPU time`);
  });
});
