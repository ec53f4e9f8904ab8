// The language server process (dist/server.js): the connection over stdio or IPC, handed
// to startServer, which wires everything else.
import path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { faultsFromEnv } from './faults';
import { describeError } from './log';
import { workerCount } from './pool/config';
import { startServer } from './startServer';

const connection = createConnection(ProposedFeatures.all);
const { log } = startServer(connection, {
  faults: faultsFromEnv(process.env.ARGMAP_FAULT),
  // The parse workers' bundle sits next to this one (esbuild.mjs); ARGMAP_WORKERS=0 turns them off.
  workers: { script: path.join(__dirname, 'parseWorker.js'), size: workerCount() },
});

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
