// The oracle's analysis of a file in its workspace: references resolved (across files), one
// global graph over every file reached, statuses by a plain least fixpoint over it, and the
// diagnostics of the spec's table for the file asked about. Quadratic and obvious on purpose.
import { footnoteKey, type Kind } from './inline';
import { analyzeFile, idLink, type OFigure, type OFile } from './file';
import { sameUnit } from './units';
import { span, type Span } from './markdown';

export type Code =
  | 'unsupported-claim' | 'uncited-evidence' | 'unanswered-challenge' | 'orphan-evidence' | 'empty-node'
  | 'duplicate-id' | 'broken-reference' | 'undefined-footnote' | 'circular-support' | 'unsourced-figure' | 'figure-mismatch' | 'file-too-large'
  | 'unclosed-code-block' | 'label-typo';

/** The spec's table of default severities, copied from the contract by hand. */
export const SEVERITY: Record<Code, string> = {
  'unsupported-claim': 'warning', 'uncited-evidence': 'warning', 'unanswered-challenge': 'information',
  'orphan-evidence': 'warning', 'empty-node': 'error', 'duplicate-id': 'error', 'broken-reference': 'error',
  'undefined-footnote': 'error', 'circular-support': 'warning', 'unsourced-figure': 'information', 'figure-mismatch': 'warning', 'file-too-large': 'information',
  'unclosed-code-block': 'warning', 'label-typo': 'information',
};

export interface ODiagnostic {
  code: Code;
  severity: string;
  range: Span;
}

export interface OStatus {
  supported: boolean;
  cited: boolean;
  contested: boolean;
}

/** A node of the workspace: file path and index. */
export type Key = string;
const key = (file: string, index: number): Key => `${file}#${index}`;

export interface OEdge {
  from: Key;
  to: Key;
  relation: 'supports' | 'attacks';
  via?: number;
}

export interface OResult {
  file: OFile;
  /** Parent, id and kind per node, as the oracle sees them. */
  nodes: OFile['nodes'];
  /** Edges of this file (from the child, or a reference's target, to the parent). */
  edges: OEdge[];
  status: OStatus[];
  diagnostics: ODiagnostic[];
  /** The target of each reference node, when it resolves. */
  targets: (Key | undefined)[];
  /** `local:3` for a node of this file, `other.arg.md#id` for one elsewhere. */
  describe: (k: Key) => string;
}

export type Reader = (path: string) => string | { error: string };

