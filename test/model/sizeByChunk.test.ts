// file-too-large on a parsed document: the size is counted chunk by chunk (each chunk's UTF-8
// length kept beside its parse), so it must be the text's UTF-8 length after any edit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, parseDocument } from '../../server/src/model';
import { withChunking } from '../fuzz/compare';

// 'Claim: é\n\n' is 7 + 2 + 2 = 11 UTF-8 bytes in 10 characters: 50 paragraphs are 550 bytes
// (a blank line after each, so that a chunk can end there).
const text = 'Claim: é\n\n'.repeat(50);

test('file-too-large on a parsed document counts the UTF-8 bytes of all its chunks', () => {
  withChunking({ min: 0, max: 0 }, () => {
    const doc = parseDocument(text);
    assert.ok(doc.chunks.length > 1, 'cut into several chunks');
    assert.equal(analyze(doc, { maxFileSize: 549 }).tooLarge, true);
    assert.equal(analyze(doc, { maxFileSize: 550 }).tooLarge, false);
  });
});

test('file-too-large after an edit counts the edited chunk again and the others as before', () => {
  withChunking({ min: 0, max: 0 }, () => {
    const doc = parseDocument(text);
    assert.equal(analyze(doc, { maxFileSize: 550 }).tooLarge, false);
    // 'é' typed at the start of the 11th paragraph (offset 100): two bytes more, 552 in all.
    const edited = text.slice(0, 100) + 'é' + text.slice(100);
    const next = parseDocument(edited, doc, [{ start: 100, end: 100, text: 'é' }]);
    void next.chunks;
    assert.equal(analyze(next, { maxFileSize: 551 }).tooLarge, true);
    assert.equal(analyze(next, { maxFileSize: 552 }).tooLarge, false);
  });
});
