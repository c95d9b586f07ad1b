"""Loading a dataset folder (docs/dataset.md) into the database, all or nothing.

``pemuat`` holds the loader and its shared checks; ``organisasi``, ``rencana`` and
``realisasi`` hold the steps for each file of the format.
"""

from sakip.io.dataset.pemuat import (
    FORMAT,
    DatasetTidakSah,
    Kesalahan,
    Pemuat,
    Ringkasan,
    muat_dataset,
)

__all__ = ["FORMAT", "DatasetTidakSah", "Kesalahan", "Pemuat", "Ringkasan", "muat_dataset"]
