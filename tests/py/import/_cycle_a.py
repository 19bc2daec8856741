# helper: imports _cycle_b, which imports this module back while it is half done
print("cycle_a start")
EARLY = "early"
import _cycle_b
LATE = "late"
print("cycle_a end", _cycle_b.B_DONE)
