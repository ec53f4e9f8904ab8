// `unclosed-code-block`: close the fence (or raw HTML block) after the first stretch of
// non-blank lines below its opening line — what the author most likely meant as its
// content — or at the end of the file when there is none.
import type { Position } from 'vscode-languageserver';
import type { Fix, FixInput } from './types';

const CONTAINER = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*/;
const HTML_CLOSERS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^<(script|pre|style|textarea)(?:[\s>]|$)/i, (m) => `</${m[1].toLowerCase()}>`],
  [/^<!--/, () => '-->'],
  [/^<\?/, () => '?>'],
  [/^<!\[CDATA\[/, () => ']]>'],
  [/^<![A-Za-z]/, () => '>'],
];

export function closeBlock(input: FixInput): Fix[] {
  const { lines } = input;
  const open = input.diagnostic.range.start.line;
  const first = lines.line(open);
  const container = CONTAINER.exec(first)?.[0] ?? '';
  const content = first.slice(container.length);
  const fence = /^(`{3,}|~{3,})/.exec(content)?.[1];
  let closer: string | undefined;
  let title = 'Close this code block';
  if (fence) closer = fence;
  else {
    for (const [opener, close] of HTML_CLOSERS) {
      const m = opener.exec(content);
      if (m) {
        closer = close(m);
        title = 'Close this HTML block';
        break;
      }
    }
  }
  if (!closer) return [];
  // Inside a list item or block quote the closer stands where the content does.
  const indent = container.replace(/[^\s>]/g, ' ');
  let line = open + 1;
  while (line < lines.count && lines.isBlank(line)) line++;
  let last = -1;
  while (line < lines.count && !lines.isBlank(line)) last = line++;
  const eol = input.style.eol;
  let at: Position;
  let newText: string;
  if (last < 0 || last === lines.count - 1) {
    at = lines.end;
    newText = lines.line(at.line) === '' && at.line > open ? `${indent}${closer}${eol}` : `${eol}${indent}${closer}${eol}`;
  } else {
    at = { line: last, character: lines.line(last).length };
    newText = `${eol}${indent}${closer}`;
  }
  return [{ title, edits: [{ range: { start: at, end: at }, newText }], preferred: true }];
}
