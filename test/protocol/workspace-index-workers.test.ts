// The workspace index built in worker threads (ARGMAP_WORKERS=2) gives exactly what the
// main thread's index gives (ARGMAP_WORKERS=0): the same diagnostics for every closed file
// (`argmap.diagnostics.scope` workspace) and the same summaries in the disk cache. The
// workspace has cross-file links (resolved, to a missing id, to a missing file), a binary
// and a non-UTF-8 file the index skips, and generated arguments with many findings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateArgumentMarkdown } from '../../bench/generate';
import { PLAN, SURVEY, TAXES } from '../workspace/planSurveyFiles';
import { tempWorkspace, TestClient, uriOf } from './client';
import { INDEXED } from './indexLog';

const IN_WORKERS = /^workspace index: (\d+) of them analysed in (\d+) worker threads$/;
const GENERATED = 24;

function files(): Record<string, string> {
  const all: Record<string, string> = { 'plan.arg.md': PLAN, 'b.arg.md': SURVEY, 'taxes.arg.md': TAXES };
  for (let i = 0; i < GENERATED; i++) {
    const hub = i - (i % 6);
    const links = ['- Reason: [the plan](../plan.arg.md#plan)', '- Reason: [gone](../b.arg.md#nowhere)', '- Reason: [missing](../absent.arg.md#x)'];
    if (i !== hub) links.push(`- Reason: [the hub](g${hub}.arg.md#top)`);
    all[`part${Math.floor(i / 6)}/g${i}.arg.md`] = `# Claim: Part ${i} stands. {#top}\n\n${links.join('\n')}\n\n${generateArgumentMarkdown(3_000, 500 + i)}`;
  }
  return all;
}

describe('workspace index in worker threads', () => {
  const root = tempWorkspace(files());
  fs.writeFileSync(path.join(root, 'binary.arg.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
  fs.writeFileSync(path.join(root, 'latin1.arg.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-storage-'));
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  /** Indexes the workspace with `workers` threads: its last publish per file, its log, its disk cache. */
  async function index(workers: string): Promise<{ published: Map<string, PublishDiagnosticsParams>; logs: string[]; cache: unknown }> {
    const folder = path.join(storage, `workers-${workers}`);
    const client = await TestClient.start({ root, initializationOptions: { storagePath: folder }, settings: { diagnostics: { delay: 0, scope: 'workspace' } }, env: { ARGMAP_WORKERS: workers } });
    try {
      await client.within(
        'the workspace index to settle',
        (async () => {
          while (!client.logs.some((l) => INDEXED.test(l))) await new Promise((resolve) => setTimeout(resolve, 20));
        })(),
      );
    } finally {
      await client.stop(); // writes the cache
    }
    const published = new Map(client.publishes.map((p) => [p.uri, p]));
    return { published, logs: client.logs, cache: JSON.parse(fs.readFileSync(path.join(folder, 'workspace-index.json'), 'utf8')) };
  }

  it('publishes the same diagnostics and caches the same summaries as the main thread', async () => {
    const serial = await index('0');
    const parallel = await index('2');
    const argumentFiles = 3 + GENERATED;
    // Every readable argument file is indexed; the binary and the Latin-1 file are skipped.
    assert.deepEqual(INDEXED.exec(serial.logs.find((l) => INDEXED.test(l))!)!.slice(1).map(Number), [argumentFiles, 0, argumentFiles]);
    assert.deepEqual(INDEXED.exec(parallel.logs.find((l) => INDEXED.test(l))!)!.slice(1).map(Number), [argumentFiles, 0, argumentFiles]);
    // The workers did the work (none read an open buffer, none failed); the serial run had none.
    assert.deepEqual(IN_WORKERS.exec(parallel.logs.find((l) => IN_WORKERS.test(l)) ?? '')?.slice(1).map(Number), [argumentFiles, 2]);
    assert.ok(!serial.logs.some((l) => IN_WORKERS.test(l)), serial.logs.join('\n'));
    assert.equal(serial.published.size, argumentFiles);
    assert.deepStrictEqual(parallel.published, serial.published);
    // A generated part's links: the one to a missing id is broken, named as the link writes it.
    const g1 = parallel.published.get(uriOf(path.join(root, 'part0/g1.arg.md')))!;
    assert.ok(g1.diagnostics.some((d) => d.code === 'broken-reference' && d.message === 'No node with the id `nowhere` in `../b.arg.md`.'), JSON.stringify(g1));
    assert.deepStrictEqual(parallel.cache, serial.cache);
  });
});
