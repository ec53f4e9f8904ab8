// The links of the workspace's argument files that resolve to nodes of one file, for
// references, rename and code lens. A closed file whose index summary is current is read
// from that summary (no parsing: a 2,000-file workspace answers in well under a second);
// an open document, or a closed file not summarised or stale, from its analysis (open
// buffer first, else the disk), as it resolves its links today.
import type { Range } from 'vscode-languageserver';
import { occurrences } from '../model';
import type { LinkSummary } from '../workspace/index/summary';
import { uriFrom, type AnalysedFile, type ArgumentWorkspace } from './workspaceFiles';

/** What references and rename read of a link: its model `IdLink` or its summary share these. */
export interface FoundLink {
  /** The fragment as written. */
  id: string;
  range: Range;
  destination?: Range;
  fragment?: Range;
}

/** A link, the node it resolves to, and the file it is written in. */
export interface LinkInFile {
  uri: string;
  /** The workspace-relative path of the file the link is in (for messages). */
  path: string;
  link: FoundLink;
  /** The node of the target file it resolves to. */
  target: number;
}

/**
 * Every link of the workspace's argument files that resolves to a node of `into` (to node
 * `node` only, when given), file by file in document order, `first` (default: `into`) leading.
 */
export async function linksInto(workspace: ArgumentWorkspace, into: AnalysedFile, node?: number, first: AnalysedFile = into): Promise<LinkInFile[]> {
  const out: LinkInFile[] = [];
  const path = into.analysis.path;
  /** Adds the link when it resolves to the wanted node of `into`; another folder's file of that path is another file. */
  const take = (uri: string, own: string, link: FoundLink, file: string, target: number | undefined) => {
    if (target === undefined || file !== path || (node !== undefined && target !== node)) return;
    if (uriFrom(workspace, uri, own, file) === into.uri) out.push({ uri, path: own, link, target });
  };
  const fromAnalysis = (file: AnalysedFile) => {
    for (const o of occurrences(file.analysis).links) take(file.uri, file.analysis.path, o.link, o.path, o.target);
  };
  const seen = new Set<string>([first.uri]);
  fromAnalysis(first);
  for (const uri of await workspace.uris()) {
    if (seen.has(uri)) continue;
    const summary = workspace.summary?.(uri);
    if (summary) {
      seen.add(uri);
      for (const link of summary.links) take(uri, summary.path, link, targetFile(link, summary.path), link.target);
      continue;
    }
    const analysis = await workspace.analysis(uri);
    // A file that vanished or turned binary since it was listed holds nothing to find.
    if (!analysis) continue;
    seen.add(uri);
    fromAnalysis({ uri, analysis });
  }
  // A target outside every folder (or not listed yet) still has its own links.
  if (!seen.has(into.uri)) fromAnalysis(into);
  return out;
}

/** The workspace-relative path of the file a summarised link points into. */
function targetFile(link: LinkSummary, own: string): string {
  return link.file ?? own;
}
