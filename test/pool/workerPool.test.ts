// The pool's bounds and failures: never more workers than its size, a failing worker costs
// time and never results (its chunks are parsed on the main thread), a script that cannot
// start turns the pool off, and no worker keeps the process alive or outlives `close`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArgumentMarkdown } from '../../bench/generate';
import { prepareInWorkers } from '../../server/src/pool/parallelParse';
import { TaskDropped, WorkerPool } from '../../server/src/pool/workerPool';
import { parallelParse, serialParse } from './helpers';

const SCRIPTS: Record<string, string> = {
  // Answers every task with its number doubled and the thread that did it.
  'echo.js': `const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, value: { n: m.n * 2, threadId } }), m.ms ?? 0));`,
  // Answers its own heap limits.
  'limits.js': `const { parentPort, resourceLimits } = require('node:worker_threads');
parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, value: resourceLimits }));`,
  // Fails every task, and stays up.
  'errors.js': `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, error: 'boom' }));`,
  // Dies on its first task.
  'crash.js': `const { parentPort } = require('node:worker_threads');
parentPort.on('message', () => process.exit(3));`,
};

function writeScripts(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-pool-'));
  for (const [name, text] of Object.entries(SCRIPTS)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

// Run as a child (below): a pool left open with idle workers must not keep the process alive.
if (process.env.ARGMAP_POOL_CHILD) {
  const pool = new WorkerPool({ script: path.join(process.env.ARGMAP_POOL_CHILD, 'echo.js'), size: 2 });
  void Promise.all([1, 2, 3, 4].map((n) => pool.run<{ n: number }>({ n }))).then((r) => console.log(`done ${r.map((x) => x.n).join(' ')}`));
} else {
  describe('worker pool', () => {
    let dir: string;
    const text = generateArgumentMarkdown(60_000, 4);
    before(() => {
      dir = writeScripts();
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('runs every task once, answers each with its own value, on no more threads than its size', async () => {
      const pool = new WorkerPool({ script: path.join(dir, 'echo.js'), size: 2 });
      try {
        const n = Array.from({ length: 40 }, (_, i) => i);
        const replies = await Promise.all(n.map((i) => pool.run<{ n: number; threadId: number }>({ n: i, ms: i % 3 })));
        assert.deepEqual(
          replies.map((r) => r.n),
          n.map((i) => i * 2),
        );
        assert.equal(new Set(replies.map((r) => r.threadId)).size, 2);
        assert.equal(pool.workers, 2);
      } finally {
        await pool.close();
      }
      assert.equal(pool.workers, 0);
      await assert.rejects(pool.run({ n: 1 }), /off/);
    });

    it('starts each worker with the heap limits it was given', async () => {
      const pool = new WorkerPool({ script: path.join(dir, 'limits.js'), size: 1, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      try {
        const limits = await pool.run<{ maxYoungGenerationSizeMb: number }>({});
        assert.equal(limits.maxYoungGenerationSizeMb, 4);
      } finally {
        await pool.close();
      }
    });

    it('stops its workers after a while idle, and starts them again when needed', async () => {
      const pool = new WorkerPool({ script: path.join(dir, 'echo.js'), size: 2, idleMs: 50 });
      try {
        await Promise.all([pool.run({ n: 1 }), pool.run({ n: 2 })]);
        assert.equal(pool.workers, 2);
        await new Promise((r) => setTimeout(r, 400));
        assert.equal(pool.workers, 0);
        assert.equal((await pool.run<{ n: number }>({ n: 3 })).n, 6);
        assert.equal(pool.workers, 1);
      } finally {
        await pool.close();
      }
    });

    it('once released, stops its workers as soon as nothing waits or runs, and only that once', async () => {
      const pool = new WorkerPool({ script: path.join(dir, 'echo.js'), size: 2, idleMs: 60_000 });
      try {
        // Idle when released: stopped at once.
        await Promise.all([pool.run({ n: 1 }), pool.run({ n: 2 })]);
        assert.equal(pool.workers, 2);
        pool.releaseWhenIdle();
        assert.equal(pool.workers, 0);
        // Busy when released: the task finishes, then the worker stops.
        const slow = pool.run<{ n: number }>({ n: 3, ms: 200 });
        pool.releaseWhenIdle();
        assert.equal(pool.workers, 1);
        assert.equal((await slow).n, 6);
        await new Promise((r) => setTimeout(r, 100));
        assert.equal(pool.workers, 0);
        // The release is spent: the next tasks' workers wait out `idleMs` again.
        await pool.run({ n: 4 });
        await new Promise((r) => setTimeout(r, 100));
        assert.equal(pool.workers, 1);
      } finally {
        await pool.close();
      }
    });

    it('drops a task no longer wanted before it is sent, and a parse whose document went away gives nothing', async () => {
      const pool = new WorkerPool({ script: path.join(dir, 'echo.js'), size: 1, depth: 1 });
      try {
        let wanted = true;
        const first = pool.run({ n: 1, ms: 50 }, () => wanted);
        const second = pool.run({ n: 2 }, () => wanted);
        wanted = false;
        assert.deepEqual((await first as { n: number }).n, 2);
        await assert.rejects(second, TaskDropped);
      } finally {
        await pool.close();
      }
    });

    it('rejects the tasks waiting and in flight when it closes', async () => {
      const pool = new WorkerPool({ script: path.join(dir, 'echo.js'), size: 1, depth: 1 });
      const tasks = [pool.run({ n: 1, ms: 2000 }), pool.run({ n: 2 })].map((t) => assert.rejects(t, /closed/));
      await pool.close();
      await Promise.all(tasks);
    });

    it('a worker that fails its tasks: every chunk is parsed on the main thread, the document as a serial parse makes it', async () => {
      const logs: string[] = [];
      const pool = new WorkerPool({ script: path.join(dir, 'errors.js'), size: 2, log: (m) => logs.push(m) });
      try {
        const { doc, outcome } = await parallelParse(pool, text);
        assert.equal(outcome.failed, outcome.planned);
        assert.equal(outcome.firstError, 'boom');
        assert.equal(outcome.prepared.hits, 0);
        assert.deepStrictEqual(doc.chunks, serialParse(text).chunks);
        // The worker is fine, only its tasks failed: the pool stays on.
        assert.ok(pool.usable);
        assert.deepEqual(logs, []);
      } finally {
        await pool.close();
      }
    });

    for (const [name, script] of [
      ['dies on its first task', 'crash.js'],
      ['cannot be loaded', 'missing.js'],
    ] as const) {
      it(`a worker that ${name}: the pool turns off after two, says so once, and the parse is the serial one`, async () => {
        const logs: string[] = [];
        const pool = new WorkerPool({ script: path.join(dir, script), size: 2, log: (m) => logs.push(m) });
        try {
          const { doc, outcome } = await parallelParse(pool, text);
          assert.equal(outcome.failed, outcome.planned);
          assert.deepStrictEqual(doc.chunks, serialParse(text).chunks);
          assert.equal(pool.usable, false);
          assert.equal(pool.workers, 0);
          assert.equal(logs.length, 2, logs.join('\n'));
          assert.match(logs[1], /parsing on the main thread from now on$/);
          const again = await prepareInWorkers(pool, text, 100_000);
          assert.equal(again?.failed, again?.planned);
          assert.equal(logs.length, 2);
        } finally {
          await pool.close();
        }
      });
    }

    it('idle workers never keep the process alive: a script that leaves its pool open exits', () => {
      const r = spawnSync(process.execPath, [__filename], { env: { ...process.env, ARGMAP_POOL_CHILD: dir }, encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.error, undefined);
      assert.equal(r.signal, null);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.trim(), 'done 2 4 6 8');
    });
  });
}
