# mods/asyncio/funcs.py: asyncio functions over several awaitables: gather, wait_for, wait_for_ms.
# Layer: library modules (frozen Python), on the futures and tasks of core.py.
# SPDX-License-Identifier: MIT

from .core import (CancelledError, Future, ensure_future, get_event_loop, get_running_loop)

__all__ = ['gather', 'wait_for', 'wait_for_ms', 'shield']


class _GatheringFuture(Future):
    # Cancelling a gather cancels every child still running, as CPython's.
    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel():
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = get_event_loop()
    if not aws:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    for aw in aws:
        fut = ensure_future(aw, loop=loop)
        loop = fut.get_loop()
        children.append(fut)
    outer = _GatheringFuture(children, loop)
    state = [0]

    def child_done(fut):
        state[0] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()     # the exception counts as seen: gather has taken it
            return
        if not return_exceptions:
            if fut.cancelled():
                Future.set_exception(outer, CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                Future.set_exception(outer, exc)
                return
        if state[0] == len(children):
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                else:
                    exc = c.exception()
                    results.append(exc if exc is not None else c.result())
            if outer._cancel_requested:
                Future.set_exception(outer, CancelledError())
            else:
                Future.set_result(outer, results)

    for c in children:
        c.add_done_callback(child_done)
    return outer


def _release(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    # Cancels [fut] and waits until it has really finished (its clean-up ran).
    loop = get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(aw, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await aw
    fut = ensure_future(aw, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release, waiter)
    cb = lambda f: _release(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            # wait_for itself was cancelled: so is what it waits for.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        handle.cancel()


def wait_for_ms(aw, timeout):
    # MicroPython's: wait_for with the timeout in milliseconds.
    return wait_for(aw, timeout / 1000 if timeout is not None else None)


def shield(aw):
    # The result of [aw], which cancelling the shield does not cancel.
    inner = ensure_future(aw)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(f):
        if outer.cancelled():
            if not f.cancelled():
                f.exception()
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    inner.add_done_callback(inner_done)
    return outer
