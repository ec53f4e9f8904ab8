// What `argmap --help` and `argmap --version` print.
import { version } from '../../../package.json';
import { DEFAULT_MAX_BLOCK_SIZE, DEFAULT_MAX_FILE_SIZE } from '../defaults';

export const VERSION = version;

const GENERAL = `argmap ${VERSION} — argument maps in Markdown

Usage:
  argmap check [--format text|json] [--max-warnings N] [--severity CODE=LEVEL]… [--cache] PATHS…
  argmap graph [--format tree|json|mermaid|dot|svg|aif] FILE
  argmap import [--from argdown|kialo] FILE

Commands:
  check   report the diagnostics of argument files (files, folders, globs)
  graph   print the argument map of one file
  import  convert an Argdown file or a Kialo export to an argument file (on stdout)

An argument file is Markdown (*.arg.md) whose headings, paragraphs and list items
start with a label and a colon: Claim: (or Thesis:, Reason:), Evidence: (Data:,
Source:), Challenge: (Objection:, Rebuttal:, Counter:), in any case, bold or not
(**Claim:**). A labelled block is a node; nesting makes it support or attack the
node above it. Everything else is prose.

Options:
  --format FORMAT          output format (check: text, json; graph: tree, json, mermaid, dot, svg, aif)
  --from FORMAT            import's input format: argdown or kialo (default: from the extension)
  --workspace DIR          the root for references to other files and for settings
                           (default: the nearest folder with .git, .vscode or package.json)
  --max-warnings N         check: exit 1 when more than N warnings are reported
  --severity CODE=LEVEL    check: ignore, hint, information, warning or error for a code
  --cache                  check: reuse the results of unchanged files (kept in .argmapcache)
  --cache-location PATH    check: the cache file, or a folder to keep .argmapcache in
  --max-file-size BYTES    skip analysing files larger than this (default ${DEFAULT_MAX_FILE_SIZE})
  --max-block-size BYTES   check, graph: leave unchecked the inline content of a paragraph, table
                           or list item larger than this (default ${DEFAULT_MAX_BLOCK_SIZE})
  -h, --help               show this help (argmap COMMAND --help for one command)
  --version                print the version

Exit codes: 0 ok, 1 check found an error (or too many warnings), 2 usage error or unreadable path.
Docs: README.md and docs/cli.md in the argmap folder; the format in docs/format.md.
`;

const CHECK = `Usage: argmap check [--format text|json] [--workspace DIR] [--max-warnings N]
                    [--severity CODE=LEVEL]… [--max-file-size BYTES]
                    [--max-block-size BYTES] [--cache [--cache-location PATH]] PATHS…

Checks argument files and prints their diagnostics.
  PATHS are files, folders (their **/*.arg.md, skipping node_modules and dot-folders)
  or quoted globs ('docs/**/*.arg.md'), matched under the working directory.

  --format text   one line per diagnostic: path:line:column: severity code: message (default),
                  then a summary on stderr: 3 problems (1 error, 2 warnings) in 2 files
  --format json   [{ "file", "diagnostics": [{ "code", "severity", "message", "range" }] }]
  --workspace DIR references to other files resolve inside DIR; without it, the nearest
                  folder at or above the first path with .git, .vscode or package.json,
                  else the working directory
  --max-warnings N        exit 1 when more than N warnings are reported (0: none allowed)
  --severity CODE=LEVEL   set a code's severity: ignore, hint, information, warning, error
                          (repeatable, e.g. --severity unsupported-claim=error)
  --cache                 keep each file's result in .argmapcache (in the working directory)
                          and reuse it while the file and every file it references are
                          unchanged (same mtime and size) and the settings are the same
  --cache-location PATH   the cache file, or a folder (existing, or ending in /) for .argmapcache

Severities come from --severity, else .vscode/settings.json ("argmap.severity.CODE"),
else .argmap.json at the workspace root, else the defaults.

Exit codes: 0 no errors, 1 a diagnostic of severity error or more than N warnings,
2 usage error, unreadable path or settings file, or a folder without argument files.
Docs: docs/cli.md in the argmap folder.
`;

const GRAPH = `Usage: argmap graph [--format tree|json|mermaid|dot|svg|aif] [--max-file-size BYTES] [--max-block-size BYTES] FILE

Prints the argument map of FILE.
  --format tree      an indented tree of nodes with kind and status, each line starting
                     with the node's line number, ending with its {#id} if it has one (default)
  --format json      { "nodes": […], "edges": [{ "from", "to", "relation" }] }
  --format mermaid   a fenced mermaid flowchart to paste into Markdown
  --format dot       a Graphviz digraph (dot -Tsvg)
  --workspace DIR    the root for references to other files (as for check)
  --format svg       the map as a stand-alone SVG picture (what the map view shows)
  --format aif       AIF in OVA3's xAIF form (opens in OVA; the "AIF" part loads in AIFdb tools)

Exit codes: 0 printed, 2 usage error or unreadable file.
`;

const IMPORT = `Usage: argmap import [--from argdown|kialo] [--max-file-size BYTES] FILE

Converts FILE to an argument file and prints it on stdout (redirect it to a .arg.md file).
  --from argdown   an Argdown file (default for .argdown and .ad)
  --from kialo     a Kialo "Export discussion" text file (default for .txt)
  What argmap cannot represent is kept in HTML comments and listed on stderr.

Exit codes: 0 imported, 2 usage error, unreadable or malformed file (the line is given).
`;

export function helpText(topic?: 'check' | 'graph' | 'import'): string {
  return topic === 'check' ? CHECK : topic === 'graph' ? GRAPH : topic === 'import' ? IMPORT : GENERAL;
}
