"""Reference data: states (CLDR via Babel), places, organisations, formations, operations,
programmes, agreements, events, people, positions, cooperation areas and memberships, read from
the versioned TSV files beside this module (see :mod:`.loader` for the format).

    >>> ref = load_reference()
    >>> ref.get("state:LV").labels["lv"]
    'Latvija'
"""

from __future__ import annotations

from functools import lru_cache

from .loader import DATA_DIR, Membership, ReferenceData, fold, read_reference

__all__ = ["load_reference", "read_reference", "ReferenceData", "Membership", "DATA_DIR", "fold"]


@lru_cache(maxsize=1)
def load_reference() -> ReferenceData:
    """The packaged reference data, read and validated once per process."""
    return read_reference()
