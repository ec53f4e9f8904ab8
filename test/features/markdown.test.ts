import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeMarkdown, markdownUrl, oneLine } from '../../server/src/features/markdown';

describe('escapeMarkdown', () => {
  it('escapes what makes HTML, entities, links, code, emphasis and tables', () => {
    assert.equal(
      escapeMarkdown('<b>x</b> &amp; [a](command:x) `c` *e* _u_ ~s~ |t| $(zap) \\'),
      '\\<b\\>x\\</b\\> \\&amp; \\[a\\]\\(command:x\\) \\`c\\` \\*e\\* \\_u\\_ \\~s\\~ \\|t\\| \\$\\(zap\\) \\\\',
    );
  });

  it('keeps ordinary punctuation as written', () => {
    assert.equal(escapeMarkdown("A survey of 1,000 residents found 62% in favour; it's done."), "A survey of 1,000 residents found 62% in favour; it's done.");
  });

  it('breaks autolinks and block markers at the start', () => {
    assert.equal(escapeMarkdown('see https://x.org, www.x.org or me@x.org'), 'see https\\://x.org, www\\.x.org or me\\@x.org');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
    assert.equal(escapeMarkdown('12. not a list'), '12\\. not a list');
    assert.equal(escapeMarkdown('> not a quote'), '\\> not a quote');
  });

  it('folds line breaks and cuts long text without splitting a surrogate pair', () => {
    assert.equal(oneLine('a\n\n  b\r\nc\u2028d'), 'a b c d');
    assert.equal(oneLine('abcdef', 3), 'abc…');
    assert.equal(oneLine('ab\u{1F600}cd', 3), 'ab…');
  });

  it('folds each kind of whitespace it finds alone, and keeps text that has none to fold as it is', () => {
    // oneLine skips its passes when none of these is there: each one alone must still be folded.
    assert.equal(oneLine('a\tb'), 'a b');
    assert.equal(oneLine('a\fb\vc'), 'a b c');
    assert.equal(oneLine('a  b'), 'a b');
    assert.equal(oneLine(' a'), 'a');
    assert.equal(oneLine('a '), 'a');
    assert.equal(oneLine('\u00a0a\u3000'), 'a');
    assert.equal(oneLine('a\u00a0b c'), 'a\u00a0b c');
    assert.equal(oneLine(''), '');
    assert.equal(oneLine('one line, as written'), 'one line, as written');
  });
});

describe('markdownUrl', () => {
  it('links http, https and mailto with an encoded target', () => {
    assert.equal(markdownUrl('https://example.com/a_(b)'), '[https\\://example.com/a\\_\\(b\\)](https://example.com/a_%28b%29)');
    assert.equal(markdownUrl('mailto:me@x.org'), '[mailto:me\\@x.org](mailto:me@x.org)');
  });

  it('shows any other scheme, or a malformed URL, as text', () => {
    assert.equal(markdownUrl('command:workbench.action.quit'), 'command:workbench.action.quit');
    assert.equal(markdownUrl('javascript:alert(1)'), 'javascript:alert\\(1\\)');
    assert.equal(markdownUrl('http://[bad'), 'http\\://\\[bad');
  });
});
