// Quick fixes and refactors (editing.md "Quick fixes and refactors"), from Markdown text to
// the text after the fix. Expected texts are worked out by hand from the spec's table; each
// fixed text is analysed again: a completing fix's diagnostic is gone, no fix adds an error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { codeActions } from '../../server/src/features/codeActions';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { FIXES } from '../../server/src/features/fixes';
import { linesOf, writingStyle } from '../../server/src/model';
import { applied, applyEdits, codesOf, editsOf, errorsOf, quickFixes, URI } from './edits';
import { analysisOf, joinLines, withCursor } from './text';

const titles = (text: string, code: string, line?: number) => quickFixes(text, code, { line }).actions.map((a) => a.title);

/** The one fix titled `title` for the diagnostic `code` (on `line`), applied. */
function fix(text: string, code: string, title: string, options: Parameters<typeof quickFixes>[2] = {}): string {
  const { actions } = quickFixes(text, code, options);
  return applied(text, actions, title);
}

describe('quick fix: unsupported-claim (scaffold)', () => {
  it('adds an evidence item right under a heading claim, keeping the prose below apart', () => {
    const text = joinLines('# Claim: Rents are low.', '', 'Some prose.');
    const after = fix(text, 'unsupported-claim', 'Add evidence under this claim');
    assert.equal(after, joinLines('# Claim: Rents are low.', '- Evidence: …', '', 'Some prose.'));
    // The claim stays unsupported: the stub is uncited.
    assert.deepEqual(codesOf(after), ['unsupported-claim@1', 'uncited-evidence@2']);
    assert.equal(analysisOf(after).nodes[1].parent, 0);
  });

  it('puts a blank line before text that would run on into the new item', () => {
    const text = joinLines('## Claim: Rents are low.', 'Prose right under it.');
    const after = fix(text, 'unsupported-claim', 'Add evidence under this claim');
    assert.equal(after, joinLines('## Claim: Rents are low.', '- Evidence: …', '', 'Prose right under it.'));
    assert.equal(analysisOf(after).nodes[1].text, '…');
  });

  it('adds after the existing children, at their indentation, in the file\'s bold style', () => {
    const text = joinLines('- **Claim:** A.', '  - **Evidence:** b', '- **Claim:** C.', '  - **Evidence:** d[^1]', '', '[^1]: src');
    const after = fix(text, 'unsupported-claim', 'Add evidence under this claim', { line: 0 });
    assert.equal(after, joinLines('- **Claim:** A.', '  - **Evidence:** b', '  - **Evidence:** …', '- **Claim:** C.', '  - **Evidence:** d[^1]', '', '[^1]: src'));
    assert.deepEqual(analysisOf(after).nodes[0].children, [1, 2]);
  });

  it('numbers the next item of an ordered list', () => {
    const text = joinLines('1. Claim: A.', '   1. Evidence: b');
    assert.equal(fix(text, 'unsupported-claim', 'Add evidence under this claim'), joinLines('1. Claim: A.', '   1. Evidence: b', '   2. Evidence: …'));
  });

  it('nests a first child under a list item claim, and a list under a paragraph claim', () => {
    assert.equal(
      fix(joinLines('- Claim: A.', '- Other.'), 'unsupported-claim', 'Add evidence under this claim'),
      joinLines('- Claim: A.', '  - Evidence: …', '- Other.'),
    );
    const after = fix(joinLines('Claim: A.', '', 'Claim: B.'), 'unsupported-claim', 'Add evidence under this claim', { line: 0 });
    assert.equal(after, joinLines('Claim: A.', '- Evidence: …', '', 'Claim: B.'));
    assert.equal(analysisOf(after).nodes[1].parent, 0);
  });
});

describe('quick fix: unanswered-challenge (scaffold)', () => {
  it('adds a rebuttal under the challenge: it is answered', () => {
    const text = joinLines('Claim: A.', '- Evidence: b[^1]', '- Challenge: c', '', '[^1]: src');
    const after = fix(text, 'unanswered-challenge', 'Add a rebuttal');
    assert.equal(after, joinLines('Claim: A.', '- Evidence: b[^1]', '- Challenge: c', '  - Rebuttal: …', '', '[^1]: src'));
    assert.deepEqual(codesOf(after), []);
  });
});

