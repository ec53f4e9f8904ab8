import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { positionOf, tempWorkspace, TestClient, uriOf } from './client';

import { PLAN as A, SURVEY as B } from '../workspace/planSurveyFiles';
const ERRORS = [
  '# Claim: Everything here is broken. {#broken}',
  '',
  '- Evidence: [missing](c.arg.md#x)',
  '- Evidence: [a folder](dir.arg.md#x)',
  '- Evidence: [bytes](binary.arg.md#x)',
  '- Evidence: [outside](../outside.arg.md#x)',
  '- Evidence: [loop](loop.arg.md#x)',
  '- Evidence: [escape](escape.arg.md#x)',
  '',
].join('\n');

const broken = (line: number, end: number, message: string): Diagnostic => ({
  range: { start: { line, character: 2 }, end: { line, character: end } },
  severity: 1,
  code: 'broken-reference',
  source: 'argmap',
  message,
});
const UNSUPPORTED: Diagnostic = {
  range: { start: { line: 0, character: 2 }, end: { line: 0, character: 38 } },
  severity: 2,
  code: 'unsupported-claim',
  source: 'argmap',
  message: 'Claim is not supported: no cited evidence or supported claim stands under it.',
};
const SURVEY_BROKEN = broken(2, 41, 'No node with the id `survey` in `b.arg.md`.');

