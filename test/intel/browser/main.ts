/// <reference types="vite/client" />
// The intel test page: the editor with the language service, and the runtime to play code,
// wired as the app wires them.
import { startCompletion, currentCompletions, completionStatus } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { createRuntime, type Runtime } from '../../../src/app/runtime/index.ts';
import { createEngineNode } from '../../../src/audio/worklet/index.ts';
import { evaluationProblems, setWarnings, shownProblems } from '../../../src/editor/errors.ts';
import { weftEditorSetup } from '../../../src/editor/index.ts';
import { intel } from '../../../src/editor/intel.ts';
import { pages } from '../../../src/app/i18n/en/learn-pages.ts';
import { createIntel, loadReference, renderReference, renderTutorial, type ExampleHost } from '../../../src/intel/index.ts';
import type { IntelPageApi, ShownCompletion } from './page-api.ts';

let view: EditorView | undefined;
let runtime: Runtime | undefined;
let haps = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ensureRuntime(): Promise<Runtime> {
  if (runtime !== undefined) return runtime;
  const context = new AudioContext();
  await context.resume();
  const engine = await createEngineNode(context);
  engine.node.connect(context.destination);
  runtime = createRuntime({ engine, context });
  runtime.onHaps((batch) => {
    haps += batch.haps.length;
  });
  return runtime;
}

function setDoc(code: string, pos = code.length): EditorView {
  if (view === undefined) throw new Error('startIntel first');
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code }, selection: { anchor: pos } });
  view.focus();
  return view;
}

const host: ExampleHost = {
  async play(code) {
    await (await ensureRuntime()).evaluate(code);
  },
  stop: () => runtime?.hush(),
};

const api: IntelPageApi = {
  loadedResources: () => performance.getEntriesByType('resource').map((e) => e.name),

  async startIntel() {
    const client = createIntel();
    view = new EditorView({
      state: EditorState.create({ doc: '', extensions: [weftEditorSetup(), evaluationProblems(), intel(client, { diagnosticsDelay: 50 })] }),
      parent: document.getElementById('editor')!,
    });
    return (await client.ready).coldStartMs;
  },

  async completions(code, pos) {
    const editor = setDoc(code, pos);
    startCompletion(editor);
    for (let i = 0; i < 200 && completionStatus(editor.state) !== 'active'; i++) await sleep(25);
    return currentCompletions(editor.state).map((c): ShownCompletion => ({
      label: c.label,
      detail: c.detail,
      info: typeof c.info === 'string' ? c.info : undefined,
    }));
  },

  type(code) {
    setDoc(code);
  },

  coordsOf(code, pos) {
    const editor = setDoc(code, 0);
    const coords = editor.coordsAtPos(pos);
    if (coords === null) throw new Error(`no coordinates for ${pos}`);
    return { x: (coords.left + coords.right) / 2 + 2, y: (coords.top + coords.bottom) / 2 };
  },

  async warnings(code, timeoutMs) {
    const editor = setDoc(code);
    // Forget the warnings of the code before, so that only this code's check counts.
    editor.dispatch({ effects: setWarnings.of([]) });
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      const shown = shownProblems(editor.state);
      if (shown.length > 0) return shown.map((p) => ({ from: p.from, to: p.to, severity: p.severity, message: p.message }));
      await sleep(25);
    }
    return [];
  },

  async play(code) {
    const rt = await ensureRuntime();
    haps = 0;
    const result = await rt.evaluate(code);
    if (!result.ok) return { ok: false, haps: 0, error: JSON.stringify(result) };
    for (let i = 0; i < 200 && haps === 0; i++) await sleep(25);
    return { ok: true, haps };
  },

  async renderReference(query) {
    const container = document.getElementById('page')!;
    const reference = await loadReference();
    const page = renderReference(container, reference, host, pages);
    const all = page.shown().length;
    page.search(query);
    return { all, found: [...page.shown()] };
  },

  renderTutorial() {
    const container = document.getElementById('page')!;
    renderTutorial(container, host, pages);
    return [...container.querySelectorAll('.weft-tutorial-step h2')].map((h) => h.textContent ?? '');
  },

  takeHaps() {
    const n = haps;
    haps = 0;
    return n;
  },

  stop: () => runtime?.hush(),
};

window.weftIntel = api;
