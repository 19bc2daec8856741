# mods/urequests.py: the old name of the requests module (MicroPython's urequests).
# Layer: library modules (frozen Python).
# SPDX-License-Identifier: MIT

from requests import *
from requests import Response, request
