// @ts-check
'use strict';
// Diagnostics in the editor against the CLI on the same files, and the severity settings.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const SAMPLE = 'samples/greater-bay-area.arg.md';
const CODES = new Set([
  'unsupported-claim', 'uncited-evidence', 'unanswered-challenge', 'orphan-evidence', 'empty-node', 'duplicate-id',
  'broken-reference', 'undefined-footnote', 'circular-support', 'unsourced-figure', 'file-too-large',
]);

describe('diagnostics', function () {
  before(() => h.api());
  after(async () => {
    await h.setSeverity('unsupported-claim', undefined);
    await h.setSeverity('unanswered-challenge', undefined);
    await h.closeAll();
  });

  it(`${SAMPLE}: the editor shows exactly what \`argmap check --format json\` reports`, async () => {
    const expected = h.cliDiagnostics(SAMPLE);
    assert.ok(expected.length > 0, 'the CLI reports nothing on the sample');
    assert.ok(expected.some((d) => d.code === 'unsupported-claim'), 'the sample has no unsupported claim');
    const doc = await h.open(SAMPLE);
    await h.untilDiagnostics(doc.uri, expected, 'the editor to match the CLI');
    const all = vscode.languages.getDiagnostics(doc.uri);
    for (const d of all.filter((x) => CODES.has(h.codeOf(x) ?? ''))) assert.strictEqual(d.source, 'argmap');
    for (const d of h.argmapDiagnostics(doc.uri)) assert.ok(d.message && d.message.trim(), 'a diagnostic without a message');
  });

  for (const rel of ['fixtures/bay.arg.md', 'fixtures/cross-a.arg.md', 'fixtures/cross-b.arg.md']) {
    it(`${rel}: the editor matches the CLI`, async () => {
      const doc = await h.open(rel);
      await h.untilDiagnostics(doc.uri, h.cliDiagnostics(rel), `${rel} to match the CLI`);
    });
  }

  it('bay.arg.md: the diagnostics the contract predicts', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    const whole = (/** @type {string} */ needle, /** @type {number} */ from) => {
      const line = h.lineOf(doc, needle);
      return [line, from, line, doc.lineAt(line).text.length];
    };
    const expected = [
      { code: 'unanswered-challenge', severity: 'information', range: whole('- Challenge: Many', 2) },
      { code: 'unsupported-claim', severity: 'warning', range: whole('Claim: Rents keep', 0) },
    ];
    await h.untilDiagnostics(doc.uri, expected, 'the predicted diagnostics of bay.arg.md');
  });

  it('argmap.severity.* changes severities, and ignore removes them', async () => {
    const doc = await h.open(SAMPLE);
    const base = h.cliDiagnostics(SAMPLE);
    assert.ok(base.some((d) => d.code === 'unanswered-challenge'), 'the sample has no unanswered challenge');
    const withSeverity = (/** @type {Record<string, string>} */ changes) =>
      base
        .filter((d) => changes[d.code] !== 'ignore')
        .map((d) => (changes[d.code] ? { ...d, severity: changes[d.code] } : d));
    await h.untilDiagnostics(doc.uri, base, 'the defaults');

    await h.setSeverity('unsupported-claim', 'error');
    await h.untilDiagnostics(doc.uri, withSeverity({ 'unsupported-claim': 'error' }), 'unsupported-claim as error');
    assert.ok(
      vscode.languages.getDiagnostics(doc.uri).some((d) => h.codeOf(d) === 'unsupported-claim' && d.severity === vscode.DiagnosticSeverity.Error),
    );

    await h.setSeverity('unanswered-challenge', 'hint');
    await h.untilDiagnostics(doc.uri, withSeverity({ 'unsupported-claim': 'error', 'unanswered-challenge': 'hint' }), 'two changed severities');

    await h.setSeverity('unsupported-claim', 'ignore');
    await h.untilDiagnostics(doc.uri, withSeverity({ 'unsupported-claim': 'ignore', 'unanswered-challenge': 'hint' }), 'unsupported-claim ignored');
    assert.ok(!h.argmapDiagnostics(doc.uri).some((d) => d.code === 'unsupported-claim'));

    await h.setSeverity('unsupported-claim', undefined);
    await h.setSeverity('unanswered-challenge', undefined);
    await h.untilDiagnostics(doc.uri, base, 'the defaults again after the settings are removed');
  });
});
