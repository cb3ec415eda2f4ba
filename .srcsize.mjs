import fs from 'node:fs';
import {SourceMapConsumer} from 'source-map-js';
const file = process.argv[2];
const code = fs.readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const sizes = {};
let prev = null;
map.eachMapping((m) => {
  if (prev) {
    const len = prev.generatedLine === m.generatedLine ? m.generatedColumn - prev.generatedColumn : lines[prev.generatedLine - 1].length - prev.generatedColumn;
    sizes[prev.source ?? '?'] = (sizes[prev.source ?? '?'] ?? 0) + len;
  }
  prev = m;
});
const out = Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, +process.argv[3] || 40);
for (const [s, n] of out) console.log(String(n).padStart(7), s.replace(/.*node_modules\//, 'nm/').replace(/^\.\.\/src\//,''));
