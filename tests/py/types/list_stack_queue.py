# types: lists used as stacks and queues, plus balanced-bracket checking
stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack[-1])
while stack:
    print("pop", stack.pop())
queue = []
for name in ["a", "b", "c"]:
    queue.append(name)
queue.insert(0, "urgent")
while queue:
    print("serve", queue.pop(0))

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

for t in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{", "a(b)c[d]"]:
    print(repr(t), balanced(t))

ring = list(range(1, 8))
out = []
idx = 0
while ring:
    idx = (idx + 2) % len(ring)
    out.append(ring.pop(idx))
print("josephus order", out)
window = []
avgs = []
for v in [4, 8, 15, 16, 23, 42]:
    window.append(v)
    if len(window) > 3:
        window.pop(0)
    avgs.append(sum(window) // len(window))
print(avgs)
