/** `npm run bench`: every benchmark figure of weft, with ratios against Strudel where it has one. */
import { benchPatterns } from './patterns.ts';

await benchPatterns();
