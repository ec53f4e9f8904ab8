// Preloaded into a process (`node --require out/bench/peak-hook.js …`) to record its peak
// memory as it exits: VmHWM from /proc/self/status, written to the file named by
// BENCH_PEAK_OUT (not to stdout or stderr, which belong to the program measured).
import fs from 'node:fs';
import { readMemory } from './stats';

const out = process.env.BENCH_PEAK_OUT;
if (out) {
  process.on('exit', () => {
    const memory = readMemory(process.pid);
    if (memory) fs.writeFileSync(out, JSON.stringify(memory));
  });
}
