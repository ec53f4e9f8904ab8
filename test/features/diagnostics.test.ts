import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import type { ModelDiagnostic } from '../../server/src/model/types';
import { analysis, line } from './build';

const model: ModelDiagnostic[] = [
  { code: 'unsupported-claim', severity: 'warning', message: 'Claim is not supported.', range: line(0), node: 0 },
  { code: 'unanswered-challenge', severity: 'information', message: 'Challenge is unanswered.', range: line(1), node: 1 },
  { code: 'broken-reference', severity: 'error', message: 'No node.', range: line(2, 5, 9) },
];
const withDiagnostics = () => ({ ...analysis({ nodes: [] }), diagnostics: model });

describe('toLspDiagnostics', () => {
  it('keeps code, message and range, adds the source, maps the default severity', () => {
    assert.deepEqual(toLspDiagnostics(withDiagnostics()), [
      { range: line(0), severity: DiagnosticSeverity.Warning, code: 'unsupported-claim', source: 'argmap', message: 'Claim is not supported.' },
      { range: line(1), severity: DiagnosticSeverity.Information, code: 'unanswered-challenge', source: 'argmap', message: 'Challenge is unanswered.' },
      { range: line(2, 5, 9), severity: DiagnosticSeverity.Error, code: 'broken-reference', source: 'argmap', message: 'No node.' },
    ]);
  });

  it('applies severity settings; `ignore` drops the code', () => {
    const lsp = toLspDiagnostics(withDiagnostics(), { 'unsupported-claim': 'ignore', 'broken-reference': 'hint', 'unanswered-challenge': 'error' });
    assert.deepEqual(
      lsp.map((d) => [d.code, d.severity]),
      [
        ['unanswered-challenge', DiagnosticSeverity.Error],
        ['broken-reference', DiagnosticSeverity.Hint],
      ],
    );
  });

  it('carries no relatedInformation, data or tags', () => {
    for (const d of toLspDiagnostics(withDiagnostics())) assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity', 'source']);
  });
});
