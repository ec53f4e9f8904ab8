// `argmap.ids.style` from a settings file at the workspace root (the editor reads
// the same key from its settings): which form argmap writes an id in (`import`).
import { ID_STYLES, type IdStyle } from '../model';

/** The keys a settings file may use: `.argmap.json` may leave out `argmap.`, as for severities. */
const PATHS = [
  ['argmap', 'ids', 'style'],
  ['argmap.ids', 'style'],
  ['argmap', 'ids.style'],
  ['argmap.ids.style'],
  ['ids', 'style'],
  ['ids.style'],
];

/** The style a parsed settings file sets, if any; a value that is no style is a warning. */
export function readIdStyle(value: unknown, file: { name: string; prefixes: readonly string[] }, warnings: string[]): IdStyle | undefined {
  const allowBare = file.prefixes.includes('');
  for (const keys of PATHS) {
    if (!allowBare && !keys[0].startsWith('argmap')) continue;
    let v: unknown = value;
    for (const k of keys) v = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined;
    if (v === undefined) continue;
    if (typeof v === 'string' && (ID_STYLES as readonly string[]).includes(v)) return v as IdStyle;
    warnings.push(`${file.name}: '${keys.join('.')}' is not ${ID_STYLES.join(' or ')}; ignored`);
    return undefined;
  }
  return undefined;
}
