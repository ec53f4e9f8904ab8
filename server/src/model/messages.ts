// Diagnostic messages: one place, so the server, the CLI and the tests read the same words.
import type { LabelTypo, UnclosedBlock } from './types';

const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

export const messages = {
  unsupported: (label: string) => `${label} is not supported: no cited evidence or supported claim stands under it.`,
  uncited: (label: string) => `${label} cites no source: add a footnote or a link to where it comes from.`,
  unanswered: (label: string) => `${label} is unanswered: no rebuttal attacks it yet.`,
  orphan: (label: string) => `${label} supports nothing: put it under a claim or a challenge.`,
  empty: (label: string) => `${label} has no text.`,
  duplicateId: (id: string, firstLine: number) => `The id ${code(id)} is already used on line ${firstLine}.`,
  missingTarget: (id: string, file: string | undefined, mustBeNode: boolean) =>
    file === undefined
      ? `No ${mustBeNode ? 'node' : 'node or heading'} with the id ${code(id)} in this file.`
      : `No ${mustBeNode ? 'node' : 'node or heading'} with the id ${code(id)} in ${code(file)}.`,
  unreadableFile: (file: string, reason: string) => `Cannot resolve ${code(file)}: ${reason}.`,
  undefinedFootnote: (raw: string) => `The footnote [^${raw}] has no definition.`,
  circular: (id: string) => `Circular support: the reference to ${code(id)} leads back to the node it supports.`,
  unsourcedFigure: (figure: string) => `The figure “${figure}” is not stated by any cited evidence that supports this claim.`,
  figureMismatch: (claim: string, differing: readonly { text: string; line: number; file?: string }[]) =>
    `the claim says ${claim}; the evidence under it says ${listed(differing.map((d) => `${d.text} (${where(d)})`))}`,
  figureDiffers: (text: string) => `the evidence says ${text}`,
  nestingTooDeep: (limit: number, depth?: number) =>
    depth === undefined
      ? 'This block nests its Markdown too deeply for the parser, so it was not analysed.'
      : `This block nests lists or block quotes about ${depth} levels deep, more than the limit of ${limit}, so it was not analysed.`,
  unclosed: (b: Pick<UnclosedBlock, 'kind' | 'closer'>) =>
    b.kind === 'code'
      ? `This code block is never closed: everything after this line is code, to the end of the file. Close it with a line of ${b.closer}.`
      : `This HTML block is never closed: everything after this line is HTML code, not Markdown, to the end of the file. Close it with ${b.closer}.`,
  labelTypo: (t: Pick<LabelTypo, 'written' | 'label' | 'kind' | 'reason' | 'blockType'>) =>
    `“${t.written}” is not a label (${TYPO_WHY[t.reason]}), so this ${BLOCK_NAME[t.blockType]} stays prose. Did you mean the ${t.kind} label “${typoFix(t)}?`,
  blockTooLarge: (size: number, max: number) =>
    `This block is ${size.toLocaleString('en-US')} bytes, larger than argmap.maxBlockSize (${max.toLocaleString('en-US')} bytes), so its links, footnotes and figures were not checked.`,
  tooLarge: (max: number) => `The file is larger than argmap.maxFileSize (${max.toLocaleString('en-US')} bytes), so it was not analysed.`,
};

const TYPO_WHY: Record<LabelTypo['reason'], string> = {
  space: 'a space before the colon',
  plural: 'a plural',
  emphasis: 'single emphasis',
  glued: 'no space after the bold label',
};
const BLOCK_NAME: Record<LabelTypo['blockType'], string> = { heading: 'heading', paragraph: 'paragraph', listItem: 'list item' };

/** The label as it should be written: bold when the would-be label had emphasis marks. */
function typoFix(t: Pick<LabelTypo, 'written' | 'label' | 'reason'>): string {
  const label = /^[*_]/.test(t.written) ? `**${t.label}:**` : `${t.label}:`;
  return t.reason === 'glued' ? `${label}” with a space after it` : `${label}”`;
}

/** The evidence figures a mismatch names in its message; more are in relatedInformation. */
const MESSAGE_FIGURES = 3;

const where = (d: { line: number; file?: string }): string => (d.file === undefined ? `line ${d.line}` : `line ${d.line} of ${d.file}`);

/** `a`, `a and b`, `a, b and c`, `a, b, c and more`. */
function listed(items: readonly string[]): string {
  if (items.length > MESSAGE_FIGURES) return `${items.slice(0, MESSAGE_FIGURES).join(', ')} and more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
