# exceptions2: carets for augmented assignments: the operation underlines the statement, the store its target [exit 1]
class Box:
    def __init__(self):
        self.items = (1, 2)
        self.count = 'n'

def bump(box):
    try:
        box.count += 1
    except TypeError as e:
        print('TypeError', e)
    box.items[0] += 10

print('start')
bump(Box())
