# exceptions2: a failing assert prints carets under the comparison and the message after AssertionError [exit 1]
def check_all(values):
    for v in values:
        assert v >= 0, 'negative value: %r' % v
    return True

print(check_all([1, 2, 3]))
try:
    assert 1 == 2
except AssertionError as e:
    print('caught', e.args)
check_all([3, -1, 2])
