// Diagnostics, from Markdown text to LSP diagnostics: the spec's codes, default severities
// and ranges (from the label to the end of the node's first line), `source: "argmap"`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { analysisOf, joinLines } from './text';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** An unsupported claim, a challenge nobody answers, and a reference to no node. */
const analysis = () => analysisOf(joinLines('Claim: Parks cool cities.', '', '- Challenge: Parks take land.', '- Evidence: [gone](#missing)', ''));
const byLine = (ds: Diagnostic[]) => [...ds].sort((a, b) => a.range.start.line - b.range.start.line);

describe('toLspDiagnostics', () => {
  it('gives each finding its code, default severity, range and the source; the message as the model words it', () => {
    const a = analysis();
    const lsp = byLine(toLspDiagnostics(a));
    assert.deepEqual(
      lsp.map((d) => [d.code, d.severity, d.source, d.range]),
      [
        ['unsupported-claim', DiagnosticSeverity.Warning, 'argmap', range(0, 0, 0, 25)],
        ['unanswered-challenge', DiagnosticSeverity.Information, 'argmap', range(2, 2, 2, 29)],
        ['broken-reference', DiagnosticSeverity.Error, 'argmap', range(3, 2, 3, 28)],
      ],
    );
    const messages = new Map(a.diagnostics.map((d) => [d.code, d.message]));
    for (const d of lsp) assert.equal(d.message, messages.get(d.code as never));
  });

  it('applies severity settings; `ignore` drops the code', () => {
    const lsp = byLine(toLspDiagnostics(analysis(), { 'unsupported-claim': 'ignore', 'broken-reference': 'hint', 'unanswered-challenge': 'error' }));
    assert.deepEqual(
      lsp.map((d) => [d.code, d.severity]),
      [
        ['unanswered-challenge', DiagnosticSeverity.Error],
        ['broken-reference', DiagnosticSeverity.Hint],
      ],
    );
  });

  it('carries no relatedInformation, data or tags', () => {
    for (const d of toLspDiagnostics(analysis())) assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity', 'source']);
  });
});
