"""The optional ``laporan.yaml`` of a dataset (docs/dataset.md): the documents' prose per year.

Called by the dataset loader (``sakip.io.dataset.Pemuat``) as one more step of the same
transaction, with its helpers, so problems are reported like every other file's and nothing is
written when there is one.
"""

from sakip.reports.forms import AnalisisSasaranForm, IdentitasLaporanForm, NarasiLaporanForm

BERKAS = "laporan.yaml"
KUNCI_IDENTITAS = {
    "kop",
    "logo",
    "tempat",
    "tanggal_lkjip",
    "tanggal_pk",
    "penyusun",
    "penandatangan",
}
# Fields written in YAML as a list, stored one item per line.
DAFTAR = {"kop", "maksud", "tujuan", "fungsi", "saran"}
KUNCI_NARASI = set(NarasiLaporanForm.Meta.fields) - {"perangkat_daerah", "tahun"}


def _teks(nilai) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, list):
        return "\n".join(str(v).strip() for v in nilai)
    return str(nilai).strip()


def muat_laporan(pemuat) -> None:
    """Load ``laporan.yaml`` of ``pemuat``'s folder, if present."""
    b = BERKAS
    doc = pemuat.data.get(b)
    if doc is None:
        return
    pemuat.periksa(doc, b, "", {"laporan"})
    sasaran = {s.kode: s for s in pemuat.sasaran.values()} if pemuat.sasaran else {}
    for row in pemuat.daftar(doc.get("laporan"), b, "laporan"):
        tahun = row.get("tahun") if isinstance(row, dict) else None
        item = f"laporan {tahun or ''}".strip()
        if not pemuat.periksa(
            row, b, item, {"tahun", "identitas", "narasi", "analisis"}, {"tahun"}
        ):
            continue
        identitas = row.get("identitas")
        if identitas is not None and pemuat.periksa(
            identitas, b, f"{item}, identitas", KUNCI_IDENTITAS, baris=row.baris
        ):
            _identitas(pemuat, identitas, tahun, f"{item}, identitas")
        narasi_doc = row.get("narasi") or {}
        narasi = None
        if pemuat.periksa(narasi_doc, b, f"{item}, narasi", KUNCI_NARASI, baris=row.baris):
            narasi = pemuat.simpan(
                NarasiLaporanForm,
                {
                    "perangkat_daerah": pemuat.pd,
                    "tahun": tahun,
                    **{k: _teks(narasi_doc.get(k)) for k in KUNCI_NARASI},
                },
                berkas=b,
                baris=getattr(narasi_doc, "baris", row.baris),
                item=f"{item}, narasi",
            )
        for a in pemuat.daftar(row.get("analisis"), b, f"{item}, analisis", row.baris):
            a_item = f"{item}, analisis {a.get('sasaran') if isinstance(a, dict) else ''}"
            if not pemuat.periksa(a, b, a_item, {"sasaran", "sebab", "solusi"}, {"sasaran"}):
                continue
            s = pemuat.ref(sasaran, a.get("sasaran"), b, a.baris, a_item, "sasaran", "sasaran")
            if s is None or narasi is None:
                continue
            pemuat.simpan(
                AnalisisSasaranForm,
                {
                    "narasi": narasi,
                    "sasaran": s,
                    "sebab": _teks(a.get("sebab")),
                    "solusi": _teks(a.get("solusi")),
                },
                berkas=b,
                baris=a.baris,
                item=a_item,
            )


def _identitas(pemuat, doc, tahun, item) -> None:
    b = BERKAS
    baris = getattr(doc, "baris", None)
    jabatan = pemuat.ref(
        pemuat.jabatan, doc.get("penandatangan"), b, baris, item, "penandatangan", "jabatan"
    )
    obj = pemuat.simpan(
        IdentitasLaporanForm,
        {
            "perangkat_daerah": pemuat.pd,
            "tahun": tahun,
            "kop": _teks(doc.get("kop")),
            "tempat": _teks(doc.get("tempat")),
            "tanggal_lkjip": doc.get("tanggal_lkjip"),
            "tanggal_pk": doc.get("tanggal_pk"),
            "penyusun": _teks(doc.get("penyusun")),
            "penandatangan": jabatan,
        },
        berkas=b,
        baris=baris,
        item=item,
    )
    logo = doc.get("logo")
    if obj is not None and logo:
        path = pemuat.folder / str(logo)
        if not path.is_file() or path.suffix.lower() not in {".png", ".jpg", ".jpeg"}:
            pemuat.salah(b, baris, item, "logo", f"berkas gambar '{logo}' (PNG/JPEG) tidak ada")
            return
        obj.logo = path.read_bytes()
        obj.save(update_fields=["logo"])
