// The map's status words are the views' shared vocabulary (argument-markdown.md "Status words in
// views"): by hand for each kind, and the same words as the model's `statusWords` for every status.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusWord, statusWords as modelWords, type NodeKind } from '../../server/src/model';
import { layoutMap } from '../../server/src/map';
import { statusWords } from '../../server/src/map/boxes';
import { graphOf, node } from './fixtures';

describe('map status words', () => {
  it('says the spec words for each kind', () => {
    assert.deepEqual(statusWords(node('a', 'claim', 'a', null, { status: 'supported', contested: true }), false), ['supported', 'contested']);
    assert.deepEqual(statusWords(node('a', 'claim', 'a', null, { status: 'unsupported' }), false), ['unsupported']);
    assert.deepEqual(statusWords(node('a', 'evidence', 'a', null, { status: 'uncited' }), false), ['uncited']);
    assert.deepEqual(statusWords(node('a', 'challenge', 'a', null, { status: 'supported' }), false), ['open', 'supported']);
    // A challenge never says `contested`: an attack on it is its answer.
    assert.deepEqual(statusWords(node('a', 'challenge', 'a', null, { status: 'unsupported', contested: true }), true), ['answered', 'unsupported']);
  });

  it("agrees with the model's words for every kind and status; challenges add open/answered first", () => {
    for (const kind of ['claim', 'evidence', 'challenge'] as NodeKind[]) {
      for (const supported of [false, true]) {
        for (const cited of [false, true]) {
          for (const contested of [false, true]) {
            for (const attacked of [false, true]) {
              const status = { supported, cited, contested };
              const graphNode = node('a', kind, 'a', null, { status: statusWord(kind, status), cited, contested });
              const open = kind === 'challenge' ? [attacked ? 'answered' : 'open'] : [];
              assert.deepEqual(statusWords(graphNode, attacked), [...open, ...modelWords(kind, status)], JSON.stringify({ kind, status, attacked }));
            }
          }
        }
      }
    }
  });

  it("gives each box its own header and words, whatever boxes came before (they are made once per combination)", () => {
    const graph = graphOf([
      node('a', 'claim', 'a', null),
      node('b', 'claim', 'b', null, { status: 'unsupported' }),
      node('c', 'claim', 'c', null, { contested: true }),
      node('d', 'evidence', 'd', 'a'),
      node('e', 'evidence', 'e', 'a', { status: 'uncited', contested: true }),
      node('f', 'challenge', 'f', 'b', { status: 'unsupported' }),
      node('g', 'challenge', 'g', 'f', { status: 'unsupported' }),
      node('h', 'claim', 'h', null),
    ]);
    const boxes = layoutMap(graph).boxes;
    assert.deepEqual(
      boxes.map((b) => b.header),
      [
        'Claim · supported',
        'Claim · unsupported',
        'Claim · supported · contested',
        'Evidence · cited',
        'Evidence · uncited · contested',
        'Challenge · answered · unsupported',
        'Challenge · open · unsupported',
        'Claim · supported',
      ],
    );
    assert.deepEqual(boxes[2].status, ['supported', 'contested']);
    assert.throws(() => (boxes[0].status as string[]).push('x'), 'the shared words cannot be changed through one box');
    assert.deepEqual(boxes[7].status, ['supported']);
  });
});
