// The parse workers give way to the main thread (pool/priority.ts): once the real worker bundle
// has run a task, its thread runs at nice WORKER_NICE and this process's main thread at its own.
// Linux (every machine of this project): a thread's nice value is read from /proc.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { WORKER_NICE } from '../../server/src/pool/priority';
import { WorkerPool } from '../../server/src/pool/workerPool';
import { PARSE_WORKER } from './helpers';

/** Every thread of this process: its id and nice value (field 19 of its stat). */
function threads(): { tid: number; nice: number }[] {
  return fs.readdirSync('/proc/self/task').map((tid) => {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { tid: Number(tid), nice: Number(fields[16]) };
  });
}

describe('parse worker priority', () => {
  it('runs each worker thread at nice 5 and leaves the main thread as it was', async () => {
    assert.equal(WORKER_NICE, 5);
    const mainBefore = threads().find((t) => t.tid === process.pid)?.nice;
    const before = new Set(threads().map((t) => t.tid));
    const pool = new WorkerPool({ script: PARSE_WORKER, size: 2 });
    try {
      // Two chunk tasks at once: one per worker.
      await Promise.all([0, 1].map((k) => pool.run({ kind: 'chunk', text: `Claim: Parks cool cities ${k}.\n`, start: 0, maxBlock: 1_000_000 })));
      const added = threads().filter((t) => !before.has(t.tid));
      assert.equal(added.filter((t) => t.nice === WORKER_NICE).length, 2);
      assert.equal(threads().find((t) => t.tid === process.pid)?.nice, mainBefore);
    } finally {
      await pool.close();
    }
  });

  it('starts each worker thread at nice 5, before any of its script runs', async () => {
    const mainNice = threads().find((t) => t.tid === process.pid)?.nice;
    assert.ok(mainNice !== undefined && mainNice < WORKER_NICE, `the main thread runs below nice ${WORKER_NICE} (${mainNice}), or this shows nothing`);
    // A script that reads its thread's nice value on its first line, and answers every task with it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-nice-'));
    const script = path.join(dir, 'nice.js');
    fs.writeFileSync(
      script,
      `const fs = require('node:fs');
const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage({ id: m.id, value: nice }));
`,
    );
    try {
      const pool = new WorkerPool({ script, size: 2 });
      try {
        assert.deepEqual(await Promise.all([0, 1].map(() => pool.run<number>({}))), [WORKER_NICE, WORKER_NICE]);
      } finally {
        await pool.close();
      }
      // Left to the script when asked: the thread starts at the main thread's value.
      const left = new WorkerPool({ script, size: 1, startNice: false });
      try {
        assert.equal(await left.run<number>({}), mainNice);
      } finally {
        await left.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
