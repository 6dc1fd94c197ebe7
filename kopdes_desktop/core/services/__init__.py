"""Use cases the GUI, the CLI and reports call. Each takes a SQLAlchemy session (one unit of
work, opened with ``Store.session()``) and validates its input in the domain layer."""
