// Fault injection, for protocol tests only: it lets a test prove that an exception in a
// feature is logged with its stack, answered empty, and that the server keeps serving.
//
// `ARGMAP_FAULT=hover,symbols,graph,diagnostics,analysis` (any of them, comma-separated),
// read once when the server starts, makes the named features throw, and only on
// documents whose file name starts with `fault` (`fault.arg.md`), so that the same
// feature on any other document shows the server still works. Unset, it costs one Set
// lookup. No client sets it: only test/protocol starts the server with it.

export type Fault = 'hover' | 'symbols' | 'graph' | 'diagnostics' | 'analysis';

const FAULTS: ReadonlySet<string> = new Set(
  (process.env.ARGMAP_FAULT ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== ''),
);

/** The features set to fail, for the start-up log; empty in normal use. */
export const injectedFaults: readonly string[] = [...FAULTS];

/** The last segment of a uri or path, without query or fragment. */
function fileName(uriOrPath: string): string {
  const path = uriOrPath.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Throws when `ARGMAP_FAULT` names `feature` and the document's file name starts with `fault`. */
export function injectFault(feature: Fault, uriOrPath: string | undefined): void {
  if (FAULTS.size === 0 || !FAULTS.has(feature) || typeof uriOrPath !== 'string') return;
  if (!fileName(uriOrPath).startsWith('fault')) return;
  throw new Error(`injected ${feature} fault (ARGMAP_FAULT) on ${uriOrPath}`);
}
