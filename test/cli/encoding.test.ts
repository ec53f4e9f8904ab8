// A file that is not UTF-8 is still checked, with one warning on stderr naming it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap, lines, workspace } from './helpers';
import { CLEAN } from './fixtures';

const WARNING = (file: string) => `argmap: warning: '${file}' is not valid UTF-8: read with the bytes that are not UTF-8 as \uFFFD (save it as UTF-8)\n`;

describe('argmap: files that are not UTF-8', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      // Latin-1: é is the single byte 0xE9, which UTF-8 never has alone.
      'latin1.arg.md': Buffer.from('Claim: Caf\xe9 owners want shade.\n', 'latin1'),
      'other-latin1.arg.md': Buffer.from('Claim: Na\xefve parks.\n', 'latin1'),
      // Valid UTF-8 that happens to hold U+FFFD itself.
      'replacement.arg.md': 'Claim: The sign \uFFFD means a lost byte.\n',
      'clean.arg.md': CLEAN,
      // 7 bytes of `Claim: ` and 2-byte é's: the limit of 50 bytes falls inside a character.
      'big.arg.md': 'Claim: ' + 'é'.repeat(100) + '\n',
    }));
  });
  after(() => cleanup());

  it('checks the file, warning once on stderr, naming it', () => {
    const r = argmap(dir, 'check', 'latin1.arg.md');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^latin1\.arg\.md:1:1: warning unsupported-claim: .+\n$/);
    assert.equal(r.stderr, WARNING('latin1.arg.md') + '1 problem (0 errors, 1 warning) in 1 file\n');
  });

  it('reads the bytes that are not UTF-8 as U+FFFD and the rest as written', () => {
    const r = argmap(dir, 'graph', '--format', 'json', 'latin1.arg.md');
    assert.equal(r.code, 0);
    assert.equal((JSON.parse(r.stdout) as { nodes: { text: string }[] }).nodes[0].text, 'Caf\uFFFD owners want shade.');
    assert.equal(r.stderr, WARNING('latin1.arg.md'));
  });

  it('warns once for each such file, and not for the UTF-8 ones', () => {
    const r = argmap(dir, 'check', '--format', 'json', '.');
    assert.equal(r.code, 0);
    assert.equal(r.stderr, WARNING('latin1.arg.md') + WARNING('other-latin1.arg.md'));
  });

  it('does not warn about a U+FFFD written in a UTF-8 file', () => {
    assert.equal(argmap(dir, 'graph', 'replacement.arg.md').stderr, '');
  });

  it('does not warn about a character cut by --max-file-size', () => {
    const r = argmap(dir, 'check', '--max-file-size', '50', 'big.arg.md');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^big\.arg\.md:1:1: information file-too-large: /);
    assert.equal(r.stderr, lines('1 problem (0 errors, 0 warnings, 1 information) in 1 file'));
  });
});
