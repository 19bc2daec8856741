# misc: a deterministic bank-queue simulation using lists as FIFO queues and an LCG
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1664525 + 1013904223) % (2 ** 32)
        return self.state % n

rng = LCG(2024)
queue = []
tellers = [None, None, None]
served = 0
wait_total = 0
max_len = 0
log = []
for t in range(200):
    if rng.next(10) < 6:
        queue.append((t, 1 + rng.next(7)))
    for i in range(len(tellers)):
        cur = tellers[i]
        if cur is not None:
            remaining = cur - 1
            tellers[i] = remaining if remaining > 0 else None
        if tellers[i] is None and queue:
            arrived, duration = queue.pop(0)
            wait_total += t - arrived
            served += 1
            tellers[i] = duration
            if served % 25 == 0:
                log.append((t, i, arrived, duration))
    max_len = max(max_len, len(queue))
print("served", served, "waiting", len(queue), "max queue", max_len)
print("average wait x100", wait_total * 100 // served)
for entry in log:
    print(entry)
print([x for x in tellers])
