// Completion (editing.md "Completion"), from Markdown text with a cursor to the items. Only
// what VS Code's own Markdown cannot offer: node ids, footnote labels, labels, an unused id.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { completion } from '../../server/src/features/completion';
import type { Analysis } from '../../server/src/model';
import { analysisOf, joinLines, withCursor } from './text';

async function itemsAt(marked: string, others: Record<string, string> = {}, analysedText?: string): Promise<CompletionItem[]> {
  const { text, position } = withCursor(marked);
  // `analysedText`: the analysis is of an earlier version (completion never waits for the current one).
  const analysis = analysisOf(analysedText ?? text);
  const other = async (path: string): Promise<Analysis | undefined> => (others[path] === undefined ? undefined : analysisOf(others[path], path));
  return completion({ analysis, text, version: 1 }, position, other);
}

const labels = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
const edit = (line: number, start: number, end: number, newText: string) => ({ range: { start: { line, character: start }, end: { line, character: end } }, newText });

describe('completion: ids after ](#', () => {
  const doc = ['Claim: Rents are low. {#rents}', '', 'Claim: Offices are empty. {#offices}', '- Evidence: a'];

  it('lists the explicit ids with kind and text, ranked first, the current node\'s own excluded', async () => {
    const items = await itemsAt(joinLines(...doc, '- Reason: see [x](#$$CURSOR$$'));
    assert.deepEqual(items, [
      { label: 'rents', kind: CompletionItemKind.Reference, detail: 'claim', documentation: 'Rents are low.', sortText: '!000000', filterText: '#rents', textEdit: edit(4, 18, 19, '#rents') },
      { label: 'offices', kind: CompletionItemKind.Reference, detail: 'claim', documentation: 'Offices are empty.', sortText: '!000001', filterText: '#offices', textEdit: edit(4, 18, 19, '#offices') },
    ]);
    const own = await itemsAt(joinLines('Claim: Rents are low. {#rents}', '', 'Claim: Offices, see [x](#$$CURSOR$$) {#offices}'));
    assert.deepEqual(labels(own), ['rents']);
  });

  it('replaces a partly typed fragment, and reads another argument file\'s ids', async () => {
    const partial = await itemsAt(joinLines(...doc, 'See [x](#off$$CURSOR$$ice).'));
    assert.deepEqual(partial[1].textEdit, edit(4, 8, 15, '#offices'));
    const other = await itemsAt('See [x](../data/other.arg.md#$$CURSOR$$', { '../data/other.arg.md': 'Evidence: The register. {#register}' });
    assert.deepEqual(labels(other), ['register']);
    assert.equal(other[0].detail, 'evidence');
  });

  it('leaves heading slugs and other files\' fragments to VS Code\'s own Markdown', async () => {
    assert.deepEqual(await itemsAt('See [x](notes.md#$$CURSOR$$'), []);
    assert.deepEqual(await itemsAt(joinLines('# A heading', '', 'See [x](#$$CURSOR$$')), []);
  });
});

describe('completion: footnote labels after [^', () => {
  const doc = ['Evidence: a[^survey]', '', '[^survey]: The 2023 survey.', '[^b]: Another.'];

  it('lists the defined labels with their text, closing the bracket unless it is there', async () => {
    const items = await itemsAt(joinLines('Evidence: b[^$$CURSOR$$', ...doc));
    assert.deepEqual(items.map((i) => [i.label, i.documentation, i.textEdit]), [
      ['survey', 'The 2023 survey.', edit(0, 13, 13, 'survey]')],
      ['b', 'Another.', edit(0, 13, 13, 'b]')],
    ]);
    const closed = await itemsAt(joinLines('Evidence: b[^su$$CURSOR$$]', ...doc));
    assert.deepEqual(closed[0].textEdit, edit(0, 13, 15, 'survey'));
  });
});

