// @ts-check
// Draws images/icon.png (128×128): an argument map in miniature, a claim with the evidence
// that supports it and a challenge that attacks it. No image library: shapes are sampled
// 4×4 per pixel for smooth edges, and the PNG is written by hand (zlib for the pixels).
//   node scripts/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const BACKGROUND = [31, 42, 68];
const EDGE = [216, 222, 233];
const CLAIM = [197, 134, 192];
const EVIDENCE = [163, 190, 140];
const CHALLENGE = [224, 108, 117];
const RING = [245, 247, 250];

const claim = { x: 64, y: 36, r: 17 };
const evidence = { x: 34, y: 92, r: 15 };
const challenge = { x: 94, y: 92, r: 15 };

/**
 * Whether a point is on the rounded square behind the map (a 4 px margin is left transparent).
 * @param {number} x
 * @param {number} y
 */
function insideBackground(x, y) {
  const half = SIZE / 2 - 4;
  const radius = 26;
  const dx = Math.max(Math.abs(x - SIZE / 2) - (half - radius), 0);
  const dy = Math.max(Math.abs(y - SIZE / 2) - (half - radius), 0);
  return Math.hypot(dx, dy) <= radius;
}

/**
 * @param {number} x
 * @param {number} y
 * @param {{ x: number, y: number }} a
 * @param {{ x: number, y: number }} b
 */
function distanceToSegment(x, y, a, b) {
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((x - a.x) * vx + (y - a.y) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (a.x + t * vx), y - (a.y + t * vy));
}

/**
 * The colour at one sample point, or null where the icon is transparent.
 * @param {number} x
 * @param {number} y
 */
function colourAt(x, y) {
  if (!insideBackground(x, y)) return null;
  for (const node of [claim, evidence, challenge]) {
    const d = Math.hypot(x - node.x, y - node.y);
    if (d <= node.r - 3.5) return node === claim ? CLAIM : node === evidence ? EVIDENCE : CHALLENGE;
    if (d <= node.r) return RING;
  }
  if (distanceToSegment(x, y, evidence, claim) <= 3 || distanceToSegment(x, y, challenge, claim) <= 3) return EDGE;
  return BACKGROUND;
}

function render() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * SIZE + px) * 4;
      if (covered) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** @param {Buffer} rgba */
function png(rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with its filter type: 0, none.
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png(render()));
console.log(`wrote ${path.relative(process.cwd(), out)}`);