describe('quick fix: uncited-evidence (scaffold)', () => {
  it('appends [^n] before the id and a … definition at the end of the file', () => {
    const text = joinLines('Claim: A.', '- Evidence: Rents are low. {#r}', '');
    const after = fix(text, 'uncited-evidence', 'Cite a source');
    assert.equal(after, joinLines('Claim: A.', '- Evidence: Rents are low.[^1] {#r}', '', '[^1]: …', ''));
    assert.deepEqual(errorsOf(after), []);
  });

  it('takes the first unused number, and adds a blank line to a file without a final line break', () => {
    const text = joinLines('Claim: A.', '- Evidence: b[^1][^3]', '- Evidence: c', '', '[^1]: src', '[^3]: src');
    const after = fix(text, 'uncited-evidence', 'Cite a source');
    assert.equal(after, joinLines('Claim: A.', '- Evidence: b[^1][^3]', '- Evidence: c[^2]', '', '[^1]: src', '[^3]: src', '', '[^2]: …', ''));
  });

  it('leaves the evidence uncited until the source is written (a … definition cites nothing)', () => {
    const text = joinLines('Claim: A.', '- Evidence: b');
    const after = fix(text, 'uncited-evidence', 'Cite a source');
    assert.equal(after, joinLines('Claim: A.', '- Evidence: b[^1]', '', '[^1]: …', ''));
    assert.deepEqual(codesOf(after), ['unsupported-claim@1', 'uncited-evidence@2']);
  });
});

describe('quick fix: undefined-footnote', () => {
  const text = joinLines('Claim: A.', '- Evidence: see [^nte] and [^a]', '', '[^note]: the source');

  it('defines it (the error goes) and offers a defined label within edit distance 2', () => {
    assert.deepEqual(titles(text, 'undefined-footnote'), ['Define [^nte]', 'Change to [^note]', 'Define [^a]']);
    const defined = fix(text, 'undefined-footnote', 'Define [^nte]', { line: 1 });
    assert.equal(defined, joinLines('Claim: A.', '- Evidence: see [^nte] and [^a]', '', '[^note]: the source', '', '[^nte]: …', ''));
    assert.deepEqual(errorsOf(defined), ['undefined-footnote@2']);
    const changed = fix(text, 'undefined-footnote', 'Change to [^note]');
    assert.equal(changed, joinLines('Claim: A.', '- Evidence: see [^note] and [^a]', '', '[^note]: the source'));
    assert.deepEqual(errorsOf(changed), ['undefined-footnote@2']);
    assert.equal(analysisOf(changed).footnoteRefs.filter((r) => r.label === 'nte').length, 0);
  });
});

describe('quick fix: broken-reference', () => {
  const text = joinLines(
    'Claim: Rents are low. {#rents}',
    '- Evidence: See [the survey](#survy) for more.[^1]',
    '',
    'Evidence: The survey. {#survey}',
    '',
    '[^1]: src',
  );

  it('changes the fragment to a near id, or removes the link and keeps its text', () => {
    assert.deepEqual(titles(text, 'broken-reference'), ['Change to #survey', 'Remove the link, keep its text']);
    const changed = fix(text, 'broken-reference', 'Change to #survey');
    assert.equal(changed.split('\n')[1], '- Evidence: See [the survey](#survey) for more.[^1]');
    assert.deepEqual(errorsOf(changed), []);
    const unlinked = fix(text, 'broken-reference', 'Remove the link, keep its text');
    assert.equal(unlinked.split('\n')[1], '- Evidence: See the survey for more.[^1]');
    assert.deepEqual(errorsOf(unlinked), []);
  });

  it('offers at most three ids, nearest first, from the target file', () => {
    const other = joinLines('Claim: a {#cat}', '', 'Claim: b {#cart}', '', 'Claim: c {#cast}', '', 'Claim: d {#ca}', '', 'Claim: e {#dog}');
    const files = { 'other.arg.md': other };
    const refText = joinLines('Claim: A.', '- Reason: [x](other.arg.md#cat2)');
    const { actions } = quickFixes(refText, 'broken-reference', { files });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Change to #cat', 'Change to #ca', 'Change to #cart', 'Remove the link, keep its text'],
    );
    const after = applied(refText, actions, 'Change to #cat');
    assert.equal(after, joinLines('Claim: A.', '- Reason: [x](other.arg.md#cat)'));
    assert.deepEqual(errorsOf(after, files), []);
  });
});

