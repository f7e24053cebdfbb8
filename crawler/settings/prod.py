"""The real web: the polite defaults of ``base`` unchanged."""
