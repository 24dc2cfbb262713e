import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/**
 * A Vite plugin that lets the Strudel oracle load under Vitest in Node.
 *
 * Several `@tonaljs/*` packages name a missing `dist/index.js` as `main`, `chord-voicings` requires
 * them from CommonJS, and `@kabelsalat/web`'s `main` is a browser bundle. The plugin resolves each
 * `@tonaljs/*` and `@kabelsalat/web` to its ESM `dist/index.mjs`, `chord-voicings` to its shipped
 * ES sources, and has Vitest inline them so that these resolutions apply to their own imports too.
 * It applies only under Vitest; nothing under `src/` depends on it.
 */
export function tonalResolve(): Plugin {
  return {
    name: 'weft:tonal-resolve',
    enforce: 'pre',
    apply: () => process.env.VITEST !== undefined,
    config: () => ({
      test: { server: { deps: { inline: [/\/@tonaljs\//, /\/chord-voicings\//] } } },
    }),
    resolveId(id) {
      if (id === 'chord-voicings') return `${modules}chord-voicings/src/index.ts`;
      if (id === '@kabelsalat/web') return `${modules}@kabelsalat/web/dist/index.mjs`;
      const name = /^@tonaljs\/([\w-]+)$/.exec(id)?.[1];
      if (name === undefined) return null;
      const file = `${modules}@tonaljs/${name}/dist/index.mjs`;
      return existsSync(file) ? file : null;
    },
  };
}
