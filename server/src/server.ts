// The language server process (dist/server.js): the connection over stdio or IPC, handed
// to startServer, which wires everything else.
import path from 'node:path';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { publishEncoder } from './documents/publishEncoder';
import { faultsFromEnv } from './faults';
import { describeError } from './log';
import { workerCount } from './pool/config';
import { startServer } from './startServer';

/**
 * Over stdio the messages go out through a writer whose encoder keeps each diagnostic's JSON
 * text (documents/publishEncoder.ts); stdin is still handed over as a stream, so the library
 * still ends the process when it closes. Other transports (Node IPC: Node stringifies the
 * message itself) are the library's own.
 */
function connect() {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: publishEncoder });
  // The stream-and-writer mix is what the library does itself for `--stdio`, with its own writer.
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
}

const connection = connect();
const { log } = startServer(connection, {
  faults: faultsFromEnv(process.env.ARGMAP_FAULT),
  // The parse workers' bundle sits next to this one (esbuild.mjs); ARGMAP_WORKERS=0 turns them off.
  workers: { script: path.join(__dirname, 'parseWorker.js'), size: workerCount() },
});
// stdout carries the protocol: console output goes to the client's log instead, as the library
// arranges for the `--stdio` connection it makes itself.
if (process.argv.includes('--stdio')) {
  console.log = console.info = console.debug = (...args: unknown[]) => log.info(format(...args));
  console.warn = (...args: unknown[]) => log.warn(format(...args));
  console.error = (...args: unknown[]) => log.error(format(...args));
}

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
