// Figures: numbers with their qualifier and unit in a node's plain text.
//
// Pure and linear: one forward scan for digit runs, and around each one a bounded look
// backwards (currency mark, sign, qualifier, the word before) and forwards (range, scale,
// unit, a count's noun). Every regex is sticky or anchored with disjoint repetitions, so
// nothing backtracks over more than a word. The user-facing rules are in docs/figures.md;
// the comments below name each decision where it is made.
import type { FigureKind, FoundFigure } from './types';

/** Longest run of spaces (and at most one line break) between the parts of a figure. */
const MAX_GAP = 256;
/** Longest word looked at backwards (qualifier, name, currency code). */
const MAX_WORD = 40;
/** Longest digit token considered (longer runs are ids, phone numbers or junk). */
const MAX_TOKEN = 40;
/** Words a count's noun may span (modifiers + noun). */
const MAX_NOUN_WORDS = 4;

// ---------------------------------------------------------------------------------------
// Characters

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** CJK scripts, CJK punctuation and full-width forms: written without spaces, so never "glued". */
function isCjk(c: number): boolean {
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
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isCjk(c) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x3000;
}

function isDash(c: number): boolean {
  // hyphen-minus, hyphen, non-breaking hyphen, en dash (not the em dash: that is punctuation)
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

/** End of the run of spaces (at most one line break) starting at `i`; `i` when there is none. */
function gapForward(text: string, i: number): number {
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
function gapBackward(text: string, i: number): number {
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

interface Word {
  start: number;
  end: number;
  /** Lower-cased. */
  lower: string;
  raw: string;
}

/** The whole word of letters ending at `end`, if there is one (and it is not absurdly long). */
function wordBefore(text: string, end: number): Word | undefined {
  let k = end;
  while (k > 0 && end - k <= MAX_WORD && isLetter(text.charCodeAt(k - 1))) k--;
  if (k === end || end - k > MAX_WORD) return undefined;
  const raw = text.slice(k, end);
  return { start: k, end, raw, lower: raw.toLowerCase() };
}

// ---------------------------------------------------------------------------------------
// Vocabulary

/** Qualifiers as word sequences, nearest the number last. Matched case-insensitively. */
const QUALIFIERS: readonly (readonly string[])[] = [
  ['in', 'excess', 'of'],
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['as', 'few', 'as'],
  ['as', 'little', 'as'],
  ['as', 'high', 'as'],
  ['as', 'low', 'as'],
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['greater', 'than'],
  ['higher', 'than'],
  ['lower', 'than'],
  ['larger', 'than'],
  ['bigger', 'than'],
  ['smaller', 'than'],
  ['up', 'to'],
  ['at', 'least'],
  ['at', 'most'],
  ['close', 'to'],
  ['upwards', 'of'],
  ['upward', 'of'],
  ['an', 'estimated'],
  ['over'],
  ['above'],
  ['under'],
  ['below'],
  ['beyond'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
  ['roughly'],
  ['approximately'],
  ['some'],
  ['exceeding'],
  ['surpassing'],
  ['topping'],
  ['exactly'],
  ['only'],
  ['just'],
  ['circa'],
  ['estimated'],
];

/** The word nearest the number of each qualifier, and `between`. */
const QUALIFIER_LAST_WORDS = new Set([...QUALIFIERS.map((q) => q[q.length - 1]), 'between']);

/** Words that may stand before a qualifier and belong to it: `well over`, `no more than`. */
const INTENSIFIERS = new Set([
  'well', 'just', 'slightly', 'far', 'much', 'no', 'not', 'significantly', 'substantially', 'considerably', 'somewhat',
]);

/** Abbreviated qualifiers written with a full stop: `approx. 5%`, `ca. 200`, `c. 200`. */
const DOTTED_QUALIFIERS = new Set(['approx', 'ca', 'c', 'est']);

const SYMBOL_QUALIFIERS = new Set([0x7e /* ~ */, 0x223c /* ∼ */, 0x2248 /* ≈ */, 0x3e /* > */, 0x3c /* < */, 0x2265, 0x2264, 0x2a7e, 0x2a7d]);

/**
 * Words that make the number after them a label, not a quantity (`Article 23`, `page 5`,
 * `version 2.0`, `No. 5`), in any case.
 */
const LABEL_WORDS = new Set([
  'article', 'articles', 'art', 'section', 'sections', 'sec', 'chapter', 'chapters', 'ch', 'chap', 'page', 'pages', 'p', 'pp',
  'paragraph', 'paragraphs', 'para', 'clause', 'clauses', 'figure', 'fig', 'figs', 'table', 'tables', 'item', 'no', 'nos', 'nr',
  'number', 'version', 'ver', 'v', 'vol', 'volume', 'issue', 'edition', 'episode', 'ep', 'season', 'series', 'phase', 'stage',
  'level', 'grade', 'tier', 'type', 'class', 'category', 'line', 'route', 'room', 'floor', 'gate', 'platform', 'step', 'rule',
  'round', 'model', 'annex', 'appendix', 'schedule', 'part', 'book', 'verse', 'title', 'chart', 'exhibit', 'slide', 'note',
  'footnote', 'ref', 'reference', 'act', 'bill', 'resolution', 'lot', 'block', 'ward', 'suite', 'box', 'exit', 'highway',
  'flight', 'channel', 'track', 'row', 'seat', 'q',
]);

/** Capitalised words that may open a sentence before a count without naming it (`The 200 firms`). */
const CAPITALISED_OK = new Set([
  'the', 'a', 'an', 'these', 'those', 'this', 'that', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'all', 'with', 'and',
  'but', 'or', 'nor', 'of', 'in', 'for', 'by', 'from', 'to', 'at', 'on', 'since', 'after', 'before', 'each', 'every', 'another',
  'than', 'as', 'when', 'while', 'until', 'during', 'within', 'across', 'among', 'between', 'including', 'plus', 'if', 'so', 'yet',
  'then', 'now', 'today', 'also', 'were', 'was', 'are', 'is', 'had', 'has', 'have', 'whereas', 'although', 'though', 'because',
  'once', 'per', 'via', 'like', 'unlike', 'except', 'besides', 'despite', 'throughout', 'toward', 'towards', 'upon', 'without',
  'both', 'not', 'there', 'here', 'where', 'what', 'which', 'who', 'whose', 'some', 'many', 'most', 'another', 'other', 'first',
  'last', 'next', 'total', 'overall', 'meanwhile', 'however', 'still', 'even', 'again', 'yes', 'we', 'they', 'i', 'you', 'he',
  'she', 'it', 'them', 'us', 'added', 'about', 'over', 'under',
]);

/** Words that follow a number but are not its noun. */
const NOT_NOUNS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'by', 'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'from', 'with', 'without', 'into',
  'onto', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'that', 'which', 'who', 'whom', 'whose', 'as', 'than', 'per', 'each',
  'this', 'these', 'those', 'it', 'its', 'their', 'there', 'here', 'over', 'under', 'above', 'below', 'between', 'among',
  'across', 'through', 'during', 'since', 'until', 'till', 'via', 'vs', 'versus', 'plus', 'minus', 'so', 'yet', 'if', 'when',
  'while', 'where', 'not', 'no', 'also', 'only', 'just', 'about', 'around', 'some', 'nearly', 'almost', 'up', 'out', 'off',
  'after', 'before', 'against', 'like', 'including', 'all', 'both', 'either', 'neither', 'respectively', 'alone', 'every',
  'they', 'we', 'he', 'she', 'you', 'i', 'me', 'us', 'them', 'too', 'very', 'then', 'or', 'roughly', 'approximately',
  'exactly', 'less', 'fewer', 'beyond', 'towards', 'toward', 'within', 'whereas', 'because', 'although', 'though',
]);

/** Short adjectives a count's noun phrase may run through (`200 new companies`). */
const ADJECTIVES = new Set([
  'new', 'old', 'more', 'other', 'such', 'small', 'large', 'big', 'major', 'minor', 'top', 'key', 'main', 'young', 'full', 'part',
  'high', 'low', 'joint', 'foreign', 'private', 'overseas', 'senior', 'junior', 'extra', 'further', 'unique', 'tech', 'start',
]);

const ADJECTIVE_SUFFIXES = ['ive', 'al', 'ous', 'ful', 'ic', 'able', 'ible', 'ary', 'ory', 'ese', 'ian', 'ish', 'less', 'ed', 'ing', 'ern'];

const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

const TIME_WORDS = new Set(['am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'hkt']);

/** ISO codes and abbreviations written before (or after) an amount. Case-sensitive. */
const CURRENCY_CODES = new Set([
  'USD', 'HKD', 'CNY', 'CNH', 'RMB', 'EUR', 'GBP', 'JPY', 'SGD', 'AUD', 'CAD', 'CHF', 'MOP', 'TWD', 'NTD', 'KRW', 'INR', 'NZD',
  'MYR', 'THB', 'IDR', 'VND', 'BRL', 'ZAR', 'SEK', 'NOK', 'DKK', 'RUB', 'AED', 'SAR', 'MXN', 'TRY', 'Rs',
]);

/** One-character currency marks, before or after an amount. */
const CURRENCY_SYMBOLS = new Set([
  0x24 /* $ */, 0xa5 /* ¥ */, 0xffe5 /* ￥ */, 0x20ac /* € */, 0xa3 /* £ */, 0x20b9 /* ₹ */, 0x20a9 /* ₩ */, 0x20bd /* ₽ */,
  0x20ba /* ₺ */, 0x20ab /* ₫ */, 0x20b1 /* ₱ */, 0x0e3f /* ฿ */, 0x20aa /* ₪ */, 0x20a6 /* ₦ */, 0x20b4 /* ₴ */, 0xffe1 /* ￡ */,
  0xffe0 /* ￠ */,
]);

/** Characters that make a number glued right after them no figure: . / \\ # _ @ & ^ № = % : */
const GLUED_BEFORE = new Set([46, 47, 92, 35, 95, 64, 38, 94, 0x2116, 61, 37, 58]);

/** CJK characters after a number that make it a date or a time (年 月 日 号 時 分 秒 点). */
const CJK_DATE_SUFFIXES = new Set([0x5e74, 0x6708, 0x65e5, 0x53f7, 0x865f, 0x6642, 0x65f6, 0x5206, 0x79d2, 0x70b9, 0x9ede]);
const CJK_ORDINAL_PREFIX = 0x7b2c; // 第

// Latin letters (not CJK): the boundary after a unit word.
const LATIN = '(?:[^\\P{L}\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef]|\\p{M})';
const END = `(?!${LATIN}|\\d)`;
const SP = '[ \\u00a0\\u202f]{1,3}';

/** Scale words. Single letters (`k`, `m`, `b`, `t`) only glued to money: see `parseTail`. */
const SCALE_AT = new RegExp(
  `(?:(thousand|million|billion|trillion|lakh|crore|mln|mn|bln|bn|trn|tn)${END}|([kmbt])${END}|(百万|千万|万亿|萬億|万|萬|亿|億|千))`,
  'iuy',
);
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, trn: 1e12, tn: 1e12,
  k: 1e3, m: 1e6, b: 1e9, t: 1e12,
  '百万': 1e6, '千万': 1e7, '万亿': 1e12, '萬億': 1e12, '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '千': 1e3,
};

/** Percent spellings; group 1 set = percentage points, group 2 set = basis points. `pp`, `ppt`: see `parseTail`. */
const PERCENT_AT = new RegExp(
  `(?:%|％|(percentage${SP}points?|pp|ppt)${END}|(basis${SP}points?|bps|bp)${END}|(?:per${SP}cent|per-cent|percent|pct)${END})`,
  'iuy',
);

/** Currency words after an amount. */
const CURRENCY_SUFFIX_AT = new RegExp(
  `(?:(?:(?:US|HK|NT|NZ|Hong${SP}Kong|Singapore|Australian|Canadian|American|Macau|Macao|Taiwan|New${SP}Taiwan|Mexican)${SP})?dollars?|yuan|renminbi|euros?|yen|rupees?|pesos?|francs?|ringgit|baht|rubles?|roubles?|pounds${SP}sterling)${END}` +
    `|(?:美元|港元|港币|港幣|人民币|人民幣|日元|欧元|歐元|英镑|英鎊|澳门元|澳門元|元|円|€|£|¥|￥)`,
  'iuy',
);
const CURRENCY_CODE_AT = /([A-Z]{3}|Rs)(?![A-Za-z\d])/y;

/** A currency mark that opens the second number of a range (`$1–$2 billion`). */
const CURRENCY_PREFIX_AT = /(?:[A-Z]{1,3}\$|[$¥￥€£₹₩₽₺₫₱฿₪₦₴]|(?:[A-Z]{3}|Rs\.?)(?=[ \u00a0]?\d))/y;

const WORD_AT = new RegExp(`${LATIN}+(?:['’\\-]${LATIN}+)*`, 'uy');
const NUMBER_AT = /\d+(?:[.,]\d+)*/y;
const VALID_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Whether a unit, scale or word may start with the character at `i` (saves running the regexes). */
function mayStartWord(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 128 || c === 37 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  if (re !== CURRENCY_PREFIX_AT && re !== NUMBER_AT && !mayStartWord(text, at)) return null;
  re.lastIndex = at;
  return re.exec(text);
}

// ---------------------------------------------------------------------------------------
// Parsing one figure

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
function parseNumberToken(text: string, from: number, to: number): ParsedNumber | undefined {
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
  /** The number is a label (`Article 23`, `Industry 4.0`) if it turns out to be a plain count. */
  labelled: boolean;
  /** A capitalised word stands right before it: a name (`Industry 4.0`) unless the number has a thousands separator. */
  afterCapitalised: boolean;
  /** Not a figure whatever follows. */
  rejected: boolean;
}

/** Looks backwards from the digits at `d`, never before `minStart`. */
function parseHead(text: string, d: number, minStart: number): Head {
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
    } else {
      const dotted = c === 46 && g - 1 > minStart; // `Rs.`
      const w = wordBefore(text, dotted ? g - 1 : g);
      if (w && w.start >= minStart && CURRENCY_CODES.has(w.raw) && (!dotted || w.raw === 'Rs')) {
        head.start = w.start;
        head.currency = true;
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
        else if (LABEL_WORDS.has(w.lower) && !head.currency && !head.signed) head.labelled = true; // No. 5, p. 12, Art. 23
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
  if (LABEL_WORDS.has(w.lower)) head.labelled = true; // article 23, page 5, version 2.0
  else if (w.raw !== w.lower && !CAPITALISED_OK.has(w.lower) && !w.lower.endsWith('ly')) head.afterCapitalised = true; // Industry 4.0, iPhone 15
}

/** What follows a number: scale, unit and (for counts) the noun. */
interface Tail {
  end: number;
  /** End of the number with its scale and unit, before the noun. */
  scale: number;
  scaleWord: boolean;
  kind: FigureKind;
  /** Percent value divisor (basis points). */
  divisor: number;
  /** The tail holds a percent sign, a currency or a scale word. */
  hasUnit: boolean;
  rejected: boolean;
}

/**
 * Parses from `pos` (just after the digits, or after a range's second number) on.
 * `currency`: a currency mark stands before the number.
 */
function parseTail(text: string, pos: number, currency: boolean, withNoun: boolean): Tail {
  const tail: Tail = { end: pos, scale: 1, scaleWord: false, kind: currency ? 'money' : 'count', divisor: 1, hasUnit: currency, rejected: false };
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
        p = g + cs[0].length;
        glued = false;
      }
    }
  }
  if (singleLetter && tail.kind !== 'money') return reject(); // 5m could be metres, 4K a resolution
  if (glued && isLetter(p < text.length ? text.charCodeAt(p) : -1)) return reject();
  tail.end = p;

  if (tail.kind === 'count' && withNoun) {
    const r = countNoun(text, p);
    if (r < 0) return reject();
    tail.end = r;
  }
  return tail;
}

function rejectTail(this: void): Tail {
  return { end: 0, scale: 1, scaleWord: false, kind: 'count', divisor: 1, hasUnit: false, rejected: true };
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

function rangeAfter(text: string, pos: number, allowAnd: boolean): RangeStart | undefined {
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

function round(v: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v === 0 ? 0 : v; // exact already (and toPrecision is slow)
  const r = Number(v.toPrecision(12));
  return r === 0 ? 0 : r;
}

function makeFigure(text: string, start: number, end: number, value: number, kind: FigureKind): FoundFigure {
  return { start, end, text: text.slice(start, end), value: round(value), kind };
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
      return {
        figures: [
          makeFigure(text, head.start, tokEnd, sign * a.value * scale, kindA),
          makeFigure(text, range.at, bTail.end, b.value * scale, kindB),
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
  return { figures: [makeFigure(text, head.start, tail.end, value, tail.kind)], next: tail.end };
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
