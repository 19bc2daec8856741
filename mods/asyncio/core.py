# mods/asyncio/core.py: the event loop, futures, tasks and sleeping of asyncio.
# Layer: library modules (frozen Python). Waits with select.poll; time from time.ticks_ms.
# SPDX-License-Identifier: MIT
#
# The structure follows CPython's model, so that programs see the same order of
# events: a FIFO of ready callbacks, a heap of timers, and a poller for I/O.
# A task runs its coroutine one step per callback; a coroutine suspends by
# yielding a Future it waits for (the task then resumes when the future is
# done) or None (resume at the next turn of the loop).

import sys
from time import ticks_ms, ticks_diff, sleep_ms as _block_ms
import select
from heapq import heappush, heappop

__all__ = ['CancelledError', 'TimeoutError', 'InvalidStateError', 'Future', 'Task',
           'Loop', 'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop', 'current_task',
           'create_task', 'ensure_future', 'run', 'sleep', 'sleep_ms', 'all_tasks', 'iscoroutine']


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


_PENDING, _CANCELLED, _FINISHED = 0, 1, 2

_loop = None        # the current event loop
_running = None     # the loop whose run_* is active, or None
_current = None     # the task whose step runs now


def iscoroutine(obj):
    # Coroutines and generators (MicroPython's generator-based tasks) both step by send/throw.
    return hasattr(obj, 'send') and hasattr(obj, 'throw')


# ---- callbacks and timers ------------------------------------------------------------

class Handle:
    __slots__ = ('_cb', '_args', '_cancelled', '_when', '_seq')

    def __init__(self, cb, args, when=0.0, seq=0):
        self._cb = cb
        self._args = args
        self._cancelled = False
        self._when = when
        self._seq = seq

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when / 1000

    def __lt__(self, other):
        # Timers with the same deadline run in the order they were made.
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq


def _default_handler(loop, context):
    print(context.get('message', 'Unhandled exception in event loop'), file=sys.stderr)
    exc = context.get('exception')
    if exc is not None:
        sys.print_exception(exc, sys.stderr)


class Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self._poller = select.poll()
        self._readers = {}      # fd -> Handle
        self._writers = {}
        self._stopping = False
        self._closed = False
        self._handler = None
        self._base = ticks_ms()
        self._elapsed = 0       # ms since the loop was made; ticks_ms wraps, this does not

    # -- time
    def _now(self):
        t = ticks_ms()
        self._elapsed += ticks_diff(t, self._base)
        self._base = t
        return self._elapsed

    def time(self):
        return self._now() / 1000

    # -- scheduling
    def call_soon(self, cb, *args, context=None):
        h = Handle(cb, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, cb, *args, context=None):
        return self._call_at_ms(self._now() + delay * 1000, cb, args)

    def call_at(self, when, cb, *args, context=None):
        return self._call_at_ms(when * 1000, cb, args)

    def _call_at_ms(self, when, cb, args):
        self._seq += 1
        h = Handle(cb, args, when, self._seq)
        heappush(self._timers, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        return Task(coro, loop=self, name=name)

    # -- I/O readiness, level-triggered as CPython's selector loops
    def _update(self, fd):
        mask = 0
        if fd in self._readers:
            mask |= select.POLLIN
        if fd in self._writers:
            mask |= select.POLLOUT
        if mask:
            self._poller.register(fd, mask)
        else:
            try:
                self._poller.unregister(fd)
            except (KeyError, OSError):
                pass

    def add_reader(self, fd, cb, *args):
        fd = _fileno(fd)
        self._readers[fd] = Handle(cb, args)
        self._update(fd)

    def remove_reader(self, fd):
        fd = _fileno(fd)
        found = self._readers.pop(fd, None) is not None
        self._update(fd)
        return found

    def add_writer(self, fd, cb, *args):
        fd = _fileno(fd)
        self._writers[fd] = Handle(cb, args)
        self._update(fd)

    def remove_writer(self, fd):
        fd = _fileno(fd)
        found = self._writers.pop(fd, None) is not None
        self._update(fd)
        return found

    # -- errors in callbacks
    def set_exception_handler(self, handler):
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context):
        _default_handler(self, context)

    def call_exception_handler(self, context):
        if self._handler is None:
            _default_handler(self, context)
        else:
            self._handler(self, context)

    # -- running
    def _run_once(self):
        timers = self._timers
        while timers and timers[0]._cancelled:
            heappop(timers)
        if self._ready or self._stopping:
            timeout = 0
        elif timers:
            timeout = timers[0]._when - self._now()
            timeout = 0 if timeout <= 0 else int(timeout) + (timeout != int(timeout))
        else:
            timeout = -1
        if self._readers or self._writers:
            for fd, ev in self._poller.ipoll(timeout):
                if ev & ~select.POLLOUT and fd in self._readers:
                    self._ready.append(self._readers[fd])
                if ev & ~select.POLLIN and fd in self._writers:
                    self._ready.append(self._writers[fd])
        elif timeout > 0:
            _block_ms(timeout)
        elif timeout < 0:
            # Nothing can wake the loop but a callback scheduled from outside
            # (micropython.schedule); wait for it as CPython would, interruptibly.
            _block_ms(10)
        now = self._now()
        while timers and (timers[0]._cancelled or timers[0]._when <= now):
            h = heappop(timers)
            if not h._cancelled:
                self._ready.append(h)
        n = len(self._ready)
        batch = self._ready[:n]
        del self._ready[:n]
        for h in batch:
            if h._cancelled:
                continue
            try:
                h._cb(*h._args)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as e:
                self.call_exception_handler({'message': 'Exception in callback',
                                             'exception': e})

    def run_forever(self):
        global _running
        if _running is not None:
            raise RuntimeError('This event loop is already running')
        _set_loop(self)
        _running = self
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            _running = None

    def run_until_complete(self, future):
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return _running is self

    def is_closed(self):
        return self._closed

    def close(self):
        if _running is self:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready = []
        self._timers = []


