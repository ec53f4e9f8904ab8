// A process that does nothing but one bare remark parse (remark-parse + remark-gfm) of one
// file: its time and its whole-process peak memory are the yardstick for a worst case of
// the same number of bytes (bench/worst.ts runs it as a child and reads what it prints).
//
// `node --expose-gc out/bench/bare-peak.js FILE` prints `{ ms, cpu, vmRSS, vmHWM }` as JSON.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bareParse } from './model';
import { collectGarbage, ownCpuTime, readMemory } from './stats';

const file = process.argv[2];
if (!file) {
  console.error('usage: node --expose-gc out/bench/bare-peak.js FILE');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
// A warm-up on the file's first 10 KB, so the JIT is not what the parse is timed on.
bareParse(text.slice(0, 10_000));
collectGarbage();
const c0 = ownCpuTime();
const t0 = performance.now();
const tree = bareParse(text);
const ms = performance.now() - t0;
const cpu = ownCpuTime() - c0;
// Read while the tree is still alive.
const memory = readMemory(process.pid);
console.log(JSON.stringify({ ms, cpu, ...memory, alive: tree !== undefined }));
