"""Kept for scrapyd-deploy, which builds the project egg with ``python setup.py bdist_egg``.

Everything (packages, package data, the ``scrapy`` settings entry point) is in pyproject.toml;
without this file scrapyd-deploy would write its own setup.py and leave the data files out.
"""

from setuptools import setup

setup()
