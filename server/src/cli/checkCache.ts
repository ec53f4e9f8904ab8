// The cache of `argmap check --cache` for one run: where it lives and what it is keyed by.
import { VERSION } from './help';
import { cacheFileOf, CheckCache } from './cache';
import type { Command } from './args';
import type { SeverityOverrides } from './severity';

/**
 * The cache for this command line, or undefined without `--cache`. Its key is everything
 * a file's printed diagnostics depend on besides the files themselves.
 */
export function openCheckCache(
  command: Extract<Command, { command: 'check' }>,
  root: string,
  severity: SeverityOverrides,
  cwd: string,
  say: (message: string) => void,
): CheckCache | undefined {
  if (!command.cache) return undefined;
  const sortedSeverity = Object.fromEntries(Object.entries(severity).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const key = { argmap: VERSION, workspace: root, maxFileSize: command.maxFileSize, maxBlockSize: command.maxBlockSize ?? null, severity: sortedSeverity };
  return new CheckCache(cacheFileOf(command.cache.location, cwd), key, (m) => say(`warning: ${m}`));
}
