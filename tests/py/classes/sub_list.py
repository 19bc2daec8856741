# subclasses of list: overridden methods are used by Python syntax and builtins
class Vec(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)
    def __len__(self):
        return list.__len__(self)
    def total(self):
        return sum(self)

v = Vec([1, 2, 3])
print(v[0], v[-1])
v[1] = 20
print(v, v.total(), len(v), type(v).__name__)
print(v[0:2], type(v[0:2]).__name__)
v.append(4)
print(v, isinstance(v, list), list(v) == [1, 20, 3, 4])
print(v + [5], type(v + [5]).__name__)

class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = 0
    def push(self, x):
        self.pushes += 1
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack(1, 2)
s.push(3)
print(s, s.peek(), s.pushes, s.pop(), s)
s += [9]
print(s, type(s).__name__, s.pushes)
print(Stack() == [], bool(Stack()), sorted(Stack(3, 1, 2)))

class Counted(list):
    def append(self, x):
        super().append(x * 10)
c = Counted()
c.append(1)
c.extend([2])
print(c)
class Iterated(list):
    def __iter__(self):
        return iter(["fixed"])
print(list(Iterated([1, 2])), [x for x in Iterated([1])], len(Iterated([1, 2])))
class Contains(list):
    def __contains__(self, x):
        return True
print(5 in Contains(), 5 in list(Contains()))
