// Logging to the client's output channel, and the guard every handler runs in: an
// exception is logged with its stack and the request answered empty, never a crash.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/** The message and stack of anything thrown. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  try {
    return `non-Error thrown: ${JSON.stringify(err)}`;
  } catch {
    return `non-Error thrown: ${String(err)}`;
  }
}

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/**
 * Wraps a request handler: a cancelled request gets the LSP cancellation error, a
 * throwing one is logged and answered with `empty`.
 */
export function guardRequest<P, R, E>(
  log: Logger,
  name: string,
  empty: E,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | E | ResponseError<void>> {
  return async (params, token) => {
    try {
      if (token.isCancellationRequested) return cancelled();
      const result = await handler(params, token);
      return token.isCancellationRequested ? cancelled() : result;
    } catch (err) {
      log.error(`${name} failed: ${describeError(err)}`);
      return empty;
    }
  };
}

/** Wraps a notification handler: a throwing one is logged, never propagated. */
export function guardNotification<P>(log: Logger, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const pending = handler(params);
      if (pending) pending.catch((err: unknown) => log.error(`${name} failed: ${describeError(err)}`));
    } catch (err) {
      log.error(`${name} failed: ${describeError(err)}`);
    }
  };
}
