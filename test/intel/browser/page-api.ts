// What the intel test page exposes as `window.weftIntel`, for the Node side to drive.

/** A completion as the editor lists it. */
export interface ShownCompletion {
  label: string;
  detail: string | undefined;
  info: string | undefined;
}

/** A problem as the editor shows it. */
export interface ShownWarning {
  from: number;
  to: number;
  severity: string;
  message: string;
}

/** The page's test surface. */
export interface IntelPageApi {
  /** Resource URLs the page has loaded so far (to see that TypeScript is not among them). */
  loadedResources(): string[];
  /** Creates the language service and the editor with it; resolves with the cold start (ms). */
  startIntel(): Promise<number>;
  /** Sets the document and cursor, opens completion and lists what it offers. */
  completions(code: string, pos: number): Promise<ShownCompletion[]>;
  /** Sets the document with the cursor at its end, as if typed. */
  type(code: string): void;
  /** Sets the document; the screen coordinates of the middle of offset `pos`. */
  coordsOf(code: string, pos: number): { x: number; y: number };
  /** Sets the document and waits for the warnings to show (or `timeoutMs` to pass). */
  warnings(code: string, timeoutMs: number): Promise<ShownWarning[]>;
  /** Plays code through the runtime and waits for sounding haps: how many arrived. */
  play(code: string): Promise<{ ok: boolean; haps: number; error?: string }>;
  /** Renders the reference; the names shown, and what a search for `query` shows. */
  renderReference(query: string): Promise<{ all: number; found: string[] }>;
  /** Renders the tutorial; its step titles. */
  renderTutorial(): string[];
  /** How many sounding haps the runtime reported since the last call. */
  takeHaps(): number;
  stop(): void;
}

declare global {
  interface Window {
    weftIntel?: IntelPageApi;
  }
}
