// The one reader of referenced files (server and CLI): what it gives back, and the words
// for each file it cannot give, which complete "Cannot resolve `file`: …".
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readReferenced, workspaceReader } from '../../server/src/workspace/read';

describe('reading a referenced file', () => {
  let root = '';
  let outside = '';
  before(() => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-read-')));
    root = path.join(base, 'ws');
    outside = path.join(base, 'outside.arg.md');
    fs.mkdirSync(path.join(root, 'folder.arg.md'), { recursive: true });
    fs.writeFileSync(outside, 'Claim: out there.\n');
    fs.writeFileSync(path.join(root, 'ok.arg.md'), '\ufeffClaim: fine.\n');
    fs.writeFileSync(path.join(root, 'big.arg.md'), 'Claim: twenty-three bytes\n');
    fs.writeFileSync(path.join(root, 'image.arg.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(root, 'latin1.arg.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    fs.symlinkSync(outside, path.join(root, 'link.arg.md'));
  });
  after(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

  const EXPECTED: [string, string | { error: string }][] = [
    ['ok.arg.md', 'Claim: fine.\n'], // the byte order mark dropped
    ['missing.arg.md', { error: 'it does not exist' }],
    ['folder.arg.md', { error: 'it is a directory' }],
    ['image.arg.md', { error: 'it is a binary file' }],
    ['latin1.arg.md', { error: 'it is not UTF-8 text' }],
    ['big.arg.md', { error: 'it is larger than argmap.maxFileSize' }],
    ['link.arg.md', { error: 'it is outside the workspace' }], // a link out is refused like `../`
    ['../outside.arg.md', { error: 'it is outside the workspace' }],
  ];

  it('gives the CLI the text, or the reason in the server’s words', () => {
    const read = workspaceReader(root, 16);
    for (const [file, expected] of EXPECTED) assert.deepEqual(read(file), expected, file);
  });

  it('gives the server the same, without blocking', async () => {
    for (const [file, expected] of EXPECTED) {
      if (file.startsWith('..')) continue; // the server refuses `../` before reading (WorkspaceFiles.resolve)
      assert.deepEqual(await readReferenced(root, path.join(root, file), 16), expected, file);
    }
  });
});
