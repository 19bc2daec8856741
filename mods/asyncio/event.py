# mods/asyncio/event.py: asyncio.Event, and MicroPython's ThreadSafeFlag.
# Layer: library modules (frozen Python), on the futures of core.py.
# SPDX-License-Identifier: MIT

from .core import get_event_loop

__all__ = ['Event', 'ThreadSafeFlag']


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_event_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class ThreadSafeFlag:
    # A flag one task waits on, set from anywhere (a micropython.schedule
    # callback, another task); wait() clears it again.
    def __init__(self):
        self._flag = False
        self._waiter = None

    def set(self):
        self._flag = True
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        while not self._flag:
            if self._waiter is not None:
                raise RuntimeError('another task is already waiting')
            self._waiter = get_event_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        self._flag = False