describe('cross-file references', () => {
  let client: TestClient;
  let root: string;
  let outside: string;
  const file = (name: string) => path.join(root, name);
  const a = () => uriOf(file('a.arg.md'));
  const b = () => uriOf(file('b.arg.md'));
  /** Diagnostics codes of the next publish for `uri`. */
  const codes = async (uri: string, match: (d: Diagnostic[]) => boolean, what: string) =>
    (await client.diagnostics(uri, (p) => match(p.diagnostics), what)).diagnostics;

  before(async () => {
    outside = tempWorkspace({ 'outside.arg.md': '# Claim: Out of reach. {#x}\n' });
    root = tempWorkspace({ 'a.arg.md': A, 'b.arg.md': B, 'errors.arg.md': ERRORS, 'binary.arg.md': '' });
    fs.writeFileSync(file('binary.arg.md'), Buffer.from([0x43, 0x6c, 0x61, 0x69, 0x6d, 0x00, 0xff, 0xfe, 0x01]));
    fs.mkdirSync(file('dir.arg.md'));
    fs.symlinkSync('loop.arg.md', file('loop.arg.md'));
    fs.symlinkSync(path.join(outside, 'outside.arg.md'), file('escape.arg.md'));
    client = await TestClient.start({ root });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('resolves a reference into a file on disk and publishes only the final result', async () => {
    await client.open(a(), A);
    assert.deepEqual(await client.diagnosticsFor(a(), 1), { uri: a(), version: 1, diagnostics: [] });
    // A request round-trip later, still one publish: no intermediate "not loaded yet" one.
    await client.hover(a(), { line: 0, character: 3 });
    assert.equal(client.publishes.filter((p) => p.uri === a()).length, 1);
  });

  it('hovers the reference with its target from the other file', async () => {
    const h = await client.hover(a(), positionOf(A, '[the survey]', 1));
    assert.deepEqual(h?.contents, {
      kind: 'markdown',
      value: [
        '**Evidence** reference to A survey of 1,000 residents found 62% in favour.',
        '**Evidence** · cited · in b.arg.md',
        ['- **1,000 residents**: \\[^s\\] City survey office, report 7.', '- **62%**: \\[^s\\] City survey office, report 7.'].join('\n'),
      ].join('\n\n'),
    });
  });

  it('re-validates the referrer when the open target is edited, and again when the edit is undone', async () => {
    await client.open(b(), B);
    await client.diagnosticsFor(b(), 1);
    client.skipPublished();
    const id = positionOf(B, '{#survey}', 2);
    const idRange = { start: id, end: { line: id.line, character: id.character + 'survey'.length } };
    await client.edit(b(), 2, idRange, 'renamed');
    assert.deepEqual(await codes(a(), (d) => d.length > 0, 'broken-reference in a.arg.md'), [UNSUPPORTED, SURVEY_BROKEN]);
    await client.edit(b(), 3, { start: id, end: { line: id.line, character: id.character + 'renamed'.length } }, 'survey');
    assert.deepEqual(await codes(a(), (d) => d.length === 0, 'a.arg.md mended'), []);
    await client.close(b());
  });

  it('re-validates the referrer when the target changes on disk', async () => {
    client.skipPublished();
    fs.writeFileSync(file('b.arg.md'), B.replace('{#survey}', '{#renamed}'));
    await client.filesChanged([{ uri: b(), type: FileChangeType.Changed }]);
    assert.deepEqual(await codes(a(), (d) => d.length > 0, 'broken-reference after the disk change'), [UNSUPPORTED, SURVEY_BROKEN]);
    fs.writeFileSync(file('b.arg.md'), B);
    await client.filesChanged([{ uri: b(), type: FileChangeType.Changed }]);
    assert.deepEqual(await codes(a(), (d) => d.length === 0, 'a.arg.md mended from disk'), []);
  });

  it('gives the reason a file cannot be read, and mends a reference when its file is created', async () => {
    const uri = uriOf(file('errors.arg.md'));
    await client.open(uri, ERRORS);
    const published = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(published.diagnostics, [
      { ...UNSUPPORTED, range: { start: { line: 0, character: 2 }, end: { line: 0, character: 45 } } },
      broken(2, 33, 'Cannot resolve `c.arg.md`: it does not exist.'),
      broken(3, 36, 'Cannot resolve `dir.arg.md`: it is a directory.'),
      broken(4, 36, 'Cannot resolve `binary.arg.md`: it is a binary file.'),
      broken(5, 42, 'Cannot resolve `../outside.arg.md`: it is outside the workspace.'),
      broken(6, 33, 'Cannot resolve `loop.arg.md`: it is a symbolic link loop.'),
      broken(7, 37, 'Cannot resolve `escape.arg.md`: it is outside the workspace.'),
    ]);
    fs.writeFileSync(file('c.arg.md'), 'Evidence: Now it exists.[^n] {#x}\n\n[^n]: A note.\n');
    await client.filesChanged([{ uri: uriOf(file('c.arg.md')), type: FileChangeType.Created }]);
    const mended = await codes(uri, (d) => !d.some((x) => x.range.start.line === 2), 'c.arg.md#x resolved');
    assert.deepEqual(
      mended.map((d) => [d.code, d.range.start.line]),
      [
        ['broken-reference', 3],
        ['broken-reference', 4],
        ['broken-reference', 5],
        ['broken-reference', 6],
        ['broken-reference', 7],
      ],
    );
    await client.close(uri);
  });

  it('never reads a file outside the workspace that exists, however the path to it is written', async () => {
    const base = path.basename(outside);
    const absolute = path.join(outside, 'outside.arg.md');
    const text = [
      '# Claim: Reaching out. {#out}',
      '',
      `- Evidence: [relative](../${base}/outside.arg.md#x)`,
      `- Evidence: [encoded](..%2F${base}%2Foutside.arg.md#x)`,
      `- Evidence: [detour](sub/../../${base}/outside.arg.md#x)`,
      `- Evidence: [escape](escape.arg.md#x)`,
      // An absolute path is read from the workspace root, not from the file system's.
      `- Evidence: [absolute](${absolute}#x)`,
      '',
    ].join('\n');
    assert.ok(fs.existsSync(absolute));
    const uri = uriOf(file('reaching.arg.md'));
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    const reasons = published.diagnostics.filter((d) => d.code === 'broken-reference').map((d) => [d.range.start.line, d.message]);
    assert.deepEqual(reasons, [
      [2, `Cannot resolve \`../${base}/outside.arg.md\`: it is outside the workspace.`],
      [3, `Cannot resolve \`..%2F${base}%2Foutside.arg.md\`: it is outside the workspace.`],
      [4, `Cannot resolve \`sub/../../${base}/outside.arg.md\`: it is outside the workspace.`],
      [5, 'Cannot resolve `escape.arg.md`: it is outside the workspace.'],
      [6, `Cannot resolve \`${absolute}\`: it does not exist.`],
    ]);
    // Nor does a hover show what the outside file says.
    for (let line = 2; line <= 6; line++) {
      const h = await client.hover(uri, { line, character: 15 });
      const value = (h?.contents as { value: string } | undefined)?.value ?? '';
      assert.match(value, /^\*\*Evidence\*\* reference to /, `line ${line}`);
      assert.doesNotMatch(value, /Out of reach/, `line ${line}`);
    }
    await client.close(uri);
  });
});
