"""The one thing pyproject.toml cannot say: resources/ ships inside the package.

Package discovery only finds folders under ssc_desktop/, so the resources folder,
mapped to ssc_desktop.resources by package-dir in pyproject.toml, is added by
name (with its subfolders); without it a wheel has no icons and resources_dir()
fails once installed. tests/core/test_resources.py builds and installs a wheel to check.
"""

from setuptools import find_namespace_packages, setup

RESOURCES = [
    "ssc_desktop.resources",
    *(f"ssc_desktop.resources.{p}" for p in find_namespace_packages(where="resources")),
]

setup(packages=[*find_namespace_packages(include=["ssc_desktop", "ssc_desktop.*"]), *RESOURCES])