describe('quick fix: duplicate-id', () => {
  it('renames the second id to the first free suffix (explicit ids, generated ids and slugs taken)', () => {
    const text = joinLines('Claim: A {#a}', '', 'Claim: B {#a}', '', 'Claim: A 2');
    // `A 2` has the generated id `a-2`, so the first free one is `a-3`.
    assert.deepEqual(titles(text, 'duplicate-id'), ['Rename this id to a-3']);
    const after = fix(text, 'duplicate-id', 'Rename this id to a-3');
    assert.equal(after, joinLines('Claim: A {#a}', '', 'Claim: B {#a-3}', '', 'Claim: A 2'));
    assert.deepEqual(errorsOf(after), []);
  });
});

describe('quick fix: empty-node', () => {
  it('removes the label and keeps the rest of the line', () => {
    const after = fix(joinLines('Claim: A.', '- **Evidence:**  [^1]', '', '[^1]: src'), 'empty-node', 'Remove the empty label');
    assert.equal(after, joinLines('Claim: A.', '- [^1]', '', '[^1]: src'));
    assert.deepEqual(errorsOf(after), []);
    assert.equal(fix('**Claim**: ', 'empty-node', 'Remove the empty label'), '');
  });
});

describe('quick fix: unsourced-figure (scaffold)', () => {
  it('adds an uncited evidence item stating the figure as written', () => {
    const text = 'Claim: Exports grew 35% last year.';
    const after = fix(text, 'unsourced-figure', 'Add evidence for this figure');
    assert.equal(after, joinLines(text, '- Evidence: … 35% …'));
    // Still unsourced and unsupported until the evidence is written and cited.
    assert.deepEqual(codesOf(after), ['unsupported-claim@1', 'unsourced-figure@1', 'uncited-evidence@2']);
  });
});

/** A fixer called with a diagnostic shaped as the spec says (codes the model is being taught by other helpers). */
function fixDirect(text: string, diagnostic: Diagnostic) {
  const analysis = analysisOf(text);
  const fixer = FIXES[String(diagnostic.code)];
  return fixer({ analysis, text, lines: linesOf(text), style: writingStyle(analysis, text), diagnostic, uri: URI, idStyle: 'pandoc' });
}

const diag = (code: string, sl: number, sc: number, el: number, ec: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
  code,
  source: 'argmap',
  message: code,
  ...extra,
});

describe('quick fix: figure-mismatch', () => {
  const text = joinLines('Claim: Over 9,500 companies are registered.', '- Evidence: 9,200 companies are registered.[^1]', '', '[^1]: Register.');
  const related = (line: number, start: number, end: number) => ({
    location: { uri: URI, range: { start: { line, character: start }, end: { line, character: end } } },
    message: 'the evidence says',
  });

  it('uses the one differing evidence figure, read at the related location', () => {
    const fixes = fixDirect(text, diag('figure-mismatch', 0, 7, 0, 27, { relatedInformation: [related(1, 12, 27)] }));
    assert.deepEqual(fixes.map((f) => f.title), ["Use the evidence's figure (9,200 companies)"]);
    const after = applyEdits(text, fixes[0].edits);
    assert.equal(after.split('\n')[0], 'Claim: 9,200 companies are registered.');
    assert.deepEqual(codesOf(after), []);
  });

  it("works on the model's own diagnostic (its data.replacement): the claim's figure becomes the evidence's, the mismatch goes", () => {
    const after = fix(text, 'figure-mismatch', "Use the evidence's figure (9,200 companies)");
    assert.equal(after, joinLines('Claim: 9,200 companies are registered.', '- Evidence: 9,200 companies are registered.[^1]', '', '[^1]: Register.'));
    assert.deepEqual(codesOf(after), []);
    // Two evidence figures differ: the model gives no replacement, so there is no fix.
    const two = joinLines('Claim: Over 9,500 companies.', '- Evidence: 9,200 companies.[^1]', '- Evidence: 9,300 companies.[^1]', '', '[^1]: Register.');
    assert.deepEqual(titles(two, 'figure-mismatch'), []);
  });

  it('prefers data.replacement, and offers nothing when two evidence figures differ', () => {
    const withData = fixDirect(text, diag('figure-mismatch', 0, 7, 0, 27, { data: { replacement: '9,200 companies' } }));
    assert.deepEqual(withData.map((f) => f.title), ["Use the evidence's figure (9,200 companies)"]);
    assert.deepEqual(fixDirect(text, diag('figure-mismatch', 0, 7, 0, 27, { relatedInformation: [related(1, 12, 27), related(1, 12, 17)] })), []);
  });
});

