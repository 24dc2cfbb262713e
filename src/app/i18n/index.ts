/**
 * The app's words in the performer's language, from typed message catalogues (no library: a
 * catalogue is a typed object, so a missing translation fails `tsc`, and a message with values
 * in it is a function that makes the whole sentence, never a concatenation of pieces).
 *
 * English (`en.ts`, the source) is built in. Another language's catalogue is loaded once, at
 * start, before the first screen is drawn ({@link useLanguage}); {@link t} then gives its
 * messages. Function names, code, sound names and note names are never translated.
 */
import { EN, type Messages } from './en.ts';

export type { Messages } from './en.ts';

/** The languages the app speaks, each named in itself (for the language choice). */
export const LANGUAGES = { en: 'English', es: 'Español' } as const;

/** A language the app speaks. */
export type Language = keyof typeof LANGUAGES;

/** The app's first language, and the one it falls back to. */
export const DEFAULT_LANGUAGE: Language = 'en';

const isLanguage = (code: string): code is Language => Object.hasOwn(LANGUAGES, code);

let messages: Messages = EN;
let spoken: Language = DEFAULT_LANGUAGE;

/** The messages of the language in use. */
export function t(): Messages {
  return messages;
}

/** The language in use. */
export function language(): Language {
  return spoken;
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, as `es-AR`, `en`) that
 * the app speaks, else English.
 */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}

/** The language a saved setting names, if the app speaks it. */
export function languageOf(setting: unknown): Language | undefined {
  return typeof setting === 'string' && isLanguage(setting) ? setting : undefined;
}

/** The catalogue of `language` (other than English, a download of its own). */
export async function catalogue(language: Language): Promise<Messages> {
  if (language === 'en') return EN;
  const { ES } = await import('./es.ts');
  return ES;
}

/** Speaks `language` from now on: call before the first screen is drawn. */
export async function useLanguage(language: Language): Promise<void> {
  messages = await catalogue(language);
  spoken = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
