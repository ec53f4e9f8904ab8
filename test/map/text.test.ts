// Box text: wrapping by code points (map.md: ~40 a line, a longer word broken hard, at most 4 lines,
// then an ellipsis), the width table, and cleaning to what XML can hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, measureText, wrapText } from '../../server/src/map/text';

describe('map text', () => {
  it('wraps at spaces, at most `width` code points a line', () => {
    assert.deepEqual(wrapText('aaa bbb cc', 7, 4), ['aaa bbb', 'cc']);
    assert.deepEqual(wrapText('aaa bbb', 5, 4), ['aaa', 'bbb']);
    assert.deepEqual(wrapText('', 5, 4), []);
    const sentence = 'Shaded streets are thirty-five percent cooler at noon than streets without trees.';
    assert.deepEqual(wrapText(sentence, 40, 4), ['Shaded streets are thirty-five percent', 'cooler at noon than streets without', 'trees.']);
  });

  it('breaks a word longer than a line hard, starting it on its own line', () => {
    assert.deepEqual(wrapText('abcdefghij', 4, 4), ['abcd', 'efgh', 'ij']);
    assert.deepEqual(wrapText('x abcdefghij', 4, 4), ['x', 'abcd', 'efgh', 'ij']);
  });

  it('stops at the last line with an ellipsis inside the width', () => {
    assert.deepEqual(wrapText('aaaa bbbb cccc dddd eeee', 4, 4), ['aaaa', 'bbbb', 'cccc', 'ddd…']);
    assert.deepEqual(wrapText('aa bb cc dd ee', 5, 2), ['aa bb', 'cc d…']);
    // A huge text costs the lines kept, not its length.
    const huge = 'word '.repeat(2_000_000);
    const started = Date.now();
    assert.equal(wrapText(huge, 40, 4).length, 4);
    assert.ok(Date.now() - started < 1000);
  });

  it('counts code points, never splitting a surrogate pair', () => {
    assert.deepEqual(wrapText('😀😀😀😀😀😀', 4, 4), ['😀😀😀😀', '😀😀']);
    assert.deepEqual(wrapText('😀😀😀😀😀😀😀😀😀😀', 2, 2), ['😀😀', '😀…']);
  });

  it('measures from the width table: Helvetica widths, wide CJK and emoji, zero-width marks', () => {
    // C 722 + l 222 + a 556 + i 222 + m 833 = 2555 thousandths of an em.
    assert.equal(measureText('Claim', 10), 25.55);
    assert.equal(measureText('中文', 10), 20);
    assert.equal(measureText('😀', 10), 10);
    assert.equal(measureText('e\u0301', 10), 5.56);
    assert.equal(measureText('é', 10), 6);
  });

  it('measures every character below the first combining mark (U+0300) outside printable ASCII as 0.6 em', () => {
    assert.equal(measureText('·', 10), 6); // the header's separator
    assert.equal(measureText('\u00A0ß\u0085', 10), 18); // no-break space, a Latin-1 letter, a C1 control
    assert.equal(measureText('\u02FF', 10), 6); // the last code point before the marks
    assert.equal(measureText('a\u0300', 10), 5.56); // the first mark: no width
    assert.equal(measureText('Claim · supported', 11), 89.738); // 8158 thousandths (layout.test.ts)
  });

  it('cleans text to one printable XML-safe line', () => {
    assert.equal(cleanText(' a\u0000b\u0007\tc\n\nd '), 'a b c d');
    assert.equal(cleanText('x\u202Ey\u2066z'), 'xyz');
    assert.equal(cleanText('lone \uD800 surrogate \uDC00'), 'lone \uFFFD surrogate \uFFFD');
    assert.equal(cleanText('pair 😀'), 'pair 😀');
    assert.equal(cleanText('two  spaces'), 'two spaces');
    assert.equal(cleanText('trailing '), 'trailing');
    assert.equal(cleanText('tab\tinside'), 'tab inside');
    assert.equal(cleanText('del\u007Fhere'), 'del here');
    assert.equal(cleanText('Plain text, 35% of $1.2 (ok)!'), 'Plain text, 35% of $1.2 (ok)!');
    assert.equal(cleanText(''), '');
  });
});
