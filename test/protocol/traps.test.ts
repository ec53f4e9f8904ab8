// The traps of contract v2 through the real server: `unclosed-code-block` and `label-typo`
// published with their default severities, exact ranges and messages, their severity settings
// applied, and the fence's warning gone once an edit closes it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, tempWorkspace, uriOf } from './client';

const TEXT = [
  '- Claims: Fares should fall.', // 0: a plural on a list item
  '',
  'Claim : Fares should fall.', // 2: a space before the colon
  '',
  '**Claim:**Fares should fall.', // 4: no space after the bold label
  '',
  '```js', // 6: never closed
  'const x = 1;',
  '',
].join('\n');

function d(line: number, start: number, end: number, code: string, severity: DiagnosticSeverity, message: string): Diagnostic {
  return { range: { start: { line, character: start }, end: { line, character: end } }, severity, code, source: 'argmap', message };
}

const EXPECTED: Diagnostic[] = [
  d(0, 2, 9, 'label-typo', DiagnosticSeverity.Information, '“Claims:” is not a label (a plural), so this list item stays prose. Did you mean the claim label “Claim:”?'),
  d(2, 0, 7, 'label-typo', DiagnosticSeverity.Information, '“Claim :” is not a label (a space before the colon), so this paragraph stays prose. Did you mean the claim label “Claim:”?'),
  d(
    4,
    0,
    10,
    'label-typo',
    DiagnosticSeverity.Information,
    '“**Claim:**” is not a label (no space after the bold label), so this paragraph stays prose. Did you mean the claim label “**Claim:**” with a space after it?',
  ),
  d(
    6,
    0,
    5,
    'unclosed-code-block',
    DiagnosticSeverity.Warning,
    'This code block is never closed: everything after this line is code, to the end of the file. Close it with a line of ```.',
  ),
];

describe('traps: unclosed-code-block and label-typo over LSP', () => {
  let client: TestClient;
  const root = tempWorkspace({ 'traps.arg.md': TEXT });
  const uri = uriOf(path.join(root, 'traps.arg.md'));

  before(async () => {
    client = await TestClient.start({ root, settings: { diagnostics: { delay: 0 } } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('publishes both codes with their default severities, ranges and messages', async () => {
    await client.open(uri, TEXT, 1);
    assert.deepEqual(await client.diagnosticsFor(uri, 1), { uri, version: 1, diagnostics: EXPECTED });
  });

  it('closing the fence with an edit takes its warning away', async () => {
    await client.edit(uri, 2, { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, '```\n');
    assert.deepEqual(await client.diagnosticsFor(uri, 2), { uri, version: 2, diagnostics: EXPECTED.slice(0, 3) });
  });

  it('argmap.severity.label-typo and argmap.severity.unclosed-code-block apply', async () => {
    await client.edit(uri, 3, { start: { line: 8, character: 0 }, end: { line: 9, character: 0 } }, '');
    assert.deepEqual(await client.diagnosticsFor(uri, 3), { uri, version: 3, diagnostics: EXPECTED });
    client.skipPublished();
    await client.configure({ diagnostics: { delay: 0 }, severity: { 'label-typo': 'ignore', 'unclosed-code-block': 'error' } });
    const published = await client.diagnostics(uri, (p) => !p.diagnostics.some((x) => x.code === 'label-typo'));
    assert.deepEqual(published, { uri, version: 3, diagnostics: [{ ...EXPECTED[3], severity: DiagnosticSeverity.Error }] });
  });
});
