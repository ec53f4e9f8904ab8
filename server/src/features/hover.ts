// Hover: what a node is and why (status, evidence, figures and their sources, open
// challenges), what a footnote says, and where a reference or link leads. Every piece
// of the file's text is escaped: a hover never carries HTML or a link it did not make.
import type { Hover, Position } from 'vscode-languageserver';
import type { Analysis, ArgNode, Edge, IdLink, NodeKind, Range } from '../model';
import { citationText, MARKDOWN, PLAINTEXT, sourceOf, type Format } from './hoverFormat';
import { figureFiles, figuresBlock } from './hoverFigures';
import { statusWords } from './statusWords';

/** Analyses of other files (workspace-relative posix paths), loaded by the caller beforehand. */
export type OtherFiles = (path: string) => Analysis | undefined;

const TITLES: Readonly<Record<NodeKind, string>> = { claim: 'Claim', evidence: 'Evidence', challenge: 'Challenge' };

type Target =
  | { type: 'footnote'; range: Range; label: string; raw: string }
  | { type: 'reference'; range: Range; node: ArgNode }
  | { type: 'link'; range: Range; link: IdLink }
  | { type: 'node'; range: Range; node: ArgNode };

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** `start <= p < end`, or `<= end` too when `inclusiveEnd`. */
function contains(range: Range, p: Position, inclusiveEnd = false): boolean {
  if (before(p, range.start)) return false;
  return inclusiveEnd ? !before(range.end, p) : before(p, range.end);
}

function targetAt(analysis: Analysis, p: Position): Target | undefined {
  const ref = analysis.footnoteRefs.find((r) => contains(r.range, p));
  if (ref) return { type: 'footnote', range: ref.range, label: ref.label, raw: ref.raw };
  // The innermost node block: the last one in document order that holds the position.
  let node: ArgNode | undefined;
  for (const n of analysis.nodes) if (contains(n.blockRange, p, true)) node = n;
  if (node?.reference) return { type: 'reference', range: node.blockRange, node };
  const link = analysis.idLinks.find((l) => contains(l.range, p));
  if (link) return { type: 'link', range: link.range, link };
  if (node) return { type: 'node', range: node.blockRange, node };
  return undefined;
}

/** The file and index of another file's node that an edge names, as the analysis resolved it. */
function crossFileTarget(edge: Edge): { file: string; node?: number } | undefined {
  if (!('file' in edge.from)) return undefined;
  return { file: edge.from.path ?? edge.from.file, node: edge.from.node };
}

/** The other files a hover at `p` reads: load them, then call `hover`. */
export function hoverFiles(analysis: Analysis, p: Position): string[] {
  const target = targetAt(analysis, p);
  const files = new Set<string>();
  const link = target?.type === 'reference' ? target.node.reference : target?.type === 'link' ? target.link : undefined;
  const file = link && analysis.links.get(link)?.target?.file;
  if (file) files.add(file);
  if (target?.type === 'node') {
    for (const path of figureFiles(analysis, target.node)) files.add(path);
    for (const edge of analysis.edges) {
      const other = 'local' in edge.to && edge.to.local === target.node.index ? crossFileTarget(edge) : undefined;
      if (other) files.add(other.file);
    }
  }
  return [...files];
}

function nodeStatusWords(analysis: Analysis, node: ArgNode): string[] {
  const status = analysis.status[node.index];
  return status ? statusWords(node.kind, status) : [];
}

/** `in other.arg.md` for a node of another file, as one of the words after a name. */
function fileWords(f: Format, file: string | undefined): string[] {
  return file ? [`in ${f.text(file)}`] : [];
}

/** Lines describing evidence `node`: its figures with their sources, else its sources. */
function evidenceDetails(f: Format, analysis: Analysis, node: ArgNode, indent: string): string[] {
  const lines: string[] = [];
  const figures = [...node.figures, ...node.bodyFigures];
  for (const figure of figures) {
    const source = sourceOf(node, figure);
    const from = source ? citationText(f, analysis, source) : 'no source';
    lines.push(`${indent}- ${f.strong(f.text(figure.text, 80))}: ${from}`);
  }
  if (figures.length === 0) {
    for (const citation of node.citations) lines.push(`${indent}- source: ${citationText(f, analysis, citation)}`);
  }
  return lines;
}

/** Whether a challenge has a challenge of its own attacking it. */
function isAnswered(analysis: Analysis, index: number): boolean {
  return analysis.edges.some((e) => e.relation === 'attacks' && 'local' in e.to && e.to.local === index);
}

function nodeName(f: Format, node: ArgNode): string {
  return node.text ? f.text(node.text) : `(empty ${node.kind})`;
}

