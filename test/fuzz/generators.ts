// fast-check generators for the fuzz suite: arbitrary text (anything an editor can hold),
// argument-shaped Markdown (labels in every form, nesting, references, footnotes, figures,
// code, HTML and tables around them) and edit sequences that a typist could make.
import fc from 'fast-check';
import type { FileReader } from '../../server/src/model';

// ---------------------------------------------------------------------------------------
// Any string

/** Pieces that make Markdown parsers and the chunker work hard. */
const TRICKY = [
  '\0', '\r', '\n', '\r\n', '\n\n', '\r\r', '\t', ' ', '   ', '\uFEFF', '\u2028', '\u00A0',
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '😀', 'é', '中文', '\u0301',
  '`', '```', '~~~', '\n```\n', '    ', '>', '> ', '>>', '- ', '* ', '+ ', '1. ', '1) ', '#', '# ', '###### ',
  '---', '***', '===', '|', '| a | b |\n| --- | --- |\n', '[', ']', '(', ')', '[^', '[^1]', '[^1]: ', '{#', '{#a}', '}',
  '<', '>', '<div>', '</div>', '<!--', '-->', '<?', '?>', '<![CDATA[', ']]>', '<script>', '</script>', '<pre>',
  '**', '__', '*', '_', '~~', '\\', '&', '&amp;', '&#0;', '&#xD800;', ':', 'Claim:', '**Claim:**', '**Evidence**:',
  'challenge:', 'Source: ', '[t](#a)', '[t](other.arg.md#a)', '[r]', '[r]: https://x.org', 'https://example.com',
  '35%', '$1.2 billion', '9,200', 'www.x.com', '---\ntitle: t\n---\n',
];

const trickyPiece = fc.constantFrom(...TRICKY);
/** One UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const longLine = fc.tuple(fc.constantFrom('x', 'Claim: a ', '*', '[', '`', ' ', '|', '> ', '- ', '12% '), fc.integer({ min: 1000, max: 10_000 }))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n));

/** Any string: binary bytes, NULs, lone surrogates, CR/LF mixes, Markdown punctuation. */
export const shortText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: trickyPiece },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r') },
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));

/** Any text with a line of 1,000 to 10,000 characters (of punctuation parsers find hard) in it. */
export const longLineText: fc.Arbitrary<string> = fc
  .tuple(shortText, longLine, shortText)
  .map(([a, long, b]) => `${a}\n${long}\n${b}`);

/** Any string, now and then with a 10,000-character line. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ weight: 24, arbitrary: shortText }, { weight: 1, arbitrary: longLineText });

// ---------------------------------------------------------------------------------------
// Argument-shaped Markdown

export const MAIN = 'main.arg.md';
export const OTHER = 'other.arg.md';
export const IDS = ['a', 'b', 'c', 'd'];

/** The other files of the fake workspace: `other.arg.md` refers back to `main.arg.md` so cycles can cross files. */
export const WORKSPACE: Record<string, string> = {
  [OTHER]: [
    '# Other file',
    '',
    'Claim: a claim elsewhere with 35% {#a}',
    '',
    '- Evidence: stated there [src](https://example.org) 35% {#b}',
    '',
    'Claim: supported only by the main file {#c}',
    '',
    '- Reason: [back](main.arg.md#a)',
    '',
    'Challenge: an objection from elsewhere {#d}',
    '',
  ].join('\n'),
  'dir/nested.arg.md': 'Claim: nested {#a}\n\n- Evidence: cited [^1]\n\n[^1]: a note\n',
};

export const readFile: FileReader = (path) => WORKSPACE[path] ?? { error: 'it does not exist' };

const LABELS = ['Claim', 'Thesis', 'Reason', 'Evidence', 'Data', 'Source', 'Challenge', 'Objection', 'Rebuttal', 'Counter'];

const labelWord = fc
  .tuple(fc.constantFrom(...LABELS), fc.constantFrom('as', 'as', 'lower', 'upper'))
  .map(([w, c]) => (c === 'lower' ? w.toLowerCase() : c === 'upper' ? w.toUpperCase() : w));

