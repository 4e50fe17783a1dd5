"""The PySide6 user interface. Talks to the services only; never imports SQLAlchemy."""
