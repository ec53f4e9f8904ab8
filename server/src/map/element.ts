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
  // String concatenation: V8 builds ropes, cheaper than collecting and joining many small parts.
  let out = indent + '<' + node.tag;
  for (const key in node.attrs) {
    const value = node.attrs[key];
    out += ' ' + key + '="' + (typeof value === 'number' ? String(value) : escapeAttribute(value)) + '"';
  }
  if (!node.children.length) return out + '/>';
  out += '>';
  const inner = indent + '  ';
  let blocks = false;
  for (const c of node.children) {
    if (typeof c === 'string') out += escapeText(c);
    else {
      out += '\n' + serialize(c, inner);
      blocks = true;
    }
  }
  return out + (blocks ? '\n' + indent : '') + '</' + node.tag + '>';
}
