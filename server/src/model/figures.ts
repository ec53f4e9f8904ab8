import type { FoundFigure } from './types';

/** Figures in plain text, in order. (Stub: being written.) */
export function findFigures(text: string): FoundFigure[] {
  void text;
  return [];
}

/** Two figures are the same when their kind and normalised value are. */
export function figureKey(f: { kind: string; value: number }): string {
  return `${f.kind}:${f.value}`;
}
