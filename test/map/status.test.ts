// The map's status words are the views' shared vocabulary (argument-markdown.md "Status words in
// views"): by hand for each kind, and the same words as the model's `statusWords` for every status.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusWord, statusWords as modelWords, type NodeKind } from '../../server/src/model';
import { statusWords } from '../../server/src/map/boxes';
import { node } from './fixtures';

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
});
