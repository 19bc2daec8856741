# exceptions2: a runaway recursion prints three entries then "[Previous line repeated N more times]" [exit 1]
def countdown(n):
    return countdown(n + 1)

def start():
    try:
        countdown(0)
    except RecursionError as e:
        print('caught once:', e)
    countdown(0)

start()
