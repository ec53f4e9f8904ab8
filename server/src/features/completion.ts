// `textDocument/completion`: only what VS Code's own Markdown cannot offer (its items and
// argmap's are merged without de-duplication): node ids after `](#` / `](file.arg.md#`,
// footnote labels after `[^`, labels at a block's start, an unused id after `{#`. The
// context is read from the text as typed; the analysis may be of an earlier version.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import {
  LABELS,
  kindOf,
  likelyParent,
  linesOf,
  preferredLabels,
  typingContext,
  unusedSlug,
  writeLabel,
  writingStyle,
  writtenLabel,
  blockStart,
  type Analysis,
  type TypingContext,
} from '../model';
import type { Snapshot } from './codeActions';

/** The characters after which VS Code should ask (labels come on request or as a word is typed). */
export const COMPLETION_TRIGGERS = ['#', '^', '*'];

/** Reads another argument file's analysis by the path a link writes (relative to this file). */
export type OtherFile = (rawPath: string) => Promise<Analysis | undefined>;

const pad = (n: number): string => String(n).padStart(6, '0');

export async function completion(snapshot: Snapshot, position: Position, other: OtherFile): Promise<CompletionItem[]> {
  const context = typingContext(snapshot.text, position);
  if (!context) return [];
  switch (context.kind) {
    case 'id': {
      const target = context.file === '' ? snapshot.analysis : await other(context.file);
      return target ? idItems(target, context, context.file === '' ? ownNode(snapshot.analysis, position) : undefined) : [];
    }
    case 'footnote':
      return [...snapshot.analysis.footnoteDefinitions.values()].map((d, i) => ({
        label: d.raw,
        kind: CompletionItemKind.Reference,
        detail: 'footnote',
        documentation: d.text,
        sortText: `0-${pad(i)}`,
        textEdit: { range: context.range, newText: context.closed ? d.raw : `${d.raw}]` },
      }));
    case 'label':
      return labelItems(snapshot, context, position);
    case 'slug':
      return slugItem(snapshot, context, position);
  }
}

/** The node whose first block holds the position (its own id is never offered). */
function ownNode(analysis: Analysis, position: Position): number | undefined {
  return analysis.nodes.find((n) => n.blockRange.start.line <= position.line && position.line <= n.blockRange.end.line)?.index;
}

function idItems(target: Analysis, context: Extract<TypingContext, { kind: 'id' }>, own: number | undefined): CompletionItem[] {
  const seen = new Set<string>();
  // Its own id is left out even where another node repeats it (duplicate-id).
  if (own !== undefined && target.nodes[own].explicitId) seen.add(target.nodes[own].id);
  const items: CompletionItem[] = [];
  const withHash = { start: { line: context.range.start.line, character: context.range.start.character - 1 }, end: context.range.end };
  for (const n of target.nodes) {
    if (!n.explicitId || seen.has(n.id)) continue;
    seen.add(n.id);
    items.push({
      label: n.id,
      kind: CompletionItemKind.Reference,
      detail: n.kind,
      documentation: n.text,
      // The edit starts at the `#`, as VS Code's own fragment items do: both then match the
      // typed `#…` and score alike (an item matching nothing typed ranks below them); `!`
      // sorts before their labels (`#…`, their sort key), so argmap's ids come first.
      sortText: `!${pad(items.length)}`,
      filterText: `#${n.id}`,
      textEdit: { range: withHash, newText: `#${n.id}` },
    });
  }
  return items;
}

function labelItems(snapshot: Snapshot, context: Extract<TypingContext, { kind: 'label' }>, position: Position): CompletionItem[] {
  const { analysis, text } = snapshot;
  const bold = context.bold || writingStyle(analysis, text).bold;
  const marker = linesOf(text).line(position.line).slice(0, context.range.start.character);
  const depth = /#+/.exec(marker)?.[0].length ?? 0;
  const parent = likelyParent(analysis, text, position.line, context.block, context.indent, depth);
  const first = preferredLabels(parent === undefined ? undefined : analysis.nodes[parent].kind);
  return LABELS.map((label, i) => {
    const rank = first.indexOf(label);
    return {
      label,
      kind: CompletionItemKind.Keyword,
      detail: kindOf(label),
      sortText: `1-${rank < 0 ? 9 : rank}-${pad(i)}`,
      filterText: context.bold ? `**${label}` : label,
      textEdit: { range: context.range, newText: writeLabel(label, bold) },
    };
  });
}

function slugItem(snapshot: Snapshot, context: Extract<TypingContext, { kind: 'slug' }>, position: Position): CompletionItem[] {
  const { analysis, text } = snapshot;
  const node = analysis.nodes.find((n) => n.range.start.line === position.line);
  let source: string | undefined;
  if (node) source = node.text;
  else {
    // A label typed since the analysis: the line's text after it, Markdown left to the slugger.
    const line = linesOf(text).line(position.line);
    const start = blockStart(line);
    const label = start && writtenLabel(line, start.labelAt);
    if (label) source = line.slice(label.end, context.range.start.character);
  }
  if (source === undefined) return [];
  const id = unusedSlug(analysis, node?.index, source.replace(/\s*\{#[^\s{}]*\}?\s*$/, ''));
  return [
    {
      label: id,
      kind: CompletionItemKind.Value,
      detail: 'an unused id from the text',
      sortText: '0',
      textEdit: { range: context.range, newText: context.closed ? id : `${id}}` },
    },
  ];
}
