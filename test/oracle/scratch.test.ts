import { it } from 'vitest';
import { strudelRun } from './strudel.ts';
import { loadStrudelExamples, browserStubs } from './examples.ts';
import { writeFileSync } from 'node:fs';
it('x', async () => {
  const ex = await loadStrudelExamples();
  const out: string[] = [];
  let ok = 0, okStub = 0;
  const byFile: Record<string, number> = {};
  for (const e of ex) byFile[e.file] = (byFile[e.file] ?? 0) + 1;
  const t0 = Date.now();
  for (const e of ex) {
    let plainOk = true;
    try { await strudelRun(e.code, 4); ok++; } catch { plainOk = false; }
    try { const r = await strudelRun(e.code, 4, { stubs: browserStubs }); okStub++; if (!plainOk) out.push(`STUBFIXED ${e.name}`);
      if (r.events.length === 0) out.push(`EMPTY ${e.name} ${JSON.stringify(e.code)}`);
    } catch (err) { out.push(`FAIL ${e.name} (${e.file}): ${String(err).slice(0, 150)}\n    ${e.code.replace(/\n/g, '\n    ')}`); }
  }
  out.unshift(`found ${ex.length} ok ${ok} okStub ${okStub} ms ${Date.now() - t0}`, JSON.stringify(byFile));
  out.push(...ex.slice(0, 400).map((e) => `${e.name} ${e.file}`));
  writeFileSync('/tmp/ex.txt', out.join('\n'));
}, 120000);
