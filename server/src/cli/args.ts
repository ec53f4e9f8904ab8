// Command-line arguments → a command to run. Throws `UsageError` for anything it cannot read.

export const CHECK_FORMATS = ['text', 'json'] as const;
export const GRAPH_FORMATS = ['tree', 'json', 'mermaid', 'dot', 'aif'] as const;
export const IMPORT_FROM = ['argdown', 'kialo'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The spec's `argmap.maxFileSize` default, in UTF-8 bytes. */
export const DEFAULT_MAX_FILE_SIZE = 10_000_000;

export type Command =
  | { command: 'help'; topic?: 'check' | 'graph' | 'import' }
  | { command: 'version' }
  | { command: 'check'; format: CheckFormat; paths: string[]; maxFileSize: number }
  | { command: 'graph'; format: GraphFormat; file: string; maxFileSize: number }
  | { command: 'import'; from?: (typeof IMPORT_FROM)[number]; file: string; maxFileSize: number };

/** A mistake in the command line: exit 2 with this message. */
export class UsageError extends Error {}

const OPTIONS_WITH_VALUE = new Set(['--format', '--max-file-size', '--from']);

export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let help = false;
  let version = false;

  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--') {
      positional.push(...argv.slice(k + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--version') version = true;
    else if (arg.startsWith('--') && OPTIONS_WITH_VALUE.has(arg.split('=')[0])) {
      const eq = arg.indexOf('=');
      if (eq >= 0) values.set(arg.slice(0, eq), arg.slice(eq + 1));
      else if (k + 1 < argv.length) values.set(arg, argv[++k]);
      else throw new UsageError(`option '${arg}' needs a value`);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else positional.push(arg);
  }

  const [name, ...rest] = positional;
  if (help) return { command: 'help', topic: name === 'check' || name === 'graph' || name === 'import' ? name : undefined };
  if (version) return { command: 'version' };
  if (name === undefined) throw new UsageError('missing command: check, graph or import');

  if (values.has('--from') && name !== 'import') throw new UsageError('--from is an option of import only');
  const maxFileSize = parseSize(values.get('--max-file-size'));
  const format = values.get('--format');
  if (name === 'check') {
    if (!rest.length) throw new UsageError('check needs at least one file, folder or glob');
    return { command: 'check', format: oneOf(format ?? 'text', CHECK_FORMATS), paths: rest, maxFileSize };
  }
  if (name === 'graph') {
    if (rest.length !== 1) throw new UsageError(`graph takes exactly one file (got ${rest.length})`);
    return { command: 'graph', format: oneOf(format ?? 'tree', GRAPH_FORMATS), file: rest[0], maxFileSize };
  }
  if (name === 'import') {
    if (rest.length !== 1) throw new UsageError(`import takes exactly one file (got ${rest.length})`);
    if (format !== undefined) throw new UsageError("import has no --format (it writes an argument file; use --from for the input's format)");
    const from = values.get('--from');
    return { command: 'import', from: from === undefined ? undefined : oneOf(from, IMPORT_FROM), file: rest[0], maxFileSize };
  }
  throw new UsageError(`unknown command '${name}' (expected check, graph or import)`);
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown format '${value}' (expected ${allowed.join(', ')})`);
}

function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const size = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(size)) throw new UsageError(`--max-file-size needs a whole number of bytes (got '${value}')`);
  return size;
}
