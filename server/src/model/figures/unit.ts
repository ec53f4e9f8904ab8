// Figures, the unit as written: what `figure-mismatch` compares (docs/figures.md, "Units").
// The finder only reports the words; figureUnits.ts decides which units are the same.
import type { FigureKind } from '../types';
import { gapForward } from './characters';
import { WORD_AT, stickyMatch } from './vocabulary';

/** Words after a percent that can be its unit (`of its GDP`): a bounded look, never past punctuation. */
const PERCENT_WORDS = 5;

/** The words right after `end`, up to `PERCENT_WORDS`, stopping at anything that is not a word. */
function wordsAfter(text: string, end: number): string {
  const words: string[] = [];
  let p = end;
  while (words.length < PERCENT_WORDS) {
    const g = gapForward(text, p);
    if (g === p && words.length > 0) break;
    const m = stickyMatch(WORD_AT, text, g);
    if (!m) break;
    words.push(m[0]);
    p = g + m[0].length;
  }
  return words.join(' ');
}

/**
 * The unit of a figure as written: money its currency (the mark before the amount, else the word
 * after it), a count its noun words, a percent the words right after it; '' when there is none.
 */
export function unitAsWritten(
  text: string,
  kind: FigureKind,
  currency: string | undefined,
  nounStart: number,
  end: number,
): string {
  if (kind === 'money') return currency ?? '';
  if (kind === 'count') return end > nounStart ? text.slice(nounStart, end).replace(/\s+/g, ' ') : '';
  return wordsAfter(text, end);
}
