// Text from an untrusted file, made safe to show as Markdown: the characters that make
// HTML, entities, links, images, emphasis, code, tables or block structure are
// backslash-escaped, autolinks are broken, line breaks fold into spaces and long text is
// cut. Ordinary punctuation (`1,000`, `62%`, `it's`) stays as written, so the raw hover
// still reads like the file.

/** Escaped wherever they stand (parentheses too, so no `](` survives even to a naive check). */
const SPECIAL = /[\\`*_[\]()<>&|~$]/g;
/** A list, heading, quote or ordered-list marker where a line (or list item) starts. */
const LEADING_MARKER = /^(?:[-+#>=]|\d{1,9}[.)])/;
/** GFM autolinks: `scheme://`, `www.`, and e-mail addresses. */
const AUTOLINK = /(:)(?=\/\/)|(?<=\bwww)(\.)|(@)/gi;
const BREAKS = /[\r\n\u2028\u2029\t\f\v]+/g;

export const MAX_TEXT = 300;

/** Whitespace runs folded into one space, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max = MAX_TEXT): string {
  const folded = text.replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
  if (folded.length <= max) return folded;
  // Do not cut a surrogate pair in half.
  let end = max;
  const code = folded.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${folded.slice(0, end)}…`;
}

/** Plain text as Markdown that renders as exactly that text, safe at the start of a line too. */
export function escapeMarkdown(text: string, max = MAX_TEXT): string {
  const escaped = oneLine(text, max)
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(AUTOLINK, (c) => `\\${c}`);
  return escaped.replace(LEADING_MARKER, (m) => m.slice(0, -1) + `\\${m.slice(-1)}`);
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * A URL from the file as Markdown: a link for http, https and mailto (its target
 * percent-encoded so it cannot break out of the link), else escaped text, so that no
 * `command:` or script link can come from a file.
 */
export function markdownUrl(url: string): string {
  const label = escapeMarkdown(url, 120);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return label;
  }
  if (!LINK_SCHEMES.has(parsed.protocol)) return label;
  const target = parsed.href.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${target})`;
}
