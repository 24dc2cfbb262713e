/**
 * Sounds the code names that the engine does not know: never silence without a word. When the
 * engine reports an unknown sound, its name in the code gets a warning (with the engine's advice:
 * "did you mean hh?", or what to load), the status message says it once, and the haps that name
 * it stop lighting as if they sounded, until the next evaluation or new samples.
 */
import type { ErrorMessage } from '../audio/worklet/messages.ts';
import { problemsShown, showProblems } from './problems.ts';
import type { EditorView } from '@codemirror/view';
import type { LiveHighlights } from './highlights.ts';

/** A view that plays code (the performance's `CodeSource`). */
interface CodeSource {
  readonly view: EditorView;
  readonly highlights: LiveHighlights;
}

/** Tells the performer of the sounds the engine reports unknown. */
export class UnheardSounds {
  /** Names told in the status since the last reset. */
  private readonly told = new Set<string>();

  constructor(
    private readonly sources: () => readonly CodeSource[],
    private readonly notify: (message: string) => void,
  ) {}

  /**
   * New code was sent, or samples were declared: every sound may light again until reported.
   * With `withdraw`, the warnings shown are taken back too (the evaluation's answer replaces them
   * otherwise).
   */
  reset(withdraw = false): void {
    this.told.clear();
    for (const source of this.sources()) {
      source.highlights.unsilence();
      if (withdraw && problemsShown()) void showProblems(source.view, (p) => [p.clearPlayingWarnings.of(null)]);
    }
  }

  /**
   * Takes one of the engine's reports: an unknown sound (its haps stop lighting) or a bank weft
   * does not model (it plays weft's kit); the other reports do not concern this.
   */
  report(error: ErrorMessage): void {
    const name = error.kind === 'sound' ? error.sound : error.kind === 'bank' ? error.bank : undefined;
    if (name === undefined) return;
    for (const source of this.sources()) {
      const ranges = error.kind === 'sound' ? source.highlights.silence(name, error.eventId) : source.highlights.placesOf(error.eventId, name);
      const first = ranges[0];
      if (first === undefined) continue;
      const warnings = ranges.map((r) => ({ message: error.message, from: r.from, to: r.to }));
      void showProblems(source.view, (p) => [p.addEvaluationWarnings.of(warnings)]);
      const told = `${error.kind} ${name}`;
      if (this.told.has(told)) continue;
      this.told.add(told);
      this.notify(`line ${source.view.state.doc.lineAt(first.from).number}: ${error.message}`);
    }
  }
}
