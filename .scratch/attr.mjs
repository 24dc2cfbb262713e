import { readFileSync, readdirSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';
const dir = '/tmp/wb/assets/';
const want = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && want.some((w) => f.startsWith(w)))) {
  const code = readFileSync(dir + file, 'utf8');
  let map; try { map = JSON.parse(readFileSync(dir + file + '.map', 'utf8')); } catch { continue; }
  const lines = code.split('\n');
  const dec = decode(map.mappings);
  const bytes = new Map();
  dec.forEach((segs, li) => {
    const line = lines[li] ?? '';
    segs.forEach((seg, i) => {
      const end = i + 1 < segs.length ? segs[i + 1][0] : line.length;
      const src = seg.length > 1 ? map.sources[seg[1]] : '?';
      bytes.set(src, (bytes.get(src) ?? 0) + (end - seg[0]));
    });
  });
  const total = code.length;
  console.log(`== ${file} raw ${total} gz ${gzipSync(code).length}`);
  [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([s, b]) => console.log(String(b).padStart(8), s.replace(/^.*node_modules\//, 'nm/').replace(/^(\.\.\/)+/, '')));
}
