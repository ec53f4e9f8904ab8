// Which files are argument files: the one rule the server, the client's document selector
// and the CLI share. Pure (no vscode, no Node, no glob engine): it says which globs apply
// where; each side matches them with its own engine (picomatch, VS Code's selector).

/** The spec's default `argmap.files`: what a folder holds to check, what the editor analyses. */
export const DEFAULT_FILES: readonly string[] = ['**/*.arg.md'];

/** The name every argument file may have, whatever `argmap.files` says. */
const ARGUMENT_SUFFIX = '.arg.md';

/**
 * `argmap.files` as the user wrote it → the globs to match: not a list → the default;
 * entries that are not strings dropped; `./` and spaces trimmed, empty ones dropped.
 */
export function cleanFiles(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [...DEFAULT_FILES];
  return raw
    .filter((glob): glob is string => typeof glob === 'string')
    .map((glob) => glob.trim().replace(/^\.\//, ''))
    .filter((glob) => glob !== '');
}

/** Markdown by its name (`.md`, `.markdown`, any case): nothing else is ever an argument file. */
export function isMarkdownName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown');
}

/** Named `*.arg.md` (any case): an argument file wherever it is. */
export function hasArgumentSuffix(name: string): boolean {
  return name.toLowerCase().endsWith(ARGUMENT_SUFFIX);
}

/**
 * Where a file stands: inside a workspace folder (globs match its folder-relative path),
 * outside every folder while some are open, or with no folder open at all.
 */
export type Place = 'folder' | 'outside' | 'no-folder';

/**
 * The globs that apply to a file at `place`, to match against its folder-relative path
 * (in a folder) or its whole path (elsewhere). In a folder every glob applies. Outside
 * every folder only globs that start with `**` do: `docs/*.md` means the folders' docs.
 * With no folder open nothing is relative, so every glob matches at any depth.
 */
export function globsFor(files: readonly string[], place: Place): string[] {
  switch (place) {
    case 'folder':
      return [...files];
    case 'outside':
      return files.filter((glob) => glob.startsWith('**'));
    case 'no-folder':
      return files.map((glob) => (glob.startsWith('**') ? glob : `**/${glob.replace(/^\/+/, '')}`));
  }
}
