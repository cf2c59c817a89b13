"""What an interview needs from the world, injected: the clock, the device, the user, uuids.

The metadata fields of a form (``start``, ``end``, ``today``, ``deviceid``, ``username`` and
the ``meta/instanceID``) and the volatile functions (``now()``, ``today()``, ``random()``,
``uuid()``) take their values from here, so tests run with a fixed clock and fixed uuids, and
the app passes the officer's account and the laptop's device id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo


def local_now() -> datetime:
    """The current time, timezone-aware, in the laptop's zone."""
    return datetime.now().astimezone()


def new_uuid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class InterviewEnvironment:
    """The clock, identities and randomness an interview session uses."""

    clock: Callable[[], datetime] = local_now
    device_id: str = ""
    username: str = ""
    # Other ``property`` metadata a form may ask for (email, phonenumber...).
    properties: Mapping[str, str] = field(default_factory=dict)
    uuid_factory: Callable[[], str] = new_uuid
    # Seed for ``random()``; None draws one per session.
    random_seed: int | None = None
    # The local zone dates are read in (a date is its local midnight, as in ODK); None is
    # the laptop's zone. A fixed clock for tests brings its own zone.
    zone: tzinfo | None = None

    def property(self, name: str) -> str:
        if name == "deviceid":
            return self.device_id
        if name == "username":
            return self.username
        return self.properties.get(name, "")


def metadata_value(
    preload: tuple[str, str] | None, moment: str, environment: InterviewEnvironment
) -> str | None:
    """The value of a metadata field at ``moment`` ("start" or "end"), or None if none is due.

    ``start``/``end`` are timestamps of those moments; ``today``, ``deviceid``, ``username``
    and the ``uuid:`` instance id are filled once, at the start."""
    if preload is None:
        return None
    kind, parameter = preload
    now = environment.clock()
    if kind == "timestamp":
        return now.isoformat(timespec="milliseconds") if parameter == moment else None
    if moment != "start":
        return None
    if kind == "date":
        return now.date().isoformat()
    if kind == "property":
        return environment.property(parameter)
    if kind == "uid":
        value = environment.uuid_factory()
        return value if value.startswith("uuid:") else f"uuid:{value}"
    return None