describe('quick fix: unclosed-code-block', () => {
  it('closes the fence after the first stretch of lines under it', () => {
    const text = joinLines('Claim: A.', '', '```js', 'let x = 1;', '', '- Evidence: b');
    const fixes = fixDirect(text, diag('unclosed-code-block', 2, 0, 2, 5));
    assert.deepEqual(fixes.map((f) => f.title), ['Close this code block']);
    const after = applyEdits(text, fixes[0].edits);
    assert.equal(after, joinLines('Claim: A.', '', '```js', 'let x = 1;', '```', '', '- Evidence: b'));
    // The list is out of the code again: its evidence is a node.
    assert.equal(analysisOf(after).nodes.length, 2);
    assert.deepEqual(errorsOf(after), []);
  });

  it('closes at the end of the file, indented inside a list item, with the same fence', () => {
    const text = joinLines('- Claim: A.', '', '  ~~~~', '  code');
    const after = applyEdits(text, fixDirect(text, diag('unclosed-code-block', 2, 2, 2, 6))[0].edits);
    assert.equal(after, joinLines('- Claim: A.', '', '  ~~~~', '  code', '  ~~~~', ''));
  });

  it('closes a raw HTML block with its own closer', () => {
    const text = joinLines('<!-- a note', 'hidden text', '', 'Claim: A.');
    const fixes = fixDirect(text, diag('unclosed-code-block', 0, 0, 0, 11));
    assert.deepEqual(fixes.map((f) => f.title), ['Close this HTML block']);
    const after = applyEdits(text, fixes[0].edits);
    assert.equal(after, joinLines('<!-- a note', 'hidden text', '-->', '', 'Claim: A.'));
    assert.equal(analysisOf(after).nodes.length, 1);
  });
});

describe('quick fix: label-typo', () => {
  const cases: [string, Diagnostic, string, string][] = [
    ['Claim : Rents are low.', diag('label-typo', 0, 0, 0, 7), 'Make this a Claim', 'Claim: Rents are low.'],
    ['- Claims: Rents are low.', diag('label-typo', 0, 2, 0, 9), 'Make this a Claim', '- Claim: Rents are low.'],
    ['*Objection:* too costly', diag('label-typo', 0, 0, 0, 12), 'Make this an Objection', 'Objection: too costly'],
    ['**Claim:**text', diag('label-typo', 0, 0, 0, 10), 'Make this a Claim', 'Claim: text'],
    ['## Sources: the register', diag('label-typo', 0, 3, 0, 11), 'Make this a Source', '## Source: the register'],
    // A range that starts at the word inside the emphasis.
    ['- *Claim:* x', diag('label-typo', 0, 3, 0, 9), 'Make this a Claim', '- Claim: x'],
    ['**Claim:**text', diag('label-typo', 0, 2, 0, 8), 'Make this a Claim', 'Claim: text'],
  ];
  for (const [text, d, title, expected] of cases) {
    it(`${text} → ${expected}`, () => {
      const fixes = fixDirect(text, d);
      assert.deepEqual(fixes.map((f) => f.title), [title]);
      const after = applyEdits(text, fixes[0].edits);
      assert.equal(after, expected);
      assert.equal(analysisOf(after).nodes.length, 1);
    });
  }

  it('writes the label in the file\'s bold style', () => {
    const text = joinLines('**Claim:** A.', '', 'Claim : B.');
    assert.equal(applyEdits(text, fixDirect(text, diag('label-typo', 2, 0, 2, 7))[0].edits), joinLines('**Claim:** A.', '', '**Claim:** B.'));
  });
});

/** Every action at the cursor (no diagnostics sent), of the kinds `only` asks for. */
function actionsAt(marked: string, only?: string[], idStyle: 'pandoc' | 'html' = 'pandoc') {
  const { text, position } = withCursor(marked);
  const analysis = analysisOf(text);
  const actions = codeActions(
    { analysis, text, version: 3 },
    { textDocument: { uri: URI }, range: { start: position, end: position }, context: { diagnostics: [], only } },
    { idStyle, documentChanges: false },
  );
  return { text, actions };
}

