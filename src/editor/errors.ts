/**
 * Problems found in the performer's code, shown where they are: a wavy underline at the exact
 * range and the message beside the line (wrapped when long). An evaluation error stays until the
 * next good evaluation clears it; warnings (e.g. type errors) are a separate, milder list. A
 * warning at the place of the error is not shown while the error is: one message per problem
 * (a runtime error and the type checker's complaint about the same name are the same problem).
 */
import { StateEffect, StateField, type EditorState, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

/** How serious a problem is: an error stopped the evaluation, a warning did not. */
export type ProblemSeverity = 'error' | 'warning';

/**
 * A problem in the code, as the evaluator reports it: `from`/`to` are offsets into the document
 * (a block's evaluator offsets shifted by the block's `from`), `line` and `column` (from 1)
 * where `from` is. The offsets are what places it; line and column are for messages.
 */
export interface CodeProblem {
  readonly message: string;
  readonly from: number;
  readonly to: number;
  readonly line?: number;
  readonly column?: number;
}

/** A problem as the editor shows it: its range follows the edits made since it was reported. */
export interface ShownProblem {
  readonly severity: ProblemSeverity;
  readonly message: string;
  readonly from: number;
  readonly to: number;
  /** For an error of one block: its label (a later error of that block replaces it). */
  readonly block?: string;
  /** For a warning of an evaluation (not of the type checker): the next evaluation of its code replaces it. */
  readonly evaluated?: true;
  /** For a warning of what plays ({@link addEvaluationWarnings}): {@link clearPlayingWarnings} takes it back too. */
  readonly playing?: true;
}

/** Shows an evaluation error, replacing every error shown before (the evaluation as a whole failed). */
export const showEvaluationError = StateEffect.define<CodeProblem>();

/**
 * Shows the error of one block (its label), beside the others: a block that failed while the rest
 * play on. It replaces that block's previous error only.
 */
export const showBlockError = StateEffect.define<CodeProblem & { readonly block: string }>();

/** Clears the errors (dispatch it on a good evaluation). */
export const clearEvaluationError = StateEffect.define<null>();

/** Replaces the type checker's warnings shown (an empty list clears them). */
export const setWarnings = StateEffect.define<readonly CodeProblem[]>();

/**
 * Replaces the warnings of the evaluations of code in `[from, to]` (the document, or a block):
 * what the code asks for that is not heard or drawn, at the calls that ask.
 */
export const setEvaluationWarnings = StateEffect.define<{ readonly from: number; readonly to: number; readonly warnings: readonly CodeProblem[] }>();

/**
 * Adds warnings of what plays (an unknown sound, at its name), beside the evaluation's own: the
 * next evaluation of their code replaces them too. One already shown (same place and message) is
 * not added again.
 */
export const addEvaluationWarnings = StateEffect.define<readonly CodeProblem[]>();

/**
 * Takes back the warnings of what plays (new samples were declared: the engine says again what it
 * still cannot play); given a message, only the warnings that say it (an output now connected).
 */
export const clearPlayingWarnings = StateEffect.define<null | string>();

interface Problems {
  /** Every problem reported, warnings hidden by the error included. */
  readonly all: readonly ShownProblem[];
  /** What is shown: the error, and the warnings that do not overlap it. */
  readonly shown: readonly ShownProblem[];
  readonly decorations: DecorationSet;
}

class ProblemMessage extends WidgetType {
  constructor(
    readonly severity: ProblemSeverity,
    readonly message: string,
  ) {
    super();
  }

  override eq(other: ProblemMessage): boolean {
    return other.severity === this.severity && other.message === this.message;
  }

  override toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-weft-problem-message cm-weft-problem-message-${this.severity}`;
    span.textContent = this.message.split('\n')[0] ?? '';
    span.title = this.message;
    return span;
  }
}

function toShown(severity: ProblemSeverity, problem: CodeProblem, doc: Text): ShownProblem {
  const from = Math.max(0, Math.min(problem.from, doc.length));
  const to = Math.max(from, Math.min(problem.to, doc.length));
  return { severity, message: problem.message, from, to };
}

// A range to underline: the problem's own, or one character next to an empty one on its line.
function underlined(problem: ShownProblem, doc: Text): { from: number; to: number } | undefined {
  if (problem.from < problem.to) return problem;
  const line = doc.lineAt(problem.from);
  if (problem.from < line.to) return { from: problem.from, to: problem.from + 1 };
  if (problem.from > line.from) return { from: problem.from - 1, to: problem.from };
  return undefined;
}

/** The problems to show: errors, and the warnings whose (underlined) range meets no error's. */
function visible(problems: readonly ShownProblem[], doc: Text): readonly ShownProblem[] {
  const errors = problems.filter((p) => p.severity === 'error').map((p) => underlined(p, doc) ?? p);
  if (errors.length === 0) return problems;
  return problems.filter((p) => {
    if (p.severity === 'error') return true;
    const range = underlined(p, doc) ?? p;
    return !errors.some((e) => range.from < e.to && e.from < range.to);
  });
}

function decorate(problems: readonly ShownProblem[], doc: Text): DecorationSet {
  const ranges = [];
  for (const problem of problems) {
    const range = underlined(problem, doc);
    const line = doc.lineAt(problem.from);
    if (range) ranges.push(Decoration.mark({ class: `cm-weft-problem cm-weft-problem-${problem.severity}` }).range(range.from, range.to));
    ranges.push(Decoration.line({ class: `cm-weft-problem-line-${problem.severity}` }).range(line.from));
    const message = new ProblemMessage(problem.severity, problem.message);
    ranges.push(Decoration.widget({ widget: message, side: 1 }).range(line.to));
  }
  return Decoration.set(ranges, true);
}

/** The problems shown and their decorations. */
export const problemsField = StateField.define<Problems>({
  create: () => ({ all: [], shown: [], decorations: Decoration.none }),
  update(problems, tr) {
    let list = problems.all;
    if (tr.docChanged) {
      list = list.map((p) => {
        const from = tr.changes.mapPos(p.from, 1);
        return { ...p, from, to: Math.max(from, tr.changes.mapPos(p.to, -1)) };
      });
    }
    for (const effect of tr.effects) {
      if (effect.is(showEvaluationError)) {
        list = [...list.filter((p) => p.severity !== 'error'), toShown('error', effect.value, tr.newDoc)];
      } else if (effect.is(showBlockError)) {
        const { block } = effect.value;
        list = [...list.filter((p) => p.block !== block), { ...toShown('error', effect.value, tr.newDoc), block }];
      } else if (effect.is(clearEvaluationError)) {
        list = list.filter((p) => p.severity !== 'error');
      } else if (effect.is(setWarnings)) {
        list = [...list.filter((p) => p.severity !== 'warning' || p.evaluated), ...effect.value.map((w) => toShown('warning', w, tr.newDoc))];
      } else if (effect.is(setEvaluationWarnings)) {
        const { from, to, warnings } = effect.value;
        const kept = list.filter((p) => !p.evaluated || p.to < from || p.from > to);
        list = [...kept, ...warnings.map((w): ShownProblem => ({ ...toShown('warning', w, tr.newDoc), evaluated: true }))];
      } else if (effect.is(addEvaluationWarnings)) {
        const added = effect.value
          .map((w): ShownProblem => ({ ...toShown('warning', w, tr.newDoc), evaluated: true, playing: true }))
          .filter((w) => !list.some((p) => p.evaluated && p.from === w.from && p.to === w.to && p.message === w.message));
        if (added.length > 0) list = [...list, ...added];
      } else if (effect.is(clearPlayingWarnings)) {
        const message = effect.value;
        const cleared = (p: ShownProblem): boolean => p.playing === true && (message === null || p.message === message);
        if (list.some(cleared)) list = list.filter((p) => !cleared(p));
      }
    }
    if (list === problems.all) return problems;
    const shown = visible(list, tr.newDoc);
    return { all: list, shown, decorations: shown.length === 0 ? Decoration.none : decorate(shown, tr.newDoc) };
  },
  provide: (field) => EditorView.decorations.from(field, (problems) => problems.decorations),
});

/**
 * The problems shown in `state`, errors and warnings (empty without {@link evaluationProblems}):
 * a warning that overlaps the error is left out while the error is shown.
 */
export function shownProblems(state: EditorState): readonly ShownProblem[] {
  return state.field(problemsField, false)?.shown ?? [];
}

const problemsTheme = EditorView.baseTheme({
  '.cm-weft-problem': {
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationThickness: '2px',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-weft-problem-error': { textDecorationColor: '#ff5c5c' },
  '.cm-weft-problem-warning': { textDecorationColor: '#ffb000' },
  '.cm-weft-problem-line-error': { backgroundColor: '#ff5c5c1c' },
  '.cm-weft-problem-line-warning': { backgroundColor: '#ffb00014' },
  // A long message wraps in a box of limited width instead of running off the editor.
  '.cm-weft-problem-message': {
    display: 'inline-block',
    maxWidth: 'min(48ch, 50vw)',
    verticalAlign: 'top',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    marginLeft: '2em',
    padding: '0 0.5em',
    borderRadius: '3px',
    fontStyle: 'italic',
  },
  '.cm-weft-problem-message-error': { color: '#ffffff', backgroundColor: '#c0303099' },
  '.cm-weft-problem-message-warning': { color: '#101010', backgroundColor: '#ffb000cc' },
});

/**
 * Shows code problems: dispatch {@link showEvaluationError} with the evaluator's error,
 * {@link clearEvaluationError} after a good evaluation, and {@link setWarnings} for type errors.
 *
 * @example
 * view.dispatch({ effects: showEvaluationError.of({ message: 'unexpected ")"', from: 12, to: 13, line: 1, column: 13 }) })
 */
export function evaluationProblems(): Extension {
  return [problemsField, problemsTheme];
}
