// `textDocument/hover` end to end: the document's analysis, the analyses of the other
// files the hover names (loaded first, as `hover` itself is synchronous), then the hover.
import { MarkupKind, type CancellationToken, type ClientCapabilities, type Hover, type Position } from 'vscode-languageserver';
import type { Analysis } from '../model';
import type { InjectFault } from '../faults';
import type { Location } from '../workspace/paths';
import { hover, hoverFiles } from './hover';

/** What a hover reads: the document's analysis, where it lives, and other files' analyses. */
export interface HoverSources {
  analysis(uri: string): Promise<Analysis | undefined>;
  locate(uri: string): Location | undefined;
  analyzeFile(root: string, relative: string): Promise<Analysis | undefined>;
  injectFault: InjectFault;
}

/** Whether the client reads Markdown in hovers (it does unless it says otherwise). */
export function hoverInMarkdown(client: ClientCapabilities): boolean {
  const formats = client.textDocument?.hover?.contentFormat;
  return !formats || formats.includes(MarkupKind.Markdown);
}

export async function hoverRequest(
  sources: HoverSources,
  uri: string,
  position: Position,
  token: CancellationToken,
  markdown: boolean,
): Promise<Hover | null> {
  const analysis = await sources.analysis(uri);
  if (!analysis || token.isCancellationRequested) return null;
  const others = new Map<string, Analysis>();
  const location = sources.locate(uri);
  if (location) {
    for (const file of hoverFiles(analysis, position)) {
      const other = await sources.analyzeFile(location.root, file);
      if (token.isCancellationRequested) return null;
      if (other) others.set(file, other);
    }
  }
  sources.injectFault('hover', uri);
  return hover(analysis, position, (path) => others.get(path), markdown);
}
