// Invariants every analysis must keep, checked naively from the analysis itself: ranges
// inside the document, a well-formed tree and edge set, statuses recomputed from nodes and
// edges by a plain fixpoint, and the spec's rules about which node gets which diagnostic.
// These are consistency checks: citations, footnote definitions, links and their errors are
// taken from the model's own fields, and `unsourced-figure`/`figure-mismatch` only for where they lie,
// so a model that is wrong in the same way everywhere (no nodes, no citations) passes them.
// Whether the model meets the contract is checked against an independent oracle in test/oracle/.
import assert from 'node:assert/strict';
import type { Analysis, ArgNode, DiagnosticCode, Edge, Range } from '../../server/src/model';

/** Line lengths (UTF-16 units, line endings excluded) the way LSP counts lines: CRLF, CR and LF all end one. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Every range an analysis holds, named for the failure message. */
export function rangesOf(a: Analysis): [string, Range][] {
  const out: [string, Range][] = [];
  for (const n of a.nodes) {
    const at = `node ${n.index}`;
    out.push([`${at}.range`, n.range], [`${at}.fullRange`, n.fullRange], [`${at}.blockRange`, n.blockRange]);
    if (n.idRange) out.push([`${at}.idRange`, n.idRange]);
    n.figures.forEach((f, i) => out.push([`${at}.figures[${i}]`, f.range]));
    n.bodyFigures.forEach((f, i) => out.push([`${at}.bodyFigures[${i}]`, f.range]));
    n.citations.forEach((c, i) => out.push([`${at}.citations[${i}]`, c.range]));
    if (n.reference) {
      out.push([`${at}.reference`, n.reference.range]);
      const target = a.links.get(n.reference)?.target;
      if (target && target.file === undefined) out.push([`${at}.reference.target`, target.range]);
    }
  }
  a.headings.forEach((h, i) => out.push([`headings[${i}].range`, h.range], [`headings[${i}].sectionRange`, h.sectionRange]));
  for (const [label, d] of a.footnoteDefinitions) out.push([`footnoteDefinitions[${label}]`, d.range]);
  a.footnoteRefs.forEach((f, i) => out.push([`footnoteRefs[${i}]`, f.range]));
  a.idLinks.forEach((l, i) => {
    out.push([`idLinks[${i}]`, l.range]);
    const target = a.links.get(l)?.target;
    if (target && target.file === undefined) out.push([`idLinks[${i}].target`, target.range]);
  });
  a.diagnostics.forEach((d, i) => out.push([`diagnostics[${i}] ${d.code}`, d.range]));
  return out;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** (a) Every range lies inside the document: line < lineCount, character ≤ that line's length, start ≤ end. */
export function checkRanges(text: string, a: Analysis): void {
  const lengths = lineLengths(text);
  if (!a.tooLarge) assert.equal(a.lineCount, lengths.length, 'lineCount');
  for (const [name, r] of rangesOf(a)) {
    for (const [end, p] of [['start', r.start], ['end', r.end]] as const) {
      assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${name}.${end} is not integral: ${JSON.stringify(p)}`);
      assert.ok(p.line >= 0 && p.line < lengths.length, `${name}.${end}.line ${p.line} outside 0..${lengths.length - 1}`);
      assert.ok(p.character >= 0 && p.character <= lengths[p.line], `${name}.${end}.character ${p.character} past line ${p.line} (length ${lengths[p.line]})`);
    }
    assert.ok(!before(r.end, r.start), `${name} ends before it starts: ${JSON.stringify(r)}`);
  }
}

const isLocal = (k: Edge['from']): k is { local: number } => 'local' in k;

/** (b) Each node once, children lists mirror parents, parents precede children, edges join existing nodes. */
export function checkStructure(a: Analysis): void {
  const n = a.nodes.length;
  assert.equal(a.status.length, n, 'one status per node');
  const seenChild = new Set<number>();
  a.nodes.forEach((node, i) => {
    assert.equal(node.index, i, 'node index');
    if (node.parent !== undefined) {
      assert.ok(node.parent >= 0 && node.parent < i, `parent ${node.parent} of node ${i} must precede it`);
      assert.ok(a.nodes[node.parent].children.includes(i), `node ${i} missing from its parent's children`);
    }
    let last = -1;
    for (const c of node.children) {
      assert.ok(c > last, `children of ${i} in document order`);
      last = c;
      assert.ok(c > i && c < n, `child ${c} of ${i}`);
      assert.equal(a.nodes[c].parent, i, `child ${c} names ${i} as parent`);
      assert.ok(!seenChild.has(c), `node ${c} is a child twice`);
      seenChild.add(c);
    }
    assert.ok(['claim', 'evidence', 'challenge'].includes(node.kind), 'kind');
  });
  // Generated ids are unique; explicit ids are unique except for reported duplicates.
  const ids = new Map<string, number>();
  for (const node of a.nodes) {
    if (node.reference) continue;
    if (ids.has(node.id)) assert.ok(node.explicitId, `generated id ${node.id} of node ${node.index} clashes`);
    else ids.set(node.id, node.index);
  }
  // Edges: exactly the tree edges, and one per resolved reference with a parent.
  const expected: string[] = [];
  for (const node of a.nodes) {
    if (node.parent === undefined) continue;
    const relation = node.kind === 'challenge' ? 'attacks' : 'supports';
    if (!node.reference) expected.push(`${node.index}->${node.parent} ${relation}`);
    else if (a.links.get(node.reference)?.target) {
      const t = a.links.get(node.reference)!.target!;
      const from = t.file === undefined ? `${t.node}` : `${t.file}`;
      expected.push(`${from}->${node.parent} ${relation} via ${node.index}`);
    }
  }
  const actual = a.edges.map((e) => {
    assert.ok(isLocal(e.to) && e.to.local >= 0 && e.to.local < n, `edge target ${JSON.stringify(e.to)}`);
    if (isLocal(e.from)) assert.ok(e.from.local >= 0 && e.from.local < n, `edge source ${JSON.stringify(e.from)}`);
    if (e.via !== undefined) assert.ok(a.nodes[e.via]?.reference, `edge via ${e.via} is a reference node`);
    const from = isLocal(e.from) ? `${e.from.local}` : `${a.nodes[e.via as number].reference?.file}`;
    return `${from}->${(e.to as { local: number }).local} ${e.relation}${e.via !== undefined ? ` via ${e.via}` : ''}`;
  });
  assert.deepEqual(actual.sort(), expected.sort(), 'edges');
}

