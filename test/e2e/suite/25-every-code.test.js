// @ts-check
'use strict';
// Every diagnostic code in the real host, with the exact range and default severity the spec
// gives (argument-markdown.md: "A diagnostic's range starts at the label (with its **) and ends
// at the end of the node's first source line"; `unsourced-figure` covers the figure,
// `undefined-footnote` the reference). Expectations are worked out by hand from the samples in
// samples/diagnostics/ and the spec's table, never taken from argmap's own output.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

/** @typedef {{ code: string, severity: string, range: number[] }} Finding */

/**
 * A diagnostic from `from` (a character index) to the end of `line`, computed from the file's text.
 * @param {string} code @param {string} severity @param {import('vscode').TextDocument} doc
 * @param {number} line @param {number} from
 * @returns {Finding}
 */
function toEnd(code, severity, doc, line, from) {
  return { code, severity, range: [line, from, line, doc.lineAt(line).text.length] };
}

/**
 * A diagnostic on the first occurrence of `needle` in `line`.
 * @param {string} code @param {string} severity @param {import('vscode').TextDocument} doc
 * @param {number} line @param {string} needle
 * @returns {Finding}
 */
function on(code, severity, doc, line, needle) {
  const at = doc.lineAt(line).text.indexOf(needle);
  assert.ok(at >= 0, `line ${line} has no ${needle}`);
  return { code, severity, range: [line, at, line, at + needle.length] };
}

/** file → expected diagnostics, by hand from the spec (0-based lines of the sample). */
const CASES = {
  'unsupported-claim.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('unsupported-claim', 'warning', d, 2, 0), // **Claim:** Remote work … (no support at all)
    toEnd('unsupported-claim', 'warning', d, 4, 0), // **Claim:** The city … (only an unsupported reason)
    toEnd('unsupported-claim', 'warning', d, 6, 2), // - **Reason:** Cycling is popular. (a claim, unsupported)
  ],
  'uncited-evidence.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('uncited-evidence', 'warning', d, 5, 2), // no citation at all
    toEnd('uncited-evidence', 'warning', d, 6, 2), // a relative link is not a citation
  ],
  'unanswered-challenge.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('unanswered-challenge', 'information', d, 5, 2), // - **Challenge:** Staff costs would rise.
    toEnd('unanswered-challenge', 'information', d, 9, 0), // **Objection:** … (a root)
  ],
  'orphan-evidence.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('orphan-evidence', 'warning', d, 2, 0), // a paragraph with no parent
    toEnd('orphan-evidence', 'warning', d, 6, 2), // under an unlabelled heading
  ],
  'empty-node.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('empty-node', 'error', d, 2, 0), // **Claim:**
    toEnd('empty-node', 'error', d, 6, 2), // - **Evidence:**
    toEnd('empty-node', 'error', d, 7, 2), // - Challenge: {#only-an-id}
    toEnd('empty-node', 'error', d, 9, 3), // ## Thesis: (the label, after the heading's #s)
  ],
  'duplicate-id.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('duplicate-id', 'error', d, 4, 2), // the second {#growth} only
  ],
  'broken-reference.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('broken-reference', 'error', d, 5, 2), // #load-test exists nowhere
    toEnd('broken-reference', 'error', d, 6, 2), // other.arg.md does not exist
  ],
  'undefined-footnote.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    on('undefined-footnote', 'error', d, 4, '[^missing]'), // the reference, not the node
  ],
  'circular-support.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('circular-support', 'warning', d, 5, 2), // - **Reason:** [people trust it](#trusted)
    toEnd('circular-support', 'warning', d, 9, 2), // - **Reason:** [it works](#works)
  ],
  'unsourced-figure.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    on('unsourced-figure', 'information', d, 2, '$1.2 billion'), // 35% is stated by the evidence
  ],
  'figure-mismatch.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    on('figure-mismatch', 'warning', d, 2, '9,500 ships'), // the evidence counts 9,200 ships
    on('figure-mismatch', 'warning', d, 2, '12%'), // the evidence says 11 percent of GDP; $2 is stated as US$2
  ],
  'nesting-too-deep.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('nesting-too-deep', 'information', d, 6, 0), // the 101-deep quote; its claim is not read
  ],
  'unclosed-code-block.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    toEnd('unclosed-code-block', 'warning', d, 8, 0), // ```text, never closed: the claim after it is code
  ],
  'label-typo.arg.md': (/** @type {import('vscode').TextDocument} */ d) => [
    // The would-be label with its marks and colon (docs/format.md); `Sources:` before a list is prose.
    on('label-typo', 'information', d, 5, 'Sources:'), // a plural on a list item
    on('label-typo', 'information', d, 7, 'Claim :'), // a space before the colon
    on('label-typo', 'information', d, 9, '*Objection:*'), // single emphasis
    on('label-typo', 'information', d, 11, '**Reason:**'), // no space after the bold label
  ],
  'clean.arg.md': () => [],
};

