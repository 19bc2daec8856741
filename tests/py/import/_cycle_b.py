# helper: sees _cycle_a partially initialised
print("cycle_b start")
import _cycle_a
print("cycle_b sees", hasattr(_cycle_a, "EARLY"), hasattr(_cycle_a, "LATE"))
B_DONE = True