/** Statuses recomputed naively (a plain fixpoint over nodes and edges) must equal the model's. */
export function naiveStatus(a: Analysis): { supported: boolean[]; cited: boolean[]; contested: (boolean | undefined)[] } {
  const n = a.nodes.length;
  const cited = a.nodes.map((x) => x.kind === 'evidence' && !x.reference && x.citations.some((c) => c.kind === 'url' || c.defined));
  const supported = new Array<boolean>(n).fill(false);
  const fromCited = (e: Edge): boolean => (isLocal(e.from) ? cited[e.from.local] && a.nodes[e.from.local].kind === 'evidence' : e.from.kind === 'evidence' && !!e.from.status?.cited);
  const fromSupportedClaim = (e: Edge): boolean =>
    isLocal(e.from) ? a.nodes[e.from.local].kind === 'claim' && supported[e.from.local] : e.from.kind === 'claim' && !!e.from.status?.supported;
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of a.edges) {
      if (e.relation !== 'supports' || !isLocal(e.to)) continue;
      const to = e.to.local;
      const kind = a.nodes[to].kind;
      if (kind === 'evidence') {
        if (!cited[to] && fromCited(e)) cited[to] = changed = true;
      } else if (!supported[to] && (fromCited(e) || fromSupportedClaim(e))) supported[to] = changed = true;
    }
  }
  // Contested: attacked by a challenge that nothing attacks. Unknown (undefined) when an attacker lives in another file.
  const attackedBy = (i: number): Edge[] => a.edges.filter((e) => e.relation === 'attacks' && isLocal(e.to) && e.to.local === i);
  const contested = a.nodes.map((_, i) => {
    let unknown = false;
    for (const e of attackedBy(i)) {
      if (!isLocal(e.from)) {
        unknown = true;
        continue;
      }
      if (attackedBy(e.from.local).length === 0) return true;
    }
    return unknown ? undefined : false;
  });
  return { supported, cited, contested };
}

/** The status of each node as the model must give it (a reference shows its target's). */
export function checkStatus(a: Analysis): void {
  const naive = naiveStatus(a);
  for (const node of a.nodes) {
    let i = node.index;
    if (node.reference) {
      const t = a.links.get(node.reference)?.target;
      if (t?.file !== undefined) continue; // computed in its own file
      if (t?.node !== undefined) i = t.node;
    }
    const s = a.status[node.index];
    assert.equal(s.supported, naive.supported[i], `supported of node ${node.index}`);
    assert.equal(s.cited, naive.cited[i], `cited of node ${node.index}`);
    if (naive.contested[i] !== undefined) assert.equal(s.contested, naive.contested[i], `contested of node ${node.index}`);
  }
}

