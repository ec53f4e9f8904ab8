// A short soak (bench/soak.ts): keystrokes across three open documents through the real
// server; its heap after a full GC at the end stays within a bound of the start. A server
// that keeps anything per version (an old parse, a text, a published list) grows by far more
// over this many versions: each parse of these documents holds about 1 MB.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { soak } from '../../bench/soak';
import { repoRoot } from './client';

const KEYS = 600;
/** Allowed growth of the heap after GC: caches warming (JIT, interned strings), never a parse per version. */
const BOUND = 2_000_000;

test(`${KEYS} keystrokes across three documents leave the heap after GC within ${BOUND / 1e6} MB of the start`, async () => {
  const dist = process.env.ARGMAP_DIST ? path.resolve(repoRoot(), process.env.ARGMAP_DIST) : path.join(repoRoot(), 'dist');
  const r = await soak({ serverPath: path.join(dist, 'server.js'), keys: KEYS, every: KEYS / 3, sizes: [30_000, 15_000, 8_000], warmup: 100 });
  assert.equal(r.keys, KEYS);
  const start = r.samples[0].heapUsed;
  const end = r.samples[r.samples.length - 1].heapUsed;
  assert.ok(end <= start + BOUND, `heap after GC grew from ${start} to ${end} bytes (samples ${r.samples.map((s) => s.heapUsed).join(', ')})`);
});
