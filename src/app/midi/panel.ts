/**
 * The MIDI panel: the outputs present, which one `.midi()` without a port sends to, each one's
 * latency offset, and MIDI clock out (to which output, how many beats a cycle). What the
 * performer changes applies at once and is kept.
 */
import { el } from '../dom.ts';
import { midiWords } from '../i18n/midi-words.ts';
import { openOverlay } from '../overlay.ts';
import type { MidiPorts } from './access.ts';
import type { MidiSettings } from './midi-settings.ts';

/** What the panel shows and changes. */
export interface MidiPanelOptions {
  readonly ports: MidiPorts;
  readonly settings: () => MidiSettings;
  readonly change: (settings: MidiSettings) => void;
  /** More fields, at the end (the MIDI clock followed). */
  readonly more?: readonly HTMLElement[];
}

/** Opens the MIDI panel. */
export function openMidiPanel(options: MidiPanelOptions): void {
  const words = midiWords();
  const { ports, change } = options;
  const outputs = ports.outputs();
  const names = outputs.map((p) => p.name ?? p.id);
  const settings = options.settings;
  const chosen = ports.output(undefined, settings().output);
  const rows = names.map((name, i) => {
    const radio = el('input', { type: 'radio', name: 'midi-output', value: name, 'aria-label': `${words.defaultOutput}: ${name}` });
    radio.checked = outputs[i] === chosen;
    radio.addEventListener('change', () => change({ ...settings(), output: name }));
    const latency = el('input', { type: 'number', min: '-500', max: '500', step: '1', class: 'midi-latency', 'aria-label': `${words.latency}: ${name}` });
    latency.value = String(settings().latency[name] ?? 0);
    latency.addEventListener('change', () => {
      const ms = Number(latency.value);
      if (!Number.isFinite(ms)) return;
      change({ ...settings(), latency: { ...settings().latency, [name]: Math.max(-500, Math.min(500, ms)) } });
    });
    return el('tr', {}, el('td', {}, radio), el('td', {}, name), el('td', {}, latency));
  });
  const table = rows.length === 0
    ? el('p', {}, words.none)
    : el('table', { class: 'midi-outputs' },
      el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, words.port), el('th', {}, words.latency))),
      el('tbody', {}, ...rows));
  const clockPort = el('select', { 'aria-label': words.clockPort });
  clockPort.append(el('option', { value: '' }, words.clockOff), ...names.map((name) => el('option', { value: name }, name)));
  clockPort.value = settings().clock.port ?? '';
  clockPort.addEventListener('change', () => change({ ...settings(), clock: { ...settings().clock, port: clockPort.value === '' ? undefined : clockPort.value } }));
  const beats = el('input', { type: 'number', min: '1', max: '64', step: '1', 'aria-label': words.beatsPerCycle });
  beats.value = String(settings().clock.beatsPerCycle);
  beats.addEventListener('change', () => {
    const n = Number(beats.value);
    if (Number.isInteger(n) && n >= 1 && n <= 64) change({ ...settings(), clock: { ...settings().clock, beatsPerCycle: n } });
  });
  const withdraws = outputs.length > 0 && outputs.every((p) => typeof (p as { clear?: unknown }).clear === 'function');
  openOverlay('midi', words.title, [
    el('h3', {}, words.outputs),
    table,
    el('p', { class: 'hint' }, words.latencyHint),
    el('p', { class: 'hint' }, withdraws ? words.withdraws : words.keepsShort),
    el('h3', {}, words.clock),
    el('label', {}, `${words.clockPort} `, clockPort),
    el('label', {}, ` ${words.beatsPerCycle} `, beats),
    el('p', { class: 'hint' }, words.clockHint),
    ...(options.more === undefined || options.more.length === 0 ? [] : [el('h3', {}, words.clockIn), ...options.more]),
  ]);
}
