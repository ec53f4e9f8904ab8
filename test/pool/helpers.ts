// The parse worker bundle the tests run (dist/parseWorker.js, or ARGMAP_DIST's), and the
// two ways to parse a document: serially, and with its chunks prepared in a pool.
import assert from 'node:assert/strict';
import path from 'node:path';
import { analyze, parseDocument, type Analysis, type ParsedDocument } from '../../server/src/model';
import { prepareInWorkers, type ParallelOutcome } from '../../server/src/pool/parallelParse';
import type { WorkerPool } from '../../server/src/pool/workerPool';

/** out/test/pool/*.test.js → the repository root. */
export const REPO = path.resolve(__dirname, '../../..');
export const DIST = process.env.ARGMAP_DIST ? path.resolve(REPO, process.env.ARGMAP_DIST) : path.join(REPO, 'dist');
export const PARSE_WORKER = path.join(DIST, 'parseWorker.js');

const OPTIONS = { path: 'doc.arg.md', maxFileSize: 100_000_000 };

export function serialParse(text: string, maxBlock?: number): ParsedDocument {
  const doc = parseDocument(text, undefined, undefined, maxBlock);
  void doc.chunks;
  return doc;
}

export async function parallelParse(pool: WorkerPool, text: string, maxBlock = 100_000): Promise<{ doc: ParsedDocument; outcome: ParallelOutcome }> {
  const outcome = await prepareInWorkers(pool, text, maxBlock);
  assert.ok(outcome, 'the parse was wanted throughout');
  const doc = parseDocument(text, undefined, undefined, maxBlock);
  doc.usePrepared(outcome.prepared);
  void doc.chunks;
  return { doc, outcome };
}

function analysisOf(doc: ParsedDocument, maxBlock?: number): Analysis {
  return analyze(doc, { ...OPTIONS, maxBlockSize: maxBlock });
}

/**
 * Parses `text` both ways and asserts they agree: the chunks (every field of every chunk's
 * result) and the whole analysis. Returns the parallel parse's outcome.
 */
export async function assertSameParse(pool: WorkerPool, text: string, maxBlock?: number): Promise<ParallelOutcome> {
  const serial = serialParse(text, maxBlock);
  const { doc, outcome } = await parallelParse(pool, text, maxBlock);
  assert.deepStrictEqual(doc.chunks, serial.chunks);
  assert.deepStrictEqual(analysisOf(doc, maxBlock), analysisOf(serial, maxBlock));
  return outcome;
}
