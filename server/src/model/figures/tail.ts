// Figures, what follows the digits: scale, unit, a count's noun, and the second number of a range.
import type { FigureKind } from '../types';
import { MAX_NOUN_WORDS, gapForward, isDash, isDigit, isLetter, isUpperAscii } from './characters';
import { ADJECTIVES, ADJECTIVE_SUFFIXES, CJK_DATE_SUFFIXES, CURRENCY_CODES, CURRENCY_CODE_AT, CURRENCY_PREFIX_AT, CURRENCY_SUFFIX_AT, MONTHS, NOT_NOUNS, PERCENT_AT, SCALES, SCALE_AT, TIME_WORDS, WORD_AT, stickyMatch } from './vocabulary';

/** What follows a number: scale, unit and (for counts) the noun. */
interface Tail {
  end: number;
  /** End of the number with its scale and unit, before the noun. */
  scale: number;
  scaleWord: boolean;
  kind: FigureKind;
  /** Percent value divisor (basis points). */
  divisor: number;
  /** A currency after the amount as written (`yuan`, `US dollars`). */
  currencyText?: string;
  /** Where a count's noun starts (`end` when it has none). */
  nounStart: number;
  /** The tail holds a percent sign, a currency or a scale word. */
  hasUnit: boolean;
  rejected: boolean;
}

/**
 * Parses from `pos` (just after the digits, or after a range's second number) on.
 * `currency`: a currency mark stands before the number.
 */
export function parseTail(text: string, pos: number, currency: boolean, withNoun: boolean): Tail {
  const tail: Tail = { end: pos, nounStart: pos, scale: 1, scaleWord: false, kind: currency ? 'money' : 'count', divisor: 1, hasUnit: currency, rejected: false };
  const reject = rejectTail;
  const c = pos < text.length ? text.charCodeAt(pos) : -1;
  const c2 = pos + 1 < text.length ? text.charCodeAt(pos + 1) : -1;

  // Glued to what follows: 5G, 21st, 3D, 1990s, 10:30, 24/7, 3×, 30°C, 5-year, 2023年.
  let p = pos;
  let plus = false;
  if (c === 43 /* + */) {
    if (isDigit(c2)) return reject(); // 5+3
    plus = true; // 200+ companies
    p++;
  } else if ((c === 47 || c === 92 || c === 58 || isDash(c)) && isDigit(c2)) {
    return reject(); // 24/7, 10:30, 2019-300 (when not a range)
  } else if ((c === 46 && isLetter(c2)) || c === 95 || c === 64) {
    return reject(); // 500.pdf, 5_final, 5@
  } else if (c === 0xb0 || c === 0x2030 || c === 0x2032 || c === 0x2033 || c === 0xd7) {
    return reject();
  } else if (c === 39 || c === 0x2019) {
    if (isLetter(c2)) return reject(); // 1990's
  } else if (CJK_DATE_SUFFIXES.has(c)) {
    return reject();
  } else if (isDash(c) && isLetter(c2)) {
    // Only a scale or percent word may be hyphenated to the number: `$5-million`, `20-percent`.
    const s = stickyMatch(SCALE_AT, text, pos + 1);
    const pc = s ? null : stickyMatch(PERCENT_AT, text, pos + 1);
    if ((s && s[1]) || (pc && !pc[0].startsWith('%'))) p = pos + 1;
    else return reject();
  }
  let glued = p === pos || isDash(text.charCodeAt(p - 1));

  // Scale: `1.2 billion`, `$3bn`, `€2.5m`, `80亿`.
  let singleLetter = false;
  {
    const g = gapForward(text, p);
    const s = stickyMatch(SCALE_AT, text, g);
    if (s && (s[1] || s[3] || (s[2] && g === p && !plus))) {
      const key = (s[1] ?? s[2] ?? s[3]).toLowerCase();
      tail.scale = SCALES[key];
      tail.scaleWord = true;
      tail.hasUnit = true;
      singleLetter = s[2] !== undefined;
      p = g + s[0].length;
      glued = false;
    }
  }

  // Unit: percent (not after a scale or a currency mark) or a currency after the amount.
  {
    const g = gapForward(text, p);
    let pc = !tail.scaleWord && !currency ? stickyMatch(PERCENT_AT, text, g) : null;
    // `pp`/`ppt` only glued (`0.5pp`): spaced, `200 pp` is more often pages.
    if (pc && g > p && pc[1] !== undefined && pc[1].length <= 3) pc = null;
    if (pc) {
      tail.kind = 'percent';
      if (pc[2] !== undefined) tail.divisor = 100;
      tail.hasUnit = true;
      p = g + pc[0].length;
      glued = false;
    } else {
      const cs = stickyMatch(CURRENCY_SUFFIX_AT, text, g) ?? stickyMatch(CURRENCY_CODE_AT, text, g);
      if (cs && (cs.length < 2 || cs[1] === undefined || CURRENCY_CODES.has(cs[1]))) {
        tail.kind = 'money';
        tail.hasUnit = true;
        tail.currencyText = cs[0];
        p = g + cs[0].length;
        glued = false;
      }
    }
  }
  if (singleLetter && tail.kind !== 'money') return reject(); // 5m could be metres, 4K a resolution
  if (glued && isLetter(p < text.length ? text.charCodeAt(p) : -1)) return reject();
  tail.end = p;
  tail.nounStart = p;

  if (tail.kind === 'count' && withNoun) {
    const r = countNoun(text, p);
    if (r < 0) return reject();
    tail.end = r;
    tail.nounStart = gapForward(text, p);
  }
  return tail;
}

