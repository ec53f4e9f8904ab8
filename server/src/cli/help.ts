// What `argmap --help` and `argmap --version` print.
import { version } from '../../../package.json';

export const VERSION = version;

const GENERAL = `argmap ${VERSION} — argument maps in Markdown

Usage:
  argmap check [--format text|json] PATHS…
  argmap graph [--format tree|json|mermaid|dot|svg] FILE

Commands:
  check   report the diagnostics of argument files (files, folders, globs)
  graph   print the argument map of one file

Options:
  --format FORMAT         output format (check: text, json; graph: tree, json, mermaid, dot, svg)
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

const GRAPH = `Usage: argmap graph [--format tree|json|mermaid|dot|svg] [--max-file-size BYTES] FILE

Prints the argument map of FILE.
  --format tree      an indented tree of nodes with kind and status (default)
  --format json      { "nodes": […], "edges": [{ "from", "to", "relation" }] }
  --format mermaid   a fenced mermaid flowchart to paste into Markdown
  --format dot       a Graphviz digraph (dot -Tsvg)
  --format svg       the map as a stand-alone SVG picture (what the map view shows)

Exit codes: 0 printed, 2 usage error or unreadable file.
`;

export function helpText(topic?: 'check' | 'graph'): string {
  return topic === 'check' ? CHECK : topic === 'graph' ? GRAPH : GENERAL;
}
