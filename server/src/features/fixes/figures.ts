// `figure-mismatch`: the claim's figure replaced by the one the evidence states, when
// exactly one evidence figure differs. The figure comes from the diagnostic's
// `data.replacement` when the model gives it, else from the text at its one related location.
import type { Fix, FixInput } from './types';

function replacement(input: FixInput): string | undefined {
  const d = input.diagnostic;
  const related = d.relatedInformation ?? [];
  if (related.length > 1) return undefined;
  const data: unknown = d.data;
  if (typeof data === 'object' && data !== null && typeof (data as { replacement?: unknown }).replacement === 'string') {
    return (data as { replacement: string }).replacement;
  }
  const only = related[0];
  if (!only || only.location.uri !== input.uri) return undefined;
  const text = input.lines.slice(only.location.range).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

export function useEvidenceFigure(input: FixInput): Fix[] {
  const figure = replacement(input);
  if (!figure) return [];
  return [{ title: `Use the evidence's figure (${figure})`, edits: [{ range: input.diagnostic.range, newText: figure }], preferred: true }];
}
