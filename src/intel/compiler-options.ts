/**
 * How performer code is type-checked, as tsconfig.json's `compilerOptions` (patterns/tsconfig.json
 * says the same; a test keeps them equal). Performer code is a module of its own without imports:
 * the DSL is global, names may shadow it (as at run time, where the code runs in a block), `$:`
 * labels are fine, and untyped parameters are allowed (performer code is often plain JavaScript).
 */
export const PERFORMER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022'],
  types: [],
  strict: true,
  noImplicitAny: false,
  noEmit: true,
  allowImportingTsExtensions: true,
  moduleDetection: 'force',
  allowUnusedLabels: true,
  skipLibCheck: true,
} as const;
