"""Shared test set-up: offscreen Qt, and a clean environment for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
