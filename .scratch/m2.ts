setcps(1)
$: note("c4 e4 g4 c5").midichan(2).midi("Synth")
$: ccn(74).ccv("<0 1>").progNum(7).midi()
$: s("bd*2")
