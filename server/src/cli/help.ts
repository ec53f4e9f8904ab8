// What `argmap --help` and `argmap --version` print.
import { version } from '../../../package.json';

export const VERSION = version;

const GENERAL = `argmap ${VERSION} — argument maps in Markdown

Usage:
  argmap check [--format text|json] PATHS…
  argmap graph [--format tree|json|mermaid|dot|aif] FILE
  argmap import [--from argdown|kialo] FILE

Commands:
  check   report the diagnostics of argument files (files, folders, globs)
  graph   print the argument map of one file
  import  convert an Argdown file or a Kialo export to an argument file (on stdout)

Options:
  --format FORMAT         output format (check: text, json; graph: tree, json, mermaid, dot, aif)
  --from FORMAT           import's input format: argdown or kialo (default: from the extension)
  --max-file-size BYTES   skip analysing files larger than this (default 10000000)
  -h, --help              show this help (argmap COMMAND --help for one command)
  --version               print the version

Exit codes: 0 ok, 1 check found an error-severity diagnostic, 2 usage error or unreadable path.
`;

const CHECK = `Usage: argmap check [--format text|json] [--max-file-size BYTES] PATHS…

Checks argument files and prints their diagnostics.
  PATHS are files, folders (their **/*.arg.md, skipping node_modules and dot-folders)
  or quoted globs ('docs/**/*.arg.md'), matched under the working directory.
  The working directory is the workspace: references to other files resolve inside it.

  --format text   one line per diagnostic: path:line:column: severity code: message (default)
  --format json   [{ "file", "diagnostics": [{ "code", "severity", "message", "range" }] }]

Exit codes: 0 no errors, 1 a diagnostic of severity error, 2 usage error or unreadable path.
`;

const GRAPH = `Usage: argmap graph [--format tree|json|mermaid|dot|aif] [--max-file-size BYTES] FILE

Prints the argument map of FILE.
  --format tree      an indented tree of nodes with kind and status (default)
  --format json      { "nodes": […], "edges": [{ "from", "to", "relation" }] }
  --format mermaid   a fenced mermaid flowchart to paste into Markdown
  --format dot       a Graphviz digraph (dot -Tsvg)
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
