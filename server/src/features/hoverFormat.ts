// The hover's two formats (Markdown, or plain text for a client without it) and the
// pieces both the node hover and the figures block use: a citation's text, a figure's source.
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis, ArgNode, Citation, Figure, Position } from '../model';
import { escapeMarkdown, markdownUrl, oneLine } from './markdown';

export interface Format {
  kind: MarkupKind;
  text(s: string, max?: number): string;
  strong(formatted: string): string;
  url(u: string): string;
}

export const MARKDOWN: Format = {
  kind: MarkupKind.Markdown,
  text: escapeMarkdown,
  strong: (s) => `**${s}**`,
  url: markdownUrl,
};

export const PLAINTEXT: Format = {
  kind: MarkupKind.PlainText,
  text: oneLine,
  strong: (s) => s,
  url: (u) => oneLine(u, 200),
};

export function citationText(f: Format, analysis: Analysis, citation: Citation): string {
  if (citation.kind === 'url') return f.url(citation.url);
  const definition = analysis.footnoteDefinitions.get(citation.label);
  const marker = f.text(`[^${citation.raw}]`);
  if (!definition) return `${marker} (undefined footnote)`;
  return `${marker} ${f.text(definition.text)}`;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** The citation a figure comes from: the first one after it (a marker follows what it cites), else the last before it. */
export function sourceOf(node: ArgNode, figure: Figure): Citation | undefined {
  const citations = [...node.citations].sort((a, b) => compare(a.range.start, b.range.start));
  return (
    citations.find((c) => compare(c.range.start, figure.range.end) >= 0) ??
    citations.filter((c) => compare(c.range.start, figure.range.start) < 0).pop()
  );
}