function rejectTail(this: void): Tail {
  return { end: 0, nounStart: 0, scale: 1, scaleWord: false, kind: 'count', divisor: 1, hasUnit: false, rejected: true };
}

function isAdjectiveLike(w: string, lower: string): boolean {
  if (ADJECTIVES.has(lower) || w.includes('-')) return true;
  const c = w.charCodeAt(0);
  if (isUpperAscii(c)) return true; // Hong Kong companies, Chinese firms
  if (lower.length < 4) return false;
  for (const s of ADJECTIVE_SUFFIXES) if (lower.endsWith(s)) return true;
  return false;
}

/**
 * The noun of a count from `p`: the next word, and the word after it while the words so
 * far look like modifiers (`200 collaborative projects`). -1 when the number is a date
 * or a time (`3 March`, `5 pm`).
 */
function countNoun(text: string, p: number): number {
  let end = p;
  let g = gapForward(text, p);
  if (g === p) return end;
  for (let n = 0; n < MAX_NOUN_WORDS; n++) {
    const m = stickyMatch(WORD_AT, text, g);
    if (!m) break;
    const w = m[0];
    const lower = w.toLowerCase();
    const wEnd = g + w.length;
    const after = wEnd < text.length ? text.charCodeAt(wEnd) : -1;
    if (n === 0) {
      if (MONTHS.has(w) || TIME_WORDS.has(lower)) return -1;
      if ((lower === 'a' || lower === 'p') && text.startsWith('.m.', wEnd)) return -1;
    }
    if (NOT_NOUNS.has(lower)) break;
    if (isDigit(after) || (isDash(after) && isDigit(wEnd + 1 < text.length ? text.charCodeAt(wEnd + 1) : -1))) break; // COVID-19
    end = wEnd;
    if (!isAdjectiveLike(w, lower)) break;
    const ng = gapForward(text, wEnd);
    if (ng === wEnd) break;
    g = ng;
  }
  return end;
}

/** The second number of a range after the number ending at `pos`: `5-10%`, `5 to 10 percent`, `$1–$2 billion`. */
interface RangeStart {
  /** Where B's currency mark or digits start. */
  at: number;
  glued: boolean;
}

export function rangeAfter(text: string, pos: number, allowAnd: boolean): RangeStart | undefined {
  const c = pos < text.length ? text.charCodeAt(pos) : -1;
  let q: number;
  let glued = false;
  if (isDash(c)) {
    q = pos + 1;
    glued = true;
  } else {
    const g = gapForward(text, pos);
    if (g === pos) return undefined;
    const cg = g < text.length ? text.charCodeAt(g) : -1;
    if (isDash(cg)) q = g + 1;
    else if (text.startsWith('to', g) && !isLetter(text.charCodeAt(g + 2))) q = g + 2;
    else if (allowAnd && text.startsWith('and', g) && !isLetter(text.charCodeAt(g + 3))) q = g + 3;
    else return undefined;
    if (!isDash(cg) && gapForward(text, q) === q) return undefined;
  }
  const at = glued ? q : gapForward(text, q);
  let digit = at;
  const cur = stickyMatch(CURRENCY_PREFIX_AT, text, at);
  if (cur) digit = gapForward(text, at + cur[0].length);
  if (!isDigit(digit < text.length ? text.charCodeAt(digit) : -1)) return undefined;
  return { at, glued };
}

