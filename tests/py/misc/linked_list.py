# misc: a singly linked list class with iteration protocol, reversal and removal
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def to_list(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out
    def __len__(self):
        return self.size
    def __contains__(self, v):
        return v in self.to_list()
    def __repr__(self):
        return " -> ".join([repr(v) for v in self.to_list()]) or "empty"

ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push(0)
print(ll, len(ll))
ll.reverse()
print(ll)
print(ll.remove(2), ll.remove(99), ll, len(ll))
print(3 in ll, 2 in ll)
empty = LinkedList()
print(empty, len(empty), empty.remove(1))
big = LinkedList(range(1000))
big.reverse()
print(big.to_list()[:3], len(big))
