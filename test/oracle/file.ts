// The oracle's reading of one file: nodes (kind, range, text, ids, references, citations,
// figures), headings and their GitHub slugs, and every link to an id and footnote call
// outside code and HTML. Statuses and diagnostics need the other files: see workspace.ts.
import type { Nodes, PhrasingContent } from 'mdast';
import GithubSlugger, { slug } from 'github-slugger';
import { findFigures, figureKey } from '../../server/src/model';
import { collapse, footnoteKey, labelOf, onlyLink, plainOf, trailingId, type CallUse, type Kind, type LinkUse, type Plain } from './inline';
import { lineEndAt, offsets, parse, span, type Document, type Span } from './markdown';
import { findNodes } from './structure';
import { citesSomething, labelTypos, unclosedBlock } from './traps';

export interface OFigure {
  key: string;
  kind: string;
  /** The unit as the finder reads it (figure-mismatch compares it: units.ts). */
  unit: string;
  range: Span;
}

export interface ONode {
  index: number;
  kind: Kind;
  range: Span;
  text: string;
  explicitId?: string;
  /** The explicit id, else the generated one; '' for a reference without an explicit id. */
  id: string;
  parent?: number;
  /** The node's whole text is this link to an id. */
  reference?: LinkUse;
  /** Cited by its own text or body (evidence only matters). */
  citesDirectly: boolean;
  figures: OFigure[];
  /** Figure keys in its text and body: what it states. */
  states: Set<string>;
  /** The figures of its text and body. */
  stated: OFigure[];
}

export interface OFile {
  path: string;
  doc: Document;
  nodes: ONode[];
  headings: { slug: string; node?: number }[];
  /** Every link outside code and HTML, reference nodes' own links included. */
  links: LinkUse[];
  calls: CallUse[];
  footnotes: Set<string>;
  /** Footnotes whose definition cites something (not empty, not only `…`). */
  sources: Set<string>;
  /** `unclosed-code-block`'s range, when a block is left open to the end. */
  unclosed?: Span;
  /** `label-typo` ranges. */
  typos: Span[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SKIP = new Set(['code', 'html', 'yaml', 'inlineCode']);

export function analyzeFile(path: string, text: string): OFile {
  const doc = parse(text);
  const definitions = new Map<string, string>();
  const footnotes = new Set<string>();
  const sources = new Set<string>();
  const headingsRaw: { block: Nodes & { type: 'heading' }; start: number }[] = [];
  const stack: Nodes[] = [doc.root];
  const all: Nodes[] = [];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    all.push(n);
    if (n.type === 'definition') {
      if (!definitions.has(n.identifier)) definitions.set(n.identifier, n.url);
    }
    if (n.type === 'footnoteDefinition' && !footnotes.has(n.identifier)) {
      footnotes.add(n.identifier);
      if (citesSomething(n)) sources.add(n.identifier);
    }
    if (SKIP.has(n.type)) continue;
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }

  // Every phrasing run outside code and HTML: links, footnote calls and heading texts.
  const links: LinkUse[] = [];
  const calls: CallUse[] = [];
  for (const n of all) {
    if (n.type !== 'paragraph' && n.type !== 'heading' && n.type !== 'tableCell') continue;
    const p = plainOf(doc, n.children as PhrasingContent[], definitions);
    links.push(...p.links);
    calls.push(...p.calls);
    if (n.type === 'heading') headingsRaw.push({ block: n, start: offsets(doc, n)[0] });
  }
  links.sort((a, b) => a.start - b.start);
  calls.sort((a, b) => a.start - b.start);

  const found = findNodes(doc);
  const nodes: ONode[] = found.map((f, index) => {
    const p = plainOf(doc, f.label.rest, definitions);
    const { id, plain } = trailingId(f.label.rest, p);
    const text = collapse(plain);
    const only = onlyLink(f.label.rest);
    const ownLink = only ? p.links.find((l) => l.start === offsets(doc, only)[0]) : undefined;
    const reference = ownLink && !ownLink.literal && idLink(ownLink.url) ? ownLink : undefined;
    const bodies = f.body.map((b) => collapse(plainOf(doc, b.children, definitions)));
    const cites = [p, ...bodies].some(
      (x) => x.links.some((l) => SCHEME.test(l.url)) || x.calls.some((c) => sources.has(footnoteKey(c.label))),
    );
    const figures = figuresOf(doc, text);
    const stated = [...figures, ...bodies.flatMap((b) => figuresOf(doc, b))];
    const states = new Set(stated.map((x) => x.key));
    return {
      index,
      kind: f.label.kind,
      range: span(doc, f.label.start, lineEndAt(doc.text, f.label.start)),
      text: text.text,
      explicitId: id,
      id: id ?? '',
      parent: f.parent,
      reference,
      citesDirectly: !reference && cites,
      figures,
      states,
      stated,
    };
  });

  // Generated ids: explicit ids are reserved first; a slug of the text cut to 80, else the kind; -2, -3 on clashes.
  const used = new Set(nodes.flatMap((n) => (n.explicitId === undefined ? [] : [n.explicitId])));
  for (const n of nodes) {
    if (n.explicitId !== undefined || n.reference) continue;
    const base = slug(n.text).slice(0, 80) || n.kind;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    n.id = id;
  }

  // Headings in document order, slugged as GitHub does (its -1, -2 on repeats).
  const slugger = new GithubSlugger();
  headingsRaw.sort((a, b) => a.start - b.start);
  const headings = headingsRaw.map((h) => {
    const text = plainOf(doc, h.block.children, definitions).text;
    const node = found.findIndex((f) => f.block === h.block);
    return { slug: slugger.slug(text), node: node >= 0 ? node : undefined };
  });

  const typos = labelTypos(doc, (children) => labelOf(doc, children) !== undefined);
  return { path, doc, nodes, headings, links, calls, footnotes, sources, unclosed: unclosedBlock(doc), typos };
}

/** Figures in a plain text, with code and link text blanked; ranges mapped back to the source. */
function figuresOf(doc: Document, p: Plain): OFigure[] {
  return findFigures(maskUnits(p)).map((f) => ({
    key: figureKey(f),
    kind: f.kind,
    unit: f.unit,
    range: span(doc, p.at[f.start], (p.at[f.end - 1] ?? p.at[f.start]) + 1),
  }));
}

function maskUnits(p: Plain): string {
  let s = '';
  for (let i = 0; i < p.text.length; i++) s += p.masked[i] && p.text[i] !== ' ' ? ' ' : p.text[i];
  return s;
}

/** `#x` or `path.arg.md#x` (a query ignored): a link to an id. Anything with a scheme, or to another file type, is not. */
export function idLink(url: string): { file?: string; id: string } | undefined {
  if (SCHEME.test(url)) return undefined;
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const path = url.slice(0, hash).replace(/\?.*$/, '');
  let id = url.slice(hash + 1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // kept as written
  }
  if (path === '') return { id };
  if (!/\.arg\.md$/i.test(path)) return undefined;
  return { file: path, id };
}
