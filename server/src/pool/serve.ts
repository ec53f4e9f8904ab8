// The worker side of the pool's messages: each task is answered once, with its value or
// with the error it threw (the worker stays up for the next task).
import type { MessagePort } from 'node:worker_threads';
import type { Reply } from './workerPool';

export function serveTasks<T>(port: MessagePort, handle: (task: T) => unknown): void {
  port.on('message', (message: T & { id: number }) => {
    let reply: Reply;
    try {
      reply = { id: message.id, value: handle(message) };
    } catch (e) {
      reply = { id: message.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      // A value that cannot be cloned: the task fails, not the worker.
      port.postMessage({ id: message.id, error: `cannot send the result: ${e instanceof Error ? e.message : String(e)}` });
    }
  });
}
