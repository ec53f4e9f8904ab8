// The quick fixes of editing.md's table, by diagnostic code.
import { closeBlock } from './blocks';
import { useEvidenceFigure } from './figures';
import { defineFootnote } from './footnotes';
import { fixBrokenReference, renameDuplicateId } from './ids';
import { makeLabel, removeEmptyLabel } from './labels';
import { addEvidence, addFigureEvidence, addRebuttal, citeSource } from './scaffolds';
import type { Fixer } from './types';

export type { Fix, FixInput, Fixer } from './types';

export const FIXES: Readonly<Record<string, Fixer>> = {
  'unsupported-claim': addEvidence,
  'uncited-evidence': citeSource,
  'undefined-footnote': defineFootnote,
  'broken-reference': fixBrokenReference,
  'duplicate-id': renameDuplicateId,
  'unanswered-challenge': addRebuttal,
  'empty-node': removeEmptyLabel,
  'unsourced-figure': addFigureEvidence,
  'figure-mismatch': useEvidenceFigure,
  'unclosed-code-block': closeBlock,
  'label-typo': makeLabel,
};
