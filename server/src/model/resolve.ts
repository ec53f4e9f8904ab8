// Reference resolution, done once per analysis: every reference node and every link to an
// id, in this file and in every file reached, lands on its target (a node, or for a link
// a heading too) or gets the reason it is broken. The graph's edges come out of it: tree
// edges, and for a reference an edge from its target to the reference's parent.
import { messages } from './messages';
import { zeroRange } from './positions';
import type { ReachedFiles } from './reach';
import type { FileGraph, Heading, IdLink, LinkResolution, LinkTarget, Relation } from './types';

/** An edge between nodes of the reached graph (numbered as `ReachedFiles.nodes`). */
export interface GlobalEdge {
  from: number;
  to: number;
  relation: Relation;
  /** Number of the reference node that made the edge. */
  via?: number;
}

export interface Resolution {
  /** The target node's number in the reached graph, when it is a node. */
  target?: number;
  /** What the link shows: set for a node or a heading. */
  linkTarget?: LinkTarget;
  /** Why it does not resolve. */
  error?: string;
}

export interface Connected {
  edges: GlobalEdge[];
  /**
   * Resolutions by reference node number; links to ids of this file outside reference
   * nodes are kept under negative keys (`-1 - i`), so their targets get a status too.
   */
  resolutions: Map<number, Resolution>;
  /** File 0's links to ids (its `idLinks` and its reference nodes' links) → what each resolved to. */
  links: Map<IdLink, LinkResolution>;
}

/**
 * Resolves every reference of every file reached (files are added while this runs:
 * resolving a reference may read another file) and the id links of file 0. The graphs are
 * left as they are: what resolved is in the result.
 */
export function connect(ws: ReachedFiles): Connected {
  const edges: GlobalEdge[] = [];
  const resolutions = new Map<number, Resolution>();
  const links = new Map<IdLink, LinkResolution>();
  for (let f = 0; f < ws.files.length; f++) {
    const graph = ws.files[f];
    for (const node of graph.nodes) {
      if (node.parent === undefined && !node.reference) continue;
      const g = ws.global(f, node.index);
      const relation: Relation = node.kind === 'challenge' ? 'attacks' : 'supports';
      if (node.reference) {
        const res = resolveLink(ws, f, node.reference, true);
        resolutions.set(g, res);
        if (f === 0) links.set(node.reference, shown(res));
        if (res.target !== undefined && node.parent !== undefined) {
          edges.push({ from: res.target, to: ws.global(f, node.parent), relation, via: g });
        }
      } else if (node.parent !== undefined) {
        edges.push({ from: g, to: ws.global(f, node.parent), relation, via: undefined });
      }
    }
  }
  const headings = new HeadingsBySlug();
  ws.files[0].idLinks.forEach((link, i) => {
    const res = resolveLink(ws, 0, link, false, headings);
    links.set(link, shown(res));
    resolutions.set(-1 - i, res);
  });
  return { edges, resolutions, links };
}

/** A resolution as the analysis shows it: the target (whose `status` is set later, on the same object) or the error. */
function shown(res: Resolution): LinkResolution {
  return res.error !== undefined ? { error: res.error } : { target: res.linkTarget };
}

/**
 * Each file's first heading with a slug, looked up by the slug: searching the heading list for
 * each link made a file's links to headings cost links × headings. Made on first use, per `connect`.
 */
class HeadingsBySlug {
  private readonly byFile = new Map<FileGraph, Map<string, Heading>>();

  find(graph: FileGraph, slug: string): Heading | undefined {
    let bySlug = this.byFile.get(graph);
    if (!bySlug) {
      bySlug = new Map();
      for (const h of graph.headings) if (!bySlug.has(h.slug)) bySlug.set(h.slug, h);
      this.byFile.set(graph, bySlug);
    }
    return bySlug.get(slug);
  }
}

/** Resolves a link to an id written in file `f`; a reference must land on a node (and never looks at `headings`). */
function resolveLink(ws: ReachedFiles, f: number, link: IdLink, mustBeNode: boolean, headings?: HeadingsBySlug): Resolution {
  const here = ws.files[f];
  const samePath = link.file === undefined || link.file === here.path;
  const fileIndex = samePath ? f : ws.file(link.file as string);
  if (fileIndex === undefined) {
    return { error: messages.unreadableFile(link.rawFile ?? link.file ?? '', ws.errors.get(link.file as string) ?? 'it cannot be read') };
  }
  const graph = ws.files[fileIndex];
  const where = samePath ? undefined : graph.path;
  const byId = graph.ids.get(link.id);
  const index = byId ?? graph.slugs.get(link.id);
  if (index !== undefined) {
    const node = graph.nodes[index];
    return {
      target: ws.global(fileIndex, index),
      linkTarget: { file: where, node: index, kind: node.kind, text: node.text, range: node.range },
    };
  }
  if (!mustBeNode && headings && graph.slugs.has(link.id)) {
    const heading = headings.find(graph, link.id);
    return { linkTarget: { file: where, text: heading?.text ?? link.id, range: heading?.range ?? zeroRange() } };
  }
  return { error: messages.missingTarget(link.id, where === undefined ? undefined : link.rawFile ?? where, mustBeNode) };
}