/** A label in every form the spec allows, and a few near misses that must stay prose. */
export const label: fc.Arbitrary<string> = fc
  .tuple(labelWord, fc.constantFrom('plain', 'plain', 'plain', 'boldIn', 'boldIn', 'boldOut', 'under', 'space', 'emph', 'noColon'))
  .map(([w, form]) => {
    switch (form) {
      case 'boldIn':
        return `**${w}:**`;
      case 'boldOut':
        return `**${w}**:`;
      case 'under':
        return `__${w}:__`;
      case 'space':
        return `${w} :`;
      case 'emph':
        return `*${w}:*`;
      case 'noColon':
        return `${w}`;
      default:
        return `${w}:`;
    }
  });

const word = fc.constantFrom('alpha', 'beta', 'gamma', 'the', 'GDP', 'rises', 'COVID-19', '5G', 'in 2023', 'Ünïcode', '中文', '😀', 'a:b', 'x_y', 'Claim:', 'a\tb');
const figure = fc.constantFrom('35%', 'over 9,200 companies', '$1.2 billion', '6 percent of its GDP', '1,200 million', 'more than 200 projects', '12.5 per cent', '€3bn',
  // Same kinds and units with other values (figure-mismatch), and other units (no mismatch).
  '9,500 company', 'US$2 billion', 'HK$1.2 billion', '5% of GDP', '300 people', '250 persons');
const footnote = fc.constantFrom('[^n1]', '[^n2]', '[^N1]', '[^nope]', '[^n 1]');
const targetId = fc.constantFrom(...IDS, 'missing', 'other-file', 'section-one', 'claim-x');
const idLink = fc.tuple(fc.constantFrom('t', 'the target', '**b**', ''), targetId).map(([t, id]) => `[${t}](#${id})`);
const fileLink = fc
  .tuple(fc.constantFrom('other.arg.md', './other.arg.md', 'missing.arg.md', '../out.arg.md', 'dir/nested.arg.md', 'main.arg.md', 'x.md'), fc.constantFrom(...IDS, 'zz'))
  .map(([f, id]) => `[x](${f}#${id})`);
const urlCite = fc.constantFrom(
  '[src](https://example.com/a)',
  '<https://example.org/x>',
  'https://bare.example.com/p',
  'www.example.com',
  '[m](mailto:a@b.c)',
  '[rel](docs/x.md)',
  '[ref][r1]',
  '[r1]',
  '[undef][nope]',
  '![img](https://x.org/i.png)',
);
const inlineOther = fc.constantFrom('`Claim: x`', '`35%`', '``a`b``', '<span>Claim: x</span>', '<b>', '<!-- c -->', '*it*', '**bold**', '_u_', '~~del~~', '\\*esc\\*', '&amp;', '&#35;', '\\', '  ');

const fragment = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 2, arbitrary: figure },
  { weight: 2, arbitrary: footnote },
  { weight: 2, arbitrary: idLink },
  { weight: 1, arbitrary: fileLink },
  { weight: 2, arbitrary: urlCite },
  { weight: 2, arbitrary: inlineOther },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\\\n', '  \n') },
);

const idSuffix = fc.option(fc.constantFrom(...IDS, 'dup', 'x.y').map((id) => ` {#${id}}`), { freq: 3 });

/** A node's text after its label: words and inline Markdown, a bare reference, or nothing (an empty node). */
export const nodeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 6 }), idSuffix).map(([f, id]) => f.join(' ') + (id ?? '')) },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(idLink, fileLink), idSuffix).map(([l, id]) => l + (id ?? '')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', ' ', ' {#e}'), fc.constant('')).map(([s]) => s) },
);

/** First line of a heading, paragraph or item: a label and text, or prose. */
const lead = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(label, nodeText).map(([l, t]) => `${l} ${t}`.trimEnd()) },
  { weight: 1, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 5 }).map((f) => f.join(' ')) },
);

