# exceptions2: uncaught implicit chains print every exception with "During handling ..." between them [exit 1]
def cleanup(items):
    items['closed'] += 1

def work(items):
    try:
        return items['data'][3]
    except IndexError:
        cleanup(items)

def run():
    state = {'data': [1, 2]}
    try:
        work(state)
    finally:
        print('finally runs before the traceback')

run()
