$: ccn(74).ccv("<0 1>").progNum(7).midichan(3).midi("FX")
