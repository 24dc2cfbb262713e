// A classroom on `weft serve`: one teacher with the room's key and 30 students following read-only,
// on loopback. Each of the teacher's edits is timed until every student's document has it; the
// server process's CPU time and memory are read from /proc meanwhile. Only the functional
// bound is asserted (the median delay under 100 ms); the figures are printed for the notes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { joinRoom, makeRoom, percentiles, smallApp, startServe, until, type RoomClient, type Served } from './room-harness.ts';

const STUDENTS = 30;
const EDITS = 50;
const EDIT_INTERVAL_MS = 100;

let served: Served;
const clients: RoomClient[] = [];

beforeAll(async () => {
  served = await startServe(['--port', '0', '--app', smallApp()]);
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  await served.stop();
});

/** The CPU time (ms, user + system) and resident memory (MB) of process `pid`, from /proc. */
function usage(pid: number): { cpuMs: number; rssMb: number } {
  const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs, rssMb: Number(rss?.[1] ?? NaN) / 1024 };
}

it(`${STUDENTS} read-only students follow a teacher's edits with a median delay under 100 ms`, async () => {
  const { room, token } = await makeRoom(served);
  const teacher = await joinRoom(served, room, token, { name: 'teacher' });
  clients.push(teacher);
  teacher.text.insert(0, 's("bd*2")\n');
  const students = await Promise.all(Array.from({ length: STUDENTS }, () => joinRoom(served, room)));
  clients.push(...students);
  await until(() => students.every((s) => s.text.toString() === teacher.text.toString()), 10_000, 'the students to sync');

  // When each student first has each edit (ms, performance.now of this process).
  const arrived = students.map(() => new Map<number, number>());
  students.forEach((student, k) => {
    student.text.observe(() => {
      const now = performance.now();
      const text = student.text.toString();
      for (const found of text.matchAll(/~(\d+);/g)) {
        const edit = Number(found[1]);
        if (!arrived[k]!.has(edit)) arrived[k]!.set(edit, now);
      }
    });
  });
  const pid = served.child.pid!;
  const before = usage(pid);
  const sent: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    sent.push(performance.now());
    teacher.text.insert(teacher.text.length, `~${edit};`);
    await new Promise((done) => setTimeout(done, EDIT_INTERVAL_MS));
  }
  await until(() => arrived.every((a) => a.size === EDITS), 10_000, 'every edit to reach every student');
  const after = usage(pid);

  const delays = arrived.flatMap((a) => [...a].map(([edit, at]) => at - sent[edit]!));
  const { median, p95 } = percentiles(delays);
  const seconds = (EDITS * EDIT_INTERVAL_MS) / 1000;
  console.log(
    `classroom: ${STUDENTS} students, ${EDITS} edits ${EDIT_INTERVAL_MS} ms apart: delay median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...delays).toFixed(1)} ms; ` +
      `server CPU ${(after.cpuMs - before.cpuMs).toFixed(0)} ms over ${seconds} s (${((after.cpuMs - before.cpuMs) / seconds / 10).toFixed(1)} % of a core), RSS ${before.rssMb.toFixed(0)} → ${after.rssMb.toFixed(0)} MB`,
  );
  expect(delays).toHaveLength(STUDENTS * EDITS);
  expect(median).toBeLessThan(100);
  for (const student of students) expect(student.text.toString()).toBe(teacher.text.toString());
}, 60_000);
