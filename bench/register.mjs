// Loads the Strudel oracle in plain Node for `npm run bench` (see node-hooks.mjs). CommonJS
// `require` (used by chord-voicings inside @strudel/tonal) is not covered by ESM hooks on Node 20,
// so its resolver is wrapped the same way: a missing dist/index.js falls back to dist/index.cjs.
import { existsSync } from 'node:fs';
import Module, { register } from 'node:module';

register('./node-hooks.mjs', import.meta.url);

const original = Module._resolveFilename;
Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  try {
    return original.call(this, request, parent, isMain, options);
  } catch (error) {
    const path = error?.path?.replace(/package\.json$/, 'dist/index.cjs');
    if (error?.code === 'MODULE_NOT_FOUND' && path && existsSync(path)) return path;
    throw error;
  }
};
