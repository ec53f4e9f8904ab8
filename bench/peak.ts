// Peak server memory with one big document open: VmRSS and VmHWM of the server process
// (from /proc) after the open and after keystrokes, and its heap after a full GC (through
// `argmap/heap`, see soak.ts). To compare with markdown-it's whole-process peak on the same
// file (markdown-it-peak.ts). Run after a build:
//   node out/bench/peak.js [--bytes=5000000] [--keys=20]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspSession, keystrokePlaces } from './server';
import { generateArgumentMarkdown } from './generate';
import { numberOption, runScript } from './script';
import { formatBytes } from './stats';

async function main(): Promise<void> {
  const bytes = numberOption('bytes', 5_000_000);
  const keys = numberOption('keys', 20);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-peak-'));
  const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
  // `--node-args='--flag …'`: more flags for the server's node (to try V8's heap settings).
  const extra = process.argv.find((a) => a.startsWith('--node-args='))?.slice('--node-args='.length).split(' ').filter(Boolean) ?? [];
  const session = await LspSession.start({ serverPath, root, nodeArgs: ['--expose-gc', ...extra], env: { ARGMAP_HEAP_PROBE: '1' } });
  const show = async (what: string) => {
    const m = session.memory();
    const heap = await session.heap();
    console.log(`${what.padEnd(22)} VmRSS ${formatBytes(m?.vmRSS ?? NaN)}  VmHWM ${formatBytes(m?.vmHWM ?? NaN)}  heap after GC ${formatBytes(heap.heapUsed)}`);
  };
  try {
    const text = generateArgumentMarkdown(bytes, 1);
    const uri = session.uri('big.arg.md');
    await show('started');
    await session.open(uri, text);
    await session.diagnostics(uri, 1);
    await show('opened');
    const places = keystrokePlaces(text);
    const t = performance.now();
    const cpu = session.cpu();
    for (let k = 0; k < keys; k++) {
      await session.change(uri, k + 2, places[k % places.length].position, 'x', () => text);
      await session.diagnostics(uri, k + 2);
    }
    await show(`after ${keys} keystrokes`);
    console.log(`keystroke → diagnostics, mean ${((performance.now() - t) / keys).toFixed(0)} ms wall, ${((session.cpu() - cpu) / keys).toFixed(0)} ms server CPU`);
  } finally {
    await session.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

runScript(main);
