/**
 * A second look at performer code, as the engine will run it: the JavaScript that type stripping
 * made. `rewrite` refuses imports from its parse of the TypeScript, but Sucrase (which strips the
 * types) could read some construct differently from that parse; whatever it made is checked
 * again here. Cheap: only code that still has the word `import` is parsed again.
 */
import { parser } from '@lezer/javascript';
import { EvalError } from './errors.ts';
import type { Rewritten } from './rewrite.ts';
import type { Stripped } from './stripper.ts';

const IMPORT = /\bimport\b/g;
const REFUSED = new Set(['DynamicImport', 'ImportMeta', 'ImportDeclaration', 'ExportDeclaration']);
const MESSAGE = 'imports and exports are not available: the whole DSL is already in scope';

/** Refuses stripped code in which the engine would see an import (or that this check cannot read). */
export function checkEngineView(code: string, { edited }: Rewritten, stripped: Stripped): void {
  IMPORT.lastIndex = 0;
  const word = IMPORT.exec(stripped.code);
  if (word === null) return;
  let at: number | undefined;
  parser.parse(stripped.code).iterate({
    enter(ref) {
      if (at !== undefined) return false;
      if (REFUSED.has(ref.name) || ref.type.isError) at = ref.type.isError ? word.index : ref.from;
      return undefined;
    },
  });
  if (at === undefined) return;
  const { line, column } = position(stripped.code, at);
  const from = edited.toOriginal(stripped.toSource(line, column));
  throw new EvalError(MESSAGE, code, from, from + 'import'.length);
}

/** Line and column (from 0) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start };
}
