// Command-line arguments → a command to run. Throws `UsageError` for anything it cannot read.
import { DEFAULT_MAX_BLOCK_SIZE, DEFAULT_MAX_FILE_SIZE } from '../defaults';
import type { SeverityOverrides } from './severity';
import { parseSeverityOption } from './severity';

export const CHECK_FORMATS = ['text', 'json'] as const;
export const GRAPH_FORMATS = ['tree', 'json', 'mermaid', 'dot', 'svg', 'aif'] as const;
export const IMPORT_FROM = ['argdown', 'kialo'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** Options of issue 16, present only when given (so a plain command line reads as before). */
interface WorkspaceOption {
  /** `--workspace DIR`: the root for cross-file references, instead of the one found from the paths. */
  workspace?: string;
}
interface CheckOptions extends WorkspaceOption {
  /** `--max-warnings N`: exit 1 when more than N warnings are reported. */
  maxWarnings?: number;
  /** `--severity code=level`, repeatable: wins over the settings files. */
  severity?: SeverityOverrides;
  /** `--cache` (with `--cache-location PATH` when given): reuse unchanged files' results (cli/cache.ts). */
  cache?: { location?: string };
}

export type Command =
  | { command: 'help'; topic?: 'check' | 'graph' | 'import' }
  | { command: 'version' }
  | ({ command: 'check'; format: CheckFormat; paths: string[]; maxFileSize: number; maxBlockSize?: number } & CheckOptions)
  | ({ command: 'graph'; format: GraphFormat; file: string; maxFileSize: number; maxBlockSize?: number } & WorkspaceOption)
  | { command: 'import'; from?: (typeof IMPORT_FROM)[number]; file: string; maxFileSize: number };

/** A mistake in the command line: exit 2 with this message. */
export class UsageError extends Error {}

const OPTIONS_WITH_VALUE = new Set(['--format', '--max-file-size', '--max-block-size', '--workspace', '--max-warnings', '--severity', '--from', '--cache-location']);
/** Options that may be given more than once; every value counts. */
const REPEATABLE = new Set(['--severity']);
const CHECK_ONLY = ['--max-warnings', '--severity', '--cache-location'];

export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const repeated: { option: string; value: string }[] = [];
  let help = false;
  let version = false;
  let cache = false;

  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--') {
      positional.push(...argv.slice(k + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--version') version = true;
    else if (arg === '--cache') cache = true;
    else if (arg.startsWith('--') && OPTIONS_WITH_VALUE.has(arg.split('=')[0])) {
      const eq = arg.indexOf('=');
      const option = eq >= 0 ? arg.slice(0, eq) : arg;
      let value: string;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (k + 1 < argv.length) value = argv[++k];
      else throw new UsageError(`option '${arg}' needs a value`);
      if (REPEATABLE.has(option)) repeated.push({ option, value });
      else values.set(option, value);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else positional.push(arg);
  }

  const [name, ...rest] = positional;
  if (help) return { command: 'help', topic: name === 'check' || name === 'graph' || name === 'import' ? name : undefined };
  if (version) return { command: 'version' };
  if (name === undefined) throw new UsageError('missing command: check, graph or import');

  if (values.has('--from') && name !== 'import') throw new UsageError('--from is an option of import only');
  if (cache && name !== 'check') throw new UsageError(`--cache applies to check, not ${name}`);
  if (values.has('--cache-location') && !cache) throw new UsageError('--cache-location needs --cache');
  if (values.get('--cache-location') === '') throw new UsageError('--cache-location needs a file or folder');
  const maxFileSize = parseSize('--max-file-size', values.get('--max-file-size'), DEFAULT_MAX_FILE_SIZE);
  // Present only when given, as --max-warnings: the model's default applies otherwise.
  const blockSize = values.get('--max-block-size');
  const maxBlockSize = blockSize === undefined ? {} : { maxBlockSize: parseSize('--max-block-size', blockSize, DEFAULT_MAX_BLOCK_SIZE) };
  if (name === 'import' && values.has('--max-block-size')) throw new UsageError('--max-block-size applies to check and graph, not import');
  const format = values.get('--format');
  const workspace = values.get('--workspace');
  if (workspace === '') throw new UsageError('--workspace needs a folder');
  const where = workspace === undefined ? {} : { workspace };
  if (name === 'check') {
    if (!rest.length) throw new UsageError('check needs at least one file, folder or glob');
    const maxWarnings = values.get('--max-warnings');
    const severity = repeated.filter((r) => r.option === '--severity').map((r) => r.value);
    return {
      command: 'check',
      format: oneOf(format ?? 'text', CHECK_FORMATS),
      paths: rest,
      maxFileSize,
      ...maxBlockSize,
      ...where,
      ...(maxWarnings === undefined ? {} : { maxWarnings: parseCount('--max-warnings', maxWarnings) }),
      ...(severity.length ? { severity: parseSeverities(severity) } : {}),
      ...(cache ? { cache: values.has('--cache-location') ? { location: values.get('--cache-location') } : {} } : {}),
    };
  }
  if (name === 'graph') {
    const checkOnly = CHECK_ONLY.find((o) => values.has(o) || repeated.some((r) => r.option === o));
    if (checkOnly) throw new UsageError(`${checkOnly} applies to check, not graph`);
    if (rest.length !== 1) throw new UsageError(`graph takes exactly one file (got ${rest.length})`);
    return { command: 'graph', format: oneOf(format ?? 'tree', GRAPH_FORMATS), file: rest[0], maxFileSize, ...maxBlockSize, ...where };
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

/** Every `--severity code=level`, later ones winning for the same code. */
function parseSeverities(values: readonly string[]): SeverityOverrides {
  const result: SeverityOverrides = {};
  for (const value of values) {
    const parsed = parseSeverityOption(value);
    if ('error' in parsed) throw new UsageError(`--severity ${parsed.error}`);
    result[parsed.code] = parsed.level;
  }
  return result;
}

function parseCount(option: string, value: string): number {
  const count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count)) throw new UsageError(`${option} needs a whole number (got '${value}')`);
  return count;
}

function parseSize(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const size = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(size)) throw new UsageError(`${option} needs a whole number of bytes (got '${value}')`);
  return size;
}
