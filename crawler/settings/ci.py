"""CI: like dev, quieter logs."""

from .dev import *  # noqa: F403

LOG_LEVEL = "WARNING"
