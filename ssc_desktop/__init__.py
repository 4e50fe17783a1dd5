"""SSC Desktop: run a Sakura Science Club chapter reunion from one laptop."""

__version__ = "0.1.0"
APP_NAME = "SSC Desktop"
ORG_NAME = "Sakura Science Club"
