// Argument documents whose nodes are known before any parser sees them: blocks always apart
// (blank lines, no lazy lines, no raw blocks), labels in every valid form and in near misses
// that must stay prose, nesting by headings, paragraphs with their lists, and list items.
// The generator records each labelled block's kind, line and parent line, worked out from the
// spec's structure rules on its own tree, so a parser that finds too few, too many or
// misplaced nodes fails.
import fc from 'fast-check';

export interface Expected {
  kind: 'claim' | 'evidence' | 'challenge';
  line: number;
  /** The parent's line, or -1 for a root. */
  parent: number;
}

const WORDS: [string, Expected['kind']][] = [
  ['Claim', 'claim'], ['Thesis', 'claim'], ['Reason', 'claim'],
  ['Evidence', 'evidence'], ['Data', 'evidence'], ['Source', 'evidence'],
  ['Challenge', 'challenge'], ['Objection', 'challenge'], ['Rebuttal', 'challenge'], ['Counter', 'challenge'],
];

type Lead = { text: string; kind?: Expected['kind'] };

/** A label in a valid form (a node), or a near miss or plain prose (not a node). */
const lead: fc.Arbitrary<Lead> = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.constantFrom('plain', 'plain', 'bold', 'boldOut', 'under', 'lower', 'upper', 'space', 'emph', 'plural', 'prose'),
    fc.array(fc.constantFrom('alpha', 'beta', 'rises', 'GDP', '35%', 'over 9,200 companies', 'the', 'gamma'), { minLength: 1, maxLength: 4 }),
  )
  .map(([[word, kind], form, words]) => {
    const text = words.join(' ');
    switch (form) {
      case 'plain': return { text: `${word}: ${text}`, kind };
      case 'bold': return { text: `**${word}:** ${text}`, kind };
      case 'boldOut': return { text: `**${word}**: ${text}`, kind };
      case 'under': return { text: `__${word}:__ ${text}`, kind };
      case 'lower': return { text: `${word.toLowerCase()}: ${text}`, kind };
      case 'upper': return { text: `${word.toUpperCase()}: ${text}`, kind };
      case 'space': return { text: `${word} : ${text}` };
      case 'emph': return { text: `*${word}:* ${text}` };
      case 'plural': return { text: `${word}s: ${text}` };
      default: return { text: `${text} ${word.toLowerCase()}` };
    }
  });

interface Item {
  lead: Lead;
  sub: Item[];
}
type Part = { t: 'heading'; depth: number; lead: Lead } | { t: 'para'; lead: Lead; list: Item[] };

const item = (depth: number): fc.Arbitrary<Item> =>
  fc.record({ lead, sub: depth <= 0 ? fc.constant([]) : fc.array(fc.constant(null).chain(() => item(depth - 1)), { maxLength: 2 }) });

const part: fc.Arbitrary<Part> = fc.oneof(
  fc.record({ depth: fc.integer({ min: 1, max: 3 }), lead }).map((h): Part => ({ t: 'heading', ...h })),
  fc.record({ lead, list: fc.array(item(2), { maxLength: 3 }) }).map((p): Part => ({ t: 'para', ...p })),
);

export const labelledDoc: fc.Arbitrary<{ text: string; expected: Expected[] }> = fc.array(part, { minLength: 1, maxLength: 8 }).map((parts) => {
  const lines: string[] = [];
  const expected: Expected[] = [];
  const sections: { depth: number; line?: number }[] = [];
  const section = (): number => {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i].line !== undefined) return sections[i].line as number;
    return -1;
  };
  const node = (l: Lead, parent: number): number | undefined => {
    if (!l.kind) return undefined;
    expected.push({ kind: l.kind, line: lines.length, parent });
    return lines.length;
  };
  const items = (list: Item[], owner: number, indent: string): void => {
    for (const it of list) {
      const line = node(it.lead, owner);
      lines.push(`${indent}- ${it.lead.text}`, '');
      items(it.sub, line ?? owner, `${indent}  `);
    }
  };
  for (const p of parts) {
    if (p.t === 'heading') {
      while (sections.length && sections[sections.length - 1].depth >= p.depth) sections.pop();
      const line = node(p.lead, section());
      sections.push({ depth: p.depth, line });
      lines.push(`${'#'.repeat(p.depth)} ${p.lead.text}`, '');
    } else {
      const line = node(p.lead, section());
      lines.push(p.lead.text, '');
      // A list right after a paragraph belongs to it when it is labelled, else to the section.
      items(p.list, line ?? section(), '');
      // Something between this list and the next one, so that two lists never merge.
      if (p.list.length) lines.push('***', '');
    }
  }
  return { text: lines.join('\n'), expected };
});
