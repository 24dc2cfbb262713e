// Module resolution fixes so the Strudel oracle loads in plain Node for benchmarks only:
// @kabelsalat/web names dist/index.js as main but ships ESM in dist/index.mjs, and several
// @tonaljs/* packages name dist/index.js but ship only dist/index.cjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function resolve(specifier, context, nextResolve) {
  {
    const result = await nextResolve(specifier, context);
    if (result.url.startsWith('file:') && result.url.endsWith('/dist/index.js')) {
      const path = fileURLToPath(result.url);
      const mjs = path.replace(/\.js$/, '.mjs');
      if (existsSync(mjs)) return { ...result, url: result.url.replace(/\.js$/, '.mjs'), format: 'module' };
      if (!existsSync(path)) {
        for (const alt of ['.cjs']) {
          const candidate = path.replace(/\.js$/, alt);
          if (existsSync(candidate)) return { ...result, url: result.url.replace(/\.js$/, alt) };
        }
      }
    }
    return result;
  }
}
