// A small well-formedness check for the SVG the renderer writes (no XML parser in Node without a
// dependency): tags balance, attribute values are quoted and hold no raw `<` or quote, text holds no
// raw `<` and no `&` that does not start an entity. Returns the problem, or undefined.
export function xmlProblem(xml: string): string | undefined {
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = token.exec(body))) {
    at = token.lastIndex;
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) return `a raw '<' at ${m.index}`;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) return `a bare '&' in text at ${m.index}`;
      if (!stack.length && text.trim()) return `text outside the root at ${m.index}`;
      continue;
    }
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(attrs)) return `a bare '&' in an attribute at ${m.index}`;
    if (close) {
      if (stack.pop() !== name) return `</${name}> closes nothing open at ${m.index}`;
    } else if (!selfClose) stack.push(name);
  }
  if (at !== body.length) return `cannot read the XML at ${at}`;
  return stack.length ? `<${stack[stack.length - 1]}> is never closed` : undefined;
}
