// How the file writes what argmap writes into it: labels bold or plain (the majority of its
// labels), its bullet marker and its line ending. Computed once per analysis.
import type { Analysis } from '../types';
import { linesOf } from './lines';

export interface WritingStyle {
  /** `**Claim:** ` when most labels of the file are bold, else `Claim: `. */
  bold: boolean;
  /** The bullet most of the file's list-item nodes use (`-` when there is none). */
  bullet: string;
  eol: string;
}

const styles = new WeakMap<Analysis, WritingStyle>();

export function writingStyle(analysis: Analysis, text: string): WritingStyle {
  let style = styles.get(analysis);
  if (!style) {
    const lines = linesOf(text);
    let bold = 0;
    const bullets = new Map<string, number>();
    for (const node of analysis.nodes) {
      const line = lines.line(node.range.start.line);
      const c = line.charAt(node.range.start.character);
      if (c === '*' || c === '_') bold++;
      if (node.blockType === 'listItem') {
        const marker = /[-*+](?=[ \t]*$)/.exec(line.slice(0, node.range.start.character))?.[0];
        if (marker) bullets.set(marker, (bullets.get(marker) ?? 0) + 1);
      }
    }
    let bullet = '-';
    for (const [b, n] of bullets) if (n > (bullets.get(bullet) ?? 0)) bullet = b;
    style = { bold: bold * 2 > analysis.nodes.length, bullet, eol: lines.eol };
    styles.set(analysis, style);
  }
  return style;
}
