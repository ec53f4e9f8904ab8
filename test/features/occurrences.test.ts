// The model's link occurrences: each inline link's destination and fragment stand where the
// source writes them (VS Code's Markdown ranges the destination the same way), whatever
// the link's text or title holds; a reference-style link has none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { occurrences, spotAt } from '../../server/src/model';
import { analysisOf, joinLines } from './text';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

function spans(line: string) {
  const a = analysisOf(joinLines('Claim: A {#x}', '', line, '', '[r]: #x'));
  return occurrences(a).links.map((o) => [o.link.destination, o.link.fragment]);
}

describe('link occurrences', () => {
  it('find the destination and fragment of inline links, with titles, angle brackets and brackets in the text', () => {
    assert.deepEqual(spans('[a](#x)'), [[range(2, 4, 2, 6), range(2, 5, 2, 6)]]);
    assert.deepEqual(spans('[a]( #x "t (x)" )'), [[range(2, 5, 2, 7), range(2, 6, 2, 7)]]);
    assert.deepEqual(spans("[a](<#x> 't')"), [[range(2, 5, 2, 7), range(2, 6, 2, 7)]]);
    assert.deepEqual(spans('[a [b] `](#no)`](#x)'), [[range(2, 17, 2, 19), range(2, 18, 2, 19)]]);
    assert.deepEqual(spans('x [a](a.arg.md#x) y'), [[range(2, 6, 2, 16), range(2, 15, 2, 16)]]);
  });

  it('give a reference-style link no destination (it is written in the definition)', () => {
    assert.deepEqual(spans('[a][r]'), [[undefined, undefined]]);
  });

  it('are keyed by target, and spots tell an id, a link, a footnote and a node line apart', () => {
    const a = analysisOf(joinLines('Claim: A[^f] {#x}', '', 'See [a](#x), [b](#x).', '', '[^f]: F.'));
    const found = occurrences(a);
    assert.equal(found.linksTo('test.arg.md', 0).length, 2);
    assert.equal(occurrences(a), found, 'computed once per analysis');
    assert.deepEqual(spotAt(a, { line: 0, character: 14 }), { kind: 'id', node: 0, range: range(0, 13, 0, 17) });
    assert.equal(spotAt(a, { line: 2, character: 15 })?.kind, 'link');
    assert.deepEqual(spotAt(a, { line: 0, character: 10 }), { kind: 'footnote', label: 'f', range: range(0, 10, 0, 11), definition: false });
    assert.deepEqual(spotAt(a, { line: 4, character: 1 }), { kind: 'footnote', label: 'f', range: range(4, 2, 4, 3), definition: true });
    assert.deepEqual(spotAt(a, { line: 0, character: 2 }), { kind: 'node', node: 0 });
    assert.equal(spotAt(a, { line: 4, character: 7 }), undefined);
    assert.equal(spotAt(a, { line: 99, character: 0 }), undefined);
  });
});
