# heapq: push/pop order, heapify, replace, pushpop, nsmallest/nlargest with keys, merge, errors
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(all(data[k] <= data[c] for k in range(len(data)) for c in (2 * k + 1, 2 * k + 2) if c < len(data)))
print(heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data[0])
print(heapq.nsmallest(3, [5, 2, 8, 1]), heapq.nlargest(2, [5, 2, 8, 1]), heapq.nsmallest(0, [1]))
print(heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['a', 'cc'], ['bb', 'd'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5], reverse=True)))
h = [(2, 'b'), (1, 'a')]
heapq.heapify(h)
print(heapq.heappop(h))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(None, 1),
            lambda: heapq.heappush([1], 'x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
print(heapq.__name__)
