// Fault injection, for tests only: it lets a test prove that an exception in a feature is
// logged with its stack, answered empty, and that the server keeps serving.
//
// `ARGMAP_FAULT=hover,symbols,graph,diagnostics,analysis,navigation` (any of them, comma-separated),
// read by server.ts when the server starts (tests in process hand the list to
// startServer), makes the named features throw, and only on documents whose file name
// starts with `fault` (`fault.arg.md`), so that the same feature on any other document
// shows the server still works. Unset, a check costs one Set lookup. No client sets it.

export type Fault = 'hover' | 'symbols' | 'graph' | 'diagnostics' | 'analysis' | 'navigation';

/** Throws when `feature` is set to fail and the document's file name starts with `fault`. */
export type InjectFault = (feature: Fault, uriOrPath: string | undefined) => void;

/** The features `ARGMAP_FAULT` names (a comma-separated list). */
export function faultsFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

/** The last segment of a uri or path, without query or fragment. */
function fileName(uriOrPath: string): string {
  const path = uriOrPath.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

export function faultInjector(faults: readonly string[]): InjectFault {
  const set: ReadonlySet<string> = new Set(faults);
  return (feature, uriOrPath) => {
    if (set.size === 0 || !set.has(feature) || typeof uriOrPath !== 'string') return;
    if (!fileName(uriOrPath).startsWith('fault')) return;
    throw new Error(`injected ${feature} fault (ARGMAP_FAULT) on ${uriOrPath}`);
  };
}

/** Injects nothing: normal use. */
export const NO_FAULTS: InjectFault = () => {};