/** Node-level diagnostics the spec asks for, recomputed naively (the figure codes only checked for place). */
export function checkDiagnostics(a: Analysis): void {
  const byNode = new Map<number, DiagnosticCode[]>();
  for (const d of a.diagnostics) {
    if (d.node === undefined) continue;
    assert.ok(d.node >= 0 && d.node < a.nodes.length, `diagnostic node ${d.node}`);
    byNode.set(d.node, [...(byNode.get(d.node) ?? []), d.code]);
  }
  const attacked = (i: number): boolean => a.edges.some((e) => e.relation === 'attacks' && isLocal(e.to) && e.to.local === i);
  const firstWithId = new Map<string, number>();
  for (const node of a.nodes) if (node.explicitId && !firstWithId.has(node.id)) firstWithId.set(node.id, node.index);
  for (const node of a.nodes) {
    const got = (byNode.get(node.index) ?? []).filter((c) => c !== 'unsourced-figure' && c !== 'figure-mismatch').sort();
    const want: DiagnosticCode[] = [];
    const s = a.status[node.index];
    const what = `diagnostics of node ${node.index} (${node.kind} ${JSON.stringify(node.text)})`;
    if (node.reference) {
      // The spec: a reference node gets broken-reference or circular-support and nothing else.
      assert.ok(got.length <= 1 && got.every((c) => c === 'broken-reference' || c === 'circular-support'), `${what}: ${got.join()}`);
      assert.equal(got.includes('broken-reference'), a.links.get(node.reference)?.error !== undefined, `${what}: broken iff unresolved`);
      continue;
    }
    if (node.text === '') {
      // The spec: an empty node gets empty-node and nothing else.
      assert.deepEqual(got, ['empty-node'], what);
      continue;
    }
    if (node.kind === 'claim' && !s.supported) want.push('unsupported-claim');
    if (node.kind === 'evidence' && !s.cited) want.push('uncited-evidence');
    if (node.kind === 'evidence' && node.parent === undefined) want.push('orphan-evidence');
    const parent = node.parent === undefined ? undefined : a.nodes[node.parent];
    if (node.kind === 'challenge' && parent?.kind !== 'challenge' && !attacked(node.index)) want.push('unanswered-challenge');
    if (node.explicitId && firstWithId.get(node.id) !== node.index) want.push('duplicate-id');
    assert.deepEqual(got, want.sort(), what);
  }
  // unsourced-figure and figure-mismatch cover one of the claim's figures, never both the same one.
  const figureRanges = new Map<string, DiagnosticCode>();
  for (const d of a.diagnostics) {
    if (d.code !== 'unsourced-figure' && d.code !== 'figure-mismatch') continue;
    const node = a.nodes[d.node as number] as ArgNode;
    assert.equal(node.kind, 'claim');
    const at = JSON.stringify(d.range);
    assert.ok(node.figures.some((f) => JSON.stringify(f.range) === at), `${d.code} covers a figure`);
    assert.notEqual(figureRanges.get(at), d.code === 'figure-mismatch' ? 'unsourced-figure' : 'figure-mismatch', `both figure codes on one figure: ${at}`);
    figureRanges.set(at, d.code);
  }
  // Document-level diagnostics.
  const undefinedRefs = a.footnoteRefs.filter((r) => !a.footnoteDefinitions.has(r.label)).length;
  assert.equal(a.diagnostics.filter((d) => d.code === 'undefined-footnote').length, undefinedRefs, 'undefined-footnote count');
  const brokenLinks = a.idLinks.filter((l) => a.links.get(l)?.error !== undefined).length;
  assert.equal(a.diagnostics.filter((d) => d.code === 'broken-reference' && d.node === undefined).length, brokenLinks, 'broken links');
  for (const d of a.diagnostics) assert.ok(d.message.length > 0, 'message');
}

/** All of (a) and (b) for one analysis. */
export function checkAll(text: string, a: Analysis): void {
  checkRanges(text, a);
  if (a.tooLarge) return;
  checkStructure(a);
  checkStatus(a);
  checkDiagnostics(a);
}
