#!/usr/bin/env node
/**
 * Draws the app icons (the favicon's "K" mark on the brand blue) as PNG files
 * in public/, with no image library: a polygon rasteriser with 4×4
 * supersampling and a minimal PNG encoder. Run `node scripts/make-icons.mjs`
 * after changing the mark; the output is committed.
 *
 *   public/icons/icon-192.png, icon-512.png   rounded square, transparent corners
 *   public/icons/maskable-512.png             full bleed, mark inside the 80 % safe zone
 *   public/apple-touch-icon.png (180)         full bleed (iOS rounds the corners itself)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLUE = [0x1e, 0x40, 0xaf];
const WHITE = [0xff, 0xff, 0xff];

// The mark of public/favicon.svg, in its 32×32 view box.
const K = [
  [8, 9],
  [11, 9],
  [11, 15],
  [16, 9],
  [20, 9],
  [14, 16],
  [20, 23],
  [16, 23],
  [11, 17],
  [11, 23],
  [8, 23],
];
const DOT = [
  [21, 19],
  [25, 19],
  [25, 23],
  [21, 23],
];

function inPolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inRoundedSquare(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of the icon at `size` px; `scale` shrinks the mark around the centre (maskable safe zone). */
function draw(size, { rounded, scale = 1 }) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4; // samples per axis
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let mark = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = ((x + (sx + 0.5) / S) / size) * 32;
          const v = ((y + (sy + 0.5) / S) / size) * 32;
          if (!rounded || inRoundedSquare(u, v, 32, 6)) bg++;
          const mu = (u - 16) / scale + 16;
          const mv = (v - 16) / scale + 16;
          if (inPolygon(mu, mv, K) || inPolygon(mu, mv, DOT)) mark++;
        }
      }
      const n = S * S;
      const a = bg / n;
      const m = Math.min(mark, bg) / Math.max(bg, 1);
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(BLUE[c] * (1 - m) + WHITE[c] * m);
      px[o + 3] = Math.round(a * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outputs = [
  ['public/icons/icon-192.png', 192, { rounded: true }],
  ['public/icons/icon-512.png', 512, { rounded: true }],
  ['public/icons/maskable-512.png', 512, { rounded: false, scale: 0.8 }],
  ['public/apple-touch-icon.png', 180, { rounded: false, scale: 0.85 }],
];

for (const [file, size, options] of outputs) {
  const path = join(ROOT, file);
  mkdirSync(dirname(path), { recursive: true });
  const data = png(size, draw(size, options));
  writeFileSync(path, data);
  process.stdout.write(`${file}: ${size}×${size}, ${data.length} bytes\n`);
}
