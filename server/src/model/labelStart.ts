// The label that starts a paragraph or heading (`Claim:`, `**Claim:**`, `**Claim**:`): its
// word, where it starts, and the inline content after it, with the piece of text that
// remains of the node holding the label (offsets in the chunk's source).
import type { PhrasingContent } from 'mdast';
import { mdastText } from './inlineText';
import { BOLD_LABEL, BOLD_LABEL_WITH_COLON, PLAIN_LABEL } from './labels';

export interface LabelStart {
  word: string;
  start: number;
  rest: PhrasingContent[];
  restText?: { value: string; start: number; end: number };
}

/** The label at the start of inline content: its word, where it starts and what follows it. */
export function findLabel(
  children: readonly PhrasingContent[],
  text: string,
): LabelStart | undefined {
  const [first, second] = children;
  if (!first?.position) return undefined;
  const start = first.position.start.offset ?? 0;
  if (first.type === 'text') {
    const m = PLAIN_LABEL.exec(first.value);
    if (!m) return undefined;
    const end = first.position.end.offset ?? 0;
    // The label is literal in the source unless an entity or escape spells it; when it is,
    // the rest's segment starts after it, so a search in an inexact rest (a continuation
    // line's stripped indentation) cannot find the label's line first.
    const literalLabel = text.startsWith(m[0], start);
    return {
      word: m[1],
      start,
      rest: children.slice(1),
      restText: { value: first.value.slice(m[0].length), start: literalLabel ? start + m[0].length : start, end },
    };
  }
  if (first.type === 'strong') {
    const inner = mdastText(first);
    const colonInside = BOLD_LABEL_WITH_COLON.exec(inner);
    if (colonInside) return { word: colonInside[1].trim(), start, rest: children.slice(1) };
    const bare = BOLD_LABEL.exec(inner);
    if (bare && second?.type === 'text' && second.value.startsWith(':') && second.position) {
      const s = second.position.start.offset ?? 0;
      return {
        word: bare[1].trim(),
        start,
        rest: children.slice(2),
        restText: { value: second.value.slice(1), start: s + 1, end: second.position.end.offset ?? 0 },
      };
    }
  }
  return undefined;
}
