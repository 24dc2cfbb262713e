note("c4 e4").control("74:0.5").midi("IAC Bus 1")
$: s("bd").osc()
