// block-too-large through the server: argmap.maxBlockSize reaches the parse, a change of it
// re-analyses, and an edit next to the large block keeps the diagnostic.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { FIXTURES, TestClient, uriOf } from './client';

describe('block-too-large (argmap.maxBlockSize)', () => {
  let client: TestClient;
  const uri = uriOf(path.join(FIXTURES, 'block-size.arg.md'));

  before(async () => {
    client = await TestClient.start({ root: FIXTURES, settings: { diagnostics: { delay: 0 }, maxBlockSize: 50 } });
  });
  after(() => client.stop());

  // Line 1: `- Claim: ` (9) + 60 q + ` [l](#nowhere)` (14) = 83 bytes, over 50.
  const text = [`- Claim: ${'q'.repeat(60)} [l](#nowhere)`, '  - Evidence: e[^n]', '', '[^n]: N.', ''].join('\n');
  const large = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 83 } },
    severity: DiagnosticSeverity.Information,
    code: 'block-too-large',
    source: 'argmap',
    message: 'This block is 83 bytes, larger than argmap.maxBlockSize (50 bytes), so its links, footnotes and figures were not checked.',
  };

  it('reports the block, leaves its link unchecked, and keeps it through an edit next to it', async () => {
    await client.open(uri, text, 1);
    assert.deepEqual(await client.diagnosticsFor(uri, 1), { uri, version: 1, diagnostics: [large] });
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 15 }, end: { line: 1, character: 15 } }, text: 'x' }]);
    assert.deepEqual(await client.diagnosticsFor(uri, 2), { uri, version: 2, diagnostics: [large] });
  });

  it('a change of the setting re-analyses: at the default the block is checked', async () => {
    await client.configure({ diagnostics: { delay: 0 } });
    const published = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'broken-reference'));
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['broken-reference'],
    );
    await client.close(uri);
  });
});
