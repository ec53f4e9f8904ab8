// Comparing two analyses of the same text, with a failure message that names the first
// difference (node for node, diagnostic for diagnostic) instead of a screenful of JSON.
import assert from 'node:assert/strict';
import { type Analysis, chunking } from '../../server/src/model';

export function assertSameAnalysis(actual: Analysis, expected: Analysis, what: string): void {
  const n = Math.max(actual.nodes.length, expected.nodes.length);
  for (let i = 0; i < n; i++) assert.deepEqual(actual.nodes[i], expected.nodes[i], `${what}: node ${i}`);
  assert.deepEqual(actual.status, expected.status, `${what}: status`);
  const d = Math.max(actual.diagnostics.length, expected.diagnostics.length);
  for (let i = 0; i < d; i++) assert.deepEqual(actual.diagnostics[i], expected.diagnostics[i], `${what}: diagnostic ${i}`);
  assert.deepEqual(actual.headings, expected.headings, `${what}: headings`);
  assert.deepEqual(actual, expected, `${what}: analysis`);
}

export interface Chunking {
  min: number;
  max: number;
  /** A piece this long is a chunk of its own; `max` when not given (uncut stays uncut). */
  alone?: number;
}

/** Runs `f` with the chunker's sizes set (0 cuts at every safe line), then restores them. */
export function withChunking<T>(c: Chunking, f: () => T): T {
  const saved = { ...chunking };
  chunking.min = c.min;
  chunking.max = c.max;
  chunking.alone = c.alone ?? c.max;
  try {
    return f();
  } finally {
    chunking.min = saved.min;
    chunking.max = saved.max;
    chunking.alone = saved.alone;
  }
}
