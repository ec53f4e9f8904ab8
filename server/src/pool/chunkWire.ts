// How a parse worker sends a chunk's result back: as JSON text when JSON carries it unchanged,
// else as the object itself (structured clone). JSON because the main thread reads it back in
// about half the time and the objects JSON.parse makes hold a third less memory than those a
// structured clone makes (the bench's 5 MB file: the chunks' results 68 → 44 MB, read in
// 0.8–1.1 s → 0.6–0.7 s; docs/server.md). The model never sets a key to `undefined` (extract.ts);
// a non-finite number would come back as `null`, so a result with a `null` in its JSON goes as
// an object.
import type { PreparedChunk } from '../model';

/** A prepared chunk as sent: its JSON text, or the object when JSON would change it. */
export type WireChunk = string | PreparedChunk;

/** `null` as a value in JSON text (a string that holds `:null,` only sends an object: never wrong). */
const NULL_VALUE = /[[:,]null[,\]}]/;

export function encodeChunk(chunk: PreparedChunk): WireChunk {
  const json = JSON.stringify(chunk);
  return NULL_VALUE.test(json) ? chunk : json;
}

export function decodeChunk(wire: WireChunk): PreparedChunk {
  return typeof wire === 'string' ? (JSON.parse(wire) as PreparedChunk) : wire;
}
