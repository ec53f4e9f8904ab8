// A measurement, not a check (skipped unless ARGMAP_MEASURE_INDEX=1): the workspace index of a
// generated 200-file workspace (about 10 kB a file, nine of every ten linking to a tenth), cold and warm (from the disk cache), against
// one bare remark-parse + remark-gfm of the same files in this process. Times are the index's own
// ("workspace index: N argument files in T ms …"), from the start of the build to the last file.
// Run: node esbuild.mjs && node esbuild.mjs --tests && ARGMAP_MEASURE_INDEX=1 node --test out/test/protocol/workspace-index-measure.test.js
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { bigArgument } from './generate';
import { tempWorkspace, TestClient } from './client';

const FILES = 200;
const RUNS = 5;
const INDEXED = /^workspace index: (\d+) argument files in (\d+) ms \((\d+) from the cache, (\d+) analysed\)$/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function indexTime(root: string, storagePath: string): Promise<{ ms: number; fromCache: number }> {
  const client = await TestClient.start({ root, initializationOptions: { storagePath } });
  try {
    const line = await client.within(
      'the index',
      (async () => {
        for (;;) {
          const found = client.logs.find((l) => INDEXED.test(l));
          if (found) return found;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })(),
      120_000,
    );
    const [, , ms, fromCache] = INDEXED.exec(line)!.map(Number);
    return { ms, fromCache };
  } finally {
    await client.stop();
  }
}

describe('workspace index measurement', { skip: process.env.ARGMAP_MEASURE_INDEX !== '1' }, () => {
  it(`indexes ${FILES} files cold and warm`, async () => {
    const files: Record<string, string> = {};
    const body = bigArgument(10_000);
    // Every tenth file is a hub the nine after it link to (one level of references, as in a
    // real workspace; a long chain makes each analysis reach the whole chain).
    for (let i = 0; i < FILES; i++) {
      const hub = i - (i % 10);
      const link = i === hub ? '' : `- Claim: [the hub](f${hub}.arg.md#top)\n\n`;
      files[`part${Math.floor(i / 50)}/f${i}.arg.md`] = `# Claim: File ${i} stands. {#top}\n\n${link}${body}`;
    }
    const root = tempWorkspace(files);
    const texts = Object.values(files);
    const bare = unified().use(remarkParse).use(remarkGfm);
    const baseline: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    try {
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        for (const text of texts) bare.parse(text);
        baseline.push(performance.now() - started);
        const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-measure-'));
        try {
          const first = await indexTime(root, storage);
          const second = await indexTime(root, storage);
          if (first.fromCache !== 0 || second.fromCache !== FILES) throw new Error(`cache: ${first.fromCache} then ${second.fromCache}`);
          cold.push(first.ms);
          warm.push(second.ms);
        } finally {
          fs.rmSync(storage, { recursive: true, force: true });
        }
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const b = median(baseline);
    console.log(
      `${FILES} files, ${(bytes / 1e6).toFixed(2)} MB; medians of ${RUNS}: bare remark-parse+gfm ${b.toFixed(0)} ms, ` +
        `index cold ${median(cold)} ms (${(median(cold) / b).toFixed(2)}×), warm ${median(warm)} ms (${(median(warm) / b).toFixed(3)}×)`,
    );
  });
});
