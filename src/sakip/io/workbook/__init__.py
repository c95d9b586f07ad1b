"""Excel in and out: the workbook template, its import and its export (docs/workbook.md).

- ``kolom``: the sheets and columns, shared by all three;
- ``baca``: the pure parser, .xlsx → rows, refusing broken, huge or formula-filled files;
- ``validasi``: typed rows and the screens' forms run on each;
- ``impor``: validate everything, then write all or nothing, audited;
- ``ekspor``: the template and the export.
"""

from sakip.io.workbook.baca import Masalah, WorkbookTidakSah, baca_buku
from sakip.io.workbook.ekspor import ekspor, templat
from sakip.io.workbook.impor import HasilImpor, impor_workbook

__all__ = [
    "HasilImpor",
    "Masalah",
    "WorkbookTidakSah",
    "baca_buku",
    "ekspor",
    "impor_workbook",
    "templat",
]
