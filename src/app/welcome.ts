/**
 * The pattern a first visit opens with: short, readable, and good to hear at one click. Its
 * comments are in the app's language; its code is the same in every language.
 */
import { EN } from './i18n/en.ts';
import { t } from './i18n/index.ts';

const PATTERN = `setcpm(112 / 4)

$drums: s("bd [~ bd] ~ bd, ~ sd, hh*8").gain("1 0.8 0.9 0.7")

$bass: note("<c2 c2 ab1 bb1>*4").s("sawtooth").lpf(700).lpq(4)
  .decay(0.15).sustain(0.4).gain(0.6)

$keys: note("<[c4,eb4,g4] [c4,eb4,g4] [ab3,c4,eb4] [bb3,d4,f4]>")
  .arp("0 1 2 1 0 2 1 2").s("triangle")
  .decay(0.2).sustain(0.2).gain(0.45)
  .delay(0.3).delaytime(0.4).room(0.3)
`;

/**
 * The welcoming pattern (drums, a bass and an arpeggio, each a labelled block to play with),
 * opened by `comments` (the app's language's, by default).
 */
export function welcome(comments: string = t().app.welcome): string {
  return `${comments}\n${PATTERN}`;
}

/** The welcoming pattern, in English. */
export const WELCOME = welcome(EN.app.welcome);
