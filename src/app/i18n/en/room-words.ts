/** What a room (playing together) says, in English. */
export const roomWords = {
  /** The Share dialog's section. */
  together: 'Play together',
  makeRoom: 'Make a room',
  makeRoomHint: 'Others join with a link; everyone hears the same code at the same cycle.',
  noServer: 'Rooms need the room server: run `npx weft serve` and open the address it prints.',
  roomFailed: (why: string) => `Could not make a room: ${why}`,
  editLink: 'Link to play along (can edit)',
  listenLink: 'Link to listen and read (students)',
  /** The status line's readout. */
  readout: (people: number, jitter: string) => `Room · ${people} · ±${jitter} ms`,
  readoutTitle: (offset: string, jitter: string, trip: string) => `Clock: this computer ${offset} ms from the server, jitter ${jitter} ms, round trip ${trip} ms`,
  listening: 'listening',
  wroteBy: (name: string) => `written by ${name}`,
  evaluatedBy: (name: string) => `evaluated by ${name}`,
  quantumName: 'When an evaluation plays',
  quantum: (cycles: number) => `swap every ${cycles} ${cycles === 1 ? 'cycle' : 'cycles'}`,
  nameLabel: 'Your name in the room',
  evaluateForRoom: 'What plays here started before the room: press Ctrl+Enter to play it for everyone',
  offline: 'Room offline: playing on, your edits are kept and merge when it is back',
  readOnly: 'Listening: this link can read and hear the room, not edit it',
  joined: (name: string) => `Joined the room as ${name}`,
  pressPlay: 'Press play to hear the room',
  pushed: (from: string) => `${from} sent code`,
  openPushed: 'Open in a new editor',
  pushCode: 'Send my code to everyone',
  copyCode: 'Copy into my own editor',
  refused: (why: string) => `The room refused: ${why}`,
  flood: 'The room server cut this page off: too many messages at once',
  tooLarge: 'The room server refused the change: the room would be too large',
  badLink: 'This room link is not valid: a room name is 22 letters, digits, - or _',
} as const;

export type RoomWords = { readonly [K in keyof typeof roomWords]: (typeof roomWords)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
