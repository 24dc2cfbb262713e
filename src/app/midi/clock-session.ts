/**
 * The MIDI clock follower in the app (a download of its own, loaded when the performer chooses a
 * clock in the `?` dialog, or at start when the settings keep one): one {@link ClockIn} for the
 * page, driving the performance (its tempo, play and stop), and the dialog's field that chooses
 * the input (the inputs are listed when the field is opened, so the dialog asks for no MIDI
 * access by itself).
 */
import type { AppContext } from '../features/feature.ts';
import { midiInWords } from '../i18n/midi-in-words.ts';
import { midiPorts } from './access.ts';
import { ClockIn } from './clock-in.ts';

type ClockContext = Pick<AppContext, 'performance' | 'settings' | 'notify' | 'perform'>;

let shared: Promise<ClockIn> | undefined;

function clockIn({ performance, perform }: ClockContext): Promise<ClockIn> {
  shared ??= midiPorts().then(
    (ports) => {
      const clock = new ClockIn(ports, {
        setCps: (cps) => perform((p) => p.setCps(cps)),
        start: () => perform((p) => (p.status().playing ? undefined : p.togglePlay())),
        stop: () => perform((p) => (p.status().playing ? p.stop() : undefined)),
      });
      // Code that sets its own tempo does not take weft from the clock.
      performance.onEvaluated(() => {
        const cps = clock.followed();
        if (cps !== undefined) perform((p) => p.setCps(cps));
      });
      return clock;
    },
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

/** Follows the clock of input `name` (undefined: none), saying so; keeps the choice in the settings. */
export async function followClock(context: ClockContext, name: string | undefined): Promise<void> {
  context.settings.update({ midiClock: name });
  if (name === undefined && shared === undefined) return;
  const words = midiInWords();
  try {
    const found = (await clockIn(context)).follow(name);
    if (name !== undefined) context.notify(found === undefined ? words.clockMissing(name) : words.following(found));
  } catch (error) {
    context.notify(words.unavailable(error instanceof Error ? error.message : String(error)));
  }
}

/** An option of the field (made here: this download imports nothing of the first screen's). */
function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const made = document.createElement('option');
  made.value = value;
  made.textContent = text;
  made.selected = selected;
  return made;
}

/** The `?` dialog's field: the input whose clock weft follows, or none. */
export function clockField(context: ClockContext): HTMLElement {
  const words = midiInWords();
  const NONE = '';
  const chosen = context.settings.get().midiClock;
  const input = (name: string): HTMLOptionElement => option(name, name, name === context.settings.get().midiClock);
  const select = document.createElement('select');
  Object.assign(select, { name: 'midiClock', title: words.clockTitle });
  select.setAttribute('aria-label', words.clockLabel);
  select.dataset['action'] = 'midi-clock';
  select.append(option(NONE, words.clockNone, chosen === undefined), ...(chosen === undefined ? [] : [input(chosen)]));
  // The inputs are listed when the field is first used: asking for MIDI may ask the performer.
  let listed = false;
  const list = (): void => {
    if (listed) return;
    listed = true;
    midiPorts().then(
      (ports) => {
        const names = ports.inputs().map((p) => p.name ?? p.id);
        const current = context.settings.get().midiClock;
        const all = current === undefined || names.includes(current) ? names : [current, ...names];
        select.replaceChildren(option(NONE, words.clockNone, current === undefined), ...all.map(input));
      },
      (error: unknown) => {
        listed = false;
        context.notify(words.unavailable(error instanceof Error ? error.message : String(error)));
      },
    );
  };
  select.addEventListener('pointerdown', list);
  select.addEventListener('focus', list);
  select.addEventListener('change', () => void followClock(context, select.value === NONE ? undefined : select.value));
  const label = document.createElement('label');
  label.className = 'field';
  const text = document.createElement('span');
  text.className = 'field-label';
  text.textContent = words.clockLabel;
  label.append(text, select);
  return label;
}
