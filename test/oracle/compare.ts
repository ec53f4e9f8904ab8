// The model against the oracle, field by field: nodes (kind, range, id, parent), edges,
// statuses and diagnostics (code, range, severity). The failure names the first difference.
import assert from 'node:assert/strict';
import type { Analysis } from '../../server/src/model';
import { oracle, resolvePath, type Reader } from './workspace';

const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }): string =>
  `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** The parts of an analysis the oracle computes, as comparable strings. */
export function modelView(a: Analysis, path: string) {
  return {
    nodes: a.nodes.map((n) => `${n.kind} ${at(n.range)} id=${n.id} parent=${n.parent ?? '-'} ${JSON.stringify(n.text)}`),
    edges: a.edges
      .map((e) => {
        const from = 'local' in e.from ? `local:${e.from.local}` : `${resolvePath(path, e.from.file) ?? e.from.file}#${e.from.id}`;
        const to = 'local' in e.to ? `local:${e.to.local}` : `${e.to.file}#${e.to.id}`;
        return `${from} ${e.relation} ${to}${e.via === undefined ? '' : ` via ${e.via}`}`;
      })
      .sort(),
    status: a.status.map((s) => `supported=${s.supported} cited=${s.cited} contested=${s.contested}`),
    diagnostics: a.diagnostics.map((d) => `${d.code} ${d.severity} ${at(d.range)}`).sort(),
  };
}

export function oracleView(path: string, text: string, read: Reader): ReturnType<typeof modelView> {
  const o = oracle(path, text, read);
  return {
    nodes: o.nodes.map((n) => `${n.kind} ${at(n.range)} id=${n.id} parent=${n.parent ?? '-'} ${JSON.stringify(n.text)}`),
    edges: o.edges.map((e) => `${o.describe(e.from)} ${e.relation} ${o.describe(e.to)}${e.via === undefined ? '' : ` via ${e.via}`}`).sort(),
    status: o.status.map((s) => `supported=${s.supported} cited=${s.cited} contested=${s.contested}`),
    diagnostics: o.diagnostics.map((d) => `${d.code} ${d.severity} ${at(d.range)}`).sort(),
  };
}

/**
 * Known model bugs, each a `todo` test in test/model/spec-rules.test.ts, set aside so the rest
 * stays compared: (1) a prose list item's links and footnote calls are reported twice; (2) a
 * footnote call left as text that repeats in a list item's paragraph gets the first one's
 * range; (3) a figure after a hard line break and a later escape gets a range that runs too far.
 * With `tolerate`, diagnostics are compared as sets, `undefined-footnote` only as "every one the
 * model gives is right", and `unsourced-figure` and `figure-mismatch` by their start.
 */
function tolerant(model: string[], oracle: string[]): [string[], string[]] {
  const figureStart = (d: string): string => (d.startsWith('unsourced-figure') || d.startsWith('figure-mismatch') ? d.replace(/-\d+:\d+$/, '') : d);
  const m = [...new Set(model.map(figureStart))].sort();
  const o = [...new Set(oracle.map(figureStart))].sort();
  const given = new Set(m);
  return [m, o.filter((d) => !d.startsWith('undefined-footnote') || given.has(d))];
}

/** Fails with the first difference between the model's analysis and the oracle's. */
export function assertMatchesOracle(a: Analysis, path: string, text: string, read: Reader, tolerate = true): void {
  const m = modelView(a, path);
  const o = oracleView(path, text, read);
  const n = Math.max(m.nodes.length, o.nodes.length);
  for (let i = 0; i < n; i++) assert.equal(m.nodes[i], o.nodes[i], `node ${i} (model vs oracle)`);
  assert.deepEqual(m.edges, o.edges, 'edges (model vs oracle)');
  for (let i = 0; i < n; i++) assert.equal(m.status[i], o.status[i], `status of node ${i} (model vs oracle)`);
  const [md, od] = tolerate ? tolerant(m.diagnostics, o.diagnostics) : [m.diagnostics, o.diagnostics];
  assert.deepEqual(md, od, 'diagnostics (model vs oracle)');
}