/** The hover of a node: kind and status, the evidence under it, open challenges. */
function nodeHover(f: Format, analysis: Analysis, node: ArgNode, others: OtherFiles, file?: string): string {
  const blocks: string[] = [[f.strong(TITLES[node.kind]), ...nodeStatusWords(analysis, node), ...fileWords(f, file)].join(' · ')];
  if (node.kind === 'evidence') {
    const own = evidenceDetails(f, analysis, node, '');
    if (own.length) blocks.push(own.join('\n'));
  }
  const figures = figuresBlock(f, analysis, node, others);
  if (figures) blocks.push(figures);
  const evidence: string[] = [];
  const challenges: string[] = [];
  for (const edge of analysis.edges) {
    if (!('local' in edge.to) || edge.to.local !== node.index) continue;
    const from = edge.from;
    if ('local' in from) {
      const child = analysis.nodes[from.local];
      if (!child) continue;
      if (edge.relation === 'supports' && child.kind === 'evidence') {
        evidence.push([`- ${nodeName(f, child)}`, ...nodeStatusWords(analysis, child)].join(' · '));
        evidence.push(...evidenceDetails(f, analysis, child, '  '));
      } else if (edge.relation === 'attacks' && !isAnswered(analysis, child.index)) {
        challenges.push(`- ${nodeName(f, child)}`);
      }
      continue;
    }
    // A node of another file, named through a reference.
    const named = crossFileTarget(edge);
    const other = named ? others(named.file) : undefined;
    const child = other && named?.node !== undefined ? other.nodes[named.node] : undefined;
    const kind = child?.kind ?? from.kind;
    const where = fileWords(f, named?.file ?? from.file);
    if (edge.relation === 'supports' && kind === 'evidence') {
      const words = other && child ? nodeStatusWords(other, child) : from.status ? statusWords('evidence', from.status).slice(0, 1) : [];
      const name = child ? nodeName(f, child) : f.text(`#${from.id}`);
      evidence.push([`- ${name}`, ...words, ...where].join(' · '));
      if (other && child) evidence.push(...evidenceDetails(f, other, child, '  '));
    } else if (edge.relation === 'attacks' && !(other && child && isAnswered(other, child.index))) {
      challenges.push([`- ${child ? nodeName(f, child) : f.text(`#${from.id}`)}`, ...where].join(' · '));
    }
  }
  if (evidence.length) blocks.push(`Evidence:\n\n${evidence.join('\n')}`);
  if (challenges.length) blocks.push(`Open challenges:\n\n${challenges.join('\n')}`);
  return blocks.join('\n\n');
}

/** The status of another file's node as the edge made by reference node `via` carries it. */
function edgeStatus(analysis: Analysis, via: number | undefined): string[] {
  const edge = via === undefined ? undefined : analysis.edges.find((e) => e.via === via);
  if (!edge || !('file' in edge.from) || !edge.from.status) return [];
  return statusWords(edge.from.kind, edge.from.status);
}

/** Where a link to `#id` (in this file or `link.file`) leads: the target node's own hover, or the heading. */
function linkHover(f: Format, analysis: Analysis, link: IdLink, others: OtherFiles, heading: string, via?: number): string {
  const written = f.text(`${link.rawFile ?? ''}#${link.id}`);
  const { target, error } = analysis.links.get(link) ?? {};
  if (!target) return `${heading} ${written}: ${f.text(error ?? 'not resolved')}`;
  const file = target.file;
  const where = fileWords(f, file);
  if (target.node === undefined) return [`${heading} section ${f.strong(f.text(target.text))}`, ...where].join(' · ');
  const home = file === undefined ? analysis : others(file);
  const node = home?.nodes[target.node];
  if (home && node) {
    // One level only: the target file's own cross-file targets are not followed.
    return `${heading} ${nodeName(f, node)}\n\n${nodeHover(f, home, node, file === undefined ? others : () => undefined, file)}`;
  }
  // The target file could not be analysed here: what the link's resolution carries.
  const summary = [...(target.kind ? [f.strong(TITLES[target.kind])] : []), ...edgeStatus(analysis, via), ...where];
  return `${heading} ${f.text(target.text) || written}\n\n${summary.join(' · ')}`;
}

/**
 * The hover at `p`, or null when nothing argument-related is there. `others` gives the
 * analyses of the files `hoverFiles` named; `markdown` is false for a plain-text client.
 */
export function hover(analysis: Analysis, p: Position, others: OtherFiles = () => undefined, markdown = true): Hover | null {
  const target = targetAt(analysis, p);
  if (!target) return null;
  const f = markdown ? MARKDOWN : PLAINTEXT;
  let value: string;
  switch (target.type) {
    case 'footnote': {
      const definition = analysis.footnoteDefinitions.get(target.label);
      const marker = f.strong(f.text(`[^${target.raw}]`));
      value = definition ? `${marker} ${f.text(definition.text, 1000)}` : `${marker}: undefined footnote`;
      break;
    }
    case 'reference':
      value = linkHover(f, analysis, target.node.reference!, others, `${f.strong(TITLES[target.node.kind])} reference to`, target.node.index);
      break;
    case 'link':
      value = linkHover(f, analysis, target.link, others, 'Link to');
      break;
    case 'node':
      value = nodeHover(f, analysis, target.node, others);
      break;
  }
  return { contents: { kind: f.kind, value }, range: target.range };
}
