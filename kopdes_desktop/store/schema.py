"""Every table of the mentor's store, gathered so migrations see the whole schema."""

from kopdes_desktop.store import sync_models as _sync_models  # noqa: F401
from kopdes_desktop.store.models import Base

metadata = Base.metadata
