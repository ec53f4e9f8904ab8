// A process that does nothing but run markdown-it on one file: its peak memory is the
// yardstick for the server's (run as a child by run.ts, which reads what it prints).
//
// `node out/bench/markdown-it-peak.js FILE` prints `{ ms, tokens, vmRSS, vmHWM }` as JSON.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { readMemory } from './stats';

const file = process.argv[2];
if (!file) {
  console.error('usage: node out/bench/markdown-it-peak.js FILE');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const t0 = performance.now();
const tokens = new MarkdownIt().parse(text, {});
const ms = performance.now() - t0;
// Read while the tokens are still alive.
const memory = readMemory(process.pid);
console.log(JSON.stringify({ ms, tokens: tokens.length, ...memory }));
