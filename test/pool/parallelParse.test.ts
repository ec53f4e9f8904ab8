// The contract of the parallel parse (issue 12): a document whose chunks were parsed in
// worker threads is the document a serial parse makes — every chunk, every field of its
// result, and the whole analysis — on the sample, on the bench's shapes and on files built
// to reach across chunks (tricky.ts). The real worker bundle runs: dist/parseWorker.js.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArgumentMarkdown, generateFootnoteHeavy, SHAPES } from '../../bench/generate';
import { chunking } from '../../server/src/model';
import { WorkerPool } from '../../server/src/pool/workerPool';
import { assertSameParse, PARSE_WORKER, REPO } from './helpers';
import { TRICKY_MAX_BLOCK, trickyDocument } from './tricky';

describe('parallel parse equals serial parse', () => {
  let pool: WorkerPool;
  before(() => {
    pool = new WorkerPool({ script: PARSE_WORKER, size: 2 });
  });
  after(() => pool.close());

  /** Every planned chunk came from a worker, and the walk parsed none itself: no block runs across a cut. */
  const allFromWorkers = (o: Awaited<ReturnType<typeof assertSameParse>>) => {
    assert.equal(o.failed, 0);
    assert.ok(o.planned > 1, `${o.planned} chunks`);
    assert.equal(o.prepared.hits, o.planned);
    assert.equal(o.prepared.misses, 0);
  };

  it('on the sample, in default chunks and cut at every safe line', async () => {
    const sample = fs.readFileSync(path.join(REPO, 'samples', 'greater-bay-area.arg.md'), 'utf8');
    const saved = chunking.min;
    try {
      for (const min of [saved, 0]) {
        chunking.min = min;
        const o = await assertSameParse(pool, sample);
        assert.equal(o.failed, 0);
        assert.ok(o.prepared.hits > 0);
      }
    } finally {
      chunking.min = saved;
    }
  });

  it('on the bench’s standard argument file (300 KB)', async () => {
    allFromWorkers(await assertSameParse(pool, generateArgumentMarkdown(300_000, 5)));
  });

  for (const shape of SHAPES) {
    it(`on the bench shape ${shape.name} (${shape.quick / 1000} KB)`, async () => {
      const o = await assertSameParse(pool, shape.make(shape.quick, 11));
      assert.equal(o.failed, 0);
      assert.equal(o.prepared.misses, 0);
    });
  }

  it('on footnotes defined right after each use, and all at the end', async () => {
    allFromWorkers(await assertSameParse(pool, generateFootnoteHeavy(400, 3, 'near')));
    allFromWorkers(await assertSameParse(pool, generateFootnoteHeavy(400, 3, 'end')));
  });

  for (const crlf of [false, true]) {
    it(`on blocks left open across cuts, definitions in other chunks, deep nesting and large blocks${crlf ? ' (CRLF)' : ''}`, async () => {
      const text = trickyDocument(24, crlf);
      for (const max of [TRICKY_MAX_BLOCK, 100_000]) {
        const o = await assertSameParse(pool, text, max);
        assert.equal(o.failed, 0);
        // Sections 1, 9, 17 hold a fence and 2, 10, 18 a comment, each across cuts: the
        // walk takes each chunk that holds one on to where it closes, a chunk no plan
        // foresaw, and parses it itself (6 at least); it still takes others from the workers.
        assert.ok(o.prepared.misses >= 6, `${o.prepared.misses} chunks were not as planned`);
        assert.ok(o.prepared.hits > 0);
      }
    });
  }

  it('on the tricky file cut at every safe line', async () => {
    const saved = chunking.min;
    chunking.min = 0;
    try {
      const o = await assertSameParse(pool, trickyDocument(8), TRICKY_MAX_BLOCK);
      assert.equal(o.failed, 0);
    } finally {
      chunking.min = saved;
    }
  });
});
