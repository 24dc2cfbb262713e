/**
 * Where the generated data is served from (`generated/`, made by scripts/gen-dsl-dts.ts): Vite
 * serves these files in development and copies them into a build, hashed.
 */
import { asDslReference, type DslReference } from './reference-data.ts';

/** The declaration files the language service reads (about 0.9 MB; fetched by its worker only). */
export const DSL_FILES_URL: string = new URL('../../generated/dsl-files.json', import.meta.url).href;

/** Every DSL name's signature, summary and examples (for the reference, and completions). */
export const DSL_REFERENCE_URL: string = new URL('../../generated/dsl-reference.json', import.meta.url).href;

/** Fetches JSON, failing with the URL and status. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: ${response.status} ${response.statusText}`);
  return response.json() as Promise<unknown>;
}

/** Loads the DSL reference (for the reference page and the tutorial's links). */
export async function loadReference(url: string = DSL_REFERENCE_URL): Promise<DslReference> {
  return asDslReference(await fetchJson(url));
}
