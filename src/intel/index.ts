// The language-service layer's public surface: the client that starts the worker on demand,
// the generated reference's data, and the reference and tutorial pages. Importing it loads no
// TypeScript: only `createIntel()` does, in a worker.
export { createIntel, type IntelClient, type IntelOptions } from './client.ts';
export type {
  CompletionKind, IntelCompletion, IntelCompletions, IntelDiagnostic, IntelHover, IntelSignature, IntelSignatureHelp,
} from './protocol.ts';
export { loadReference, DSL_FILES_URL, DSL_REFERENCE_URL } from './assets.ts';
export type { DocEntry, DocKind, DslReference, MethodDoc } from './reference-data.ts';
export { referenceSections, searchReference, referenceId, CATEGORY_ORDER, type ReferenceSection } from './reference.ts';
export { renderReference, PAGE_SIZE, type ReferenceView } from './reference-view.ts';
export { TUTORIAL, type TutorialStep } from './tutorial.ts';
export { tutorialIn } from './tutorial-language.ts';
export type { TutorialStepId, TutorialWords, StepWords } from './tutorial-words.ts';
export { renderTutorial, type TutorialView, type TutorialOptions } from './tutorial-view.ts';
export { renderExample, markText, type ExampleHost, type ExampleEditor } from './example-view.ts';
export { EXAMPLE_MARKS, exampleId, type ExampleMark } from './example-marks.ts';
export type { PageWords, MarkWords } from './page-words.ts';
