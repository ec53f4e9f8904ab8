// The language server process (dist/server.js): the connection over stdio or IPC, handed
// to startServer, which wires everything else.
import v8 from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { faultsFromEnv } from './faults';
import { describeError } from './log';
import { startServer } from './startServer';

/** How far past the live heap V8 may grow before a full collection, in percent. */
const HEAP_GROWING_PERCENT = 30;

// Memory: every keystroke in a big document leaves a whole analysis behind as garbage, and
// V8 lets the heap grow to several times what is live before it collects (a 5 MB document:
// 150 MB live, a 660 MB peak after ten keystrokes). A heap that grows by at most 30% past
// what was live at the last full collection keeps the peak near 2× (docs/server.md).
// ARGMAP_HEAP_GROWING_PERCENT overrides it (0: V8's own heuristics).
const growing = Number(process.env.ARGMAP_HEAP_GROWING_PERCENT ?? HEAP_GROWING_PERCENT);
if (Number.isInteger(growing) && growing > 0) v8.setFlagsFromString(`--heap-growing-percent=${growing}`);

const connection = createConnection(ProposedFeatures.all);
const { log } = startServer(connection, { faults: faultsFromEnv(process.env.ARGMAP_FAULT) });

// Bad input must never take the server down: whatever escapes a handler is logged.
process.on('uncaughtException', (err) => log.error(`uncaught: ${describeError(err)}`));
process.on('unhandledRejection', (err) => log.error(`unhandled rejection: ${describeError(err)}`));

// Tests and the soak bench only: `argmap/heap` collects garbage (under `node --expose-gc`)
// and answers the process's memory, so a long session's heap can be watched from outside.
if (process.env.ARGMAP_HEAP_PROBE === '1') {
  connection.onRequest('argmap/heap', () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage();
  });
}

connection.listen();
