// The engine's reports about events of the code, told where the code is: a warning at the event's
// places (at the name the report is about, when the code writes it), and a message once per report.
import { describe, expect, it } from 'vitest';
import type { ErrorMessage } from '../../src/audio/worklet/messages.ts';
import { problemsField } from '../../src/editor/errors.ts';
import { soundingHighlight } from '../../src/editor/index.ts';
import { LiveHighlights } from '../../src/app/highlights.ts';
import { fakeView } from './fake-view.ts';
import { reportedName, UnheardSounds } from '../../src/app/unheard-sounds.ts';
import { problemsShown, showProblems } from '../../src/app/problems.ts';

const DOC = '$a: s("sawtooth").room(0.5).ir("nosuch")\n$b: s("bd hh").osc()';
const at = (text: string): { start: number; end: number } => {
  const start = DOC.indexOf(text);
  return { start, end: start + text.length };
};

/** The performer's editor (just enough of a view), its highlights with one hap of each block, and what was told. */
function setUp() {
  const { view, state: current } = fakeView(DOC, soundingHighlight({ now: () => 0 }));
  const highlights = new LiveHighlights(view, () => 0);
  const key = highlights.sent();
  highlights.receive({
    cancels: [],
    haps: [
      { id: 1, time: 1, duration: 0.5, block: '$a', key, locations: [at('"sawtooth"'), at('0.5'), at('"nosuch"')], controls: { s: 'sawtooth', ir: 'nosuch' } },
      { id: 2, time: 1, duration: 0.5, block: '$b', key, locations: [at('bd')], controls: { s: 'bd' } },
      { id: 3, time: 1, duration: 0.5, block: '$b', key, locations: [at('hh'), at('osc()')], controls: { s: 'hh', output: 'osc' } },
    ],
  });
  const told: string[] = [];
  const unheard = new UnheardSounds(() => [{ view, highlights }], (message) => told.push(message), { showProblems, problemsShown });
  /** The warnings shown, as the text they sit on and their message (once the problems have loaded). */
  const warnings = async (): Promise<string[]> => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const state = current();
    return (state.field(problemsField, false)?.all ?? []).map((p) => `${state.sliceDoc(p.from, p.to)}: ${p.message}`);
  };
  return { unheard, told, warnings };
}

const report = (fields: Partial<ErrorMessage> & Pick<ErrorMessage, 'kind' | 'message'>): ErrorMessage => ({ type: 'error', locations: [], ...fields });

describe('UnheardSounds.reportAt', () => {
  it('shows an output\'s problem at its call, said or not, and takes it back (to be shown again) by its message', async () => {
    const { unheard, told, warnings } = setUp();
    const unknown = 'unknown sound "bd"';
    unheard.report(report({ kind: 'sound', message: unknown, sound: 'bd', eventId: 2 }));
    unheard.reportAt(3, 'osc', 'OSC bridge not running', false);
    expect(told).toEqual([`line 2: ${unknown}`]);
    expect(await warnings()).toEqual([`bd: ${unknown}`, 'osc(): OSC bridge not running']);
    unheard.withdraw('OSC bridge not running');
    expect(await warnings()).toEqual([`bd: ${unknown}`]);
    unheard.reportAt(3, 'osc', 'OSC bridge not running', false);
    expect(await warnings()).toEqual([`bd: ${unknown}`, 'osc(): OSC bridge not running']);
  });
});

describe('UnheardSounds.report', () => {
  it('shows an unknown impulse response at the name the code gives it, and says it once', async () => {
    const { unheard, told, warnings } = setUp();
    const message = 'unknown impulse response "nosuch" (ir names a sample)';
    unheard.report(report({ kind: 'sound', message, eventId: 1 }));
    unheard.report(report({ kind: 'sound', message, eventId: 1 }));
    expect(told).toEqual([`line 1: ${message}`]);
    expect(await warnings()).toEqual([`"nosuch": ${message}`]);
  });

  it('shows a report whose name the code does not write at every place of its event', async () => {
    const { unheard, told, warnings } = setUp();
    const message = 'a voice produced a non-finite sample and was stopped';
    unheard.report(report({ kind: 'non-finite', message, eventId: 1 }));
    expect(told).toEqual([`line 1: ${message}`]);
    expect(await warnings()).toEqual([`"sawtooth": ${message}`, `0.5: ${message}`, `"nosuch": ${message}`]);
  });

  it('says each distinct message once until the next reset, then again', () => {
    const { unheard, told } = setUp();
    const cut = 'impulse response "nosuch" is 6.0 s long: only its first 4 s are used';
    unheard.report(report({ kind: 'sound', message: cut, eventId: 1 }));
    unheard.report(report({ kind: 'sound', message: 'unknown sound "bd"', sound: 'bd', eventId: 2 }));
    unheard.report(report({ kind: 'sound', message: cut, eventId: 1 }));
    expect(told).toEqual([`line 1: ${cut}`, 'line 2: unknown sound "bd"']);
    unheard.reset();
    unheard.report(report({ kind: 'sound', message: cut, eventId: 1 }));
    expect(told).toHaveLength(3);
  });

  it('leaves samples still loading, reports of no event, and events of other views to others', async () => {
    const { unheard, told, warnings } = setUp();
    unheard.report(report({ kind: 'sound', message: 'sample "bd:3" is still loading', eventId: 2 }));
    unheard.report(report({ kind: 'non-finite', message: 'an effect bus overflowed and was cleared' }));
    unheard.report(report({ kind: 'control', message: 'bad control', eventId: 99 }));
    expect(told).toEqual([]);
    expect(await warnings()).toEqual([]);
  });
});

describe('reportedName', () => {
  it('is the sound or bank a report carries, else the first name its message quotes', () => {
    expect(reportedName({ kind: 'sound', message: 'unknown sound "x"', sound: 'piano' })).toBe('piano');
    expect(reportedName({ kind: 'bank', message: '...', bank: 'RolandTR909' })).toBe('RolandTR909');
    expect(reportedName({ kind: 'sound', message: 'unknown impulse response "hall" (ir names a sample)' })).toBe('hall');
    expect(reportedName({ kind: 'non-finite', message: 'a voice produced a non-finite sample' })).toBeUndefined();
  });
});
