"""What an evaluation needs from outside the expression: the clock, the secondary instances,
choice labels, a random source, the prior value for ``once()``; and the per-evaluation context.

:class:`EvaluationEnvironment` is supplied by the caller (the interview session, or
:func:`fieldapp.expressions.evaluate` for one-off use). :class:`Context` is internal: the
node, position and size XPath evaluates against, which change inside predicates, plus the
node ``current()`` returns and the document absolute paths start from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from random import Random

from lxml import etree

from fieldapp.expressions.namespaces import Namespaces
from fieldapp.expressions.nodes import DocumentNode, Node, NodeList


@dataclass
class EvaluationEnvironment:
    """The outside world of an evaluation.

    ``now`` returns an aware datetime; ``today()`` is its local date. ``instances`` maps a
    secondary instance id to its root element (``<root>``, or the ``<instance>`` wrapper).
    ``choice_label(node, value)`` gives the label, in the current language, of choice
    ``value`` of the question bound to ``node``, for ``jr:choice-name``. ``once_value`` is
    the current value of the node being calculated: when it is not None, ``once()`` uses it
    instead of reading the node. ``zone`` is the local time zone dates are read and shown
    in (a date is its local midnight, as in ODK); None is the laptop's own zone. ``itext``
    gives the ``<value>`` elements of a text id in the active language, for ``jr:itext``
    (only when a whole XForm is evaluated on its own). ``namespaces`` resolves the prefixes
    of name tests in a document read with its namespaces; None (a form's instances, read
    without them) matches a name test by its plain tag.
    """

    now: Callable[[], datetime]
    instances: Mapping[str, etree._Element]
    choice_label: Callable[[etree._Element, str], str] | None = None
    random: Random = field(default_factory=Random)
    once_value: str | None = None
    zone: tzinfo | None = None
    itext: Callable[[str], NodeList] | None = None
    namespaces: Namespaces | None = None


class Context:
    """The XPath evaluation context: context node, position and size, and fixed parts."""

    __slots__ = ("current", "env", "main", "node", "position", "size")

    def __init__(
        self,
        node: Node,
        position: int,
        size: int,
        env: EvaluationEnvironment,
        current: Node,
        main: DocumentNode,
    ) -> None:
        self.node = node
        # 0 at the top level: position() then means the repeat index of the context node.
        self.position = position
        self.size = size
        self.env = env
        self.current = current
        self.main = main

    def at(self, node: Node, position: int, size: int) -> Context:
        """The context for one node inside a predicate."""
        return Context(node, position, size, self.env, self.current, self.main)
