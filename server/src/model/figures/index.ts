// Figures: numbers with their qualifier and unit in a node's plain text.
//
// Pure and linear: one forward scan for digit runs, and around each one a bounded look
// backwards (currency mark, sign, qualifier, the word before) and forwards (range, scale,
// unit, a count's noun). Every regex is sticky or anchored with disjoint repetitions, so
// nothing backtracks over more than a word. The user-facing rules are in docs/figures.md;
// the comments in this folder name each decision where it is made. This file: the scan and
// the API; characters.ts, vocabulary.ts, head.ts (before the digits), tail.ts (after them).
import type { FigureKind, FoundFigure } from '../types';
import { gapForward, isDigit } from './characters';
import { CURRENCY_PREFIX_AT, NUMBER_AT, stickyMatch } from './vocabulary';
import { parseHead, parseNumberToken } from './head';
import { parseTail, rangeAfter } from './tail';
import { unitAsWritten } from './unit';

export function round(v: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v === 0 ? 0 : v; // exact already (and toPrecision is slow)
  const r = Number(v.toPrecision(12));
  return r === 0 ? 0 : r;
}

function makeFigure(text: string, start: number, end: number, value: number, kind: FigureKind, unit: string): FoundFigure {
  return { start, end, text: text.slice(start, end), value: round(value), kind, unit };
}

interface Step {
  figures: FoundFigure[];
  /** Where the scan goes on. */
  next: number;
}

/** Parses the figure (or range of two) whose first digits are at `d`. */
function parseAt(text: string, d: number, tokEnd: number, minStart: number): Step {
  const none = (next: number): Step => ({ figures: [], next });
  const a = parseNumberToken(text, d, tokEnd);
  const head = parseHead(text, d, minStart);
  if (head.afterCapitalised && a && !a.separated) head.labelled = true;

  // A range: both numbers share the unit (`5-10%` is 5% and 10%), or neither is a figure.
  const range = a ? rangeAfter(text, tokEnd, head.between) : undefined;
  if (range && a) {
    const cur = stickyMatch(CURRENCY_PREFIX_AT, text, range.at);
    const bDigits = cur ? gapForward(text, range.at + cur[0].length) : range.at;
    const m = stickyMatch(NUMBER_AT, text, bDigits);
    const bEnd = bDigits + (m ? m[0].length : 0);
    const b = m ? parseNumberToken(text, bDigits, bDigits + m[0].length) : undefined;
    const yearRange = a.yearShaped && b !== undefined && (b.yearShaped || (range.glued && b.digits === 2));
    if (!a.yearShaped || yearRange) {
      if (!b || head.rejected) return none(bEnd);
      const bTail = parseTail(text, bEnd, head.currency || cur !== null, true);
      if (bTail.rejected) return none(Math.max(bEnd, bTail.end));
      if (yearRange && !bTail.hasUnit) return none(bTail.end); // 2019–2020, 2019-20
      if (head.labelled && bTail.kind === 'count' && !bTail.scaleWord) return none(bTail.end); // pages 5-10
      const scale = bTail.scale / bTail.divisor;
      const sign = head.negative ? -1 : 1;
      const kindA: FigureKind = head.currency ? 'money' : bTail.kind;
      const kindB: FigureKind = cur || head.currency ? 'money' : bTail.kind;
      // Both ends share the unit: `$1-2 billion`, `5-10% of GDP`, `5 to 10 companies`.
      const currency = head.currencyText ?? (cur ? cur[0] : undefined) ?? bTail.currencyText;
      const unitB = unitAsWritten(text, kindB, cur ? cur[0] : currency, bTail.nounStart, bTail.end);
      const unitA = kindA === kindB ? unitAsWritten(text, kindA, currency, bTail.nounStart, bTail.end) : unitB;
      return {
        figures: [
          makeFigure(text, head.start, tokEnd, sign * a.value * scale, kindA, unitA),
          makeFigure(text, range.at, bTail.end, b.value * scale, kindB, unitB),
        ],
        next: bTail.end,
      };
    }
  }

  if (!a || head.rejected) return none(tokEnd);
  if (head.between) head.start = head.coreStart; // `between` is a qualifier only before a range
  const tail = parseTail(text, tokEnd, head.currency, true);
  if (tail.rejected) return none(Math.max(tokEnd, tail.end));
  if (a.yearShaped && !tail.hasUnit) return none(tail.end); // in 2023, since 1997
  if (head.labelled && tail.kind === 'count' && !tail.scaleWord) return none(tail.end); // Article 23, Industry 4.0
  if (text.charCodeAt(head.start - 1) === 40 && text.charCodeAt(tokEnd) === 41 && head.start === d) return none(tail.end); // (1)
  if (text.charCodeAt(head.start - 1) === 91 && text.charCodeAt(tokEnd) === 93 && head.start === d) return none(tail.end); // [1]
  const value = (head.negative ? -1 : 1) * a.value * (tail.scale / tail.divisor);
  const unit = unitAsWritten(text, tail.kind, head.currencyText ?? tail.currencyText, tail.nounStart, tail.end);
  return { figures: [makeFigure(text, head.start, tail.end, value, tail.kind, unit)], next: tail.end };
}

// ---------------------------------------------------------------------------------------
// API

/**
 * Figures in plain text, in order and non-overlapping; offsets are UTF-16 indexes into
 * `text`. A figure's range covers its qualifier, sign, currency mark, number, scale word
 * and unit, and for a count the noun after it.
 */
export function findFigures(text: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  let minStart = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // The digit run with its `,` and `.` separators (each followed by a digit): \d+(?:[.,]\d+)*
    const d = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    for (;;) {
      const c = i < n ? text.charCodeAt(i) : -1;
      if ((c !== 44 && c !== 46) || !isDigit(i + 1 < n ? text.charCodeAt(i + 1) : -1)) break;
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    const step = parseAt(text, d, i, minStart);
    for (const f of step.figures) {
      out.push(f);
      minStart = f.end;
    }
    if (step.next > i) i = step.next;
  }
  return out;
}

/** Two figures are the same when their kind and normalised value are (`6 percent` = `6%`, any currency). */
export function figureKey(f: { kind: string; value: number }): string {
  return `${f.kind}:${round(f.value)}`;
}
