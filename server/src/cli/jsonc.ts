// JSON with comments, as VS Code writes `.vscode/settings.json`: `//` and `/* */` comments
// and trailing commas are allowed. No dependency: blank them out, then `JSON.parse`.

/** The value, or why the text is not JSON with comments. */
export function parseJsonc(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(stripJsonc(text)) as unknown };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The text with comments and trailing commas replaced by spaces (line breaks kept), so
 * that what is left is plain JSON and positions in `JSON.parse`'s errors still hold.
 * Strings are copied as they are, escapes included.
 */
export function stripJsonc(text: string): string {
  const out: string[] = [];
  // A byte-order mark, as editors on Windows may write, is not JSON.
  let k = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (k) out.push(' ');
  let lastComma = -1; // index in `out` of a comma that may turn out to be trailing
  while (k < text.length) {
    const c = text[k];
    if (c === '"') {
      const end = stringEnd(text, k);
      out.push(text.slice(k, end));
      k = end;
      lastComma = -1;
    } else if (c === '/' && text[k + 1] === '/') {
      const end = text.indexOf('\n', k);
      const stop = end < 0 ? text.length : end;
      out.push(' '.repeat(stop - k));
      k = stop;
    } else if (c === '/' && text[k + 1] === '*') {
      const end = text.indexOf('*/', k + 2);
      const stop = end < 0 ? text.length : end + 2;
      out.push(text.slice(k, stop).replace(/[^\r\n]/g, ' '));
      k = stop;
    } else {
      if ((c === '}' || c === ']') && lastComma >= 0) out[lastComma] = ' ';
      if (c === ',') lastComma = out.length;
      else if (!/\s/.test(c)) lastComma = -1;
      out.push(c);
      k++;
    }
  }
  return out.join('');
}

/** The index just past the string that starts at `start` (or the end of an unclosed one). */
function stringEnd(text: string, start: number): number {
  let k = start + 1;
  while (k < text.length) {
    const c = text[k];
    if (c === '\\') k += 2;
    else if (c === '"') return k + 1;
    else if (c === '\n') return k; // JSON.parse reports the broken string
    else k++;
  }
  return text.length;
}