def _stop_loop(fut):
    fut._loop.stop()


def _fileno(obj):
    return obj if isinstance(obj, int) else obj.fileno()


def _set_loop(loop):
    global _loop
    _loop = loop


def get_event_loop():
    global _loop
    if _loop is None or _loop._closed:
        _loop = Loop()
    return _loop


def set_event_loop(loop):
    _set_loop(loop)


def new_event_loop():
    global _loop
    _loop = Loop()
    return _loop


def get_running_loop():
    if _running is None:
        raise RuntimeError('no running event loop')
    return _running


def current_task(loop=None):
    return _current


# ---- futures and tasks ----------------------------------------------------------------

class Future:
    _blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._retrieved = False

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def get_loop(self):
        return self._loop

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state == _PENDING:
            raise InvalidStateError('Result is not set.')
        self._retrieved = True
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state == _PENDING:
            raise InvalidStateError('Exception is not set.')
        self._retrieved = True
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        cbs = self._callbacks
        self._callbacks = []
        for fn in cbs:
            self._loop.call_soon(fn, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._schedule_callbacks()
        return True

    def __await__(self):
        if self._state == _PENDING:
            self._blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_count = 0
_tasks = []          # tasks not yet done, for all_tasks() and run()'s clean-up
_failed = []         # done tasks whose exception nobody has looked at yet


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        global _task_count
        super().__init__(loop=loop)
        self._coro = coro
        self._waiting = None       # the future this task waits for
        self._must_cancel = False
        _task_count += 1
        self._name = name if name is not None else 'Task-%d' % _task_count
        _tasks.append(self)
        self._loop.call_soon(self._step)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def __repr__(self):
        state = ('pending', 'cancelled', 'finished')[self._state]
        return '<Task %s name=%r>' % (state, self._name)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        if self._waiting is not None and self._waiting.cancel():
            # The wake-up this schedules throws CancelledError into the coroutine.
            return True
        self._must_cancel = True
        return True

    def _finish(self):
        if self in _tasks:
            _tasks.remove(self)

    def _step(self, exc=None):
        global _current
        if self._state != _PENDING:
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError()
            self._must_cancel = False
        self._waiting = None
        prev = _current
        _current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self)
            else:
                Future.set_result(self, e.value)
        except CancelledError:
            self._finish()
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            self._finish()
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            self._finish()
            Future.set_exception(self, e)
            _failed.append(self)
        else:
            if isinstance(result, Future) and result._blocking:
                result._blocking = False
                if result is self:
                    self._loop.call_soon(self._step,
                                         RuntimeError('Task cannot await on itself: %r' % self))
                else:
                    result.add_done_callback(self._wakeup)
                    self._waiting = result
                    if self._must_cancel and result.cancel():
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError('Task got bad yield: %r' % (result,)))
        finally:
            _current = prev

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


def all_tasks(loop=None):
    return set(_tasks)


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        return loop.create_task(_wrap_awaitable(obj))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(aw):
    return await aw


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


# ---- sleeping --------------------------------------------------------------------------

class _Yield:
    # `await _yield` gives the loop one turn: the task is rescheduled at once.
    def __await__(self):
        yield

    __iter__ = __await__


_yield = _Yield()


def _set_unless_cancelled(fut, result):
    if not fut.done():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


async def sleep_ms(ms):
    # MicroPython's: sleep for [ms] milliseconds.
    if ms <= 0:
        await _yield
        return
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop._call_at_ms(loop._now() + ms, _set_unless_cancelled, (fut, None))
    try:
        await fut
    finally:
        h.cancel()


# ---- run ---------------------------------------------------------------------------------

def _report_unretrieved(loop):
    for t in _failed:
        if not t._retrieved and t._exception is not None:
            loop.call_exception_handler({'message': 'Task exception was never retrieved',
                                         'exception': t._exception})
    del _failed[:]


def _cancel_remaining(loop):
    left = [t for t in _tasks if t._loop is loop]
    if not left:
        return
    for t in left:
        t.cancel()
    from .funcs import gather
    loop.run_until_complete(gather(*left, return_exceptions=True))


def run(main, *, debug=None):
    if _running is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_remaining(loop)
            _report_unretrieved(loop)
        finally:
            loop.close()
