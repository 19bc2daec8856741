# random: errors with CPython's messages (empty ranges, bad sequences, weights, seeds, bit counts); float arguments
# to randrange are left out: CPython 3.11 prints a DeprecationWarning for them
import random
calls = ['random.randrange(0)', 'random.randrange(5,5)', 'random.randrange(1,10,0)', 'random.randrange(10,1,1)',
         'random.randrange([])', 'random.randrange(1, None, 1)',
         'random.randrange(1, 3, None)', 'random.randrange(5, None, 2)', 'random.randrange(1, 10, 20)',
         'random.randrange(2, 1, -5)', 'random.randrange(0, 10, -1)',
         'random.randint(5,1)', 'random.randint(1, "x")', 'random.choice([])', 'random.choice("")',
         'random.getrandbits(-1)', 'random.getrandbits(1.5)', 'random.sample([1,2],3)', 'random.sample([1,2],-1)',
         'random.sample({1,2},1)', 'random.sample({1: 2},1)', 'random.shuffle(5)', 'random.seed([1])', 'random.seed({})',
         'random.choices([],k=2)', 'random.choices([1,2],[1],k=2)', 'random.choices([1,2],[0,0])',
         'random.choices([1,2],cum_weights=[1])', 'random.choices([1,2],[1, float("inf")])',
         'random.uniform("a",1)', 'random.choice(5)', 'random.choices([1,2],cum_weights=[1,2],weights=[1,1])',
         'random.randrange(2**70,2**70)', 'random.shuffle((1, 2))', 'random.sample(5, 1)', 'random.randbytes(-1)']
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
