// parse/recent.ts: what an update dropped wholesale is found again by the chunk's text, whether
// it starts the file, and its stand-ins, and by nothing less; at most `limit` characters are kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentResults, type Chunk, type ChunkResult } from '../../server/src/model';

function result(): ChunkResult {
  return { blocks: [], headingTexts: [], footnoteDefinitions: [], footnoteCalls: [], links: [], definitions: [], wanted: [], labelTypos: [] };
}

function chunk(start: number, text: string, appended = ''): Chunk {
  return { start, line: 0, text, breaks: 0, result: result(), wanted: [], appended };
}

test('a dropped chunk is found by its text, place at the start or not, and stand-ins', () => {
  const recent = new RecentResults();
  const dropped = [chunk(0, 'a\n'), chunk(2, 'b\n', '^n'), chunk(4, 'c\n'), chunk(6, 'd\n'), chunk(8, 'e\n')];
  recent.keep(dropped);
  assert.equal(recent.find('a\n', true, ''), dropped[0].result);
  assert.equal(recent.find('b\n', false, '^n'), dropped[1].result);
  // The same text elsewhere in the file, or parsed with other stand-ins, is another parse.
  assert.equal(recent.find('a\n', false, ''), undefined);
  assert.equal(recent.find('b\n', false, ''), undefined);
  assert.equal(recent.find('b\n', false, '^m'), undefined);
  assert.equal(recent.find('c\n', true, ''), undefined);
});

test('four chunks dropped (an edit that re-parses a few) are not kept; five are', () => {
  const recent = new RecentResults();
  recent.keep([chunk(2, 'a\n'), chunk(4, 'b\n'), chunk(6, 'c\n'), chunk(8, 'd\n')]);
  assert.equal(recent.find('a\n', false, ''), undefined);
  const five = [chunk(2, 'a\n'), chunk(4, 'b\n'), chunk(6, 'c\n'), chunk(8, 'd\n'), chunk(10, 'e\n')];
  recent.keep(five);
  assert.equal(recent.find('a\n', false, ''), five[0].result);
});

test('past the limit the oldest go first', () => {
  // Limit 10 characters; chunks of 2: the first keep fills it, the second's three push out the first three.
  const recent = new RecentResults(10);
  const old = [chunk(2, 'a\n'), chunk(4, 'b\n'), chunk(6, 'c\n'), chunk(8, 'd\n'), chunk(10, 'e\n')];
  recent.keep(old);
  const young = [chunk(2, 'f\n'), chunk(4, 'g\n'), chunk(6, 'h\n'), chunk(8, 'd\n'), chunk(10, 'e\n')];
  recent.keep(young);
  // d and e come again (now young); 10 characters hold five chunks: f, g, h, d and e.
  assert.deepEqual(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((x) => recent.find(`${x}\n`, false, '') !== undefined),
    [false, false, false, true, true, true, true, true],
  );
  assert.equal(recent.find('d\n', false, ''), young[3].result);
});
