"""The reviu of an LKjIP as printed (MEASUREMENT.md §8, PermenPAN-RB 53/2014).

`laporan.baca_laporan` reads the printed tables (docs/reviu.md), `periksa.reviu` lists every
inconsistency, `keluaran` writes the findings as a table, JSON or a workbook. The reviu keeps
nothing in the database: a report made elsewhere stays apart from our own data.
"""