describe('completion: labels at a block\'s start', () => {
  it('under a claim: Evidence, Reason, Challenge first, in the file\'s style', async () => {
    const items = await itemsAt(joinLines('Claim: Rents are low.', '- $$CURSOR$$'));
    assert.deepEqual(labels(items), ['Evidence', 'Reason', 'Challenge', 'Claim', 'Thesis', 'Data', 'Source', 'Objection', 'Rebuttal', 'Counter']);
    const evidence = items.find((i) => i.label === 'Evidence')!;
    assert.deepEqual(evidence, {
      label: 'Evidence',
      kind: CompletionItemKind.Keyword,
      detail: 'evidence',
      sortText: '1-0-000003',
      filterText: 'Evidence',
      textEdit: edit(1, 2, 2, 'Evidence: '),
    });
  });

  it('under a challenge: Rebuttal first; a partial word is replaced', async () => {
    const items = await itemsAt(joinLines('Claim: A.', '- Challenge: B.', '  - Reb$$CURSOR$$'));
    assert.equal(labels(items)[0], 'Rebuttal');
    assert.deepEqual(items.find((i) => i.label === 'Rebuttal')!.textEdit, edit(2, 4, 7, 'Rebuttal: '));
  });

  it('bold when the file\'s labels mostly are, or when `**` is typed', async () => {
    const bold = await itemsAt(joinLines('**Claim:** A.', '', '## $$CURSOR$$'));
    assert.deepEqual(bold.find((i) => i.label === 'Claim')!.textEdit, edit(2, 3, 3, '**Claim:** '));
    const typed = await itemsAt(joinLines('Claim: A.', '- **Cla$$CURSOR$$'));
    const claim = typed.find((i) => i.label === 'Claim')!;
    assert.deepEqual([claim.filterText, claim.textEdit], ['**Claim', edit(1, 2, 7, '**Claim:** ')]);
  });

  it('a heading ranks by the labelled heading above it; a root paragraph puts Claim first', async () => {
    assert.equal(labels(await itemsAt(joinLines('# Challenge: A.', '', '## $$CURSOR$$')))[0], 'Rebuttal');
    assert.equal(labels(await itemsAt('$$CURSOR$$'))[0], 'Claim');
  });

  it('offers none inside a paragraph, in code, for a word no label starts with, or where a label is typed', async () => {
    assert.deepEqual(await itemsAt(joinLines('Some prose', 'Cla$$CURSOR$$')), []);
    assert.deepEqual(await itemsAt(joinLines('```', 'Cla$$CURSOR$$', '```')), []);
    assert.deepEqual(await itemsAt('Rents$$CURSOR$$'), []);
    assert.deepEqual(await itemsAt('Cla$$CURSOR$$im: x'), []);
  });
});

describe('completion: an unused id after {#', () => {
  it('a slug of the node\'s text, closed unless the brace is there', async () => {
    assert.deepEqual(await itemsAt('Claim: Rents are low {#$$CURSOR$$'), [
      { label: 'rents-are-low', kind: CompletionItemKind.Value, detail: 'an unused id from the text', sortText: '0', textEdit: edit(0, 23, 23, 'rents-are-low}') },
    ]);
    const closed = await itemsAt('Claim: Rents are low {#re$$CURSOR$$}');
    assert.deepEqual(closed[0].textEdit, edit(0, 23, 25, 'rents-are-low'));
  });

  it('skips ids other nodes and headings use', async () => {
    const items = await itemsAt(joinLines('# Rents are low', '', 'Claim: Rents are low. {#rents-are-low-2}', '', 'Claim: Rents are low {#$$CURSOR$$'));
    assert.equal(items[0].label, 'rents-are-low-3');
  });

  it('reads a label typed since the last analysis from the line itself', async () => {
    const items = await itemsAt('Claim: Rents are low {#$$CURSOR$$', {}, 'Rents are low');
    assert.equal(items[0].label, 'rents-are-low');
  });
});

describe('completion: half-typed input', () => {
  it('never throws, at any position of a half-typed link, footnote, label or id', async () => {
    const texts = ['[', '](#', '[^', '**Cla', '{#', 'Claim: x {#id', '- [x](#', '[x]: #', '](a.arg.md#', '[^]', '{#}', '](<#', '#', '> - **'];
    for (const t of texts) {
      const full = joinLines('Claim: A. {#a}', '', t, '');
      for (let i = 0; i <= full.length; i++) {
        const marked = full.slice(0, i) + '$$CURSOR$$' + full.slice(i);
        await assert.doesNotReject(itemsAt(marked), `at ${i} of ${JSON.stringify(full)}`);
      }
    }
    // Positions past the end of the text.
    const analysis = analysisOf('Claim: A.');
    assert.deepEqual(await completion({ analysis, text: 'Claim: A.', version: 1 }, { line: 9, character: 99 }, async () => undefined), []);
  });
});
