/**
 * The problems shown in the code (src/editor/errors.ts), loaded with the first one: most
 * performances start without an error, so the first screen does without that code.
 */
import { StateEffect } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

type Problems = typeof import('../editor/errors.ts');

let loading: Promise<Problems> | undefined;

/**
 * Dispatches the effects `make` gives in `view`, once the problems are shown there (loaded and
 * added at the first call); the calls take effect in the order they were made.
 */
export function showProblems(view: EditorView, make: (problems: Problems) => readonly StateEffect<unknown>[]): Promise<void> {
  loading ??= import('../editor/errors.ts');
  return loading.then((problems) => {
    const effects = [...make(problems)];
    if (view.state.field(problems.problemsField, false) === undefined) effects.unshift(StateEffect.appendConfig.of(problems.evaluationProblems()));
    view.dispatch({ effects });
  });
}

/** True once a problem may have been shown (before that, there is nothing to clear). */
export function problemsShown(): boolean {
  return loading !== undefined;
}
