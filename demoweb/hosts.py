"""Which loopback address each program's website lives on.

On Linux every address in 127.0.0.0/8 reaches this machine without setup, so giving programs
their own address makes Scrapy's per-host download slots and politeness behave as they would on
the real web. Each address costs one listening socket (a file descriptor; the server raises the
soft limit toward the hard one), so we spend them in three tiers, by a program's position in the
web (its ``host_index``):

- positions below ``MAX_OWN_HOSTS``: 85 % get their own address (127.0.1.1, 127.0.1.2, ...), the
  rest live under a path prefix on one of ``SHARED_HOSTS`` "university" hosts;
- every later position lives under a path prefix of a "campus" host shared by
  ``CAMPUS_GROUP`` consecutive programs (127.1.x.y), as departments of one university do.

At 13,400 programs that is about 2,550 own hosts, 40 busy shared hosts and ~1,740 campus hosts:
some 4,300 sockets. The mapping depends only on the position and the program's own RNG, never on
how many programs are served, so program ``i`` keeps its URL whatever ``--programs N`` is.
"""

from __future__ import annotations

REGISTRY_HOST = "127.0.0.1"
SHARED_HOST_COUNT = 40
SHARED_HOSTS = tuple(f"127.0.0.{2 + k}" for k in range(SHARED_HOST_COUNT))
MAX_OWN_HOSTS = 3000  # 127.0.1.1 ... 127.0.12.208
OWN_HOST_SHARE = 0.85  # of the programs that may have their own host
CAMPUS_GROUP = 6  # programs per campus host beyond MAX_OWN_HOSTS


def own_host(index: int) -> str:
    """The dedicated address of position ``index`` (127.0.1.1, 127.0.1.2, ...)."""
    if not 0 <= index < MAX_OWN_HOSTS:
        raise ValueError(f"program {index} cannot have its own host (cap {MAX_OWN_HOSTS})")
    return f"127.0.{1 + index // 254}.{1 + index % 254}"


def may_have_own_host(index: int) -> bool:
    return index < MAX_OWN_HOSTS


def campus_host(index: int) -> str:
    """The shared campus address of position ``index`` >= ``MAX_OWN_HOSTS`` (127.1.0.1, ...)."""
    group = (index - MAX_OWN_HOSTS) // CAMPUS_GROUP
    return f"127.1.{group // 254}.{1 + group % 254}"
