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
    Specialty("psychiatry", "Psychiatry", "400", 4, (4, 6, 8, 10),
              img_share=0.25, do_share=0.20, img_zero=0.25, do_zero=0.20),
    Specialty("emergency-medicine", "Emergency Medicine", "110", 3, (8, 10, 12, 14),
              img_share=0.04, do_share=0.30, img_zero=0.70, do_zero=0.10),
    Specialty("obstetrics-gynecology", "Obstetrics and Gynecology", "220", 4, (3, 4, 5, 6, 8),
              img_share=0.06, do_share=0.15, img_zero=0.55, do_zero=0.30),
    Specialty("anesthesiology", "Anesthesiology", "040", 4, (6, 8, 10, 14),
              img_share=0.07, do_share=0.20, img_zero=0.50, do_zero=0.20),
    Specialty("diagnostic-radiology", "Diagnostic Radiology", "420", 4, (4, 6, 8, 10),
              img_share=0.09, do_share=0.10, img_zero=0.50, do_zero=0.40),
    Specialty("neurology", "Neurology", "180", 4, (3, 4, 6, 8),
              img_share=0.30, do_share=0.12, img_zero=0.20, do_zero=0.35),
    Specialty("pathology", "Pathology", "300", 4, (2, 3, 4, 5),
              img_share=0.40, do_share=0.10, img_zero=0.15, do_zero=0.50),
    Specialty("orthopaedic-surgery", "Orthopaedic Surgery", "260", 5, (2, 3, 4, 5, 6),
              img_share=0.02, do_share=0.12, img_zero=0.85, do_zero=0.40),
    Specialty("dermatology", "Dermatology", "080", 3, (2, 3, 4, 5),
              img_share=0.02, do_share=0.08, img_zero=0.85, do_zero=0.55),
    Specialty("ophthalmology", "Ophthalmology", "240", 3, (2, 3, 4, 5),
              img_share=0.04, do_share=0.03, img_zero=0.75, do_zero=0.75),
    Specialty("otolaryngology", "Otolaryngology – Head and Neck Surgery", "280", 5, (1, 2, 3, 4),
              img_share=0.02, do_share=0.04, img_zero=0.85, do_zero=0.75),
    Specialty("urology", "Urology", "480", 5, (1, 2, 3, 4),
              img_share=0.03, do_share=0.06, img_zero=0.80, do_zero=0.65),
    Specialty("physical-medicine", "Physical Medicine and Rehabilitation", "340", 3, (3, 4, 6),
              img_share=0.10, do_share=0.35, img_zero=0.50, do_zero=0.10),
    Specialty("transitional-year", "Transitional Year", "999", 1, (6, 10, 14, 18),
              img_share=0.08, do_share=0.20, img_zero=0.50, do_zero=0.20),
    Specialty("cardiology", "Cardiovascular Disease", "141", 3, (2, 3, 4, 6),
              img_share=0.35, do_share=0.10, img_zero=0.20, do_zero=0.45),
    Specialty("gastroenterology", "Gastroenterology", "144", 3, (1, 2, 3, 4),
              img_share=0.25, do_share=0.08, img_zero=0.35, do_zero=0.60),
    Specialty("nephrology", "Nephrology", "148", 2, (1, 2, 3, 4),
              img_share=0.55, do_share=0.10, img_zero=0.10, do_zero=0.55),
    Specialty("hematology-oncology", "Hematology and Medical Oncology", "155", 3, (2, 3, 4, 5),
              img_share=0.35, do_share=0.08, img_zero=0.20, do_zero=0.55),
    Specialty("pulmonary-critical-care", "Pulmonary Disease and Critical Care Medicine", "156",
              3, (2, 3, 4, 5), img_share=0.40, do_share=0.10, img_zero=0.15, do_zero=0.50),
    Specialty("endocrinology", "Endocrinology, Diabetes, and Metabolism", "143", 2, (1, 2, 3),
              img_share=0.45, do_share=0.08, img_zero=0.15, do_zero=0.60),
    Specialty("infectious-disease", "Infectious Disease", "146", 2, (1, 2, 3),
              img_share=0.45, do_share=0.08, img_zero=0.15, do_zero=0.60),
    Specialty("child-psychiatry", "Child and Adolescent Psychiatry", "405", 2, (1, 2, 3, 4),
              img_share=0.25, do_share=0.18, img_zero=0.30, do_zero=0.40),
    Specialty("neonatal-perinatal", "Neonatal-Perinatal Medicine", "329", 3, (1, 2, 3),
              img_share=0.30, do_share=0.10, img_zero=0.30, do_zero=0.55),
)}
# Programs per specialty, roughly as in the ACGME's listing: the weights of a mixed web. The
# mixed web fills ~13,400 programs with these shares (the real count includes ~150 smaller
# subspecialties that we fold into these).
PROGRAM_COUNTS: dict[str, int] = {
    "internal-medicine": 650, "family-medicine": 790, "pediatrics": 230, "general-surgery": 350,
    "psychiatry": 330, "emergency-medicine": 290, "obstetrics-gynecology": 300,
    "anesthesiology": 170, "diagnostic-radiology": 200, "neurology": 180, "pathology": 140,
    "orthopaedic-surgery": 210, "dermatology": 150, "ophthalmology": 125, "otolaryngology": 125,
    "urology": 150, "neurosurgery": 118, "physical-medicine": 95, "transitional-year": 150,
    "cardiology": 270, "gastroenterology": 200, "nephrology": 150, "hematology-oncology": 160,
    "pulmonary-critical-care": 190, "endocrinology": 150, "infectious-disease": 160,
    "child-psychiatry": 140, "neonatal-perinatal": 100,
}
# fmt: on


ALL = "all"  # a mixed web of every specialty (see demoweb.mix)


def get_specialty(slug: str) -> Specialty:
    """The specialty for a slug, with an error that lists the ones that exist."""
    try:
        return SPECIALTIES[slug]
    except KeyError:
        raise ValueError(f"unknown specialty {slug!r}; known: {', '.join(SPECIALTIES)}") from None
