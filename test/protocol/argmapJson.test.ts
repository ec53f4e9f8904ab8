// `.argmap.json` at a workspace folder's root sets severities in the editor too (argument-markdown.md,
// "The CLI (v2)"), under VS Code's settings, and is read again when it changes on disk.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';

// One unsupported claim (warning by default) and one unanswered root challenge (information).
const TEXT = 'Claim: Parks cool cities.\n\nChallenge: Parks take land.\n';
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => [d.code, d.severity]);

describe('.argmap.json in the editor', () => {
  let dir = '';
  let other = '';
  const write = (text: string) => fs.writeFileSync(path.join(dir, '.argmap.json'), text);
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-json-'));
    other = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-json-other-'));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(other, { recursive: true, force: true });
  });

  it('takes its severities, with VS Code settings winning where they are set (not left at the default)', async () => {
    write('// the CI settings\n{ "argmap.severity.unsupported-claim": "error", "severity": { "unanswered-challenge": "ignore", "uncited-evidence": "hint" } }\n');
    // As VS Code sends it: every severity setting at its default, one changed by the user.
    const settings = { diagnostics: { delay: 0 }, severity: { 'unsupported-claim': 'warning', 'unanswered-challenge': 'information', 'uncited-evidence': 'error' } };
    const client = await TestClient.start({ root: dir, settings });
    try {
      const uri = uriOf(path.join(dir, 'a.arg.md'));
      await client.open(uri, TEXT + '\nEvidence: A survey.\n');
      // unsupported-claim: the file's error (VS Code's value is the default); unanswered-challenge
      // ignored by the file; uncited-evidence: VS Code's error beats the file's hint; orphan-evidence untouched.
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1)), [
        ['unsupported-claim', DiagnosticSeverity.Error],
        ['orphan-evidence', DiagnosticSeverity.Warning],
        ['uncited-evidence', DiagnosticSeverity.Error],
      ]);
    } finally {
      await client.stop();
    }
  });

  it('is read again when it changes on disk, and its removal brings back the defaults', async () => {
    write('{ "severity": { "unsupported-claim": "information" } }');
    const client = await TestClient.start({ root: dir });
    try {
      const uri = uriOf(path.join(dir, 'a.arg.md'));
      await client.open(uri, TEXT);
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1)), [
        ['unsupported-claim', DiagnosticSeverity.Information],
        ['unanswered-challenge', DiagnosticSeverity.Information],
      ]);
      const json = uriOf(path.join(dir, '.argmap.json'));
      write('{ "severity": { "unsupported-claim": "ignore", "unanswered-challenge": "error" } }');
      await client.filesChanged([{ uri: json, type: FileChangeType.Changed }]);
      const changed = await client.diagnostics(uri, (p) => p.diagnostics.length === 1, 'diagnostics after .argmap.json changed');
      assert.deepEqual(codes(changed), [['unanswered-challenge', DiagnosticSeverity.Error]]);
      fs.rmSync(path.join(dir, '.argmap.json'));
      await client.filesChanged([{ uri: json, type: FileChangeType.Deleted }]);
      const back = await client.diagnostics(uri, (p) => p.diagnostics.length === 2, 'diagnostics after .argmap.json was removed');
      assert.deepEqual(codes(back), [
        ['unsupported-claim', DiagnosticSeverity.Warning],
        ['unanswered-challenge', DiagnosticSeverity.Information],
      ]);
    } finally {
      await client.stop();
    }
  });

  it('applies to the files of its own folder only, and a broken file is said in the log and left out', async () => {
    write('{ "severity": { "unsupported-claim": "error" }');
    fs.writeFileSync(path.join(other, '.argmap.json'), '{ "severity": { "unsupported-claim": "hint" } }');
    const client = await TestClient.start({ root: other });
    try {
      const inside = uriOf(path.join(other, 'b.arg.md'));
      await client.open(inside, 'Claim: Alone.\n');
      assert.deepEqual(codes(await client.diagnosticsFor(inside, 1)), [['unsupported-claim', DiagnosticSeverity.Hint]]);
    } finally {
      await client.stop();
    }
    const broken = await TestClient.start({ root: dir });
    try {
      const uri = uriOf(path.join(dir, 'c.arg.md'));
      await broken.open(uri, 'Claim: Alone.\n');
      assert.deepEqual(codes(await broken.diagnosticsFor(uri, 1)), [['unsupported-claim', DiagnosticSeverity.Warning]]);
      assert.ok(broken.logs.some((l) => l.includes(".argmap.json': not valid JSON")), broken.logs.join('\n'));
    } finally {
      await broken.stop();
    }
  });
});
