// House drums — a four-on-the-floor groove from the built-in synthesized kit.
// Shows: one $: block per instrument, subdivision with [ ], euclidean rhythms, patterned gain.
// Performance notes: mute a block by writing _$:, try "bd*4" -> "bd*2 [~ bd] bd*2" for a skip.
setcpm(124 / 4)

$: s("bd*4").gain(1.3)
$: s("~ cp ~ cp").gain(1.6).room(0.15)
$: s("[~ oh]*4").gain(0.45).hpf(3000)
$: s("hh*16").gain("0.35 0.2 0.5 0.2").pan(sine.range(0.35, 0.65).slow(2))
$: s("rim(3,8,2)").gain(0.3)
$: s("<~ ~ ~ [~ ~ ~ lt] ~ ~ ~ [~ ~ mt ht]>").gain(0.45)
$: s("<cr ~ ~ ~>").gain(0.25)
