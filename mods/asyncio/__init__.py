# mods/asyncio/__init__.py: the asyncio package (also `uasyncio`), MicroPython's API
# with CPython's semantics where both have a function. Layer: library modules (frozen Python).
# SPDX-License-Identifier: MIT

from .core import *
from .funcs import *
from .event import *
from .lock import *
from .stream import *
