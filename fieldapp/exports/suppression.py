"""Small-cell suppression of a two-way table of counts before it leaves the app.

CTDC's rule (k = 11): no published number may describe fewer than 11 people, and no withheld
number may be recovered from the ones published. A table is treated with its margins as one
extended grid: the interior cells, a total for each row, a total for each column and the grand
total. Every row and every column of that grid is an equation (its parts add up to its total).

1. Primary suppression: every entry (interior cell or total) under the threshold is withheld,
   zeros included, so a reader never learns that a group is empty or tiny.
2. Complementary suppression: seen as a graph whose nodes are the grid's rows and columns and
   whose edges are the withheld entries, a withheld entry can be worked out exactly from the
   published ones if and only if its edge is a bridge (it lies on no cycle); otherwise the
   equations leave it free to move along the cycle. Each bridge is closed into a cycle by the
   cheapest path through other entries (Dijkstra): already withheld entries cost nothing,
   totals are withheld only when no interior path exists at lower cost, then the path that
   withholds the fewest people and cells wins. This repeats until no bridge remains.

This protects against exact recovery by subtraction, through any number of rows and columns,
not against bounds (a reader still knows a withheld cell is at most its row total).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

CTDC_THRESHOLD = 11

# A grid position (row, column) in the extended grid; the last row and column are the totals.
Position = tuple[int, int]
# A node of the suppression graph: ("r", row) or ("c", column) of the extended grid.
Node = tuple[str, int]


@dataclass(frozen=True)
class CountTable:
    """A two-way table of non-negative counts, before suppression."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        if not self.row_labels or not self.column_labels:
            raise ValueError("a count table needs at least one row and one column")
        if len(self.counts) != len(self.row_labels):
            raise ValueError("one row of counts is needed per row label")
        for row in self.counts:
            if len(row) != len(self.column_labels):
                raise ValueError("one count is needed per column label")
            if any(value < 0 for value in row):
                raise ValueError("counts cannot be negative")

    @classmethod
    def build(
        cls,
        row_labels: Sequence[str],
        column_labels: Sequence[str],
        counts: Sequence[Sequence[int]],
    ) -> CountTable:
        return cls(tuple(row_labels), tuple(column_labels), tuple(tuple(r) for r in counts))

    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.counts)

    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.counts, strict=True))

    def grand_total(self) -> int:
        return sum(self.row_totals())

    def extended_grid(self) -> tuple[tuple[int, ...], ...]:
        """The counts with a total column on the right and a total row at the bottom."""
        rows = [(*row, total) for row, total in zip(self.counts, self.row_totals(), strict=True)]
        rows.append((*self.column_totals(), self.grand_total()))
        return tuple(rows)


