// Markdown → chunks, for the rest of the model (model/index.ts is the way in from outside).
export { parseDocument, ParsedDocument } from './document';
export type { Chunk } from './chunk';
export { diffEdit, type TextEdit } from './incremental';
export { definitionsChecked, normalizeLabel } from './definitions';
export { chunking, frontMatterEnd } from './cuts';
export { MAX_NESTING } from './nesting';
export { DEFAULT_MAX_BLOCK_SIZE } from './blockSize';
export { planChunks, prepareChunk, Prepared, type ChunkSpan, type PreparedChunk } from './prepared';
export { RecentResults } from './recent';
