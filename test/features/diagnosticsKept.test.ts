// LSP diagnostics kept per model diagnostic (issue 12): after a keystroke the model hands back
// an unchanged node's diagnostic objects, and the same LSP objects go out again (their JSON
// text is kept by the stdio encoder); what changed, and any setting they were made under, is made again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { editOnce } from '../model/helpers';
import { analysisOf, joinLines } from './text';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** Two unsupported claims, each its own block. */
const TWO_CLAIMS = joinLines('Claim: Parks cool cities.', '', 'Claim: Trees shade streets.', '');

describe('LSP diagnostics kept per model diagnostic', () => {
  it('the same analysis under the same settings gives the same objects', () => {
    const a = analysisOf(TWO_CLAIMS);
    const first = toLspDiagnostics(a);
    const second = toLspDiagnostics(a);
    assert.equal(first.length, 2);
    first.forEach((d, i) => assert.equal(second[i], d));
  });

  it('after an edit in one claim, the other claim’s diagnostic is the same object and the edited one is made again', () => {
    const { before, after } = editOnce(TWO_CLAIMS, 'Trees', 'Tall trees', 'test.arg.md');
    const old = toLspDiagnostics(before);
    const now = toLspDiagnostics(after);
    assert.deepEqual(
      now.map((d) => [d.code, d.range]),
      [
        ['unsupported-claim', range(0, 0, 0, 25)],
        ['unsupported-claim', range(2, 0, 2, 32)],
      ],
    );
    assert.equal(now[0], old[0]);
    assert.notEqual(now[1], old[1]);
    // The one made before is left as it was: a diagnostic once made never changes.
    assert.deepEqual(old[1].range, range(2, 0, 2, 27));
  });

  it('a severity setting that changes makes the diagnostic again, leaving the earlier one as it was', () => {
    const a = analysisOf(TWO_CLAIMS);
    const warning = toLspDiagnostics(a)[0];
    const error = toLspDiagnostics(a, { 'unsupported-claim': 'error' })[0];
    assert.notEqual(error, warning);
    assert.equal(error.severity, DiagnosticSeverity.Error);
    assert.equal(warning.severity, DiagnosticSeverity.Warning);
    assert.equal(toLspDiagnostics(a)[0].severity, DiagnosticSeverity.Warning);
  });

  it('related places follow the document’s uri: another uri makes the diagnostic again', () => {
    const a = analysisOf(joinLines('Claim: Over 9,500 companies are registered.', '- Evidence: 9,200 companies are registered.[^1]', '', '[^1]: Register.'));
    const mismatch = (uri: string) => toLspDiagnostics(a, {}, { uri }).find((d) => d.code === 'figure-mismatch');
    const first = mismatch('file:///w/one.arg.md');
    const second = mismatch('file:///w/two.arg.md');
    assert.deepEqual(first?.relatedInformation, [{ location: { uri: 'file:///w/one.arg.md', range: range(1, 12, 1, 27) }, message: 'the evidence says 9,200 companies' }]);
    assert.deepEqual(second?.relatedInformation, [{ location: { uri: 'file:///w/two.arg.md', range: range(1, 12, 1, 27) }, message: 'the evidence says 9,200 companies' }]);
    // Without a place there are no related places at all.
    assert.equal(toLspDiagnostics(a).find((d) => d.code === 'figure-mismatch')?.relatedInformation, undefined);
  });

  it('related places in another file follow where that file resolves to (a folder moved, the document’s own uri the same)', () => {
    const fund = joinLines('# Claim: The fund {#fund}', '', '- Evidence: It holds $1.5 billion.[^f]', '', '[^f]: Fund report.', '');
    const a = analysisOf(joinLines('# Claim: The fund holds $2 billion {#hub}', '', '- Reason: [the fund](fund.arg.md#fund)', ''), 'main.arg.md', { 'fund.arg.md': fund });
    const relatedUris = (folder: string) =>
      toLspDiagnostics(a, {}, { uri: 'file:///w/main.arg.md', resolve: (p) => `${folder}/${p}` })
        .find((d) => d.code === 'figure-mismatch')
        ?.relatedInformation?.map((r) => r.location.uri);
    assert.deepEqual(relatedUris('file:///w'), ['file:///w/fund.arg.md']);
    assert.deepEqual(relatedUris('file:///moved'), ['file:///moved/fund.arg.md']);
  });
});
