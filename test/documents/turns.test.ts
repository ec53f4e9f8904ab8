// Taking turns (documents/turns.ts): between a version's parse and its analysis the event
// loop gets a turn, and a version that an edit replaced meanwhile is not analysed at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Documents } from '../../server/src/documents';
import { normalizeSettings } from '../../server/src/settings';
import { WorkspaceFiles } from '../../server/src/workspace/files';

function documents(analysed: string[]): Documents {
  const quiet = { error: () => {}, warn: () => {}, info: () => {} };
  return new Documents({
    workspace: new WorkspaceFiles(),
    log: quiet,
    // Called once per run of the model: counts the analyses.
    injectFault: (feature, path) => {
      if (feature === 'analysis') analysed.push(path ?? '');
    },
    settings: () => normalizeSettings({ diagnostics: { delay: 0 } }),
    diagnostics: () => [],
    send: () => {},
  });
}

describe('taking turns', () => {
  it('does not analyse a version that an edit replaced while it waited for its turn', async () => {
    const analysed: string[] = [];
    const docs = documents(analysed);
    const uri = 'file:///ws/a.arg.md';
    docs.open(uri, 'markdown', 1, 'Claim: A.');
    // The edit comes as the next message: a macrotask queued before version 1's turn.
    const edited = new Promise<void>((resolve) =>
      setImmediate(() => {
        docs.change(uri, 2, [{ text: 'Claim: A.\n\nClaim: B.' }]);
        resolve();
      }),
    );
    await edited;
    const analysis = await docs.analysis(uri);
    assert.deepEqual(analysis?.nodes.map((n) => n.text), ['A.', 'B.']);
    // Version 1 was parsed, then replaced before its analysis: only version 2 was analysed.
    assert.deepEqual(analysed, ['a.arg.md']);
  });
});
