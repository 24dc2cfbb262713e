// Chopped break — a drum break cut up and rearranged, jungle style, with a reese-ish bass.
// Shows: a break written out step by step, then iter, ply, linger, lastOf and sometimesBy to
// chop it like a sampled loop (without samples: the kit is synthesized).
// Performance notes: the first cycles play it straight; try .iter(4) -> .chunk(4, fast(2)).
setcpm(170 / 4)

// Two bars of sixteenth notes: one bar per cycle, < > alternates them.
const brk = `<[bd ~ bd ~ sd ~ ~ sd ~ sd bd bd ~ sd ~ ~]
             [bd ~ bd ~ sd ~ ~ sd ~ sd bd ~ ~ sd ~ sd]>`

$: s(brk)
  .lastOf(4, (x) => x.iter(4))
  .lastOf(3, (x) => x.linger(0.25))
  .sometimesBy(0.2, (x) => x.ply(2))
  .gain(0.9)

$: s("hh*8").gain("0.4 0.25").sometimesBy(0.15, (x) => x.s("oh")).degradeBy(0.1)
$: s("<cr ~ ~ ~ ~ ~ ~ ~>").gain(0.25)

$: note("<e1 e1 c1 d1>/2").s("supersaw").unison(3).detune(0.35)
  .lpf(sine.range(200, 600).slow(4)).lpq(4)
  .attack(0.01).release(0.2)
  .gain(0.6)
