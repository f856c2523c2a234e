// Writes the extension's PNG icons (a highlighted bar on a dark disc) without any dependency.
// Run: node scripts/lib/make-icons.js  (no network, no image tools needed)
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

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
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function pixel(x, y, size) {
  const c = (size - 1) / 2;
  if (Math.hypot(x - c, y - c) > size / 2) return [0, 0, 0, 0];
  const u = x / size;
  const v = y / size;
  if (v > 0.4 && v < 0.6 && u > 0.2 && u < 0.8) return [255, 204, 0, 255]; // highlight bar
  if (v > 0.66 && v < 0.72 && u > 0.2 && u < 0.8) return [255, 255, 255, 255]; // underline
  return [24, 36, 64, 255];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter type: none
    for (let x = 0; x < size; x++) row.push(...pixel(x, y, size));
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, '..', '..', 'extension', 'icons');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 48, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
