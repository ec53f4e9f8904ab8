// The JSON encoder of the server's stdio connection: the same bytes as vscode-jsonrpc's own
// (JSON.stringify, then the charset), except that a publishDiagnostics notification's
// diagnostics are stringified once per object and their text kept. After a keystroke in a
// file with 11,000 warnings the model and features/diagnostics.ts hand out the same
// diagnostic objects again, and only the few the edit made anew are stringified (issue 12).
// A diagnostic object must therefore never change once sent: none does (they are made
// fresh in features/diagnostics.ts and kept only there and in the publisher).
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

/** Each diagnostic's JSON text in UTF-8, while the diagnostic lives. */
const texts = new WeakMap<object, Buffer>();

type Plain = Record<string, unknown>;

/** Stands for the diagnostics in the rest of the message's text; JSON.stringify escapes U+0000, so no other text has it. */
const HOLE = '\u0000';
const COMMA = 0x2c;

/** An object JSON.stringify writes as its own enumerable keys (no `toJSON`, no class of its own). */
function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as Plain).toJSON !== 'function';
}

/** A diagnostic's JSON text in UTF-8, from the cache. */
function elementBytes(value: unknown): Buffer {
  if (!isPlain(value)) return Buffer.from(JSON.stringify(value) ?? 'null', 'utf8');
  let bytes = texts.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value), 'utf8');
    texts.set(value, bytes);
  }
  return bytes;
}

/**
 * Elements whose text elementBytes writes as JSON.stringify would inside the array: plain
 * objects and what is not an object (undefined, functions and holes are `null` either way).
 * Another object may have a `toJSON`, which gets its index from JSON.stringify.
 */
function simpleElements(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const value = list[i];
    if (typeof value === 'object' && value !== null && !isPlain(value)) return false;
  }
  return true;
}

/** An object's JSON with one member's text made by `member` (undefined: JSON.stringify's). */
function objectText(value: Plain, member: (key: string) => string | undefined): string {
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    const text = member(key) ?? JSON.stringify(value[key]);
    // JSON.stringify leaves out members whose value has no JSON (undefined, functions, symbols).
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/** The message's JSON in UTF-8: JSON.stringify's bytes, with a publishDiagnostics notification's diagnostics from the cache. */
export function messageBytes(message: Message): Buffer {
  const params = (message as { method?: unknown; params?: unknown }).params;
  const method = (message as { method?: unknown }).method;
  if (method !== PUBLISH_DIAGNOSTICS || !isPlain(message) || !isPlain(params) || !Array.isArray(params.diagnostics) || !simpleElements(params.diagnostics)) {
    return Buffer.from(JSON.stringify(message), 'utf8');
  }
  const inParams = (key: string) => (key === 'diagnostics' ? `[${HOLE}]` : undefined);
  const [before, after] = objectText(message, (key) => (key === 'params' ? objectText(params, inParams) : undefined)).split(HOLE);
  const head = Buffer.from(before, 'utf8');
  const tail = Buffer.from(after, 'utf8');
  const list = params.diagnostics as unknown[];
  // An index loop: a hole in the array is `null`, as JSON.stringify writes it.
  const pieces: Buffer[] = new Array<Buffer>(list.length);
  let length = head.length + tail.length + Math.max(0, list.length - 1);
  for (let i = 0; i < list.length; i++) {
    pieces[i] = elementBytes(list[i]);
    length += pieces[i].length;
  }
  const out = Buffer.allocUnsafe(length);
  let at = head.copy(out, 0);
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) out[at++] = COMMA;
    at += pieces[i].copy(out, at);
  }
  tail.copy(out, at);
  return out;
}

/** vscode-jsonrpc's `application/json` encoder, with the diagnostics' text kept (UTF-8, its only charset). */
export const publishEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(options.charset === 'utf-8' ? messageBytes(message) : Buffer.from(JSON.stringify(message), options.charset));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  },
};
