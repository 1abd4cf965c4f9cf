"""What a write changed, as a typed set of kinds of data (like Anki's ``OpChanges``).

Every core function that writes is declared with ``@writes(participants=True, …)``: the names are
the fields of ``ChangeSet``, so a misspelt kind fails when the module is imported, not as a page
that silently shows stale data. A successful call records its ``ChangeSet`` in the collector of the
calling thread (``collect()``); the app's job helper collects around each job and publishes the
union, so a page learns about every write the core did, including writes nested in other writes
(an import that enrols). Functions whose changes depend on what they found (a bundle merge, an
import that wrote nothing) record them themselves with ``record()``. The command line ignores all of
this: nothing is collected when no ``collect()`` is open, and return values are unchanged.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any, TypeVar


@dataclass(frozen=True)
class ChangeSet:
    """The kinds of data one or more writes changed (each field: that table or file)."""

    workshops: bool = False
    sessions: bool = False
    participants: bool = False
    enrolments: bool = False
    attendance: bool = False
    checkin_events: bool = False
    badge_tokens: bool = False
    certificates: bool = False
    outbox: bool = False
    quiz_scores: bool = False
    settings: bool = False
    organisations: bool = False
    curricula: bool = False

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def any_of(self, other: ChangeSet) -> bool:
        """True when this set and ``other`` share a kind (a page's interest against a write)."""
        return any(getattr(self, f.name) and getattr(other, f.name) for f in fields(self))

    def names(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]

    @classmethod
    def of(cls, *names: str) -> ChangeSet:
        """From kind names (an unknown name raises ``TypeError``)."""
        return cls(**dict.fromkeys(names, True))

    @classmethod
    def everything(cls) -> ChangeSet:
        """After a change of whole file (restore, encryption, a merged bundle of many tables)."""
        return cls(**{f.name: True for f in fields(cls)})


NOTHING = ChangeSet()

_local = threading.local()


class Collector:
    """The union of the change sets recorded on this thread while it is open."""

    def __init__(self) -> None:
        self.changes = NOTHING

    def add(self, changes: ChangeSet) -> None:
        self.changes = self.changes | changes


@contextmanager
def collect() -> Iterator[Collector]:
    """Collect what the core writes on this thread in the block (nested blocks also feed outer ones)."""
    stack: list[Collector] = _local.__dict__.setdefault("stack", [])
    collector = Collector()
    stack.append(collector)
    try:
        yield collector
    finally:
        stack.remove(collector)
        for outer in stack:
            outer.add(collector.changes)


def record(changes: ChangeSet) -> ChangeSet:
    """Record ``changes`` in the innermost open collector of this thread; returns them."""
    stack = _local.__dict__.get("stack")
    if stack and changes:
        stack[-1].add(changes)
    return changes


F = TypeVar("F", bound=Callable[..., Any])


def writes(**kinds: bool) -> Callable[[F], F]:
    """Declare what a core function writes; a successful call records it (``fn.changes`` holds it)."""
    declared = ChangeSet(**kinds)  # an unknown kind is a TypeError at import time

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            record(declared)
            return result

        wrapper.changes = declared  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
