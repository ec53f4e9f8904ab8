// Text for boxes: cleaned to what XML can hold, wrapped by code points, and measured without a DOM
// (the CLI has none) from a per-character width table.

/**
 * One line of printable text that XML 1.0 accepts: control characters become spaces, characters
 * that reorder text (bidi controls) go, a lone surrogate becomes U+FFFD, whitespace collapses.
 */
export function cleanText(text: string): string {
  // Most text is already clean printable ASCII with single spaces: leave it as it is.
  if (isPlain(text)) return text;
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFFFE\uFFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Printable ASCII with single spaces, none at either end: what `cleanText` leaves as it is. */
export function isPlain(text: string): boolean {
  const length = text.length;
  if (length && (text.charCodeAt(0) === 32 || text.charCodeAt(length - 1) === 32)) return false;
  let space = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (space) return false;
      space = true;
    } else if (code < 0x21 || code > 0x7e) return false;
    else space = false;
  }
  return true;
}

/**
 * `wrapText`, and the width of its widest line at `fontSize` (`measureText`). Plain text (`isPlain`)
 * is wrapped and measured in one pass over the whole string, not line by line over its slices: the
 * layout does this for every box.
 */
export function wrapMeasured(text: string, width: number, maxLines: number, fontSize: number): { lines: string[]; widest: number } {
  if (!isPlain(text)) {
    const lines = wrapText(text, width, maxLines);
    let widest = 0;
    for (const line of lines) widest = Math.max(widest, measureText(line, fontSize));
    return { lines, widest };
  }
  // Plain text has no space at a line's end (single spaces, none at the text's end), so no line is trimmed.
  const lines: string[] = [];
  const length = text.length;
  let widest = 0; // thousandths of an em
  let i = 0;
  while (i < length && lines.length < maxLines) {
    const end = unitLineEnd(text, i, width);
    let thousandths = 0;
    for (let k = i; k < end; k++) thousandths += ASCII[text.charCodeAt(k) - 32];
    widest = Math.max(widest, thousandths);
    lines.push(text.slice(i, end));
    i = end;
    if (i < length && text.charCodeAt(i) === 32) i++; // past the one space (a word broken hard has none)
  }
  if (i >= length) return { lines, widest: (widest * fontSize) / 1000 };
  // Cut: the last line is written again with its ellipsis, and measured as written.
  const cut = ellipsis(lines, width, maxLines);
  let measured = 0;
  for (const line of cut) measured = Math.max(measured, measureText(line, fontSize));
  return { lines: cut, widest: measured };
}

/**
 * Lines of at most `width` code points, broken at the last space that fits; a longer word is broken
 * hard. Past `maxLines` the last line ends with an ellipsis (`…`, within the width). Expects
 * `cleanText` output (single spaces). Work is bounded by the lines kept, not the text's length.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  // Strings index by UTF-16 unit; only text with surrogate pairs needs an array of code points.
  // The loop is written out twice, without closures: this runs for every box of a 10,000-node map.
  return /[\uD800-\uDFFF]/.test(text) ? wrapPoints(Array.from(text), width, maxLines) : wrapUnits(text, width, maxLines);
}

function wrapUnits(units: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  const length = units.length;
  let i = 0;
  while (i < length && units.charCodeAt(i) === 32) i++;
  while (i < length && lines.length < maxLines) {
    const end = unitLineEnd(units, i, width);
    lines.push(units.slice(i, end).trimEnd());
    i = end;
    while (i < length && units.charCodeAt(i) === 32) i++;
  }
  return i >= length ? lines : ellipsis(lines, width, maxLines);
}

/** Where the line of at most `width` units starting at `i` ends: at the last space that fits, else hard at the width. */
function unitLineEnd(units: string, i: number, width: number): number {
  const end = Math.min(i + width, units.length);
  if (end === units.length || units.charCodeAt(end) === 32) return end;
  let space = end - 1;
  while (space > i && units.charCodeAt(space) !== 32) space--;
  return space > i ? space : end;
}

function wrapPoints(units: string[], width: number, maxLines: number): string[] {
  const lines: string[] = [];
  const length = units.length;
  let i = 0;
  while (i < length && units[i] === ' ') i++;
  while (i < length && lines.length < maxLines) {
    let end = Math.min(i + width, length);
    if (end < length && units[end] !== ' ') {
      let space = end - 1;
      while (space > i && units[space] !== ' ') space--;
      if (space > i) end = space;
    }
    lines.push(units.slice(i, end).join('').trimEnd());
    i = end;
    while (i < length && units[i] === ' ') i++;
  }
  return i >= length ? lines : ellipsis(lines, width, maxLines);
}

/** Text was left over: the last line ends with `…`, within the width. */
function ellipsis(lines: string[], width: number, maxLines: number): string[] {
  const line = lines[maxLines - 1];
  // By code point; without surrogates, code points are the string's own units.
  const last = (/[\uD800-\uDFFF]/.test(line) ? Array.from(line).slice(0, width - 1).join('') : line.slice(0, width - 1)).trimEnd();
  return [...lines.slice(0, maxLines - 1), last + '…'];
}

// Widths in thousandths of an em of Helvetica/Arial (the SVG's first fonts), printable ASCII from ' '.
// prettier-ignore
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space – /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 – ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ – O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P – _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` – o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p – ~
];
/** Letters outside ASCII (accented Latin, Greek, Cyrillic…): a little wider than the ASCII average. */
const OTHER = 600;
/** CJK, Hangul, full-width forms and pictographs take a full em. */
const WIDE = 1000;
const WIDE_RE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}|[\u{20000}-\u{3FFFD}]/u;
const ZERO_RE = /\p{M}|[\u200B-\u200D]/u; // marks (variation selectors too) and zero-width spaces

/** The width of `text` in pixels at `fontSize`, from the table: the same on every machine. */
export function measureText(text: string, fontSize: number): number {
  // By UTF-16 unit, without a string per character: this runs for every line of every box.
  let thousandths = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) {
      thousandths += ASCII[code - 32];
      continue;
    }
    // Below U+0300 (the first combining mark) nothing is a mark or wide: Latin-1 letters and the
    // header's `·` skip the two Unicode regexes.
    if (code < 0x300) {
      thousandths += OTHER;
      continue;
    }
    const next = text.charCodeAt(i + 1); // NaN past the end
    const pair = code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000;
    const ch = pair ? text.slice(i, i + 2) : text[i];
    if (pair) i++;
    if (ZERO_RE.test(ch)) continue;
    thousandths += WIDE_RE.test(ch) ? WIDE : OTHER;
  }
  return (thousandths * fontSize) / 1000;
}
