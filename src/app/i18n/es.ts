/** The Spanish catalogue (loaded only when the app speaks Spanish). */
import type { Messages } from './en.ts';
import { toolbar } from './es/toolbar.ts';
import { transport } from './es/transport.ts';
import { status } from './es/status.ts';
import { stage } from './es/stage.ts';
import { announce } from './es/announce.ts';
import { visuals } from './es/visuals.ts';
import { help } from './es/help.ts';
import { learn } from './es/learn.ts';
import { history } from './es/history.ts';
import { examples } from './es/examples.ts';
import { editor } from './es/editor.ts';
import { share } from './es/share.ts';
import { app } from './es/app.ts';
import { settings } from './es/settings.ts';

export const ES: Messages = {
  toolbar,
  transport,
  status,
  stage,
  announce,
  visuals,
  help,
  learn,
  history,
  examples,
  editor,
  share,
  app,
  settings,
};
