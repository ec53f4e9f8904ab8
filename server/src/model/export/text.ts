// Diagram and terminal text: labels cut to length, one printable line, Mermaid and DOT escaping.

/** Longest label in a diagram, in user-perceived characters. */
export const MAX_LABEL = 100;

/**
 * Text safe to put in a one-line label: control characters and broken surrogates
 * gone, whitespace collapsed, cut at a word boundary when over `max` characters.
 */
export function labelText(text: string, max = MAX_LABEL): string {
  const clean = plainText(text);
  const chars = graphemes(clean);
  if (chars.length <= max) return clean;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + '…';
}

/** One line of printable text: no control or format characters that move the cursor or reorder text. */
export function plainText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Characters per line of a diagram label before it wraps at a space. */
export const LABEL_LINE = 40;

/**
 * A Mermaid label body for a quoted label: wrapped with `<br/>` (Mermaid does not wrap
 * plain labels), and every character Mermaid or the HTML it renders to could read as
 * syntax written as a numeric entity (`#35;` renders `#`). `:` is escaped too: Mermaid's
 * pre-pass rewrites `style…:…#…;` lines and would eat a `;`.
 */
export function mermaidText(text: string): string {
  return wrapWords(labelText(text), LABEL_LINE)
    .map((line) => line.replace(/["#&<>`:;%]/g, (c) => `#${c.charCodeAt(0)};`))
    .join('<br/>');
}

/** Lines of at most about `width` characters, broken at spaces; a longer word keeps its own line. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** A DOT double-quoted string body: wrapped with `\n`, backslashes (which start Graphviz escapes) and quotes escaped. */
export function dotText(text: string): string {
  return wrapWords(labelText(text), LABEL_LINE)
    .map((line) => line.replace(/["\\]/g, (c) => `\\${c}`))
    .join('\\n');
}

