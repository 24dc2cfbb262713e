/**
 * Controls the code sets that weft's engine will not hear: the control table marks each control
 * with what the engine does with it (src/controls/spec.ts), and a call of one marked `unsupported`
 * (or `output`, meant for MIDI and OSC) gets a warning at its name, so that nothing the code asks
 * for is dropped without a word. The code plays on; the value is carried on its events.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { canonicalControl, controlRole, type EngineRole } from '../controls/index.ts';
import type { CodeRange } from '../controls/event.ts';

/** A control call that is not heard, with its message. */
export interface UnheardControl {
  readonly message: string;
  readonly at: CodeRange;
}

const MESSAGES: Partial<Record<EngineRole, (name: string, key: string) => string>> = {
  unsupported: (name, key) =>
    `${name}${name === key ? '' : ` (${key})`} is not heard: weft's engine does not play this control yet; its value is carried on the events and ignored`,
  output: (name) => `${name} is meant for MIDI or OSC output: add .midi() or .osc() to the pattern to send it; weft's sound ignores it`,
};

/** The name a call is made by: `name(...)` or `x.name(...)`, with the name's range. */
function calledName(code: string, call: SyntaxNode): { name: string; from: number; to: number } | undefined {
  const callee = call.firstChild;
  if (callee === null) return undefined;
  if (callee.name === 'VariableName') return { name: code.slice(callee.from, callee.to), from: callee.from, to: callee.to };
  if (callee.name !== 'MemberExpression') return undefined;
  const prop = callee.lastChild;
  if (prop?.name !== 'PropertyName' || prop.prevSibling?.name !== '.') return undefined;
  return { name: code.slice(prop.from, prop.to), from: prop.from, to: prop.to };
}

/**
 * The calls in `code` (parsed as `tree`) of controls the engine does not hear, each once per place,
 * from the name to the end of the call; names the code defines or registers itself are its own.
 * @example
 * unheardControls('note("c").s("sine").vowel("a")', parseCode('note("c").s("sine").vowel("a")'), new Set()) // [{ at: { start: 20, end: 30 }, ... }]
 */
export function unheardControls(code: string, tree: Tree, own: ReadonlySet<string>): UnheardControl[] {
  const found: UnheardControl[] = [];
  const sendsOut = /\.\s*(?:midi|osc)\s*\(/.test(code);
  const defined = new Map<string, boolean>();
  const definedHere = (name: string): boolean => {
    let known = defined.get(name);
    if (known === undefined) {
      known = new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b`).test(code);
      defined.set(name, known);
    }
    return known;
  };
  tree.iterate({
    enter: (ref) => {
      if (ref.name !== 'CallExpression') return;
      const called = calledName(code, ref.node);
      if (called === undefined || own.has(called.name)) return;
      const key = canonicalControl(called.name);
      if (key === undefined) return;
      const role = controlRole(key);
      // Code that sends to MIDI or OSC somewhere uses the output controls as meant.
      if (role === 'output' && sendsOut) return;
      const message = MESSAGES[role];
      if (message === undefined || definedHere(called.name)) return;
      found.push({ message: message(called.name, key), at: { start: called.from, end: ref.to } });
    },
  });
  return found;
}
