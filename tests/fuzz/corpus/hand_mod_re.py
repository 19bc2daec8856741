# fuzz seed: re syntax, matching, groups, sub and split
import re
for p, s in [(r'(a|b)*?c', 'ababc'), (r'(?P<x>\d+)-(?P=x)', '12-12'), (r'^\w+\s*$', 'ab \n'),
             (r'[^a-c]{2,}?', 'xyzabc'), (r'(?i)A.B', 'a\nb'), (r'(?sm)a.b|^c$', 'a\nb\nc'),
             (r'\bx\B', 'xx'), (r'(a)(?:b)(c)?', 'ab'), (r'a++b|c*+', 'aab'), (r'(?=a)a|(?!b)c', 'c')]:
    r = re.compile(p)
    m = r.search(s)
    print(p, m and (m.group(0), m.groups(), m.span(), m.groupdict(), m.lastindex))
    print(r.findall(s), r.sub(lambda m: '<' + m.group(0) + '>', s), r.split(s, 2), r.subn(r'\g<0>', s))
    print([m.start() for m in r.finditer(s)], r.fullmatch(s), r.flags, r.groups)
print(re.escape('a.b*c'), re.sub('x', r'\n\\', 'axb'))
