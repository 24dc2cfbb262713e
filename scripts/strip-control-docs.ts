/**
 * A Vite plugin: the browser bundles carry the control table without its docs and examples.
 * Those columns are for the reference, hover and the declarations, which `npm run gen` makes
 * from the table at build time; nothing in the browser reads them, and they are most of the
 * table's weight on the first screen. Removes each row's `doc` and `example` written as one
 * string literal on a line of its own (the table's format); anything else is left as it is.
 */
import type { Plugin } from 'vite';

const TABLE = /[\\/]src[\\/]controls[\\/]table[^\\/]*\.ts$/;
const LITERAL = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$\n]|\\.)*\x60)`;
const DOC_LINE = new RegExp(String.raw`^[ \t]*(?:doc|example): ${LITERAL},?[ \t]*\r?\n`, 'gm');

/** The source of a table file without its doc and example lines. */
export function stripControlDocs(code: string): string {
  return code.replace(DOC_LINE, '');
}

/** The plugin, for the build (the dev server keeps the table as written). */
export function controlDocsStripped(): Plugin {
  return {
    name: 'weft-strip-control-docs',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return TABLE.test(id) ? { code: stripControlDocs(code), map: null } : undefined;
    },
  };
}
