// Documents.snapshot: a version's text with its analysis, for the features that write into
// the text; completion takes the last analysis made rather than wait for the current one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Documents } from '../../server/src/documents';
import { NO_FAULTS } from '../../server/src/faults';
import { normalizeSettings } from '../../server/src/settings';
import { WorkspaceFiles } from '../../server/src/workspace/files';

function documents(): Documents {
  const quiet = { error: () => {}, warn: () => {}, info: () => {} };
  return new Documents({
    workspace: new WorkspaceFiles(),
    log: quiet,
    injectFault: NO_FAULTS,
    settings: () => normalizeSettings({ diagnostics: { delay: 0 } }),
    diagnostics: () => [],
    send: () => {},
  });
}

describe('Documents.snapshot', () => {
  it('gives the current text with the analysis of that version, or (stale) the last analysis made', async () => {
    const docs = documents();
    const uri = 'file:///ws/a.arg.md';
    docs.open(uri, 'markdown', 1, 'Claim: A.');
    const first = await docs.snapshot(uri);
    assert.deepEqual([first?.version, first?.text, first?.analysis.nodes.map((n) => n.text)], [1, 'Claim: A.', ['A.']]);

    docs.change(uri, 2, [{ text: 'Claim: A.\n\nClaim: B.' }]);
    // Without waiting: version 2's text, version 1's analysis.
    const stale = await docs.snapshot(uri, true);
    assert.deepEqual([stale?.version, stale?.text, stale?.analysis.nodes.map((n) => n.text)], [2, 'Claim: A.\n\nClaim: B.', ['A.']]);
    const current = await docs.snapshot(uri);
    assert.deepEqual([current?.version, current?.analysis.nodes.map((n) => n.text)], [2, ['A.', 'B.']]);
    docs.close(uri);
    assert.equal(await docs.snapshot(uri), undefined);
  });
});
