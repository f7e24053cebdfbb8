"""Per-specialty parameters of the demo web.

Shares are rough figures from public match and GME census reports, kept here so that the whole
web can move to another specialty by adding one entry. IMG and DO residents are *concentrated*:
many programs have none and some have several, as on the real web, so each program draws its own
rate (zero with probability ``*_zero``, else from a Beta distribution whose mean makes the overall
share land on ``*_share``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Specialty:
    """What a program of one specialty looks like in the demo web."""

    slug: str  # used in URLs: /registry/<slug>, /<slug>-<program>/
    title: str  # "Neurological Surgery"
    acgme_code: str  # first three digits of an ACGME program id
    years: int  # program length; residents graduate after this many years
    class_sizes: tuple[int, ...]  # residents per class, drawn uniformly per class
    img_share: float  # overall share of IMG residents
    do_share: float  # overall share of DO residents
    ca_share: float = 0.01
    img_zero: float = 0.55  # probability that a program takes no IMGs at all
    do_zero: float = 0.60
    concentration: float = 10.0  # Beta a+b: lower = more uneven across programs

    def rate_params(self, share: float, zero: float) -> tuple[float, float]:
        """Beta(a, b) for a program's rate, given it is non-zero, so the mean hits ``share``."""
        mean = min(share / (1.0 - zero), 0.95)
        return mean * self.concentration, (1.0 - mean) * self.concentration


# Data tables: packed by hand, kept from the formatter.
# fmt: off
SPECIALTIES: dict[str, Specialty] = {s.slug: s for s in (
    Specialty("neurosurgery", "Neurological Surgery", "160", 7, (1, 2, 2, 2, 3),
              img_share=0.07, do_share=0.04),
    Specialty("internal-medicine", "Internal Medicine", "140", 3, (6, 8, 10, 12, 16),
              img_share=0.38, do_share=0.18, img_zero=0.15, do_zero=0.15),
    Specialty("general-surgery", "General Surgery", "440", 5, (3, 4, 5, 6, 7),
              img_share=0.11, do_share=0.09, img_zero=0.40, do_zero=0.40),
    Specialty("pediatrics", "Pediatrics", "320", 3, (4, 6, 8, 10, 12),
              img_share=0.20, do_share=0.15, img_zero=0.25, do_zero=0.25),
    Specialty("family-medicine", "Family Medicine", "120", 3, (4, 5, 6, 8, 10),
              img_share=0.25, do_share=0.32, img_zero=0.20, do_zero=0.10),
)}
# fmt: on


def get_specialty(slug: str) -> Specialty:
    """The specialty for a slug, with an error that lists the ones that exist."""
    try:
        return SPECIALTIES[slug]
    except KeyError:
        raise ValueError(f"unknown specialty {slug!r}; known: {', '.join(SPECIALTIES)}") from None
