"""Which loopback address each program's website lives on.

On Linux every address in 127.0.0.0/8 reaches this machine without setup, so giving programs
their own address makes Scrapy's per-host download slots and politeness behave as they would on
the real web. Each address costs one listening socket (a file descriptor), so we cap them: the
first ``MAX_OWN_HOSTS`` programs may get their own address, and every other program lives under
a path prefix on one of ``SHARED_HOSTS`` "university" hosts, as departments often do.

The mapping depends only on the program index and its own RNG, never on how many programs are
served, so program ``i`` keeps its URL whatever ``--programs N`` is.
"""

from __future__ import annotations

REGISTRY_HOST = "127.0.0.1"
SHARED_HOST_COUNT = 40
SHARED_HOSTS = tuple(f"127.0.0.{2 + k}" for k in range(SHARED_HOST_COUNT))
MAX_OWN_HOSTS = 950  # with the registry and shared hosts, under 1,000 binds
OWN_HOST_SHARE = 0.85  # of the programs that may have their own host


def own_host(index: int) -> str:
    """The dedicated address of program ``index`` (127.0.1.1, 127.0.1.2, ...)."""
    if not 0 <= index < MAX_OWN_HOSTS:
        raise ValueError(f"program {index} cannot have its own host (cap {MAX_OWN_HOSTS})")
    return f"127.0.{1 + index // 254}.{1 + index % 254}"


def may_have_own_host(index: int) -> bool:
    return index < MAX_OWN_HOSTS
