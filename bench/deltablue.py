# deltablue: an incremental one-way constraint solver with strengths (the DeltaBlue algorithm's idea).
# SPDX-License-Identifier: MIT
# Written here: variables, stay/edit/equality/scale constraints, plans; chain and projection tests.

import sys

DEFAULT = 600
TINY = 4

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = range(3)


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        for v in self.variables():
            v.constraints.append(self)
        self.planner.incremental_add(self)

    def remove(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        for v in self.variables():
            v.constraints.remove(self)

    def satisfy(self, mark):
        # Picks a way to satisfy this constraint; returns the constraint it overrode, if any.
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, v, strength):
        Constraint.__init__(self, planner, strength)
        self.v = v
        self.satisfied = False
        self.add()

    def variables(self):
        return (self.v,)

    def choose_method(self, mark):
        self.satisfied = self.v.mark != mark and stronger(self.strength, self.v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.v

    def recalculate(self):
        self.v.walk_strength = self.strength
        self.v.stay = not self.is_input()
        if self.v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, a, b, strength):
        Constraint.__init__(self, planner, strength)
        self.a = a
        self.b = b
        self.direction = NONE

    def variables(self):
        return (self.a, self.b)

    def choose_method(self, mark):
        a, b = self.a, self.b
        if a.mark == mark:
            ok = b.mark != mark and stronger(self.strength, b.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif b.mark == mark:
            ok = a.mark != mark and stronger(self.strength, a.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(b.walk_strength, a.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, a.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, b.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk_strength = weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, a, b, strength):
        BinaryConstraint.__init__(self, planner, a, b, strength)
        self.add()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    # b = a * scale + offset, where scale and offset are variables too.
    def __init__(self, planner, a, scale, offset, b, strength):
        BinaryConstraint.__init__(self, planner, a, b, strength)
        self.scale = scale
        self.offset = offset
        self.add()

    def variables(self):
        return (self.a, self.b, self.scale, self.offset)

    def mark_inputs(self, mark):
        self.input().mark = self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk_strength = weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph = None
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consuming(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consuming(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def extract_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = [c for c in sources if c.is_input() and c.is_satisfied()]
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_consuming(c.output(), todo)
        return plan


def run_plan(plan):
    for c in plan:
        c.execute()


def chain_test(n):
    # A chain of equalities: edits at the head must reach the tail.
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(planner, vs[i], vs[i + 1], REQUIRED)
    StayConstraint(planner, vs[n], STRONG_DEFAULT)
    edit = EditConstraint(planner, vs[0], PREFERRED)
    plan = planner.extract_plan([edit])
    total = 0
    for i in range(100):
        vs[0].value = i
        run_plan(plan)
        if vs[n].value != i:
            raise RuntimeError("chain test failed")
        total += vs[n].value
    edit.remove()
    return total


def projection_test(n):
    # dst = src * scale + offset for n pairs; edit the scale, the offset, then a destination.
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs = []
    dsts = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dsts.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    total = 0
    for var, values in ((scale, (5, 17)), (offset, (2000, 3)), (dsts[n // 2], (4242, 77))):
        edit = EditConstraint(planner, var, PREFERRED)
        plan = planner.extract_plan([edit])
        for val in values:
            var.value = val
            run_plan(plan)
            total += sum(d.value for d in dsts) + sum(s.value for s in srcs)
        edit.remove()
    return total


def main(n):
    a = b = 0
    # Once only at the tiny size, which tests run under GC stress.
    for i in range(24 if n > TINY else 1):
        a += chain_test(n)
        b += projection_test(n)
    print(n, a, b)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
