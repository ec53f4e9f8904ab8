// Diagnostic messages: one place, so the server, the CLI and the tests read the same words.

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
  nestingTooDeep: (limit: number, depth?: number) =>
    depth === undefined
      ? 'This block nests its Markdown too deeply for the parser, so it was not analysed.'
      : `This block nests lists or block quotes about ${depth} levels deep, more than the limit of ${limit}, so it was not analysed.`,
  tooLarge: (max: number) => `The file is larger than argmap.maxFileSize (${max.toLocaleString('en-US')} bytes), so it was not analysed.`,
};
