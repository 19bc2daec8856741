# rich comparison fallbacks: == to identity, != to not ==, ordering to TypeError
class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != a, a != b)
for op in ('<', '<=', '>', '>='):
    try:
        if op == '<': a < b
        elif op == '<=': a <= b
        elif op == '>': a > b
        else: a >= b
    except TypeError as e:
        print(e)
try:
    a < 1
except TypeError as e:
    print(e)
try:
    1 >= a
except TypeError as e:
    print(e)
try:
    [1] < 'a'
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
try:
    {} <= {}
except TypeError as e:
    print(e)
try:
    (1, 2) < (1, 'a')
except TypeError as e:
    print(e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(e)
# reflected: a < b tries type(b).__gt__
class G:
    def __gt__(self, o): return 'G.gt'
    def __le__(self, o): return 'G.le'
print(a < G(), a >= G(), 1 < G(), 'x' >= G())
# both NotImplemented for ==: identity
class NI:
    def __eq__(self, o): return NotImplemented
    __hash__ = object.__hash__
n = NI()
print(n == n, n == NI(), n != n, n != NI())
# the reflected __eq__ of the right operand
class E:
    def __eq__(self, o): return 'E.eq'
print(1 == E(), 'x' == E(), a == E(), E() == a)
# != with only a reflected __ne__
class Ne:
    def __ne__(self, o): return 'Ne.ne'
print(1 != Ne(), a != Ne())
# ordering NotImplemented from both sides: TypeError naming the original order
class L:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    L() < 1
except TypeError as e:
    print(e)
try:
    1 < L()
except TypeError as e:
    print(e)