/** `target` relative to the file `from` (posix, workspace-relative); undefined when it climbs out. */
export function resolvePath(from: string, target: string): string | undefined {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

const MAX_SIZE = 10_000_000;

export function oracle(path: string, text: string, read: Reader): OResult {
  const files = new Map<string, OFile | undefined>();
  const load = (p: string): OFile | undefined => {
    if (!files.has(p)) {
      const t = p === path ? text : read(p);
      files.set(p, typeof t === 'string' && new TextEncoder().encode(t).length <= MAX_SIZE ? analyzeFile(p, t) : undefined);
    }
    return files.get(p);
  };
  const main = load(path) as OFile;
  if (new TextEncoder().encode(text).length > MAX_SIZE) {
    return { file: main, nodes: [], edges: [], status: [], targets: [], describe: (k) => k, diagnostics: [{ code: 'file-too-large', severity: 'information', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
  }

  /** Where a link to an id lands: a node (explicit id, or a labelled heading's slug) or, for plain links, any heading. */
  const resolve = (from: OFile, url: string, mustBeNode: boolean): { key?: Key; ok: boolean } => {
    const l = idLink(url);
    if (!l) return { ok: true };
    const p = l.file === undefined ? from.path : resolvePath(from.path, l.file);
    if (p === undefined) return { ok: false };
    const f = load(p);
    if (!f) return { ok: false };
    const byId = f.nodes.find((n) => n.explicitId === l.id);
    if (byId) return { key: key(f.path, byId.index), ok: true };
    const heading = f.headings.find((h) => h.slug === l.id);
    if (heading?.node !== undefined) return { key: key(f.path, heading.node), ok: true };
    return { ok: !mustBeNode && heading !== undefined };
  };

  // Every file reached through references, transitively: the graph spans them all.
  const targetOf = new Map<Key, Key | undefined>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of [...files.values()]) {
      if (!f) continue;
      for (const n of f.nodes) {
        const k = key(f.path, n.index);
        if (!n.reference || targetOf.has(k)) continue;
        targetOf.set(k, resolve(f, n.reference.url, true).key);
        changed = true;
      }
    }
  }
  const nodeOf = (k: Key): OFile['nodes'][number] => {
    const hash = k.lastIndexOf('#');
    return (files.get(k.slice(0, hash)) as OFile).nodes[Number(k.slice(hash + 1))];
  };
  /**
   * A reference's target: the node holding that id, even when it is a reference itself (the
   * spec's "must resolve to a node id", read literally; a reference to itself resolves too).
   */
  const finalTarget = (k: Key): Key | undefined => targetOf.get(k);

  const edges: OEdge[] = [];
  for (const f of files.values()) {
    if (!f) continue;
    for (const n of f.nodes) {
      if (n.parent === undefined) continue;
      const relation = n.kind === 'challenge' ? 'attacks' : 'supports';
      const to = key(f.path, n.parent);
      if (!n.reference) edges.push({ from: key(f.path, n.index), to, relation });
      else {
        const t = finalTarget(key(f.path, n.index));
        if (t !== undefined) edges.push({ from: t, to, relation, via: f === main ? n.index : undefined });
      }
    }
  }

  // Least fixpoint: cited evidence, supported claims and challenges.
  const kind = (k: Key): Kind => nodeOf(k).kind;
  const cited = new Map<Key, boolean>();
  const supported = new Map<Key, boolean>();
  for (const f of files.values()) for (const n of f?.nodes ?? []) cited.set(key(f!.path, n.index), n.kind === 'evidence' && n.citesDirectly);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of edges) {
      if (e.relation !== 'supports') continue;
      const fromCited = kind(e.from) === 'evidence' && !!cited.get(e.from);
      const fromSupported = kind(e.from) === 'claim' && !!supported.get(e.from);
      if (kind(e.to) === 'evidence') {
        if (fromCited && !cited.get(e.to)) cited.set(e.to, (changed = true));
      } else if ((fromCited || fromSupported) && !supported.get(e.to)) supported.set(e.to, (changed = true));
    }
  }
  const attackers = (k: Key): Key[] => edges.filter((e) => e.relation === 'attacks' && e.to === k).map((e) => e.from);
  const statusOf = (k: Key): OStatus => ({
    supported: !!supported.get(k),
    cited: !!cited.get(k),
    contested: attackers(k).some((a) => attackers(a).length === 0),
  });

  const targets = main.nodes.map((n) => (n.reference ? finalTarget(key(path, n.index)) : undefined));
  const status = main.nodes.map((n, i) => {
    if (!n.reference) return statusOf(key(path, i));
    const t = targets[i];
    return t === undefined ? statusOf(key(path, i)) : statusOf(t);
  });

  // Diagnostics of the main file.
  const out: ODiagnostic[] = [];
  const put = (code: Code, range: Span): void => {
    out.push({ code, severity: SEVERITY[code], range });
  };
  const reaches = (from: Key, to: Key): boolean => {
    const seen = new Set<Key>([from]);
    const todo = [from];
    while (todo.length) {
      const k = todo.pop() as Key;
      if (k === to) return true;
      for (const e of edges) if (e.relation === 'supports' && e.from === k && !seen.has(e.to)) {
        seen.add(e.to);
        todo.push(e.to);
      }
    }
    return false;
  };
  /** Nodes from which a path of supports edges reaches `k`. */
  const supportersOf = (k: Key): Set<Key> => {
    const seen = new Set<Key>();
    const todo = [k];
    while (todo.length) {
      const x = todo.pop() as Key;
      for (const e of edges) {
        if (e.relation !== 'supports' || e.to !== x || seen.has(e.from)) continue;
        seen.add(e.from);
        todo.push(e.from);
      }
    }
    return seen;
  };
  const firstWithId = new Map<string, number>();
  for (const n of main.nodes) if (n.explicitId !== undefined && !firstWithId.has(n.explicitId)) firstWithId.set(n.explicitId, n.index);

  for (const n of main.nodes) {
    const k = key(path, n.index);
    if (n.reference) {
      const t = targets[n.index];
      if (t === undefined) put('broken-reference', n.range);
      else if (n.parent !== undefined && n.kind !== 'challenge' && reaches(key(path, n.parent), t)) put('circular-support', n.range);
      continue;
    }
    if (n.text === '') {
      put('empty-node', n.range);
      continue;
    }
    const s = status[n.index];
    if (n.kind === 'claim' && !s.supported) put('unsupported-claim', n.range);
    if (n.kind === 'evidence' && !s.cited) put('uncited-evidence', n.range);
    if (n.kind === 'evidence' && n.parent === undefined) put('orphan-evidence', n.range);
    const parentKind = n.parent === undefined ? undefined : main.nodes[n.parent].kind;
    if (n.kind === 'challenge' && parentKind !== 'challenge' && attackers(k).length === 0) put('unanswered-challenge', n.range);
    if (n.explicitId !== undefined && firstWithId.get(n.explicitId) !== n.index) put('duplicate-id', n.range);
    if (n.kind === 'claim') {
      const stated = new Set<string>();
      const evidenceFigures: OFigure[] = [];
      for (const s2 of supportersOf(k)) {
        if (kind(s2) !== 'evidence' || !cited.get(s2)) continue;
        for (const f of nodeOf(s2).states) stated.add(f);
        evidenceFigures.push(...nodeOf(s2).stated);
      }
      for (const f of n.figures) {
        if (stated.has(f.key)) continue;
        // Not stated: a figure of the same kind and unit below (so another value) makes it a mismatch.
        const differs = evidenceFigures.some((e) => e.kind === f.kind && sameUnit(f.kind, f.unit, e.unit));
        put(differs ? 'figure-mismatch' : 'unsourced-figure', f.range);
      }
    }
  }
  const referenceLinks = new Set(main.nodes.flatMap((n) => (n.reference ? [n.reference.start] : [])));
  for (const l of main.links) {
    if (referenceLinks.has(l.start)) continue;
    if (!resolve(main, l.url, false).ok) put('broken-reference', span(main.doc, l.start, l.end));
  }
  for (const c of main.calls) {
    if (!main.footnotes.has(footnoteKey(c.label))) put('undefined-footnote', span(main.doc, c.start, c.end));
  }
  if (main.unclosed) put('unclosed-code-block', main.unclosed);
  for (const t of main.typos) put('label-typo', t);
  const localEdges = edges.filter((e) => e.to.startsWith(`${path}#`));
  const describe = (k: Key): string => {
    const hash = k.lastIndexOf('#');
    const file = k.slice(0, hash);
    return file === path ? `local:${k.slice(hash + 1)}` : `${file}#${nodeOf(k).id}`;
  };
  return { file: main, nodes: main.nodes, edges: localEdges, status, diagnostics: out, targets, describe };
}
