// Figures, what stands before the digits: the number token itself, then looking backwards
// for currency mark, sign, qualifier and the word that may name the number.
import { MAX_TOKEN, type Word, gapBackward, isCjk, isDash, isDigit, isLetter, isSpace, isUpperAscii, wordBefore } from './characters';
import { CAPITALISED_OK, CJK_ORDINAL_PREFIX, CURRENCY_CODES, CURRENCY_SYMBOLS, DOTTED_QUALIFIERS, GLUED_BEFORE, INTENSIFIERS, NAMING_WORDS, QUALIFIERS, QUALIFIER_LAST_WORDS, SYMBOL_QUALIFIERS, VALID_NUMBER } from './vocabulary';

interface ParsedNumber {
  /** Absolute value as written, separators removed. */
  value: number;
  /** A 4-digit integer 1000–2999 with no separator: a year unless a unit says otherwise. */
  yearShaped: boolean;
  digits: number;
  /** Written with a thousands separator. */
  separated: boolean;
}

/** The number token `text[from, to)`, a match of `\d+(?:[.,]\d+)*`. */
export function parseNumberToken(text: string, from: number, to: number): ParsedNumber | undefined {
  const n = to - from;
  const c0 = text.charCodeAt(from);
  if (n > 1 && c0 === 48 && text.charCodeAt(from + 1) !== 46) return undefined; // 007, 05, 0,500
  if (n <= 15) {
    let v = 0;
    let i = from;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) break;
      v = v * 10 + (c - 48);
    }
    if (i === to) return { value: v, yearShaped: n === 4 && (c0 === 49 || c0 === 50), digits: n, separated: false };
  }
  if (n > MAX_TOKEN) return undefined;
  return parseSeparated(text.slice(from, to));
}

function parseSeparated(tok: string): ParsedNumber | undefined {
  const n = tok.length;
  if (n > MAX_TOKEN || !VALID_NUMBER.test(tok)) return undefined; // 1.2.3, 1,23, 12,5: not figures
  const plain = tok.replace(/,/g, '');
  const dot = plain.indexOf('.');
  if ((dot < 0 ? plain.length : dot) > 15) return undefined;
  return { value: Number(plain), yearShaped: false, digits: n, separated: plain.length !== n };
}

/** What stands before a number: qualifier, sign and currency mark. */
interface Head {
  /** Start of the figure (qualifier, sign, currency or number). */
  start: number;
  /** Start of the sign, currency mark or number (the figure without its qualifier). */
  coreStart: number;
  /** Start of the qualifier, when there is one. */
  qualifierStart?: number;
  /** The qualifier is `between` (it only counts when a range follows). */
  between: boolean;
  negative: boolean;
  signed: boolean;
  currency: boolean;
  /** The currency mark as written (`$`, `US$`, `RMB`), when there is one. */
  currencyText?: string;
  /** The number is a label (`Article 23`, `Industry 4.0`) if it turns out to be a plain count. */
  labelled: boolean;
  /** A capitalised word stands right before it: a name (`Industry 4.0`) unless the number has a thousands separator. */
  afterCapitalised: boolean;
  /** Not a figure whatever follows. */
  rejected: boolean;
}

