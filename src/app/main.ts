// The app's entry, loaded by index.html.
import './style.css';
import { startApp } from './app.ts';

const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element');
startApp(root).catch((error: unknown) => {
  root.textContent = `weft could not start: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
