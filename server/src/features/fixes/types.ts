// What every quick fix reads and returns: the document (text and analysis of one version),
// the diagnostic it answers, and edits as LSP text edits of that version.
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Analysis, IdStyle, ModelDiagnostic, TextLines, WritingStyle } from '../../model';

export interface FixInput {
  analysis: Analysis;
  text: string;
  lines: TextLines;
  style: WritingStyle;
  /** The diagnostic as the client sent it back (its `data` and `relatedInformation` included). */
  diagnostic: Diagnostic;
  /** The model's diagnostic it matches in this version (its node). */
  model?: ModelDiagnostic;
  uri: string;
  idStyle: IdStyle;
  /** The explicit ids of another file's nodes (workspace-relative path), when it can be read. */
  idsOf?: (file: string) => readonly string[] | undefined;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Whether it completes what the diagnostic asks (VS Code's "preferred" fix, applied by Auto Fix). */
  preferred?: boolean;
}

export type Fixer = (input: FixInput) => Fix[];
