/**
 * The mouse position as signals. A query carries it in its controls (`_mousex`, `_mousey`, from 0
 * to 1) when an app passes it; without them, as in Node, both signals are 0.
 *
 * This module builds patterns at load time, so pattern.ts must not import it.
 */
import type { Pattern } from './pattern.ts';
import { stateSignal } from './signal.ts';

function position(control: '_mousex' | '_mousey'): Pattern<number> {
  return stateSignal((_t, state) => {
    const value = state.controls[control];
    return typeof value === 'number' ? value : 0;
  });
}

/**
 * The mouse's horizontal position, from 0 (left) to 1 (right); 0 when the query gives none.
 * @example
 * n(mousex.segment(4).range(0, 7)).scale("C:minor")
 */
export const mousex: Pattern<number> = position('_mousex');
/**
 * The mouse's vertical position, from 0 (top) to 1 (bottom); 0 when the query gives none.
 * @example
 * n(mousey.segment(4).range(0, 7)).scale("C:minor")
 */
export const mousey: Pattern<number> = position('_mousey');
/**
 * Alias of {@link mousex}.
 * @example
 * s("hh*8").gain(mouseX)
 */
export const mouseX: Pattern<number> = mousex;
/**
 * Alias of {@link mousey}.
 * @example
 * s("hh*8").gain(mouseY)
 */
export const mouseY: Pattern<number> = mousey;
