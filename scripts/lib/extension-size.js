// Size of the packaged extension: every file under extension/, on disk and gzipped one by one.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : [p];
  });
}

function extensionSize(dir) {
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files(dir)) {
    const data = fs.readFileSync(f);
    bytes += data.length;
    gzipBytes += zlib.gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

module.exports = { extensionSize };
