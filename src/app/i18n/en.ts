/**
 * The English catalogue: every word the app shows, one section per part of the app (en/*.ts). It
 * is the source: {@link Messages} is its type, and every other language's catalogue is typed
 * against it, so a message missing from a translation (or one it has that English has not) fails
 * the type check.
 */
import { toolbar } from './en/toolbar.ts';
import { transport } from './en/transport.ts';
import { status } from './en/status.ts';
import { stage } from './en/stage.ts';
import { announce } from './en/announce.ts';
import { visuals } from './en/visuals.ts';
import { help } from './en/help.ts';
import { learn } from './en/learn.ts';
import { history } from './en/history.ts';
import { examples } from './en/examples.ts';
import { editor } from './en/editor.ts';
import { share } from './en/share.ts';
import { app } from './en/app.ts';
import { settings } from './en/settings.ts';

export const EN = {
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

/** The messages of a language: {@link EN}'s shape, with its texts (and functions that make texts). */
export type Messages = typeof EN;
