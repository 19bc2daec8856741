# mods/heapq.py: the heapq module: a binary min-heap kept in a plain list.
# Layer: library modules (frozen Python). CPython's API and invariants: heap[k] <= heap[2k+1], heap[2k+2].
# SPDX-License-Identifier: MIT

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'nlargest', 'nsmallest', 'merge']


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def _sift_up(heap, pos):
    # Moves heap[pos] toward the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if not item < heap[parent]:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _sift_down(heap, pos):
    # Moves heap[pos] down, swapping with its smaller child, until both children are larger.
    end = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and heap[right] < heap[child]:
            child = right
        if not heap[child] < item:
            break
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item


def heappush(heap, item):
    _check(heap)
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    _check(heap)
    last = heap.pop()   # IndexError on an empty heap, as CPython
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return top


def heapreplace(heap, item):
    _check(heap)
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(heap):
    _check(heap)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down(heap, pos)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key=None, reverse=False):
    # Linear in the number of iterables per item; ties keep the iterables' order, as CPython's.
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for first in it:
            heap.append([first if key is None else key(first), order, first, it])
            break
    pick = max if reverse else min   # both return the first of equal entries
    while heap:
        entry = pick(heap, key=lambda e: e[0])
        yield entry[2]
        for nxt in entry[3]:
            entry[0] = nxt if key is None else key(nxt)
            entry[2] = nxt
            break
        else:
            heap.remove(entry)
