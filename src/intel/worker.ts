/**
 * The language service's worker: TypeScript (about 3.5 MB) loads here, off the main thread, and
 * only when the app starts this worker (after the first sound), so evaluation never waits for it.
 * Requests are answered in order once the service is ready.
 */
import { fetchJson } from './assets.ts';
import { readToIntel, type IntelInit, type IntelRequest, type IntelResponse } from './protocol.ts';
import { asDslFiles, asDslReference } from './reference-data.ts';
import { createIntelService, type IntelService } from './service.ts';
import { defaultVocabulary } from './vocabulary.ts';

/** The part of the worker's global scope used here (the DOM lib has no worker globals). */
interface WorkerScope {
  postMessage(message: IntelResponse): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}
// A dedicated worker's global scope is `self`; typed by the interface above.
const scope = self as unknown as WorkerScope;

let service: Promise<IntelService> | undefined;

async function start(init: IntelInit): Promise<IntelService> {
  const started = performance.now();
  const [files, reference] = await Promise.all([
    fetchJson(init.filesUrl).then(asDslFiles),
    fetchJson(init.referenceUrl).then(asDslReference),
  ]);
  const created = createIntelService(files, reference, defaultVocabulary(init.sounds));
  // Builds the program and binds the declarations now, not on the performer's first keystroke.
  created.diagnostics('s("bd")');
  created.completions('s("bd").', 8, false);
  scope.postMessage({ type: 'ready', coldStartMs: performance.now() - started });
  return created;
}

function run(svc: IntelService, request: IntelRequest): unknown {
  switch (request.type) {
    case 'diagnostics': return svc.diagnostics(request.code);
    case 'completions': return svc.completions(request.code, request.pos, request.explicit);
    case 'hover': return svc.hover(request.code, request.pos);
    case 'signatureHelp': return svc.signatureHelp(request.code, request.pos);
  }
}

async function answer(request: IntelRequest): Promise<void> {
  try {
    if (service === undefined) throw new Error('the language service was not started');
    scope.postMessage({ type: 'result', id: request.id, result: run(await service, request) });
  } catch (error) {
    scope.postMessage({ type: 'failure', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  const message = readToIntel(event.data);
  if (message.type === 'malformed') {
    // Answered, so that no request waits for ever.
    if (message.id !== undefined) scope.postMessage({ type: 'failure', id: message.id, message: message.message });
    return;
  }
  if (message.type === 'init') {
    service = start(message);
    service.catch((error: unknown) => scope.postMessage({ type: 'broken', message: error instanceof Error ? error.message : String(error) }));
    return;
  }
  void answer(message);
};
