// The app's entry, loaded by index.html: the app speaks the performer's language (the one chosen
// in the settings, else the browser's) from its first screen.
import './style.css';
import { startApp } from './app.ts';
import { browserLanguage, t, useLanguage } from './i18n/index.ts';
import { browserStorage, loadSettings } from './settings.ts';

const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element');
const chosen = loadSettings(browserStorage()).language ?? browserLanguage(navigator.languages);
// A catalogue that cannot be loaded (offline, an old tab after an update) leaves the app in English.
useLanguage(chosen)
  .catch(() => undefined)
  .then(() => startApp(root))
  .catch((error: unknown) => {
    root.textContent = t().app.couldNotStart(error instanceof Error ? error.message : String(error));
    throw error;
  });
