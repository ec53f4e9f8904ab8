// A tiny element tree: the SVG renderer builds one, the CLI serialises it to XML text (every string
// escaped) and the webview turns it into DOM nodes (text as text, never parsed as markup).

export interface SvgElement {
  tag: string;
  /** Attribute values are plain strings; escaping is the serialiser's job, never the builder's. */
  attrs: Record<string, string | number>;
  children: (SvgElement | string)[];
}

export function el(tag: string, attrs: SvgElement['attrs'] = {}, children: SvgElement['children'] = []): SvgElement {
  return { tag, attrs, children };
}

/** XML text: `&`, `<` and `>` escaped (so `]]>` and `<!--` cannot end or open anything). */
export function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')) : text;
}

/** An attribute value for double quotes: the text escapes, quotes, and whitespace that XML would fold. */
export function escapeAttribute(value: string): string {
  return /[&<>"'\t\n\r]/.test(value) ? value.replace(/[&<>"'\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`) : value;
}

/** The element as XML: children one per line when they are elements, text inline. */
export function serialize(node: SvgElement, indent = ''): string {
  // One array of pieces joined once: concatenating per element left deep ropes that cost more to
  // flatten (and collect) than to build, at 10,000 boxes.
  const out: string[] = [];
  write(node, indent, out);
  return out.join('');
}

/** ` key="` for each attribute name (the renderer's own few): one piece instead of three per attribute written. */
const ATTRIBUTE_START = new Map<string, string>();

function attributeStart(key: string): string {
  let start = ATTRIBUTE_START.get(key);
  if (start === undefined) ATTRIBUTE_START.set(key, (start = ' ' + key + '="'));
  return start;
}

/** `<tag key="value" …` with every value escaped, not yet closed (`>` or `/>` is the caller's). */
export function startTag(tag: string, attrs: SvgElement['attrs']): string {
  let text = '<' + tag;
  for (const key in attrs) {
    const value = attrs[key];
    text += attributeStart(key) + (typeof value === 'number' ? String(value) : escapeAttribute(value)) + '"';
  }
  return text;
}

function write(node: SvgElement, indent: string, out: string[]): void {
  out.push(indent + startTag(node.tag, node.attrs));
  if (!node.children.length) {
    out.push('/>');
    return;
  }
  out.push('>');
  const inner = indent + '  ';
  let blocks = false;
  for (const c of node.children) {
    if (typeof c === 'string') out.push(escapeText(c));
    else {
      out.push('\n');
      write(c, inner, out);
      blocks = true;
    }
  }
  out.push((blocks ? '\n' + indent : '') + '</' + node.tag + '>');
}
