// The files an analysis reaches through references, read on first use and numbered
// together as one graph: node `g` of the whole is node `g - offset` of its file.
import { buildGraph } from './graph';
import { insideWorkspace } from './paths';
import { parseDocument } from './parse';
import { isTooLarge } from './size';
import type { ArgNode, FileGraph, FileReader, GraphCache } from './types';

/** A node anywhere in the reached graph: its file's number and the node. */
export interface ReachedNode {
  file: number;
  node: ArgNode;
}

export class ReachedFiles {
  /** File 0 is the file under analysis; the others follow in the order they were reached. */
  readonly files: FileGraph[] = [];
  /** Every node of every file, numbered file after file. */
  readonly nodes: ReachedNode[] = [];
  /** Files that could not be read, with the reason to show. */
  readonly errors = new Map<string, string>();
  private readonly offsets: number[] = [];
  private readonly byPath = new Map<string, number>();

  constructor(
    private readonly readFile: FileReader | undefined,
    private readonly maxFileSize: number,
    private readonly cache: GraphCache | undefined,
  ) {}

  add(graph: FileGraph): number {
    const index = this.files.length;
    this.files.push(graph);
    this.byPath.set(graph.path, index);
    this.offsets.push(this.nodes.length);
    for (const node of graph.nodes) this.nodes.push({ file: index, node });
    return index;
  }

  /** The number in the whole graph of node `node` of file `file`. */
  global(file: number, node: number): number {
    return this.offsets[file] + node;
  }

  /** The file at `path`, read and parsed on first use; undefined with a reason in `errors`. */
  file(path: string): number | undefined {
    const known = this.byPath.get(path);
    if (known !== undefined) return known;
    if (this.errors.has(path)) return undefined;
    let error: string | undefined;
    if (!insideWorkspace(path)) error = 'it is outside the workspace';
    else if (!this.readFile) error = 'no workspace to read it from';
    else {
      let read: string | { error: string };
      try {
        read = this.readFile(path);
      } catch (e) {
        read = { error: e instanceof Error ? e.message : String(e) };
      }
      if (typeof read !== 'string') error = read.error;
      else if (isTooLarge(read, this.maxFileSize)) error = 'it is larger than argmap.maxFileSize';
      else return this.add(this.graphOfText(path, read));
    }
    this.errors.set(path, error);
    return undefined;
  }

  private graphOfText(path: string, text: string): FileGraph {
    const hit = this.cache?.get(path, text);
    if (hit) return hit;
    const graph = buildGraph(parseDocument(text), path);
    this.cache?.set(path, text, graph);
    return graph;
  }
}
