// Module resolution fixes so the Strudel oracle loads in plain Node, for benchmarks only:
// @kabelsalat/web names dist/index.js as main but ships ESM in dist/index.mjs, and several
// @tonaljs/* packages name dist/index.js but ship only dist/index.mjs / dist/index.cjs.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

function alternative(path) {
  const mjs = path.replace(/\.js$/, '.mjs');
  if (existsSync(mjs)) return { url: pathToFileURL(mjs).href, format: 'module', shortCircuit: true };
  const cjs = path.replace(/\.js$/, '.cjs');
  if (existsSync(cjs)) return { url: pathToFileURL(cjs).href, format: 'commonjs', shortCircuit: true };
  return undefined;
}

export async function resolve(specifier, context, nextResolve) {
  let result;
  try {
    result = await nextResolve(specifier, context);
  } catch (error) {
    const missing = /Cannot find (?:package|module) '([^']+\/dist\/index\.js)'/.exec(String(error?.message));
    const fixed = missing && alternative(missing[1]);
    if (fixed) return fixed;
    throw error;
  }
  if (result.url.startsWith('file:') && result.url.endsWith('/dist/index.js')) {
    return alternative(fileURLToPath(result.url)) ?? result;
  }
  return result;
}
