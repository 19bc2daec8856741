# coroutines: throw() and close() reaching the awaiting coroutine through await chains
class Pause:
    def __await__(self):
        return (yield "paused")

async def leaf():
    try:
        return await Pause()
    except ValueError as e:
        return "leaf caught %s" % e
    finally:
        print("leaf finally")

async def middle():
    r = await leaf()
    return "middle got " + str(r)

c = middle()
print(c.send(None))
print(c.cr_await is not None, type(c.cr_await).__name__)
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)

c = middle()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped", e)

c = middle()
c.send(None)
c.close()
print("closed", c.cr_await)

async def ignores():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()

c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
c2 = leaf()
print(c2.cr_running, c2.cr_suspended if hasattr(c2, "cr_suspended") else False)
c2.close()
