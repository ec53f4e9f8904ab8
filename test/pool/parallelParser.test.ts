// The server's use of the pool: after the workers parsed a big document they stop once idle
// (their heaps are resident while kept: docs/server.md, "Memory and exit"); after a smaller
// one they stay for the next open. The real worker bundle runs: dist/parseWorker.js.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateArgumentMarkdown } from '../../bench/generate';
import { parseDocument } from '../../server/src/model';
import { ParallelParser } from '../../server/src/pool/parallelParser';
import { PARSE_WORKER, serialParse } from './helpers';

const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };
/** Parsed in workers from 64 KB (the default); released after 100 KB or more. */
const RELEASE_FROM = 100_000;

describe('parallel parser', () => {
  let parser: ParallelParser;
  before(() => {
    parser = new ParallelParser(PARSE_WORKER, 2, quiet, undefined, RELEASE_FROM);
  });
  after(() => parser.close());

  async function open(bytes: number) {
    const text = generateArgumentMarkdown(bytes, 3);
    const doc = parseDocument(text);
    assert.ok(parser.worthIt(doc));
    await parser.prepare(doc, 'doc.arg.md', () => true);
    assert.deepStrictEqual(doc.chunks, serialParse(text).chunks);
  }

  it('keeps its workers after a document shorter than the release size', async () => {
    await open(80_000);
    assert.equal(parser.pool.workers, 2);
  });

  it('stops its workers once idle after a document of the release size or more, and starts them for the next', async () => {
    await open(120_000);
    assert.equal(parser.pool.workers, 0);
    await open(80_000);
    assert.equal(parser.pool.workers, 2);
  });
});
