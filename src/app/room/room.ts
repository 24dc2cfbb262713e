/**
 * A room joined: the editor bound to the room's code (everyone's cursor and name shown), the
 * performer's evaluations put in the room's log and everyone else's played from the cycle the
 * log says, and the runtime following the room's clock, so that every peer hears the same cycle
 * at the same server time. A shared room never plays until the local performer presses play.
 */
import { Compartment, EditorState, StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { yCollab } from 'y-codemirror.next';
import type * as Y from 'yjs';
import type { AppContext } from '../features/feature.ts';
import { outputClockOf } from '../output-clock.ts';
import type { RoomHooks } from '../room-hooks.ts';
import { roomWords } from '../i18n/room-words.ts';
import { authorsField, labelsEdited, labelsIn, lastAuthors, setAuthors } from './authors.ts';
import { RoomConnection, type RoomAddress } from './connection.ts';
import { EvaluationLog, takesEffect, type LogEntry } from './evaluation-log.ts';
import { DOC, type TempoSegment } from './protocol.ts';
import { cycleAt, roomTempo, segmentAtCycle, segmentAtTime, timeOfCycle, type RoomTempo } from './tempo.ts';

/** How far ahead of now an evaluation is placed at least (ms): the time for it to be evaluated here, reach the others and be evaluated there. */
const LEAD = 400;
/** The log's name for an evaluation of the whole document (blocks go by their labels). */
const WHOLE = '';

/** How often the runtime is told where the room's cycles fall (ms). */
const FOLLOW_EVERY = 100;

/** Who this page is in the room. */
export interface Performer {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** What a room needs of the app: its context, and a way to say that what it shows changed (who is here, the sync, online or not). */
export type RoomParts = Pick<AppContext, 'view' | 'performance' | 'audio' | 'history' | 'notify'> & { readonly changed: () => void };

/** A room as the page plays it. */
export class Room implements RoomHooks {
  readonly connection: RoomConnection;
  canEdit = false;
  online = false;
  private readonly binding = new Compartment();
  private readonly played = new Set<string>();
  private map: RoomTempo | undefined;
  private count = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private bound = false;

  constructor(address: RoomAddress, private me: Performer, private readonly parts: RoomParts, events: { readonly message: (m: { type: string; code?: string; from?: string; reason?: string }) => void; readonly closed: (code: number, reason: string) => void }) {
    this.connection = new RoomConnection(address, {
      online: (online) => {
        this.online = online;
        if (online) {
          this.bind();
          // Said again on each connection, so that a restarted server knows everyone at once.
          this.rename(this.me.name, this.me.color);
        }
        parts.changed();
      },
      scope: (canEdit) => {
        this.canEdit = canEdit;
        this.reconfigure();
        parts.changed();
      },
      message: events.message,
      closed: events.closed,
    });
    this.rename(me.name, me.color);
    this.connection.log.observe((event: Y.YArrayEvent<unknown>) => this.logged(event));
    this.connection.tempo.observe(() => this.retempo());
    // The copy kept in the browser binds the editor at once, before the network answers (or when it never does).
    void this.connection.whenLocal().then(() => {
      if (this.connection.code.length > 0) this.bind();
    });
    parts.performance.joinRoom(this);
    this.timer = setInterval(() => this.follow(), FOLLOW_EVERY);
  }

  /** This page's performer. */
  get performer(): Performer {
    return this.me;
  }

  /** Changes this performer's name (and colour), as the others see it: their cursor's label, who writes and evaluates from now on. */
  rename(name: string, color = this.me.color): void {
    this.me = { ...this.me, name, color };
    // The light colour (of a selection) is the colour, see-through.
    const light = color.startsWith('hsl(') ? color.replace(')', ' / 0.2)') : `${color}33`;
    this.connection.provider.awareness?.setLocalStateField('user', { name, color, colorLight: light });
  }

  /** The performers here now, this page first. */
  performers(): Performer[] {
    const states = this.connection.provider.awareness?.getStates() ?? new Map();
    const others: Performer[] = [];
    for (const [client, state] of states) {
      const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
      if (client === this.connection.doc.clientID || typeof user?.name !== 'string') continue;
      others.push({ id: String(client), name: user.name, color: typeof user.color === 'string' ? user.color : '#888' });
    }
    return [this.me, ...others];
  }

  /** The server's time at audio time `time` as heard (ms), once the clock is known. */
  serverTimeAt(time: number): number | undefined {
    const context = this.parts.audio.ready?.context;
    if (context === undefined) return undefined;
    return this.connection.clock.toServer(outputClockOf(context).toPerformance(time));
  }

  nextCycle(): number | undefined {
    const now = this.serverNow();
    if (!this.canEdit || this.map === undefined || now === undefined) return undefined;
    return takesEffect(cycleAt(this.map, now + LEAD), this.connection.quantum());
  }

  publish(code: string, label: string | undefined, cycle: number): void {
    const now = this.serverNow();
    if (this.map === undefined || now === undefined) return;
    const entry: LogEntry = { id: `${this.me.id}:${++this.count}`, performer: this.me.name, block: label ?? WHOLE, code, cycle, at: now };
    this.played.add(entry.id);
    this.connection.doc.transact(() => {
      this.connection.log.push([entry]);
      this.compact(Math.floor(cycleAt(this.map!, now)));
    });
  }

  tempo(cps: number, cycle?: number): void {
    const now = this.serverNow();
    // A listener's page follows the room's tempo: it cannot change it, and is told so.
    if (!this.canEdit) return this.parts.notify(roomWords().readOnly);
    if (this.map === undefined || now === undefined) return;
    const segment: TempoSegment = { id: `${this.me.id}:${++this.count}`, cycle: cycle ?? takesEffect(cycleAt(this.map, now + LEAD)), cps };
    this.connection.tempo.push([segment]);
  }

  cps(): number {
    const now = this.serverNow();
    return this.map === undefined || now === undefined ? 0.5 : segmentAtTime(this.map, now).cps;
  }

  play(): string | undefined {
    const now = this.serverNow();
    if (this.map === undefined || now === undefined) return undefined;
    const cycle = Math.floor(cycleAt(this.map, now));
    const log = this.logNow();
    const replay = log.replay(cycle);
    for (const entry of replay) this.played.add(entry.id);
    const whole = log.stateAt(cycle).get(WHOLE);
    // After the whole document in force: the blocks evaluated since, then what is still to come, each at its cycle.
    const after = replay.filter((e) => e !== whole && (whole === undefined || e.at > whole.at || e.cycle > cycle));
    setTimeout(() => {
      for (const entry of after) void this.parts.performance.evaluateShared(entry.code, entry.cycle, entry.block === WHOLE ? undefined : entry.block);
    }, 0);
    return whole?.code ?? (after.length > 0 ? '' : undefined);
  }

  dispose(): void {
    clearInterval(this.timer);
    this.parts.performance.joinRoom(undefined);
    this.parts.audio.ready?.runtime.follow(undefined);
    this.parts.view.dispatch({ effects: this.binding.reconfigure([]) });
    this.connection.dispose();
  }

  /** The server's time now, once a ping has answered. */
  private serverNow(): number | undefined {
    return this.connection.clock.toServer(performance.now());
  }

  /** Binds the editor to the room's code (once): the performer's own code is kept in the history first. */
  private bind(): void {
    if (this.bound) return;
    this.bound = true;
    const { view, history } = this.parts;
    const text = this.connection.code;
    const mine = view.state.doc.toString();
    if (text.length === 0 && this.canEdit) text.insert(0, mine);
    else if (text.toString() !== mine) {
      if (mine.trim() !== '') history.add({ time: Date.now(), code: mine, kind: 'replaced', ok: true });
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text.toString() } });
    }
    // Who writes in each labelled block is kept in the room, and shown with who evaluated it.
    const wrote = EditorView.updateListener.of((update) => {
      const writers = this.connection.doc.getMap(DOC.writers);
      for (const label of labelsEdited(update)) if (writers.get(label) !== this.me.name) writers.set(label, this.me.name);
    });
    view.dispatch({ effects: StateEffect.appendConfig.of([this.binding.of(this.extensions()), authorsField(), wrote]) });
    this.connection.doc.getMap(DOC.writers).observe(() => this.showAuthors());
    this.showAuthors();
    this.retempo();
    // What plays here was evaluated before the room: the others hear it once the performer evaluates it in the room.
    if (this.canEdit && this.connection.log.length === 0 && this.parts.performance.performerStatus().playing) this.parts.notify(roomWords().evaluateForRoom);
  }

  private reconfigure(): void {
    if (this.bound) this.parts.view.dispatch({ effects: this.binding.reconfigure(this.extensions()) });
  }

  private extensions() {
    return [yCollab(this.connection.code, this.connection.provider.awareness), EditorState.readOnly.of(!this.canEdit)];
  }

  /**
   * Takes out of the shared log the entries no cycle from `cycle` on can play (superseded before
   * it), so that the room's document does not grow with every evaluation.
   */
  private compact(cycle: number): void {
    const keep = new Set(this.logNow().replay(cycle).map((e) => e.id));
    const array = this.connection.log;
    for (let i = array.length - 1; i >= 0; i--) {
      const id = (array.get(i) as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && !keep.has(id)) array.delete(i, 1);
    }
  }

  /** The room's log as the document holds it now. */
  private logNow(): EvaluationLog {
    const log = new EvaluationLog();
    for (const entry of this.connection.entries()) log.add(entry);
    return log;
  }

  /** Shows who last evaluated each block. */
  private showAuthors(entries = this.connection.entries()): void {
    const { view } = this.parts;
    const words = roomWords();
    const labels = labelsIn(view.state.doc.toString());
    const evaluated = lastAuthors(entries, labels);
    const writers = this.connection.doc.getMap(DOC.writers);
    const texts = new Map<string, string>();
    for (const label of ['', ...labels]) {
      const writer = label === '' ? undefined : writers.get(label);
      const evaluator = evaluated.get(label);
      const said = [typeof writer === 'string' ? words.wroteBy(writer) : undefined, evaluator === undefined ? undefined : words.evaluatedBy(evaluator)].filter((x) => x !== undefined);
      if (said.length > 0) texts.set(label, said.join(' · '));
    }
    // Deferred: called from a document change's listener too, where the editor is still updating.
    queueMicrotask(() => view.dispatch({ effects: setAuthors.of(texts) }));
  }

  /** New entries in the log: another performer's plays from its cycle here too, once the performer plays. */
  private logged(event: Y.YArrayEvent<unknown>): void {
    const entries = this.connection.entries();
    if (this.bound) this.showAuthors(entries);
    if (event.changes.added.size === 0) return;
    const playing = this.parts.performance.performerStatus().playing;
    for (const entry of entries) {
      if (this.played.has(entry.id)) continue;
      this.played.add(entry.id);
      if (playing) void this.parts.performance.evaluateShared(entry.code, entry.cycle, entry.block === WHOLE ? undefined : entry.block);
    }
  }

  private retempo(): void {
    this.map = roomTempo(this.connection.segments());
    this.follow();
  }

  /**
   * Tells the runtime where the room's cycles fall on the audio clock, as heard: from a whole
   * cycle of now, and at each tempo change to come.
   */
  private follow(): void {
    const parts = this.parts.audio.ready;
    const now = this.serverNow();
    if (parts === undefined || this.map === undefined || now === undefined) return;
    const clock = this.connection.clock;
    const output = outputClockOf(parts.context);
    const cycle = Math.floor(cycleAt(this.map, now));
    const points = [{ cycle, cps: segmentAtCycle(this.map, cycle).cps, at: timeOfCycle(this.map, cycle) }, ...this.map.segments.filter((s) => s.cycle > cycle)];
    const anchors = points.flatMap((p) => {
      const local = clock.toLocal(p.at);
      return local === undefined ? [] : [{ cycle: String(p.cycle), time: output.toContext(local), cps: p.cps }];
    });
    if (anchors.length > 0) parts.runtime.follow(anchors.slice(0, 64));
  }
}
