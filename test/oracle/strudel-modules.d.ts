// Strudel ships no type declarations. These shorthand declarations type its packages as `any`;
// they are imported only by the oracle in test/oracle, which is the Strudel boundary.
declare module '@strudel/core';
declare module '@strudel/mini';
declare module '@strudel/tonal';
declare module '@strudel/transpiler';
