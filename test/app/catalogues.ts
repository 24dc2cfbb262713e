// Every catalogue of the app's words, for the checks of the translations: the first screen's
// (EN, ES) and the ones that download with a part of the app (a dialog, a panel, the bounce).
import { BOUNCE_WORDS } from '../../src/app/i18n/bounce-words.ts';
import { DIALOG_WORDS } from '../../src/app/i18n/dialog-words.ts';
import { EN } from '../../src/app/i18n/en.ts';
import { pages as enPages } from '../../src/app/i18n/en/learn-pages.ts';
import { ES } from '../../src/app/i18n/es.ts';
import { pages as esPages } from '../../src/app/i18n/es/learn-pages.ts';
import { HELP_DIALOG } from '../../src/app/i18n/help-dialog.ts';
import { HISTORY_WORDS } from '../../src/app/i18n/history-words.ts';
import { MIDI_WORDS } from '../../src/app/i18n/midi-words.ts';
import { MIDI_IN_WORDS } from '../../src/app/i18n/midi-in-words.ts';
import { OSC_WORDS } from '../../src/app/i18n/osc-words.ts';
import { ROOM_WORDS } from '../../src/app/i18n/room-words.ts';

/** One catalogue, in English and in Spanish, under the name its messages' paths start with ('' for the first screen's). */
export interface Catalogues {
  readonly name: string;
  readonly en: object;
  readonly es: object;
}

export const CATALOGUES: readonly Catalogues[] = [
  { name: '', en: EN, es: ES },
  { name: 'helpDialog', ...HELP_DIALOG },
  { name: 'bounceWords', ...BOUNCE_WORDS },
  { name: 'dialogs', ...DIALOG_WORDS },
  { name: 'historyPanel', ...HISTORY_WORDS },
  { name: 'midi', ...MIDI_WORDS },
  { name: 'midiInWords', ...MIDI_IN_WORDS },
  { name: 'oscWords', ...OSC_WORDS },
  { name: 'roomWords', ...ROOM_WORDS },
  { name: 'learnPages', en: enPages, es: esPages },
];
