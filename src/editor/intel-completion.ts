/**
 * Completions from the language service: DSL functions and controls with their signature and
 * one-line doc, pattern methods after a `.`, and inside a mini-notation string the names its
 * parameter takes (sounds in `s("...")`, notes in `note("...")`, scales in `scale("C:...")`).
 */
import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { EditorState, type Extension } from '@codemirror/state';
import type { CompletionKind, IntelClient } from '../intel/index.ts';

const TYPES: Readonly<Record<CompletionKind, string>> = {
  function: 'function', control: 'function', constant: 'constant', method: 'method', property: 'property',
  variable: 'variable', keyword: 'keyword', type: 'type', text: 'text',
};

/** The completion source: asks the service when a word, a `.` or a string is being typed. */
export function intelCompletionSource(client: IntelClient): CompletionSource {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const before = context.matchBefore(/(?:\.\s*)?[\w$#]*$/);
    const inWord = before !== null && before.from < before.to;
    if (!context.explicit && !inWord) return null;
    const result = await client.completions(context.state.doc.toString(), context.pos, context.explicit).catch(() => null);
    if (result === null || context.aborted) return null;
    const options = result.options.map((o): Completion => ({
      label: o.label,
      type: TYPES[o.kind],
      boost: o.boost,
      ...(o.detail === undefined ? {} : { detail: o.detail }),
      ...(o.info === undefined ? {} : { info: o.info }),
    }));
    return { from: result.from, to: result.to, options, validFor: result.inString ? /^[\w#]*$/ : /^[\w$]*$/ };
  };
}

/** Adds the service's completions to the editor's (language data; needs `autocompletion()`). */
export function intelCompletions(client: IntelClient): Extension {
  const source = intelCompletionSource(client);
  return EditorState.languageData.of(() => [{ autocomplete: source }]);
}
