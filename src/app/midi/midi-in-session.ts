/**
 * The page's MIDI input for the code (a download of its own, loaded with the first evaluation
 * whose code calls `midin`): asks for MIDI access once, opens the inputs the code names through
 * one {@link MidiIn}, sends their values to the runtime, and says at the code's `midin` calls a
 * port that is missing (with the inputs there are) or that MIDI is not available.
 */
import { midiInWords } from '../i18n/midi-in-words.ts';
import type { Evaluated, Performance } from '../performance.ts';
import type { showProblems } from '../problems.ts';
import { midiPorts, MidiUnavailable } from './access.ts';
import { MidiIn } from './midi-in.ts';

let shared: Promise<MidiIn> | undefined;

/** The page's {@link MidiIn}, made with the first call (a refusal of MIDI is asked again next time). */
function midiIn(performance: Performance): Promise<MidiIn> {
  shared ??= midiPorts().then(
    (ports) =>
      new MidiIn(ports, {
        send: (key, value) => void performance.midiIn(key, value),
        now: () => globalThis.performance.now(),
        setTimeout: (f, ms) => setTimeout(f, ms),
      }),
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

/**
 * Listens to what an evaluation's code reads on MIDI inputs; says what is missing at its calls
 * with `show` (the first screen's `showProblems`: importing it here would split the editor's
 * chunk in two).
 */
export async function listenTo(evaluated: Evaluated, performance: Performance, show: typeof showProblems): Promise<void> {
  const { source, key } = evaluated;
  // Said at the code's call, placed in the document as it is now.
  const warn = (at: { start: number; end: number }, message: string): void => {
    const range = source.highlights.tracker.toCurrent(key, [at])[0];
    if (range !== undefined) void show(source.view, (p) => [p.addEvaluationWarnings.of([{ message, from: range.from, to: range.to }])]);
  };
  let inputs: MidiIn;
  try {
    inputs = await midiIn(performance);
  } catch (error) {
    const why = error instanceof MidiUnavailable || error instanceof Error ? error.message : String(error);
    const places = new Set<number>();
    for (const request of evaluated.midiInputs) {
      if (places.has(request.at.start)) continue;
      places.add(request.at.start);
      warn(request.at, midiInWords().unavailable(why));
    }
    return;
  }
  inputs.listen(evaluated.midiInputs, (request, present) => warn(request.at, midiInWords().missing(request.port, present)));
}
