// A message's JSON written as UTF-8 straight into one buffer of the exact length: the bytes
// of Buffer.from(JSON.stringify(value), 'utf8'), without the string. For the 5 MB file's
// outline JSON.stringify made ~18 MB of pieces and an 18 MB flat two-byte string (its names
// hold “ ” — é) before the 9 MB of UTF-8 (docs/server.md, "What one outline answer adds");
// here only the 9 MB buffer is made. Two walks: the first sums the bytes, the second writes.
// Only plain data takes this path (what the protocol's messages are); anything JSON.stringify
// treats specially (toJSON, a class instance, a bigint, a structure too deep or a cycle) makes
// jsonBytes answer undefined, and the caller uses JSON.stringify itself.

type Plain = Record<string, unknown>;

/** Deeper than this is no message of ours: the caller uses JSON.stringify (which also reports a cycle). */
const MAX_DEPTH = 256;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const ZERO = 0x30;
const NULL = Buffer.from('null');
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

/** Not plain data: the walk stops and the caller falls back. */
class NotPlain extends Error {}

function isPlainObject(value: object): value is Plain {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as Plain).toJSON !== 'function';
}

function isPlainArray(value: object): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && typeof (value as unknown as Plain).toJSON !== 'function';
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** A member JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A small non-negative integer, written digit by digit (positions, kinds, semantic tokens). */
function isSmallInt(n: number): boolean {
  return n >= 0 && n <= 0x7fffffff && (n | 0) === n && !Object.is(n, -0);
}

function digits(n: number): number {
  let count = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    count++;
  }
  return count;
}

/** The UTF-8 length of a string's JSON: counted here unless it needs an escape or holds a surrogate (left to JSON.stringify). */
function stringSize(text: string): number {
  let total = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === QUOTE || c === BACKSLASH) return Buffer.byteLength(JSON.stringify(text), 'utf8');
      total += 1;
    } else if (c < 0x800) total += 2;
    else if (c >= 0xd800 && c <= 0xdfff) return Buffer.byteLength(JSON.stringify(text), 'utf8');
    else total += 3;
  }
  return total;
}

function numberSize(n: number): number {
  return isSmallInt(n) ? digits(n) : JSON.stringify(n).length;
}

/** The UTF-8 length of the value's JSON; throws NotPlain. */
function size(value: unknown, depth: number): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return stringSize(value);
    case 'number':
      return numberSize(value);
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      break;
    default:
      throw new NotPlain(); // undefined, functions and symbols only appear as members, handled there; bigint throws in JSON.stringify
  }
  if (depth > MAX_DEPTH) throw new NotPlain();
  if (isPlainArray(value)) {
    let total = 2 + Math.max(0, value.length - 1);
    // An index loop: a hole is `null`, as JSON.stringify writes it.
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      total += omitted(item) ? 4 : size(item, depth + 1);
    }
    return total;
  }
  if (!isPlainObject(value)) throw new NotPlain();
  let total = 2;
  let members = 0;
  // for-in: the own keys in Object.keys' order without making the array (twice as fast on an outline).
  for (const key in value) {
    if (!hasOwn(value, key)) continue; // an enumerable key someone put on Object.prototype
    const item = value[key];
    if (omitted(item)) continue;
    total += stringSize(key) + 1 + size(item, depth + 1);
    members++;
  }
  return total + Math.max(0, members - 1);
}

/** Writes JSON into `out` from `at` (sized by `size`), answering where it ended. */
class Writer {
  constructor(private readonly out: Buffer) {}

  /**
   * Encoded here, not by Buffer#write: most strings are short (keys, kinds), where the call
   * costs more than the bytes. One that needs an escape or holds a surrogate is JSON.stringify's.
   */
  string(text: string, at: number): number {
    const out = this.out;
    const start = at;
    out[at++] = QUOTE;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c === QUOTE || c === BACKSLASH) return start + out.write(JSON.stringify(text), start, 'utf8');
        out[at++] = c;
      } else if (c < 0x800) {
        out[at++] = 0xc0 | (c >> 6);
        out[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        return start + out.write(JSON.stringify(text), start, 'utf8');
      } else {
        out[at++] = 0xe0 | (c >> 12);
        out[at++] = 0x80 | ((c >> 6) & 0x3f);
        out[at++] = 0x80 | (c & 0x3f);
      }
    }
    out[at++] = QUOTE;
    return at;
  }

  /** A constant's bytes (null, true, false), copied by hand for the same reason. */
  bytes(bytes: Buffer, at: number): number {
    for (let i = 0; i < bytes.length; i++) this.out[at++] = bytes[i];
    return at;
  }

  number(n: number, at: number): number {
    if (!isSmallInt(n)) return at + this.out.write(JSON.stringify(n), at, 'latin1');
    const end = at + digits(n);
    let place = end;
    do {
      this.out[--place] = ZERO + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    return end;
  }

  value(value: unknown, at: number): number {
    if (value === null) return this.bytes(NULL, at);
    switch (typeof value) {
      case 'string':
        return this.string(value, at);
      case 'number':
        return this.number(value, at);
      case 'boolean':
        return this.bytes(value ? TRUE : FALSE, at);
      default:
        break;
    }
    const out = this.out;
    if (Array.isArray(value)) {
      out[at++] = OPEN_ARRAY;
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out[at++] = COMMA;
        const item: unknown = value[i];
        at = omitted(item) ? this.bytes(NULL, at) : this.value(item, at);
      }
      out[at++] = CLOSE_ARRAY;
      return at;
    }
    const object = value as Plain;
    out[at++] = OPEN_OBJECT;
    let first = true;
    for (const key in object) {
      if (!hasOwn(object, key)) continue;
      const item = object[key];
      if (omitted(item)) continue;
      if (!first) out[at++] = COMMA;
      first = false;
      at = this.string(key, at);
      out[at++] = COLON;
      at = this.value(item, at);
    }
    out[at++] = CLOSE_OBJECT;
    return at;
  }
}

/**
 * The UTF-8 bytes of JSON.stringify(value), or undefined when the value is not plain data
 * (the caller then stringifies it). A getter is read twice, so a value must not change while
 * written: a message's never does.
 */
export function jsonBytes(value: unknown): Buffer | undefined {
  // Any throw (not plain data, a getter's error, the stack on a value deeper than a message)
  // leaves the answer to JSON.stringify, which then does what it does with that value.
  try {
    const length = size(value, 0);
    const out = Buffer.allocUnsafe(length);
    // A value changed between the walks (a getter): its own JSON.stringify is the answer.
    return new Writer(out).value(value, 0) === length ? out : undefined;
  } catch {
    return undefined;
  }
}
