/**
 * Runnable examples on the tutorial and reference pages, played by the app: each example's code
 * sits in a small CodeMirror view with the sounding highlight, and Play (or Ctrl/Cmd+Enter in
 * it) evaluates it through the runtime in place of what plays, its characters lit as they sound
 * from the same haps that light the performer's editor, its notes drawn in the panel's pianoroll.
 *
 * An example has its own play and stop, apart from the performer's transport. The runtime plays
 * one program, so an example plays in place of the performer's code (and of the example that
 * played before); the transport shows the performer's code as stopped meanwhile, and its play
 * button plays the performer's code again in place of the example. An example's Stop (or Ctrl+.
 * in its code) stops only that example; Ctrl+. in the performer's editor stops whatever plays.
 */
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, keymap } from '@codemirror/view';
import { evaluationProblems } from '../editor/errors.ts';
import { soundingHighlight, weftHighlightStyle, weftTheme, type Seconds } from '../editor/index.ts';
import type { ExampleEditor, ExampleHost } from '../intel/index.ts';
import { t } from './i18n/index.ts';
import { LiveHighlights } from './highlights.ts';
import type { CodeSource, Performance } from './performance.ts';

/** What the examples need from the app. */
export interface ExamplePlayer {
  readonly performance: Performance;
  /** The audio clock as heard, for the highlights. */
  readonly now: () => Seconds;
  /** A short message for the learner (e.g. when the audio fails). */
  readonly notify: (message: string) => void;
}

/** One mounted example: its view and element, and once it has played, its place among the performance's sources. */
interface Mounted {
  readonly view: EditorView;
  readonly example: HTMLElement;
  source?: CodeSource;
  forget?: () => void;
}

/** The host the pages are given: examples in CodeMirror views, played through the performance. */
export function exampleHost(player: ExamplePlayer): ExampleHost {
  const mounted = new Set<Mounted>();
  const find = (example: HTMLElement): Mounted | undefined => [...mounted].find((m) => m.example === example);

  // Each example shows whether it is the code playing now (its Play pressed, its element marked).
  const showPlaying = (): void => {
    const playing = player.performance.playingFrom();
    for (const entry of mounted) {
      const on = entry.source !== undefined && entry.source === playing;
      entry.example.classList.toggle('playing', on);
      entry.example.querySelector('.weft-example-play')?.setAttribute('aria-pressed', String(on));
    }
  };
  // An evaluation or a stop may hand the playing to other code.
  player.performance.onNews((news) => {
    if (news.kind !== 'error') showPlaying();
  });

  const play = (code: string, example: HTMLElement): void => {
    const entry = find(example);
    if (entry === undefined) return;
    if (entry.source === undefined) {
      // Made on first play: only examples that played receive the runtime's haps. Their haps
      // go into the window the panel's visuals draw, beside the performer's.
      const source: CodeSource = { view: entry.view, highlights: new LiveHighlights(entry.view, player.now, player.performance.window) };
      entry.source = source;
      entry.forget = player.performance.addSource(source);
    }
    player.performance.playFrom(entry.source, code).catch((error: unknown) => {
      player.notify(t().learn.audioFailed(error instanceof Error ? error.message : String(error)));
    });
  };

  const stop = (example: HTMLElement): void => {
    const source = find(example)?.source;
    if (source !== undefined) player.performance.stopFrom(source);
  };

  const mountEditor = (parent: HTMLElement, code: string, options: { readonly editable: boolean }): ExampleEditor => {
    // `parent` is the example's body; the example itself (with its Play button) is its parent.
    const example = parent.parentElement ?? parent;
    const entry: Mounted = {
      example,
      view: new EditorView({
        doc: code,
        parent,
        extensions: [
          EditorView.editable.of(options.editable),
          EditorState.readOnly.of(!options.editable),
          keymap.of([
            { key: 'Mod-Enter', run: (view) => (play(view.state.doc.toString(), example), true) },
            { key: 'Mod-.', run: () => (stop(example), true) },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          history(),
          drawSelection(),
          closeBrackets(),
          bracketMatching(),
          javascript({ typescript: true }),
          syntaxHighlighting(weftHighlightStyle),
          weftTheme,
          EditorView.lineWrapping,
          soundingHighlight({ now: player.now }),
          evaluationProblems(),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) entry.source?.highlights.tracker.map(update.changes.desc);
          }),
          EditorView.contentAttributes.of({ 'aria-label': t().learn.exampleCode }),
        ],
      }),
    };
    mounted.add(entry);
    return {
      getCode: () => entry.view.state.doc.toString(),
      destroy() {
        mounted.delete(entry);
        entry.forget?.();
        entry.view.destroy();
      },
    };
  };

  return {
    play,
    stop,
    mountEditor,
  };
}