/** Looks backwards from the digits at `d`, never before `minStart`. */
export function parseHead(text: string, d: number, minStart: number): Head {
  const head: Head = { start: d, coreStart: d, between: false, negative: false, signed: false, currency: false, labelled: false, afterCapitalised: false, rejected: false };

  // Currency mark, possibly spaced: `$1.2`, `HK$500`, `US$ 3`, `RMB 80`, `RMB80`, `€2.5m`.
  const g = gapBackward(text, d);
  if (g > minStart) {
    const c = text.charCodeAt(g - 1);
    if (CURRENCY_SYMBOLS.has(c)) {
      let s = g - 1;
      if (c === 0x24) {
        // Letters glued before `$` name the dollar (US$, HK$, NZ$, MOP$).
        let j = s;
        while (j > minStart && s - j < 3 && isUpperAscii(text.charCodeAt(j - 1))) j--;
        if (j < s && (j === 0 || !isLetter(text.charCodeAt(j - 1)))) s = j;
      }
      head.start = s;
      head.currency = true;
      head.currencyText = text.slice(s, g);
    } else {
      const dotted = c === 46 && g - 1 > minStart; // `Rs.`
      const w = wordBefore(text, dotted ? g - 1 : g);
      if (w && w.start >= minStart && CURRENCY_CODES.has(w.raw) && (!dotted || w.raw === 'Rs')) {
        head.start = w.start;
        head.currency = true;
        head.currencyText = w.raw;
      }
    }
  }

  // Sign directly before the currency or number: `-3%`, `−$5 million`, `+2.1%`.
  {
    const p = head.start;
    const c = p > minStart ? text.charCodeAt(p - 1) : -1;
    if (c === 45 || c === 0x2212 || c === 43) {
      const b = p - 2 >= 0 ? text.charCodeAt(p - 2) : -1;
      if (b < 0 || isSpace(b) || b === 10 || isCjk(b) || SYMBOL_QUALIFIERS.has(b) || '([{"\'“‘«,;:='.includes(String.fromCharCode(b))) {
        head.start = p - 1;
        head.signed = true;
        head.negative = c !== 43;
      }
    }
  }

  // Glued to what stands before it: part of a name, a date, a code.
  if (!head.currency && !head.signed) {
    const pc = d > 0 ? text.charCodeAt(d - 1) : -1;
    const ppc = d > 1 ? text.charCodeAt(d - 2) : -1;
    if (pc >= 0) {
      if (isLetter(pc)) head.rejected = true; // G20, H5N1, Web3, FY2023
      else if (GLUED_BEFORE.has(pc)) head.rejected = true; // .5 /5 #5 _5 @5 &5 ^5 №5 id=5 %20 10:30 3:1
      else if ((isDash(pc) || pc === 0x2014) && (isLetter(ppc) || isDigit(ppc))) head.rejected = true; // COVID-19, 2019-20
      else if ((pc === 39 || pc === 0x2019) && !isLetter(ppc)) head.rejected = true; // ’23
      else if (pc === CJK_ORDINAL_PREFIX) head.rejected = true; // 第3
    }
  }
  head.coreStart = head.start;
  if (head.rejected) return head;

  // Qualifier: a symbol (~ ≈ > < ≥ ≤) or words (`more than`, `well over`, `approx.`).
  const k = gapBackward(text, head.start);
  if (k > minStart) {
    const c = text.charCodeAt(k - 1);
    if (SYMBOL_QUALIFIERS.has(c)) {
      head.qualifierStart = k - 1;
    } else if (c === 46 && k < head.start) {
      const w = wordBefore(text, k - 1);
      if (w && w.start >= minStart) {
        if (DOTTED_QUALIFIERS.has(w.lower)) head.qualifierStart = w.start;
        else if (NAMING_WORDS.has(w.lower) && !head.currency && !head.signed) head.labelled = true; // No. 5, p. 12, Art. 23
      }
    } else if (k < head.start) {
      qualifierWords(text, k, minStart, head);
    }
  }
  if (head.qualifierStart !== undefined) head.start = head.qualifierStart;
  return head;
}

/** Matches the words ending at `k` against the qualifiers; else checks whether the word names the number. */
function qualifierWords(text: string, k: number, minStart: number, head: Head): void {
  const words: Word[] = [];
  let end = k;
  while (words.length < 4) {
    const w = wordBefore(text, end);
    if (!w || w.start < minStart) break;
    words.push(w);
    if (words.length === 1 && !QUALIFIER_LAST_WORDS.has(w.lower)) break; // only the name check needs it
    const g = gapBackward(text, w.start);
    if (g === w.start) break;
    end = g;
  }
  if (words.length === 0) return;
  let matched = 0;
  for (const q of QUALIFIERS) {
    if (q.length <= matched || q.length > words.length) continue;
    let ok = true;
    for (let i = 0; i < q.length && ok; i++) ok = words[i].lower === q[q.length - 1 - i];
    if (ok) matched = q.length;
  }
  if (matched > 0) {
    let first = words[matched - 1];
    if (matched < words.length && INTENSIFIERS.has(words[matched].lower)) first = words[matched];
    head.qualifierStart = first.start;
    return;
  }
  const w = words[0];
  if (w.lower === 'between') {
    head.between = true;
    head.qualifierStart = w.start;
    return;
  }
  if (head.currency || head.signed) return;
  if (NAMING_WORDS.has(w.lower)) head.labelled = true; // article 23, page 5, version 2.0
  else if (w.raw !== w.lower && !CAPITALISED_OK.has(w.lower) && !w.lower.endsWith('ly')) head.afterCapitalised = true; // Industry 4.0, iPhone 15
}

