/**
 * What the engine reports about the events it plays: never silence without a word. A report
 * about an event (an unknown sound, a bank weft does not model, an unknown impulse response, one
 * cut to its first seconds, a voice stopped for non-finite samples...) gets a warning where the
 * code names it (where it names the sound or file the report is about, else every place of the
 * event), and the status message says each distinct report once. The haps of an unknown sound
 * also stop lighting as if they sounded, until the next evaluation or new samples. A sample
 * still loading is said by the sample readout, not here: it plays once loaded.
 */
import type { ErrorMessage } from '../audio/worklet/messages.ts';
import type { problemsShown, showProblems } from './problems.ts';
import type { EditorView } from '@codemirror/view';
import type { LiveHighlights } from './highlights.ts';
import { t } from './i18n/index.ts';

/** A view that plays code (the performance's `CodeSource`). */
interface CodeSource {
  readonly view: EditorView;
  readonly highlights: LiveHighlights;
}

/** The end of the engine's report of a sample file not loaded yet (src/audio/dsp/engine-parts.ts `unplayable`): it passes by itself. */
const STILL_LOADING = /is still loading$/;

/**
 * The name a report is about: the sound (or bank) it carries, else the first name its message
 * quotes (`unknown impulse response "hall"`); undefined when there is none.
 */
export function reportedName(error: Pick<ErrorMessage, 'kind' | 'message' | 'sound' | 'bank'>): string | undefined {
  if (error.kind === 'sound' && error.sound !== undefined) return error.sound;
  if (error.kind === 'bank' && error.bank !== undefined) return error.bank;
  return /"([^"]+)"/.exec(error.message)?.[1];
}

/** Tells the performer what the engine reports about the events of the code. */
export class UnheardSounds {
  /** Messages told in the status since the last reset. */
  private readonly told = new Set<string>();
  /** Warnings shown since the last reset (message and place), each shown once. */
  private readonly shown = new Set<string>();

  /**
   * `problems` shows the warnings (problems.ts's functions, passed in: this loads with the first
   * report, and a download that imported them would split the first screen's chunks).
   */
  constructor(
    private readonly sources: () => readonly CodeSource[],
    private readonly notify: (message: string) => void,
    private readonly problems: { readonly showProblems: typeof showProblems; readonly problemsShown: typeof problemsShown },
  ) {}

  /**
   * New code was sent, or samples were declared: every sound may light again until reported.
   * With `withdraw`, the warnings shown are taken back too (the evaluation's answer replaces them
   * otherwise).
   */
  reset(withdraw = false): void {
    this.told.clear();
    this.shown.clear();
    for (const source of this.sources()) {
      source.highlights.unsilence();
      if (withdraw && this.problems.problemsShown()) void this.problems.showProblems(source.view, (p) => [p.clearPlayingWarnings.of(null)]);
    }
  }

  /**
   * Takes one of the engine's reports: one about an event is shown where that event's code is
   * (an unknown sound's haps stop lighting too); reports of no event, and samples still loading,
   * do not concern this.
   */
  report(error: ErrorMessage): void {
    if (error.eventId === undefined || STILL_LOADING.test(error.message)) return;
    const name = reportedName(error);
    const eventId = error.eventId;
    this.show(error.message, (source) => {
      const unknownSound = error.kind === 'sound' ? error.sound : undefined;
      return unknownSound !== undefined ? source.highlights.silence(unknownSound, eventId) : source.highlights.placesOf(eventId, name);
    });
  }

  /**
   * Says `message` about event `eventId` at its call `call(...)` (an output's), else at all its
   * places; with `tell` false, only there (the output says it elsewhere already, as OSC's readout).
   */
  reportAt(eventId: number, call: string, message: string, tell = true): void {
    this.show(message, (source) => {
      const places = source.highlights.placesOf(eventId);
      const doc = source.view.state.doc;
      const at = places.filter((r) => doc.sliceString(r.from, r.to).startsWith(`${call}(`));
      return at.length > 0 ? at : places;
    }, tell);
  }

  /** Takes back the warnings that say `message` (what they said is no longer so), which may be said again. */
  withdraw(message: string): void {
    for (const key of [...this.shown]) if (key.endsWith(` ${message}`)) this.shown.delete(key);
    this.told.delete(message);
    if (!this.problems.problemsShown()) return;
    for (const source of this.sources()) void this.problems.showProblems(source.view, (p) => [p.clearPlayingWarnings.of(message)]);
  }

  /** Shows `message` at the ranges `where` gives in each view (each place once), and says it once (unless `tell` is false). */
  private show(message: string, where: (source: CodeSource) => readonly { from: number; to: number }[], tell = true): void {
    for (const source of this.sources()) {
      const ranges = where(source);
      const first = ranges[0];
      if (first === undefined) continue;
      const fresh = ranges.filter((r) => !this.shown.has(`${r.from}:${r.to} ${message}`));
      for (const r of fresh) this.shown.add(`${r.from}:${r.to} ${message}`);
      const warnings = fresh.map((r) => ({ message, from: r.from, to: r.to }));
      if (warnings.length > 0) void this.problems.showProblems(source.view, (p) => [p.addEvaluationWarnings.of(warnings)]);
      if (!tell || this.told.has(message)) continue;
      this.told.add(message);
      this.notify(t().announce.engineReport(source.view.state.doc.lineAt(first.from).number, message));
    }
  }
}
