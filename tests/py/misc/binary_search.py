# misc: binary search (iterative and recursive) and insertion point on sorted lists
def bsearch(lst, x):
    lo, hi = 0, len(lst) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if lst[mid] == x:
            return mid
        if lst[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def bsearch_rec(lst, x, lo=0, hi=None):
    if hi is None:
        hi = len(lst)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == x:
        return mid
    if lst[mid] < x:
        return bsearch_rec(lst, x, mid + 1, hi)
    return bsearch_rec(lst, x, lo, mid)

def bisect_left(lst, x):
    lo, hi = 0, len(lst)
    while lo < hi:
        mid = (lo + hi) // 2
        if lst[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [i * 3 for i in range(100)]
for x in [0, 3, 150, 297, 298, -1, 1000]:
    print(x, bsearch(data, x), bsearch_rec(data, x), bisect_left(data, x))
print(all([bsearch(data, v) == i for i, v in enumerate(data)]))
words = sorted(["pear", "apple", "fig", "kiwi", "banana", "cherry"])
print(words, bsearch(words, "kiwi"), bsearch(words, "grape"), bisect_left(words, "grape"))
ins = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    ins.insert(bisect_left(ins, v), v)
print(ins)
