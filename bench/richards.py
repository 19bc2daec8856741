# richards: an operating-system task scheduler simulation (idle, worker, handler and device tasks).
# SPDX-License-Identifier: MIT
# Method calls, attribute access, linked packet queues; written here from the idea of Richards' benchmark.

import sys

DEFAULT = 60
TINY = 1

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUF_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        # Puts this packet at the end of queue (a chain through .link); returns the head.
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, held, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = held
        self.waiting = waiting or queue is not None
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            self.waiting = False
        return p

    def receive(self, packet):
        # A packet arrives for this task; returns the task to run next.
        self.queue = packet.append_to(self.queue)
        if self.waiting and not self.held and self.priority > self.sched.current.priority:
            self.waiting = False
            return self
        if self.waiting and not self.held:
            self.waiting = False
        return self.sched.current


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False, False)
        self.v1 = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.sched.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, False, True)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.count = 0
        for i in range(BUF_SIZE):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.sched.send(packet, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, queue):
        Task.__init__(self, sched, ident, 2000 + ident, queue, False, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.count < BUF_SIZE:
                if self.devices is not None:
                    d = self.devices
                    self.devices = d.link
                    d.data[0] = w.data[w.count]
                    w.count += 1
                    return self.sched.send(d, DEVICE_A if self.ident == HANDLER_A else DEVICE_B)
            else:
                self.work = w.link
                return self.sched.send(w, WORKER)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident, 4000 + ident, None, False, True)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.send(p, HANDLER_A if self.ident == DEVICE_A else HANDLER_B)
        self.pending = packet
        self.sched.holds += 0
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.holds = 0
        self.sends = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet, ident):
        self.sends += 1
        packet.ident = self.current.ident
        return self.table[ident].receive(packet)

    def schedule(self):
        # Tasks are kept by falling priority; run the first runnable one.
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                t = t.run(t.take_packet() if not t.waiting or t.queue is not None else None)
            else:
                t = t.next


def run_once(count):
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, wq)
    q = None
    for _ in range(3):
        q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, q)
    q = None
    for _ in range(3):
        q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, q)
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    # Keep the list in priority order, highest first, as schedule() assumes.
    order = sorted((t for t in s.table), key=lambda t: -t.priority)
    for a, b in zip(order, order[1:] + [None]):
        a.next = b
    s.tasks = order[0]
    s.schedule()
    return s.holds, s.sends


def main(n):
    holds = sends = 0
    for _ in range(n):
        h, q = run_once(1000)
        holds += h
        sends += q
    print(n, holds, sends)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
