/**
 * `npm run fuzz`: the properties of test/fuzz/fuzz.test.ts over many more inputs (100,000 by
 * default, a fresh seed each run): mini-notation from its grammar, mini-notation junk and chains
 * of methods, each built and queried with a budget, and the chains as performer code, evaluated. Prints how many inputs ran and what they
 * gave; on a failure, prints the input and the seed to replay it, and exits with status 1.
 *
 *   npm run fuzz                       # 100,000 inputs, random seed
 *   npm run fuzz -- --runs 500000 --seed 42
 */
import fc from 'fast-check';
import { chainCode, chainInput, judgeChain, judgeCode, judgeMini, miniGrammar, miniJunk, queryWindow, type Chain, type CodeVerdict, type Verdict } from '../test/fuzz/generators.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

const runs = option('runs', 100_000);
const seed = option('seed', Date.now() % 2 ** 31);

type Input = { kind: 'mini' | 'junk' | 'code'; code: string } | { kind: 'chain'; code: string; chain: Chain };

const input: fc.Arbitrary<Input> = fc.oneof(
  { weight: 4, arbitrary: miniGrammar.map((code): Input => ({ kind: 'mini', code })) },
  { weight: 2, arbitrary: miniJunk.map((code): Input => ({ kind: 'junk', code })) },
  { weight: 4, arbitrary: chainInput.map((chain): Input => ({ kind: 'chain', code: chainCode(chain), chain })) },
  // The same chains as performer code: evaluated, and every error placed at its characters.
  { weight: 3, arbitrary: chainInput.map((chain): Input => ({ kind: 'code', code: chainCode(chain) })) },
);

const counts = new Map<string, number>();
let done = 0;
let slowest = { ms: 0, code: '' };
const t0 = performance.now();

const result = fc.check(
  fc.property(input, queryWindow, (x, window) => {
    const start = performance.now();
    let verdict: Verdict | CodeVerdict;
    try {
      verdict = x.kind === 'chain' ? judgeChain(x.chain, window) : x.kind === 'code' ? judgeCode(x.code, window) : judgeMini(x.code, window);
    } catch (error) {
      throw new Error(`${x.kind} ${JSON.stringify(x.code)} over ${window.begin}+${window.cycles}: ${(error as Error).message}`);
    }
    const ms = performance.now() - start;
    if (ms > slowest.ms) slowest = { ms, code: x.code };
    const key = `${x.kind}: ${verdict}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    done++;
    if (done % 10_000 === 0) console.log(`${done.toLocaleString('en-US')} inputs...`);
    return true;
  }),
  { seed, numRuns: runs, endOnFailure: true },
);

const seconds = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`\n${done.toLocaleString('en-US')} inputs in ${seconds} s (seed ${seed})`);
for (const [key, n] of [...counts.entries()].sort()) console.log(`  ${key.padEnd(32)} ${n.toLocaleString('en-US')}`);
console.log(`slowest: ${slowest.ms.toFixed(0)} ms for ${slowest.code.slice(0, 120)}`);
if (result.failed) {
  console.log(`\nFAILED: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
  console.log(`replay with: npm run fuzz -- --seed ${seed} --runs ${runs}`);
  process.exitCode = 1;
}
