// The map's figures (map.md "Stability and speed"): layout and SVG time at 1,000 and 10,000 nodes,
// each step apart (layout, the SVG element tree the view draws, the XML text the CLI prints and Export
// saves), each consumer's whole path, and the stability figure over 200 single edits of a 1,000-node
// map. The graphs come from the seeded generator the map tests use, so every run measures the same maps.
import { layoutMap, renderSvg, svgTree } from '../server/src/map';
import { EDIT_KINDS, edit, Generator, seeded } from '../test/map/generate';
import { movement } from '../test/map/stability';
import { formatSummary, repeat, summarize, type Summary } from './stats';

export interface MapTiming {
  nodes: number;
  layout: Summary;
  /** The element tree the view builds its DOM from (`svgTree`), from a finished layout. */
  svgTree: Summary;
  /** The XML text (`renderSvg`), from a finished layout. */
  svgText: Summary;
  /** Layout + SVG text in one call, what `argmap graph --format svg` and Export do: map.md's "Layout + SVG". */
  total: Summary;
  totalCpu: Summary;
  /** CPU time of the layout and of the text apart: on a busy machine wall times swing, these less. */
  layoutCpu: Summary;
  svgTextCpu: Summary;
  /** Layout + element tree in one call, what the view does before its DOM. */
  viewTotal: Summary;
  svgBytes: number;
}

export interface MapResult {
  timings: MapTiming[];
  stability: { edits: number; untouched: number; moved: number; share: number; orderBroken: number };
}

export function runMap(quick: boolean): MapResult {
  console.log('\n== map: layout + SVG (seeded generated graphs)');
  const timings: MapTiming[] = [];
  for (const nodes of [1000, 10_000]) {
    const graph = new Generator(seeded(14)).graph(nodes);
    const runs = { runs: quick ? 5 : 15, warmup: 3 };
    const layout = layoutMap(graph);
    const svgBytes = renderSvg(layout).length;
    const total = repeat(() => renderSvg(layoutMap(graph)), runs);
    const layoutRuns = repeat(() => layoutMap(graph), runs);
    const svgTextRuns = repeat(() => renderSvg(layout), runs);
    const t: MapTiming = {
      nodes,
      layout: summarize(layoutRuns.wall),
      svgTree: summarize(repeat(() => svgTree(layout), runs).wall),
      svgText: summarize(svgTextRuns.wall),
      total: summarize(total.wall),
      totalCpu: summarize(total.cpu),
      layoutCpu: summarize(layoutRuns.cpu),
      svgTextCpu: summarize(svgTextRuns.cpu),
      viewTotal: summarize(repeat(() => svgTree(layoutMap(graph)), runs).wall),
      svgBytes,
    };
    timings.push(t);
    console.log(
      `   ${String(nodes).padStart(6)} nodes  layout ${formatSummary(t.layout)}  svg text ${formatSummary(t.svgText)}  total ${formatSummary(t.total)}` +
        `  (view: svg tree ${formatSummary(t.svgTree)}, layout + tree ${formatSummary(t.viewTotal)})` +
        `\n                  CPU: layout ${formatSummary(t.layoutCpu)}  svg text ${formatSummary(t.svgTextCpu)}  total ${formatSummary(t.totalCpu)}`,
    );
  }

  const gen = new Generator(seeded(20261128));
  const graph = gen.graph(1000);
  const before = layoutMap(graph);
  const stability = { edits: 200, untouched: 0, moved: 0, share: 0, orderBroken: 0 };
  for (let k = 0; k < stability.edits; k++) {
    const m = movement(before, layoutMap(edit(gen, graph, EDIT_KINDS[k % EDIT_KINDS.length])));
    stability.untouched += m.untouched;
    stability.moved += m.moved;
    if (m.orderBroken.length) stability.orderBroken++;
  }
  stability.share = stability.moved / stability.untouched;
  console.log(`   stability: ${(stability.share * 100).toFixed(2)}% of ${stability.untouched} untouched boxes moved > 5 px; ${stability.orderBroken} edits broke their order`);
  return { timings, stability };
}