describe('refactors', () => {
  it('labels an unlabelled paragraph (from any of its lines), list item or heading', () => {
    const p = actionsAt(joinLines('Rents are', 'low$$CURSOR$$.'));
    assert.deepEqual(p.actions.map((a) => [a.title, a.kind]), [
      ['Make this a claim', 'refactor.rewrite'],
      ['Make this evidence', 'refactor.rewrite'],
      ['Make this a challenge', 'refactor.rewrite'],
    ]);
    assert.equal(applied(p.text, p.actions, 'Make this a claim'), joinLines('Claim: Rents are', 'low.'));
    const item = actionsAt('- some $$CURSOR$$prose');
    assert.equal(applied(item.text, item.actions, 'Make this evidence'), '- Evidence: some prose');
    const heading = actionsAt('## Re$$CURSOR$$nts');
    assert.equal(applied(heading.text, heading.actions, 'Make this a challenge'), '## Challenge: Rents');
  });

  it('replaces a node\'s label in the file\'s style, and adds an unused id', () => {
    const { text, actions } = actionsAt(joinLines('**Claim:** Rents are low.$$CURSOR$$', '', '**Claim:** Other. {#rents-are-low}'));
    assert.deepEqual(actions.map((a) => a.title), ['Make this evidence', 'Make this a challenge', 'Add an id']);
    assert.equal(applied(text, actions, 'Make this evidence').split('\n')[0], '**Evidence:** Rents are low.');
    const withId = applied(text, actions, 'Add an id');
    assert.equal(withId.split('\n')[0], '**Claim:** Rents are low. {#rents-are-low-2}');
    assert.equal(analysisOf(withId).nodes[0].id, 'rents-are-low-2');
  });

  it('writes the id in the style of argmap.ids.style', () => {
    const { text, actions } = actionsAt('Claim: Rents are low.$$CURSOR$$', undefined, 'html');
    assert.equal(applied(text, actions, 'Add an id'), 'Claim: Rents are low. <a id="rents-are-low"></a>');
  });

  it('stays out of the lightbulb that asks automatically (no `only`)', () => {
    const { text, position } = withCursor('Rents are low.$$CURSOR$$');
    const analysis = analysisOf(text);
    const ask = (triggerKind?: 1 | 2) =>
      codeActions(
        { analysis, text, version: 1 },
        { textDocument: { uri: URI }, range: { start: position, end: position }, context: { diagnostics: [], triggerKind } },
        { idStyle: 'pandoc', documentChanges: false },
      ).length;
    assert.deepEqual([ask(2), ask(1), ask(undefined)], [0, 3, 3]);
  });

  it('offers nothing in code, and only what `only` asks for', () => {
    assert.deepEqual(actionsAt(joinLines('```', 'Rents$$CURSOR$$', '```')).actions, []);
    assert.deepEqual(actionsAt('Claim: A.$$CURSOR$$', ['quickfix']).actions, []);
  });
});

describe('code actions: versions', () => {
  it('gives nothing for a diagnostic of an older version', () => {
    // The same range now holds another undefined footnote: the old diagnostic is not this version's.
    const old = analysisOf('Evidence: see [^x]');
    const stale = toLspDiagnostics(old).filter((d) => d.code === 'undefined-footnote');
    const text = 'Evidence: old [^z]';
    const actions = codeActions(
      { analysis: analysisOf(text), text, version: 2 },
      { textDocument: { uri: URI }, range: stale[0].range, context: { diagnostics: stale, only: ['quickfix'] } },
      { idStyle: 'pandoc', documentChanges: true },
    );
    assert.deepEqual(actions, []);
  });

  it('carries its diagnostic, and a versioned edit when the client takes one', () => {
    const text = 'Claim: A.';
    const analysis = analysisOf(text);
    const diagnostics = toLspDiagnostics(analysis);
    const actions = codeActions(
      { analysis, text, version: 7 },
      { textDocument: { uri: URI }, range: diagnostics[0].range, context: { diagnostics, only: ['quickfix'] } },
      { idStyle: 'pandoc', documentChanges: true },
    );
    assert.deepEqual(actions, [
      {
        title: 'Add evidence under this claim',
        kind: 'quickfix',
        diagnostics,
        edit: {
          documentChanges: [
            { textDocument: { uri: URI, version: 7 }, edits: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, newText: '\n- Evidence: …' }] },
          ],
        },
      },
    ]);
    assert.equal(applyEdits(text, editsOf(actions[0])), 'Claim: A.\n- Evidence: …');
  });
});
