"""The ``fieldapp`` sub-commands, one module per group.

Each module exposes ``register(subparsers)`` that adds its parsers and sets ``handler`` to a
function ``handler(args, ctx) -> int``. Handlers call services, never the database directly.
"""