describe('every diagnostic code, as the spec places it', function () {
  before(() => h.api());
  after(async () => {
    await vscode.workspace.getConfiguration('argmap').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('argmap').update('maxBlockSize', undefined, vscode.ConfigurationTarget.Global);
    await h.closeAll();
  });

  for (const [file, expected] of Object.entries(CASES)) {
    it(`samples/diagnostics/${file}`, async () => {
      const doc = await h.open(`samples/diagnostics/${file}`);
      await h.untilDiagnostics(doc.uri, expected(doc), `the diagnostics of ${file}`);
      for (const d of h.argmapDiagnostics(doc.uri)) assert.ok((d.message ?? "").trim(), `${d.code} without a message`);
    });
  }

  it('figure-mismatch points at the evidence figure it differs from (relatedInformation)', async () => {
    const doc = await h.open('samples/diagnostics/figure-mismatch.arg.md');
    await h.untilDiagnostics(doc.uri, CASES['figure-mismatch.arg.md'](doc), 'the figure mismatches');
    const related = vscode.languages
      .getDiagnostics(doc.uri)
      .filter((d) => d.source === 'argmap')
      .sort((a, b) => a.range.start.character - b.range.start.character)
      .map((d) => (d.relatedInformation ?? []).map((r) => {
        const { start, end } = r.location.range;
        return [r.location.uri.toString() === doc.uri.toString(), start.line, start.character, end.line, end.character, r.message];
      }));
    const at = (/** @type {number} */ line, /** @type {string} */ needle) => {
      const from = doc.lineAt(line).text.indexOf(needle);
      assert.ok(from >= 0, `line ${line} has no ${needle}`);
      return [true, line, from, line, from + needle.length, `the evidence says ${needle}`];
    };
    assert.deepEqual(related, [[at(4, '9,200 ships')], [at(5, '11 percent')]]);
  });

  it('file-too-large: over argmap.maxFileSize, one diagnostic at the top and nothing else', async () => {
    const doc = await h.open('samples/diagnostics/unsupported-claim.arg.md');
    await h.untilDiagnostics(doc.uri, CASES['unsupported-claim.arg.md'](doc), 'the usual diagnostics first');
    await vscode.workspace.getConfiguration('argmap').update('maxFileSize', 100, vscode.ConfigurationTarget.Global);
    await h.untilDiagnostics(doc.uri, [{ code: 'file-too-large', severity: 'information', range: [0, 0, 0, 0] }], 'file-too-large alone');
    await vscode.workspace.getConfiguration('argmap').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    await h.untilDiagnostics(doc.uri, CASES['unsupported-claim.arg.md'](doc), 'the usual diagnostics after the limit is restored');
  });

  it('block-too-large: a block over argmap.maxBlockSize is reported on the whole block, the rest still analysed', async () => {
    const doc = await h.open('samples/diagnostics/unsupported-claim.arg.md');
    const usual = CASES['unsupported-claim.arg.md'](doc);
    await h.untilDiagnostics(doc.uri, usual, 'the usual diagnostics first');
    // Only the first paragraph (the sample's description) is over 60 bytes; every node is shorter.
    await vscode.workspace.getConfiguration('argmap').update('maxBlockSize', 60, vscode.ConfigurationTarget.Global);
    await h.untilDiagnostics(doc.uri, [toEnd('block-too-large', 'information', doc, 0, 0), ...usual], 'block-too-large on the description');
    await vscode.workspace.getConfiguration('argmap').update('maxBlockSize', undefined, vscode.ConfigurationTarget.Global);
    await h.untilDiagnostics(doc.uri, usual, 'the usual diagnostics after the limit is restored');
  });

  it('has a case for every code a sample can show (each sample is named after its code)', () => {
    for (const code of ['unsupported-claim', 'uncited-evidence', 'unanswered-challenge', 'orphan-evidence', 'empty-node',
      'duplicate-id', 'broken-reference', 'undefined-footnote', 'circular-support', 'unsourced-figure', 'figure-mismatch', 'nesting-too-deep',
      'unclosed-code-block', 'label-typo']) {
      assert.ok(`${code}.arg.md` in CASES, `no case shows ${code}`);
    }
  });
});
