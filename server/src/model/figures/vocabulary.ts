// Figures, the words: qualifiers, naming words, nouns, currencies, scales and units, and
// the sticky regexes that match them at a position.

/** Qualifiers as word sequences, nearest the number last. Matched case-insensitively. */
export const QUALIFIERS: readonly (readonly string[])[] = [
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
export const QUALIFIER_LAST_WORDS = new Set([...QUALIFIERS.map((q) => q[q.length - 1]), 'between']);

/** Words that may stand before a qualifier and belong to it: `well over`, `no more than`. */
export const INTENSIFIERS = new Set([
  'well', 'just', 'slightly', 'far', 'much', 'no', 'not', 'significantly', 'substantially', 'considerably', 'somewhat',
]);

/** Abbreviated qualifiers written with a full stop: `approx. 5%`, `ca. 200`, `c. 200`. */
export const DOTTED_QUALIFIERS = new Set(['approx', 'ca', 'c', 'est']);

export const SYMBOL_QUALIFIERS = new Set([0x7e /* ~ */, 0x223c /* ∼ */, 0x2248 /* ≈ */, 0x3e /* > */, 0x3c /* < */, 0x2265, 0x2264, 0x2a7e, 0x2a7d]);

/**
 * Words that make the number after them a label, not a quantity (`Article 23`, `page 5`,
 * `version 2.0`, `No. 5`), in any case.
 */
export const NAMING_WORDS = new Set([
  'article', 'articles', 'art', 'section', 'sections', 'sec', 'chapter', 'chapters', 'ch', 'chap', 'page', 'pages', 'p', 'pp',
  'paragraph', 'paragraphs', 'para', 'clause', 'clauses', 'figure', 'fig', 'figs', 'table', 'tables', 'item', 'no', 'nos', 'nr',
  'number', 'version', 'ver', 'v', 'vol', 'volume', 'issue', 'edition', 'episode', 'ep', 'season', 'series', 'phase', 'stage',
  'level', 'grade', 'tier', 'type', 'class', 'category', 'line', 'route', 'room', 'floor', 'gate', 'platform', 'step', 'rule',
  'round', 'model', 'annex', 'appendix', 'schedule', 'part', 'book', 'verse', 'title', 'chart', 'exhibit', 'slide', 'note',
  'footnote', 'ref', 'reference', 'act', 'bill', 'resolution', 'lot', 'block', 'ward', 'suite', 'box', 'exit', 'highway',
  'flight', 'channel', 'track', 'row', 'seat', 'q',
]);

/** Capitalised words that may open a sentence before a count without naming it (`The 200 firms`). */
export const CAPITALISED_OK = new Set([
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
export const NOT_NOUNS = new Set([
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
export const ADJECTIVES = new Set([
  'new', 'old', 'more', 'other', 'such', 'small', 'large', 'big', 'major', 'minor', 'top', 'key', 'main', 'young', 'full', 'part',
  'high', 'low', 'joint', 'foreign', 'private', 'overseas', 'senior', 'junior', 'extra', 'further', 'unique', 'tech', 'start',
]);

export const ADJECTIVE_SUFFIXES = ['ive', 'al', 'ous', 'ful', 'ic', 'able', 'ible', 'ary', 'ory', 'ese', 'ian', 'ish', 'less', 'ed', 'ing', 'ern'];

export const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

export const TIME_WORDS = new Set(['am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'hkt']);

/** ISO codes and abbreviations written before (or after) an amount. Case-sensitive. */
export const CURRENCY_CODES = new Set([
  'USD', 'HKD', 'CNY', 'CNH', 'RMB', 'EUR', 'GBP', 'JPY', 'SGD', 'AUD', 'CAD', 'CHF', 'MOP', 'TWD', 'NTD', 'KRW', 'INR', 'NZD',
  'MYR', 'THB', 'IDR', 'VND', 'BRL', 'ZAR', 'SEK', 'NOK', 'DKK', 'RUB', 'AED', 'SAR', 'MXN', 'TRY', 'Rs',
]);

/** One-character currency marks, before or after an amount. */
export const CURRENCY_SYMBOLS = new Set([
  0x24 /* $ */, 0xa5 /* ¥ */, 0xffe5 /* ￥ */, 0x20ac /* € */, 0xa3 /* £ */, 0x20b9 /* ₹ */, 0x20a9 /* ₩ */, 0x20bd /* ₽ */,
  0x20ba /* ₺ */, 0x20ab /* ₫ */, 0x20b1 /* ₱ */, 0x0e3f /* ฿ */, 0x20aa /* ₪ */, 0x20a6 /* ₦ */, 0x20b4 /* ₴ */, 0xffe1 /* ￡ */,
  0xffe0 /* ￠ */,
]);

/** Characters that make a number glued right after them no figure: . / \\ # _ @ & ^ № = % : */
export const GLUED_BEFORE = new Set([46, 47, 92, 35, 95, 64, 38, 94, 0x2116, 61, 37, 58]);

/** CJK characters after a number that make it a date or a time (年 月 日 号 時 分 秒 点). */
export const CJK_DATE_SUFFIXES = new Set([0x5e74, 0x6708, 0x65e5, 0x53f7, 0x865f, 0x6642, 0x65f6, 0x5206, 0x79d2, 0x70b9, 0x9ede]);
export const CJK_ORDINAL_PREFIX = 0x7b2c; // 第

// Latin letters (not CJK): the boundary after a unit word.
const LATIN = '(?:[^\\P{L}\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef]|\\p{M})';
const END = `(?!${LATIN}|\\d)`;
const SP = '[ \\u00a0\\u202f]{1,3}';

/** Scale words. Single letters (`k`, `m`, `b`, `t`) only glued to money: see `parseTail`. */
export const SCALE_AT = new RegExp(
  `(?:(thousand|million|billion|trillion|lakh|crore|mln|mn|bln|bn|trn|tn)${END}|([kmbt])${END}|(百万|千万|万亿|萬億|万|萬|亿|億|千))`,
  'iuy',
);
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9, trn: 1e12, tn: 1e12,
  k: 1e3, m: 1e6, b: 1e9, t: 1e12,
  '百万': 1e6, '千万': 1e7, '万亿': 1e12, '萬億': 1e12, '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '千': 1e3,
};

/** Percent spellings; group 1 set = percentage points, group 2 set = basis points. `pp`, `ppt`: see `parseTail`. */
export const PERCENT_AT = new RegExp(
  `(?:%|％|(percentage${SP}points?|pp|ppt)${END}|(basis${SP}points?|bps|bp)${END}|(?:per${SP}cent|per-cent|percent|pct)${END})`,
  'iuy',
);

/** Currency words after an amount. */
export const CURRENCY_SUFFIX_AT = new RegExp(
  `(?:(?:(?:US|HK|NT|NZ|Hong${SP}Kong|Singapore|Australian|Canadian|American|Macau|Macao|Taiwan|New${SP}Taiwan|Mexican)${SP})?dollars?|yuan|renminbi|euros?|yen|rupees?|pesos?|francs?|ringgit|baht|rubles?|roubles?|pounds${SP}sterling)${END}` +
    `|(?:美元|港元|港币|港幣|人民币|人民幣|日元|欧元|歐元|英镑|英鎊|澳门元|澳門元|元|円|€|£|¥|￥)`,
  'iuy',
);
export const CURRENCY_CODE_AT = /([A-Z]{3}|Rs)(?![A-Za-z\d])/y;

/** A currency mark that opens the second number of a range (`$1–$2 billion`). */
export const CURRENCY_PREFIX_AT = /(?:[A-Z]{1,3}\$|[$¥￥€£₹₩₽₺₫₱฿₪₦₴]|(?:[A-Z]{3}|Rs\.?)(?=[ \u00a0]?\d))/y;

export const WORD_AT = new RegExp(`${LATIN}+(?:['’\\-]${LATIN}+)*`, 'uy');
export const NUMBER_AT = /\d+(?:[.,]\d+)*/y;
export const VALID_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Whether a unit, scale or word may start with the character at `i` (saves running the regexes). */
function mayStartWord(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 128 || c === 37 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  if (re !== CURRENCY_PREFIX_AT && re !== NUMBER_AT && !mayStartWord(text, at)) return null;
  re.lastIndex = at;
  return re.exec(text);
}

