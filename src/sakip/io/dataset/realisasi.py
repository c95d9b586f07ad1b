"""realisasi-YYYY.yaml, anggaran-YYYY.yaml, register.yaml, evaluasi.yaml and laporan.yaml."""

from sakip.budget.forms import AkunForm, BelanjaForm
from sakip.budget.models import Akun
from sakip.evaluation.forms import EvaluasiAKIPForm, RekomendasiForm
from sakip.monitoring.forms import (
    FaktorKinerjaForm,
    RealisasiAnggaranForm,
    RealisasiIndikatorForm,
)
from sakip.planning.models import Indikator
from sakip.registers.forms import KebijakanForm, TemuanForm


class RealisasiMixin:
    """Steps of ``sakip.io.dataset.pemuat.Pemuat`` for these files."""

    # -- realisasi-YYYY.yaml ---------------------------------------------------------------

    def _tahun_berkas(self, b: str, doc) -> int | None:
        tahun = doc.get("tahun")
        if tahun != int(b[-9:-5]):
            self.salah(
                b, getattr(doc, "baris", None), "", "tahun", f"harus {b[-9:-5]}, sesuai nama berkas"
            )
            return None
        return tahun

    def _realisasi(self) -> None:
        for b in sorted(n for n in self.data if n.startswith("realisasi-")):
            doc = self.data[b]
            self.periksa(
                doc, b, "", {"tahun", "subkegiatan", "indikator", "tahunan", "faktor"}, {"tahun"}
            )
            tahun = self._tahun_berkas(b, doc)
            if tahun is None:
                continue
            for row in self.daftar(doc.get("subkegiatan"), b, "subkegiatan"):
                item = f"sub-kegiatan {row.get('kode') if isinstance(row, dict) else ''}"
                if not self.periksa(row, b, item, {"kode", "tw", "k", "rp"}, {"kode", "tw"}):
                    continue
                item = f"{item} TW {row['tw']}"
                sub = self.ref(self.item, row["kode"], b, row.baris, item, "kode", "sub-kegiatan")
                if sub is None:
                    continue
                if sub._meta.model_name != "subkegiatan":
                    self.salah(b, row.baris, item, "kode", f"'{row['kode']}' bukan sub-kegiatan")
                    continue
                if "rp" in row:
                    self.simpan(
                        RealisasiAnggaranForm,
                        {
                            "subkegiatan": sub,
                            "tahun": tahun,
                            "triwulan": row["tw"],
                            "rp": row["rp"],
                        },
                        berkas=b,
                        baris=row.baris,
                        item=item,
                        nama_kolom={"triwulan": "tw"},
                    )
                if "k" in row:
                    values = row["k"] if isinstance(row["k"], dict) else {1: row["k"]}
                    for nomor, nilai in values.items():
                        ind = self.ref(
                            self.indikator,
                            f"{sub.kode}/{nomor}",
                            b,
                            row.baris,
                            item,
                            "k",
                            "indikator",
                        )
                        if ind is not None:
                            self._realisasi_indikator(
                                ind, tahun, row["tw"], nilai, b, row.baris, item, kolom="k"
                            )
            for row in self.daftar(doc.get("indikator"), b, "indikator"):
                item = f"indikator {row.get('indikator') if isinstance(row, dict) else ''}"
                if not self.periksa(
                    row, b, item, {"indikator", "tw", "nilai", "keterangan"}, {"indikator", "tw"}
                ):
                    continue
                ind = self.ref(
                    self.indikator, row["indikator"], b, row.baris, item, "indikator", "indikator"
                )
                if ind is not None:
                    self._realisasi_indikator(
                        ind,
                        tahun,
                        row["tw"],
                        row.get("nilai"),
                        b,
                        row.baris,
                        f"{item} TW {row['tw']}",
                        keterangan=row.get("keterangan"),
                    )
            for row in self.daftar(doc.get("tahunan"), b, "tahunan"):
                item = f"indikator {row.get('indikator') if isinstance(row, dict) else ''}"
                if not self.periksa(
                    row, b, item, {"indikator", "nilai", "keterangan"}, {"indikator"}
                ):
                    continue
                ind = self.ref(
                    self.indikator, row["indikator"], b, row.baris, item, "indikator", "indikator"
                )
                if ind is not None:
                    self._realisasi_indikator(
                        ind,
                        tahun,
                        None,
                        row.get("nilai"),
                        b,
                        row.baris,
                        f"{item} tahunan",
                        keterangan=row.get("keterangan"),
                    )
            for row in self.daftar(doc.get("faktor"), b, "faktor"):
                item = f"faktor {row.get('kode') if isinstance(row, dict) else ''}"
                if not self.periksa(
                    row, b, item, {"kode", "penghambat", "pendukung", "solusi"}, {"kode"}
                ):
                    continue
                sub = self.ref(self.item, row["kode"], b, row.baris, item, "kode", "sub-kegiatan")
                if sub is not None:
                    self.simpan(
                        FaktorKinerjaForm,
                        {
                            "subkegiatan": sub,
                            "tahun": tahun,
                            **{k: row.get(k) for k in ("penghambat", "pendukung", "solusi")},
                        },
                        berkas=b,
                        baris=row.baris,
                        item=item,
                    )
            self._periksa_campuran(tahun, b)

    def _realisasi_indikator(
        self, ind, tahun, tw, nilai, b, baris, item, *, kolom="nilai", keterangan=None
    ) -> None:
        if ind.jenis_target == Indikator.JenisTarget.ORDINAL:
            value = {"nilai": None, "label": nilai}
        else:
            value = {"nilai": nilai, "label": ""}
        self.simpan(
            RealisasiIndikatorForm,
            {"indikator": ind, "tahun": tahun, "triwulan": tw, "keterangan": keterangan, **value},
            berkas=b,
            baris=baris,
            item=item,
            nama_kolom={"nilai": kolom, "triwulan": "tw", "label": kolom},
        )

    def _periksa_campuran(self, tahun: int, b: str) -> None:
        """A year's value is either quarterly or whole-year for one indicator, never both."""
        from sakip.monitoring.models import RealisasiIndikator

        both = (
            RealisasiIndikator.objects.filter(
                indikator__renstra=self.renstra, tahun=tahun, triwulan__isnull=True
            )
            .filter(indikator__realisasi__tahun=tahun, indikator__realisasi__triwulan__isnull=False)
            .values_list("indikator__kode", flat=True)
            .distinct()
        )
        for kode in both:
            self.salah(
                b,
                None,
                f"indikator {kode}",
                "tahunan",
                f"tahun {tahun} sudah punya realisasi per triwulan; pilih salah satu",
            )

    # -- anggaran-YYYY.yaml ----------------------------------------------------------------

    def _anggaran(self) -> None:
        for b in sorted(n for n in self.data if n.startswith("anggaran-")):
            doc = self.data[b]
            self.periksa(doc, b, "", {"tahun", "akun", "belanja"}, {"tahun"})
            tahun = self._tahun_berkas(b, doc)
            if tahun is None:
                continue
            for row in self.daftar(doc.get("akun"), b, "akun"):
                item = f"akun {row.get('kode') if isinstance(row, dict) else ''}"
                if not self.periksa(row, b, item, {"kode", "nama"}, {"kode", "nama"}):
                    continue
                kode = str(row["kode"])
                existing = Akun.objects.filter(kode=kode).first()
                if existing is not None:
                    if existing.nama != row["nama"]:
                        self.salah(
                            b,
                            row.baris,
                            item,
                            "nama",
                            f"akun {kode} sudah ada dengan nama '{existing.nama}'",
                        )
                    self.akun[kode] = existing
                    continue
                induk_kode = kode.rsplit(".", 1)[0] if "." in kode else None
                induk = self.akun.get(induk_kode) if induk_kode else None
                if induk_kode and induk is None:
                    self.salah(
                        b,
                        row.baris,
                        item,
                        "kode",
                        f"akun induk '{induk_kode}' harus disebut lebih dahulu",
                    )
                    continue
                obj = self.simpan(
                    AkunForm,
                    {"kode": kode, "nama": row["nama"], "induk": induk},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
                if obj:
                    self.akun[kode] = obj
            for row in self.daftar(doc.get("belanja"), b, "belanja"):
                item = f"belanja {row.get('akun') if isinstance(row, dict) else ''}"
                if not self.periksa(row, b, item, {"akun", "pagu", "realisasi"}, {"akun", "pagu"}):
                    continue
                akun = self.ref(self.akun, row["akun"], b, row.baris, item, "akun", "akun")
                if akun is None:
                    continue
                if any(a.kode.startswith(akun.kode + ".") for a in self.akun.values()):
                    self.salah(
                        b,
                        row.baris,
                        item,
                        "akun",
                        "belanja dicatat pada akun rinci, bukan akun induk",
                    )
                    continue
                self.simpan(
                    BelanjaForm,
                    {
                        "perangkat_daerah": self.pd,
                        "tahun": tahun,
                        "akun": akun,
                        "pagu": row["pagu"],
                        "realisasi": row.get("realisasi", 0),
                    },
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )

    # -- register.yaml and evaluasi.yaml ---------------------------------------------------

    def _register(self) -> None:
        b = "register.yaml"
        doc = self.data.get(b)
        if doc is None:
            return
        self.periksa(doc, b, "", {"temuan", "kebijakan"})
        for row in self.daftar(doc.get("temuan"), b, "temuan"):
            item = f"temuan {row.get('kode') if isinstance(row, dict) else ''}"
            # The dataset's keys are the form's fields, less the agency the file belongs to.
            keys = set(TemuanForm.Meta.fields) - {"perangkat_daerah"}
            if self.periksa(row, b, item, keys, {"kode"}):
                self.simpan(
                    TemuanForm,
                    {"perangkat_daerah": self.pd, "material": True, **row},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
        for row in self.daftar(doc.get("kebijakan"), b, "kebijakan"):
            item = f"kebijakan {row.get('kode') if isinstance(row, dict) else ''}"
            keys = set(KebijakanForm.Meta.fields) - {"perangkat_daerah"}
            if not self.periksa(row, b, item, keys, {"kode"}):
                continue
            unit = self.ref(self.unit, row.get("unit"), b, row.baris, item, "unit", "unit")
            self.simpan(
                KebijakanForm,
                {"perangkat_daerah": self.pd, **row, "unit": unit},
                berkas=b,
                baris=row.baris,
                item=item,
            )

    def _evaluasi(self) -> None:
        b = "evaluasi.yaml"
        doc = self.data.get(b)
        if doc is None:
            return
        self.periksa(doc, b, "", {"evaluasi"})
        for row in self.daftar(doc.get("evaluasi"), b, "evaluasi"):
            item = f"evaluasi {row.get('tahun') if isinstance(row, dict) else ''}"
            keys = {"tahun", "evaluator", "nilai", "predikat", "interpretasi", "rekomendasi"}
            if not self.periksa(row, b, item, keys, {"tahun"}):
                continue
            obj = self.simpan(
                EvaluasiAKIPForm,
                {
                    "perangkat_daerah": self.pd,
                    **{k: row.get(k) for k in keys if k != "rekomendasi"},
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )
            if obj is None:
                continue
            for r in self.daftar(row.get("rekomendasi"), b, item, row.baris):
                r_item = f"{item}, rekomendasi {r.get('nomor') if isinstance(r, dict) else ''}"
                if self.periksa(
                    r, b, r_item, {"nomor", "uraian", "tindak_lanjut", "status"}, {"nomor"}
                ):
                    self.simpan(
                        RekomendasiForm,
                        {"evaluasi": obj, **r},
                        berkas=b,
                        baris=r.baris,
                        item=r_item,
                    )

    def _laporan(self) -> None:
        from sakip.reports.dataset import muat_laporan

        muat_laporan(self)
