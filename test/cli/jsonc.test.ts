// JSON with comments, as VS Code's settings.json allows, without a dependency.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonc, stripJsonc } from '../../server/src/cli/jsonc';

describe('parseJsonc', () => {
  it('reads line and block comments and trailing commas', () => {
    const text = '{\n  // a comment\n  "a": [1, 2,], /* b\n is next */ "b": { "c": true, },\n}\n';
    assert.deepEqual(parseJsonc(text), { value: { a: [1, 2], b: { c: true } } });
  });

  it('leaves comment marks and commas inside strings alone', () => {
    const text = '{ "url": "https://example.com/a,}", "glob": "**/*.md /* not a comment */", "quote": "say \\"// hi\\"" }';
    assert.deepEqual(parseJsonc(text), {
      value: { url: 'https://example.com/a,}', glob: '**/*.md /* not a comment */', quote: 'say "// hi"' },
    });
  });

  it('skips a byte order mark and keeps positions: comments become spaces, line breaks stay', () => {
    assert.deepEqual(parseJsonc('\uFEFF{"a": 1}'), { value: { a: 1 } });
    assert.equal(stripJsonc('[1, // x\n2,]'), '[1,     \n2 ]');
    assert.equal(stripJsonc('/*a\nb*/1'), '   \n   1');
  });

  it('says why a text is not JSON, and never throws', () => {
    for (const text of ['{ "a": 1 ', '{ a: 1 }', '[1,,]', '', '/* open', '"open', '{"a": "\\']) {
      const parsed = parseJsonc(text);
      assert.ok('error' in parsed && parsed.error.length > 0, text);
    }
  });
});
