// A structural check of an xAIF document, written from interchange.md (not from the exporter):
// returns every rule it breaks, so a test can show them all at once.
import type { GraphJson } from '../../server/src/model';

interface Doc {
  AIF?: { nodes?: unknown; edges?: unknown; schemefulfillments?: unknown; participants?: unknown; locutions?: unknown; descriptorfulfillments?: unknown };
  text?: unknown;
  OVA?: { nodes?: unknown; edges?: unknown; firstname?: unknown; surname?: unknown; url?: unknown };
}
type Node = { nodeID: unknown; text: unknown; type: unknown };
type Edge = { edgeID: unknown; fromID: unknown; toID: unknown };
type OvaNode = { nodeID: unknown; visible: unknown; x: unknown; y: unknown };
type OvaEdge = { fromID: unknown; toID: unknown; visible: unknown };

export function xaifProblems(doc: Doc, graph?: GraphJson): string[] {
  const problems: string[] = [];
  const aif = doc.AIF;
  const ova = doc.OVA;
  if (!aif || !ova) return ['AIF and OVA are both required'];
  for (const key of ['nodes', 'edges', 'schemefulfillments', 'participants', 'locutions', 'descriptorfulfillments'] as const) {
    if (!Array.isArray(aif[key])) problems.push(`AIF.${key} is not an array`);
  }
  if (typeof doc.text !== 'string') problems.push('text is not a string');
  if (!Array.isArray(ova.nodes) || !Array.isArray(ova.edges)) problems.push('OVA.nodes / OVA.edges are not arrays');
  if (problems.length) return problems;

  const nodes = aif.nodes as Node[];
  const edges = aif.edges as Edge[];
  const byId = new Map<string, Node>();
  for (const n of nodes) {
    if (typeof n.nodeID !== 'string') problems.push(`nodeID ${String(n.nodeID)} is not a string`);
    if (byId.has(String(n.nodeID))) problems.push(`nodeID ${String(n.nodeID)} is not unique`);
    byId.set(String(n.nodeID), n);
    if (n.type !== 'I' && n.type !== 'RA' && n.type !== 'CA') problems.push(`node ${String(n.nodeID)} has type ${String(n.type)}`);
    if (typeof n.text !== 'string') problems.push(`node ${String(n.nodeID)} has no text`);
    if (n.type === 'RA' && n.text !== 'Default Inference') problems.push(`RA ${String(n.nodeID)} is not "Default Inference"`);
    if (n.type === 'CA' && n.text !== 'Default Conflict') problems.push(`CA ${String(n.nodeID)} is not "Default Conflict"`);
  }
  const edgeIds = new Set<unknown>();
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const e of edges) {
    if (typeof e.edgeID !== 'number') problems.push(`edgeID ${String(e.edgeID)} is not a number`);
    if (edgeIds.has(e.edgeID)) problems.push(`edgeID ${String(e.edgeID)} is not unique`);
    edgeIds.add(e.edgeID);
    const from = byId.get(String(e.fromID));
    const to = byId.get(String(e.toID));
    if (!from || !to) problems.push(`edge ${String(e.edgeID)} has an end that is no node`);
    else if (from.type === 'I' && to.type === 'I') problems.push(`edge ${String(e.edgeID)} runs I → I`);
    else if (from.type !== 'I' && to.type !== 'I') problems.push(`edge ${String(e.edgeID)} runs scheme → scheme`);
    outgoing.set(String(e.fromID), (outgoing.get(String(e.fromID)) ?? 0) + 1);
    incoming.set(String(e.toID), (incoming.get(String(e.toID)) ?? 0) + 1);
  }
  const schemes = nodes.filter((n) => n.type !== 'I');
  for (const s of schemes) {
    const id = String(s.nodeID);
    if ((incoming.get(id) ?? 0) < 1) problems.push(`${String(s.type)} ${id} has no incoming edge`);
    if ((outgoing.get(id) ?? 0) !== 1) problems.push(`${String(s.type)} ${id} has ${outgoing.get(id) ?? 0} outgoing edges, not 1`);
  }
  const fulfilled = new Map((aif.schemefulfillments as { nodeID: string; schemeID: string }[]).map((f) => [f.nodeID, f.schemeID]));
  for (const s of schemes) {
    const want = s.type === 'RA' ? '72' : '71';
    if (fulfilled.get(String(s.nodeID)) !== want) problems.push(`${String(s.type)} ${String(s.nodeID)} does not fulfil scheme ${want}`);
  }

  const placed = new Map((ova.nodes as OvaNode[]).map((n) => [String(n.nodeID), n]));
  for (const n of nodes) {
    const p = placed.get(String(n.nodeID));
    if (!p || p.visible !== true || typeof p.x !== 'number' || typeof p.y !== 'number' || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      problems.push(`node ${String(n.nodeID)} is not positioned in OVA.nodes`);
    }
  }
  if (placed.size !== nodes.length) problems.push('OVA.nodes does not list exactly the AIF nodes');
  const ovaEdges = (ova.edges as OvaEdge[]).map((e) => `${String(e.fromID)}>${String(e.toID)}>${String(e.visible)}`);
  const aifEdges = edges.map((e) => `${String(e.fromID)}>${String(e.toID)}>true`);
  if (JSON.stringify(ovaEdges) !== JSON.stringify(aifEdges)) problems.push('OVA.edges are not the AIF edges');

  if (graph) {
    const ends = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.flatMap((e) => [e.from, e.to])]);
    const count = (type: string) => nodes.filter((n) => n.type === type).length;
    if (count('I') !== ends.size) problems.push(`${count('I')} I-nodes for ${ends.size} graph nodes and cross-file targets`);
    const supports = graph.edges.filter((e) => e.relation === 'supports').length;
    const attacks = graph.edges.filter((e) => e.relation === 'attacks').length;
    if (count('RA') !== supports) problems.push(`${count('RA')} RA nodes for ${supports} supports edges`);
    if (count('CA') !== attacks) problems.push(`${count('CA')} CA nodes for ${attacks} attacks edges`);
    for (const n of graph.nodes) if (!nodes.some((a) => a.type === 'I' && a.text === n.text)) problems.push(`no I-node has the text of ${n.id}`);
  }
  return problems;
}
