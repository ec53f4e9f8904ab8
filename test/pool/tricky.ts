// Argument files built to catch a parallel parse that differs from the serial one: each
// section is a construct that reaches across chunks, so the chunks a worker parses alone
// must come out as the serial walk makes them (or be parsed again where they do not).
//
// - a fence, and an HTML comment, left open across many cuts (the serial walk takes the
//   chunk on to where they close; the planned chunks inside them are not the walk's);
// - footnote calls and reference links whose definitions stand at the end of the file,
//   and a footnote call with no definition at all (its stand-in must go: a second parse);
// - a list nested 20 deep, and one deeper than the model parses (`MAX_NESTING`);
// - a table and a paragraph bigger than a small block limit (block-too-large);
// - support chains through references to the previous section's claim, with figures;
// - and the file ends inside an unclosed fence.

/** The block limit the tricky files are checked under: their big blocks are over it. */
export const TRICKY_MAX_BLOCK = 4000;

function fenceSection(i: number): string {
  const lines = ['```'];
  // Headings and items after blank lines: cuts the text offers, inside the fence.
  for (let k = 0; k < 60; k++) lines.push(`## Not a heading ${i}.${k}`, '', `- Claim: inside a fence, ${k}% of nothing`, '');
  lines.push('```', '');
  return lines.join('\n');
}

function commentSection(i: number): string {
  const lines = ['<!--'];
  for (let k = 0; k < 60; k++) lines.push(`# Not a heading ${i}.${k}`, '', `Claim: commented out, ${k} companies`, '');
  lines.push('-->', '');
  return lines.join('\n');
}

function nestedList(depth: number, i: number): string {
  const lines: string[] = [];
  for (let d = 0; d < depth; d++) lines.push(`${'  '.repeat(d)}- ${d % 2 ? 'Objection' : 'Reason'}: level ${d} of section ${i}, with ${d + 3}%`);
  return lines.join('\n') + '\n';
}

function table(i: number, rows: number): string {
  const lines = ['| Claim | Figure | Source |', '| --- | --- | --- |'];
  for (let r = 0; r < rows; r++) lines.push(`| Row ${r} of table ${i} | ${r * 7}% | [see](#c${i}) |`);
  return lines.join('\n') + '\n';
}

function paragraph(i: number, sentences: number): string {
  const words: string[] = [];
  for (let s = 0; s < sentences; s++) words.push(`Sentence ${s} of section ${i} says [something](#c${i}) about ${s * 3} companies.`);
  return words.join(' ') + '\n';
}

function claim(i: number): string {
  return [
    `**Claim:** Zone ${i} hosts over ${1000 + i} companies.[^far${i}] {#c${i}}`,
    i > 1 ? `- Reason: [see section ${i - 1}](#c${i - 1})` : `- Reason: the first zone, with 12%.`,
    // A reference link defined at the end: its chunk is parsed again with a stand-in, on
    // the main thread (definitions.ts), so only every eighth section has one.
    i % 8 === 7 ? `- Evidence: the registry [lists][ref${i}] them, with ${i}%.[^near${i}]` : `- Evidence: the registry lists them, with ${i}%.[^near${i}]`,
    '',
    `[^near${i}]: Registry of zone ${i}, p. ${i}.`,
    '',
  ].join('\n');
}

function section(i: number): string {
  const head = `## Section ${i}\n\n${claim(i)}\n`;
  switch (i % 8) {
    case 1:
      return head + fenceSection(i);
    case 2:
      return head + commentSection(i);
    case 3:
      return head + nestedList(20, i) + '\n';
    case 4:
      return head + `- Evidence: [a link][nowhere${i}] to nothing.\n\n`;
    case 5:
      return head + table(i, 120) + '\n' + paragraph(i, 60) + '\n';
    case 6:
      return head + nestedList(105, i) + '\n';
    case 7:
      // A footnote call with no definition: its stand-in goes again (a second parse, as above).
      return head + `- Evidence: a call to nothing[^missing${i}].\n\n` + paragraph(i, 20) + '\n';
    default:
      return head + paragraph(i, 20) + '\n';
  }
}

/** A tricky argument file of about `sections` sections (a few KB each). */
export function trickyDocument(sections: number, crlf = false): string {
  const parts = ['---', 'title: tricky', '---', '', '# Tricky', ''];
  for (let i = 1; i <= sections; i++) parts.push(section(i));
  parts.push('## Notes', '');
  for (let i = 1; i <= sections; i++) parts.push(`[^far${i}]: Far note ${i}, p. ${i}.`, '');
  for (let i = 1; i <= sections; i++) parts.push(`[ref${i}]: #c${i}`);
  parts.push('', '```', '- Claim: in a fence that never closes', '');
  const text = parts.join('\n');
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}
