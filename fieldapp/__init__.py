"""fieldapp: offline, encrypted human-trafficking screening interviews.

The core package. Nothing under ``fieldapp`` imports Qt or ``ui``: the same core drives the
command line, the desktop app and the tests.
"""

__version__ = "0.1.0"
