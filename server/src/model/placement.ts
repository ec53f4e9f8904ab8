// Chunk-relative drafts placed in the document (moved down to their chunk's first line).
// The placed objects are kept beside their drafts (weakly: they go with the chunk), so
// that re-analysing after a keystroke re-uses every chunk the keystroke did not touch.
import type { ChunkResult, LinkDraft, NodeDraft } from './drafts';
import { normalizeLabel, type Chunk } from './parse';
import { shiftRange as shift } from './positions';
import type { ArgNode, FootnoteDefinition, FootnoteRef, IdLink } from './types';

/** A node draft's ranges placed in the document; shared by every analysis while the chunk stays on its line. */
export type PlacedNode = Pick<ArgNode, 'range' | 'fullRange' | 'blockRange' | 'idRange' | 'idValueRange' | 'figures' | 'bodyFigures'> & { line: number };

const placedNodes = new WeakMap<NodeDraft, PlacedNode>();

/**
 * An inline link placed in the document, for a file at `path`: the link to an id, or none when it
 * is not one. Shared by every analysis while the chunk stays on its line (nothing changes a link).
 */
export const placedLinks = new WeakMap<LinkDraft, { line: number; path: string; link: IdLink | undefined }>();

export function placeNode(d: NodeDraft, line: number): PlacedNode {
  const hit = placedNodes.get(d);
  if (hit && hit.line === line) return hit;
  const blockRange = shift(d.blockRange, line);
  const placed: PlacedNode = {
    line,
    range: shift(d.range, line),
    fullRange: d.itemRange ? shift(d.itemRange, line) : blockRange,
    blockRange,
    idRange: d.idRange && shift(d.idRange, line),
    idValueRange: d.idValueRange && shift(d.idValueRange, line),
    figures: d.figures.map((f) => ({ ...f, range: shift(f.range, line) })),
    bodyFigures: d.bodyFigures.map((f) => ({ ...f, range: shift(f.range, line) })),
  };
  placedNodes.set(d, placed);
  return placed;
}

interface PlacedFootnotes {
  line: number;
  definitions: FootnoteDefinition[];
  calls: FootnoteRef[];
}

const placedFootnotes = new WeakMap<ChunkResult, PlacedFootnotes>();

export function placeFootnotes(chunk: Chunk): PlacedFootnotes {
  const hit = placedFootnotes.get(chunk.result);
  if (hit && hit.line === chunk.line) return hit;
  const r = chunk.result;
  const placed: PlacedFootnotes = {
    line: chunk.line,
    definitions: r.footnoteDefinitions.map((d) => ({ label: normalizeLabel(d.raw), raw: d.raw, text: d.text, range: shift(d.range, chunk.line) })),
    calls: r.footnoteCalls.map((c) => ({ label: normalizeLabel(c.raw), raw: c.raw, range: shift(c.range, chunk.line) })),
  };
  placedFootnotes.set(chunk.result, placed);
  return placed;
}