export type Block =
  | { t: 'heading'; depth: number; text: string; setext: boolean }
  | { t: 'para'; text: string }
  | { t: 'list'; marker: string; loose: boolean; items: Item[] }
  | { t: 'quote'; blocks: Block[] }
  | { t: 'raw'; text: string };

export interface Item {
  text: string;
  body: string[];
  sub: Block[];
}

/** Blocks where no node may come from: code, HTML, tables, footnote and link definitions. */
const RAW = [
  '```\nClaim: in a fence\n```',
  '~~~~ md\n- Evidence: fenced [^n1]\n~~~~',
  '```\nClaim: an unclosed fence',
  '    Claim: indented code',
  '<div>\nClaim: in an html block\n</div>',
  '<div>\n\nClaim: markdown inside a div\n\n</div>',
  '<!--\nClaim: in a comment\n\n- Evidence: still a comment\n-->',
  '<script>\nClaim: in a script\n\n</script>',
  '<pre>\n# Claim: pre\n</pre>',
  '<details><summary>Claim: s</summary>',
  '| Claim: a | b |\n| --- | --- |\n| Evidence: x [^n1] | [t](#a) |',
  '| a |\n|---|\n| Claim: cell |',
  '[^n1]: Evidence: a footnote definition https://example.com',
  '[^n2]: Claim: a note\n\n    with a second paragraph [t](#b)',
  '[r1]: https://example.com/ref',
  '[nope]: #a',
  '---',
  '***',
  '# Section one',
  '## Claim x',
  '<!-- Claim: inline comment -->',
  '<?php Claim: x ?>',
  '\\# Claim: escaped heading',
];

const rawBlock = fc.constantFrom(...RAW).map((text): Block => ({ t: 'raw', text }));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), lead, fc.boolean())
  .map(([depth, text, setext]): Block => ({ t: 'heading', depth: setext ? Math.min(depth, 2) : depth, text: text.replace(/\n/g, ' '), setext: setext && depth <= 2 && text.trim() !== '' }));
const para = lead.map((text): Block => ({ t: 'para', text }));

function blocks(depth: number): fc.Arbitrary<Block[]> {
  const leaf = fc.oneof({ weight: 3, arbitrary: para }, { weight: 1, arbitrary: heading }, { weight: 2, arbitrary: rawBlock });
  if (depth <= 0) return fc.array(leaf, { minLength: 1, maxLength: 3 });
  const item: fc.Arbitrary<Item> = fc.record({
    text: fc.oneof({ weight: 5, arbitrary: lead }, { weight: 1, arbitrary: fc.constant('') }),
    body: fc.array(fc.oneof(fc.array(fragment, { minLength: 1, maxLength: 4 }).map((f) => f.join(' ')), lead), { maxLength: 2 }),
    sub: fc.oneof({ weight: 2, arbitrary: fc.constant<Block[]>([]) }, { weight: 1, arbitrary: fc.constant(null).chain(() => blocks(depth - 1)) }),
  });
  const list = fc
    .record({ marker: fc.constantFrom('-', '-', '*', '+', '1.', '2)'), loose: fc.boolean(), items: fc.array(item, { minLength: 1, maxLength: 4 }) })
    .map((l): Block => ({ t: 'list', ...l }));
  const quote = fc.constant(null).chain(() => blocks(depth - 1)).map((b): Block => ({ t: 'quote', blocks: b }));
  return fc.array(fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 3, arbitrary: list }, { weight: 1, arbitrary: quote }), { minLength: 1, maxLength: 4 });
}