@dataclass(frozen=True)
class SuppressedTable:
    """A table fit to publish: ``None`` marks a withheld number."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    grand_total: int | None
    threshold: int
    # Withheld because small (primary) or to protect a small one (complementary).
    primary: frozenset[Position] = field(default_factory=frozenset)
    complementary: frozenset[Position] = field(default_factory=frozenset)

    def as_rows(self, *, mark: str = "*", total_label: str = "Total") -> list[list[str]]:
        """Header and body rows for a CSV file, withheld numbers shown as ``mark``."""

        def show(value: int | None) -> str:
            return mark if value is None else str(value)

        rows = [["", *self.column_labels, total_label]]
        for label, cells, total in zip(
            self.row_labels, self.cells, self.row_totals, strict=True
        ):
            rows.append([label, *(show(v) for v in cells), show(total)])
        rows.append(
            [total_label, *(show(v) for v in self.column_totals), show(self.grand_total)]
        )
        return rows


def suppress_table(table: CountTable, threshold: int = CTDC_THRESHOLD) -> SuppressedTable:
    """Withhold every number under ``threshold`` and enough others that none can be recovered."""
    grid = table.extended_grid()
    primary = {
        (r, c)
        for r, row in enumerate(grid)
        for c, value in enumerate(row)
        if value < threshold
    }
    withheld = set(primary)
    _complete_cycles(grid, withheld)
    shown = [
        [None if (r, c) in withheld else value for c, value in enumerate(row)]
        for r, row in enumerate(grid)
    ]
    return SuppressedTable(
        row_labels=table.row_labels,
        column_labels=table.column_labels,
        cells=tuple(tuple(row[:-1]) for row in shown[:-1]),
        row_totals=tuple(row[-1] for row in shown[:-1]),
        column_totals=tuple(shown[-1][:-1]),
        grand_total=shown[-1][-1],
        threshold=threshold,
        primary=frozenset(primary),
        complementary=frozenset(withheld - primary),
    )


def suppress_series(
    labels: Sequence[str],
    counts: Sequence[int],
    threshold: int = CTDC_THRESHOLD,
) -> tuple[tuple[int | None, ...], int | None]:
    """Suppress a one-way series with its total (a bar chart): the values and the total."""
    result = suppress_table(
        CountTable.build(labels, ["count"], [[count] for count in counts]), threshold
    )
    return tuple(row[0] for row in result.cells), result.grand_total


def recoverable_positions(withheld: set[Position] | frozenset[Position]) -> set[Position]:
    """The withheld grid positions that the published numbers determine exactly (bridges)."""
    return _bridges(withheld)


def _complete_cycles(grid: tuple[tuple[int, ...], ...], withheld: set[Position]) -> None:
    while True:
        bridges = _bridges(withheld)
        if not bridges:
            return
        # Close the bridge whose endpoints are cheapest to join first; deterministic order.
        bridge = min(bridges)
        withheld.update(_cheapest_detour(grid, withheld, bridge))


def _bridges(withheld: set[Position] | frozenset[Position]) -> set[Position]:
    """Edges on no cycle in the bipartite graph rows -- withheld entries -- columns."""
    adjacency: dict[Node, list[tuple[Node, Position]]] = {}
    for r, c in withheld:
        adjacency.setdefault(("r", r), []).append((("c", c), (r, c)))
        adjacency.setdefault(("c", c), []).append((("r", r), (r, c)))
    order: dict[Node, int] = {}
    low: dict[Node, int] = {}
    bridges: set[Position] = set()
    for root in sorted(adjacency):
        if root in order:
            continue
        # Iterative Tarjan: (node, edge used to reach it, iterator over its edges).
        order[root] = low[root] = len(order)
        stack: list[tuple[Node, Position | None, Iterator[tuple[Node, Position]]]] = [
            (root, None, iter(adjacency[root]))
        ]
        while stack:
            node, via, edges = stack[-1]
            advanced = False
            for neighbour, edge in edges:
                if edge == via:
                    continue
                if neighbour in order:
                    low[node] = min(low[node], order[neighbour])
                    continue
                order[neighbour] = low[neighbour] = len(order)
                stack.append((neighbour, edge, iter(adjacency[neighbour])))
                advanced = True
                break
            if advanced:
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[node])
                if low[node] > order[parent] and via is not None:
                    bridges.add(via)
    return bridges


def _cheapest_detour(
    grid: tuple[tuple[int, ...], ...], withheld: set[Position], bridge: Position
) -> list[Position]:
    """Entries to withhold so that ``bridge`` lies on a cycle: a cheapest row-to-column path."""
    last_row, last_column = len(grid) - 1, len(grid[0]) - 1

    def cost(position: Position) -> tuple[int, int, int]:
        if position in withheld:
            return (0, 0, 0)
        r, c = position
        is_total = int(r == last_row) + int(c == last_column)
        return (is_total, grid[r][c], 1)

    start, goal = ("r", bridge[0]), ("c", bridge[1])
    best: dict[tuple[str, int], tuple[int, int, int]] = {start: (0, 0, 0)}
    came_from: dict[tuple[str, int], tuple[tuple[str, int], Position]] = {}
    queue: list[tuple[tuple[int, int, int], tuple[str, int]]] = [((0, 0, 0), start)]
    while queue:
        distance, node = heapq.heappop(queue)
        if node == goal:
            break
        if distance > best.get(node, distance):
            continue
        kind, index = node
        if kind == "r":
            steps = [(("c", c), (index, c)) for c in range(last_column + 1)]
        else:
            steps = [(("r", r), (r, index)) for r in range(last_row + 1)]
        for neighbour, position in steps:
            if position == bridge:
                continue
            step = cost(position)
            candidate = (distance[0] + step[0], distance[1] + step[1], distance[2] + step[2])
            if candidate < best.get(neighbour, (1 << 62, 0, 0)):
                best[neighbour] = candidate
                came_from[neighbour] = (node, position)
                heapq.heappush(queue, (candidate, neighbour))
    if goal not in came_from:
        # Only a 1 x 1 extended grid has no detour; everything is then withheld already.
        return [(r, c) for r in range(last_row + 1) for c in range(last_column + 1)]
    path: list[Position] = []
    node = goal
    while node != start:
        node, position = came_from[node]
        path.append(position)
    return path
