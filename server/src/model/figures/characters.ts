// Figures, the characters: classes of characters, gaps between a figure's parts, words.

/** Longest run of spaces (and at most one line break) between the parts of a figure. */
const MAX_GAP = 256;
/** Longest word looked at backwards (qualifier, name, currency code). */
const MAX_WORD = 40;
/** Longest digit token considered (longer runs are ids, phone numbers or junk). */
export const MAX_TOKEN = 40;
/** Words a count's noun may span (modifiers + noun). */
export const MAX_NOUN_WORDS = 4;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** CJK scripts, CJK punctuation and full-width forms: written without spaces, so never "glued". */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** A letter (or combining mark) of a script that separates words with spaces. */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isCjk(c) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x3000;
}

export function isDash(c: number): boolean {
  // hyphen-minus, hyphen, non-breaking hyphen, en dash (not the em dash: that is punctuation)
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

/** End of the run of spaces (at most one line break) starting at `i`; `i` when there is none. */
export function gapForward(text: string, i: number): number {
  let j = i;
  let breaks = 0;
  while (j < text.length && j - i < MAX_GAP) {
    const c = text.charCodeAt(j);
    if (c === 10) {
      if (++breaks > 1) return j;
    } else if (!isSpace(c)) {
      return j;
    }
    j++;
  }
  return j;
}

/** Start of the run of spaces (at most one line break) ending at `i`; `i` when there is none. */
export function gapBackward(text: string, i: number): number {
  let j = i;
  let breaks = 0;
  while (j > 0 && i - j < MAX_GAP) {
    const c = text.charCodeAt(j - 1);
    if (c === 10) {
      if (++breaks > 1) return j;
    } else if (!isSpace(c)) {
      return j;
    }
    j--;
  }
  return j;
}

export interface Word {
  start: number;
  end: number;
  /** Lower-cased. */
  lower: string;
  raw: string;
}

/** The whole word of letters ending at `end`, if there is one (and it is not absurdly long). */
export function wordBefore(text: string, end: number): Word | undefined {
  let k = end;
  while (k > 0 && end - k <= MAX_WORD && isLetter(text.charCodeAt(k - 1))) k--;
  if (k === end || end - k > MAX_WORD) return undefined;
  const raw = text.slice(k, end);
  return { start: k, end, raw, lower: raw.toLowerCase() };
}