/** Lines of a block; `lazy` leaves continuation lines of paragraphs unindented. */
function render(b: Block, lazy: boolean): string[] {
  switch (b.t) {
    case 'heading':
      return b.setext ? [b.text, b.depth === 1 ? '===' : '---'] : [`${'#'.repeat(b.depth)} ${b.text}`];
    case 'para':
      return b.text.split('\n');
    case 'raw':
      return b.text.split('\n');
    case 'quote':
      return joinBlocks(b.blocks, lazy).map((l, i) => (l === '' ? '>' : lazy && i > 0 && !/^[>#\-*+|`~<\d ]/.test(l) && i % 3 === 2 ? l : `> ${l}`));
    case 'list': {
      const out: string[] = [];
      b.items.forEach((item, n) => {
        if (n > 0 && b.loose) out.push('');
        const marker = /\d/.test(b.marker) ? `${n + 1}${b.marker.slice(-1)}` : b.marker;
        const pad = ' '.repeat(marker.length + 1);
        const [first, ...cont] = item.text.split('\n');
        const lines = [first, ...cont];
        for (const body of item.body) lines.push('', ...body.split('\n'));
        if (item.sub.length) lines.push(...(b.loose ? [''] : []), ...joinBlocks(item.sub, lazy));
        lines.forEach((l, i) => out.push(i === 0 ? `${marker} ${l}`.trimEnd() : l === '' ? '' : lazy && i <= cont.length ? l : pad + l));
      });
      return out;
    }
  }
}

function joinBlocks(bs: Block[], lazy: boolean): string[] {
  const out: string[] = [];
  bs.forEach((b, i) => {
    if (i > 0) out.push('');
    out.push(...render(b, lazy));
  });
  return out;
}

const FRONT_MATTER = ['---\ntitle: t\nClaim: not a node\n---', '---\n# a YAML comment\ntitle: t\n---', '---\n---', '---\nunclosed: front matter'];

/** Argument-shaped Markdown: blocks, separators (blank or not), line endings LF/CRLF/CR or mixed. */
export const argDoc: fc.Arbitrary<string> = fc
  .record({
    front: fc.option(fc.constantFrom(...FRONT_MATTER), { freq: 6 }),
    blocks: fc.integer({ min: 1, max: 3 }).chain((depth) => blocks(depth)),
    tight: fc.array(fc.boolean(), { maxLength: 12 }),
    lazy: fc.boolean(),
    eol: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', 'mixed'),
    mix: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 7 }),
    trailing: fc.boolean(),
  })
  .map(({ front, blocks: bs, tight, lazy, eol, mix, trailing }) => {
    const lines: string[] = front === null ? [] : [...front.split('\n'), ''];
    bs.forEach((b, i) => {
      if (i > 0 && !tight[i % Math.max(1, tight.length)]) lines.push('');
      lines.push(...render(b, lazy));
    });
    let text = '';
    lines.forEach((l, i) => {
      text += l;
      if (i < lines.length - 1 || trailing) text += eol === 'mixed' ? mix[i % mix.length] : eol;
    });
    return text;
  });

// ---------------------------------------------------------------------------------------
// Edits

/** What a typist inserts: characters, line breaks, fences, list markers, labels, links. */
export const INSERTS = [
  'a', ' ', 'x y', '\n', '\n', '\n\n', '\r\n', '\r', '```', '```\n', '\n```\n', '~~~\n', '- ', '\n- ', '  - ', '1. ', '> ', '\n> ', '# ', '## ',
  'Claim: ', '**Evidence:** ', '**Counter**: ', 'reason: ', '[^n1]', '\n[^n1]: a note\n', '{#a}', ' {#b}', '[t](#a)', '[t](other.arg.md#c)',
  '[r1]', '\n[r1]: https://x.org\n', '<div>\n', '</div>', '<!--', '-->', '| a | b |\n| - | - |\n', '---\n', '***\n', '\t', '`', '*', '_', '[', ']',
  '35%', '$1.2 billion', 'https://e.com', '\\', '    ', '\0', '\uD800',
];

export interface Edit {
  /** Position as a fraction of the text length. */
  at: number;
  del: number;
  ins: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 200 }) }),
  ins: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 4 }) }),
});

/** The edit in UTF-16 offsets of `text`: replace [start, end) with `text`. */
export function place(text: string, e: Edit): { start: number; end: number; text: string } {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const end = Math.min(text.length, start + e.del);
  return { start, end, text: e.ins };
}

export function apply(text: string, e: { start: number; end: number; text: string }): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
