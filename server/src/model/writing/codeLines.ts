// Which lines are code, raw HTML or front matter, where nothing is a node and nothing is
// offered: a line scan (not a parse), so that completion can ask about the text as typed
// before its analysis exists. It knows fences (in lists and block quotes too), the HTML
// blocks that run to a closer, and front matter; indented code is left out (see docs/editing.md).
import { frontMatterEnd, HTML_END } from '../parse/cuts';
import { linesOf, type TextLines } from './lines';

/** Lines `[first, last]` (0-based, inclusive) of each code, HTML or front matter block. */
export type LineSpans = readonly (readonly [number, number])[];

const CONTAINER = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*/;
const FENCE = /^(`{3,}|~{3,})/;

let cache: { text: string; spans: LineSpans } | undefined;

export function codeSpans(text: string): LineSpans {
  if (cache?.text === text) return cache.spans;
  const lines = linesOf(text);
  const spans: [number, number][] = [];
  let line = 0;
  const fm = frontMatterEnd(text);
  if (fm > 0) {
    // The closing `---` is the last line that starts before the front matter's end.
    line = lines.positionAt(fm - 1).line;
    spans.push([0, line]);
    line++;
  }
  // Only lines that may open a block are looked at; a regex finds them natively.
  const candidates = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(?:`{3}|~{3}|<)/gm;
  candidates.lastIndex = lines.offset({ line, character: 0 });
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const start = lines.positionAt(m.index).line;
    const end = blockEnd(lines, start);
    if (end >= 0) {
      spans.push([start, end]);
      candidates.lastIndex = end + 1 < lines.count ? lines.offset({ line: end + 1, character: 0 }) : text.length;
    } else {
      candidates.lastIndex = m.index + m[0].length;
    }
  }
  cache = { text, spans };
  return spans;
}

/** The last line of the code or HTML block that `line` opens, or -1 when it opens none. */
function blockEnd(lines: TextLines, line: number): number {
  const raw = lines.line(line);
  const content = raw.slice(CONTAINER.exec(raw)?.[0].length ?? 0);
  const fence = FENCE.exec(content);
  if (fence && !(fence[1][0] === '`' && content.slice(fence[1].length).includes('`'))) {
    const close = new RegExp(`^${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
    for (let k = line + 1; k < lines.count; k++) {
      const c = lines.line(k);
      if (close.test(c.slice(CONTAINER.exec(c)?.[0].length ?? 0).trimStart())) return k;
    }
    return lines.count - 1;
  }
  const html = fence ? undefined : HTML_END.find(([opener]) => opener.test(content));
  if (!html) return -1;
  for (let k = line; k < lines.count; k++) {
    const c = k === line ? content.replace(/^\s*<!?-?-?\??/, '') : lines.line(k);
    if (html[1].test(c)) return k;
  }
  return lines.count - 1;
}

/** The code, HTML or front matter span holding `line`, if any. */
export function codeSpanAt(text: string, line: number): readonly [number, number] | undefined {
  const spans = codeSpans(text);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] < line) lo = mid + 1;
    else if (spans[mid][0] > line) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}
