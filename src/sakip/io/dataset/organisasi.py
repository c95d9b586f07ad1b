"""organisasi.yaml and dataset.yaml: the agency, its units and positions, settings and
scales."""

from decimal import Decimal

from sakip.audit import log as audit
from sakip.io.yamlfile import Baris
from sakip.organisation.forms import (
    JabatanForm,
    PejabatForm,
    PemdaForm,
    PerangkatDaerahForm,
    UnitForm,
)
from sakip.organisation.models import Jabatan, Pemda, PerangkatDaerah
from sakip.planning import forms as pf


class OrganisasiMixin:
    """Steps of ``sakip.io.dataset.pemuat.Pemuat`` for these files."""

    # -- organisasi.yaml -------------------------------------------------------------------

    def _organisasi(self) -> None:
        b = "organisasi.yaml"
        doc = self.data[b]
        self.periksa(
            doc,
            b,
            "",
            {"pemda", "perangkat_daerah", "unit", "jabatan", "pejabat"},
            {"pemda", "perangkat_daerah"},
        )
        pemda = doc.get("pemda")
        if not self.periksa(pemda, b, "pemda", {"kode", "nama", "jenis", "ibu_kota"}, {"kode"}):
            return
        existing = Pemda.objects.filter(kode=str(pemda["kode"])).first()
        self.pemda = self.simpan(
            PemdaForm,
            {k: pemda.get(k) for k in ("kode", "nama", "jenis", "ibu_kota")},
            berkas=b,
            baris=pemda.baris,
            item=f"pemda {pemda['kode']}",
            instance=existing,
        )
        if self.pemda is None:
            return
        pd = doc.get("perangkat_daerah")
        if not self.periksa(pd, b, "perangkat_daerah", {"kode", "nama", "singkatan"}, {"kode"}):
            return
        lama = PerangkatDaerah.objects.filter(pemda=self.pemda, kode=str(pd["kode"])).first()
        if lama is not None:
            if not self.ganti:
                self.salah(
                    b,
                    pd.baris,
                    f"perangkat daerah {pd['kode']}",
                    None,
                    "sudah ada di basis data; pakai --ganti untuk menggantinya",
                )
                return
            audit.catat(
                "ganti_dataset",
                lama,
                {},
                pengguna=self.pengguna,
                alasan=f"diganti dengan dataset {self.folder.name}",
            )
            lama.delete()
        self.pd = self.simpan(
            PerangkatDaerahForm,
            {"pemda": self.pemda, **{k: pd.get(k) for k in ("kode", "nama", "singkatan")}},
            berkas=b,
            baris=pd.baris,
            item=f"perangkat daerah {pd['kode']}",
        )
        if self.pd is None:
            return
        for i, row in enumerate(self.daftar(doc.get("unit"), b, "unit")):
            item = f"unit {row.get('kode') if isinstance(row, dict) else i + 1}"
            if not self.periksa(row, b, item, {"kode", "nama", "jenis", "induk"}, {"kode"}):
                continue
            induk = self.ref(self.unit, row.get("induk"), b, row.baris, item, "induk", "unit")
            obj = self.simpan(
                UnitForm,
                {
                    "perangkat_daerah": self.pd,
                    "kode": row["kode"],
                    "nama": row.get("nama"),
                    "jenis": row.get("jenis"),
                    "induk": induk,
                    "urutan": i + 1,
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )
            if obj:
                self.unit[obj.kode] = obj
        for row in self.daftar(doc.get("jabatan"), b, "jabatan"):
            item = f"jabatan {row.get('kode') if isinstance(row, dict) else ''}"
            if not self.periksa(row, b, item, {"kode", "nama", "unit", "tingkat"}, {"kode"}):
                continue
            tingkat = row.get("tingkat") or Jabatan.Tingkat.PERANGKAT_DAERAH
            unit = self.ref(self.unit, row.get("unit"), b, row.baris, item, "unit", "unit")
            existing = None
            if tingkat == Jabatan.Tingkat.PEMDA:
                existing = Jabatan.objects.filter(pemda=self.pemda, kode=str(row["kode"])).first()
            obj = self.simpan(
                JabatanForm,
                {
                    "pemda": self.pemda,
                    "perangkat_daerah": None if tingkat == Jabatan.Tingkat.PEMDA else self.pd,
                    "unit": unit,
                    "kode": row["kode"],
                    "nama": row.get("nama"),
                    "tingkat": tingkat,
                },
                berkas=b,
                baris=row.baris,
                item=item,
                instance=existing,
            )
            if obj:
                self.jabatan[obj.kode] = obj
        for row in self.daftar(doc.get("pejabat"), b, "pejabat"):
            item = f"pejabat {row.get('nama') if isinstance(row, dict) else ''}"
            if not self.periksa(
                row,
                b,
                item,
                {"nip", "nama", "pangkat", "jabatan", "mulai", "selesai"},
                {"nama", "jabatan"},
            ):
                continue
            jabatan = self.ref(
                self.jabatan, row.get("jabatan"), b, row.baris, item, "jabatan", "jabatan"
            )
            if jabatan is None:
                continue
            if (
                jabatan.tingkat == Jabatan.Tingkat.PEMDA
                and jabatan.pejabat.filter(nama=row.get("nama")).exists()
            ):
                continue  # the Bupati is shared by every agency of the Pemda
            self.simpan(
                PejabatForm,
                {
                    "jabatan": jabatan,
                    **{k: row.get(k) for k in ("nama", "nip", "pangkat", "mulai", "selesai")},
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )

    # -- dataset.yaml ----------------------------------------------------------------------

    def _dataset(self) -> None:
        b = "dataset.yaml"
        doc = self.data[b]
        self.periksa(
            doc,
            b,
            "",
            {"format", "judul", "sumber", "pengaturan", "skala", "skala_ordinal"},
            {"format"},
        )
        setting = doc.get("pengaturan") or Baris()
        keys = {
            "rumus_negatif",
            "target_nol_gagal",
            "batas_atas",
            "pembulatan",
            "bobot_rerata",
            "penyerapan_pagu_nol",
        }
        if self.periksa(setting, b, "pengaturan", keys, baris=doc.baris):
            data = {
                "perangkat_daerah": self.pd,
                "rumus_negatif": "selisih",
                "target_nol_gagal": 0,
                "pembulatan": "setengah_ke_atas",
                "bobot_rerata": "sama",
            }
            data.update(setting)
            self.simpan(
                pf.PengaturanPengukuranForm,
                data,
                berkas=b,
                baris=getattr(setting, "baris", None),
                item="pengaturan",
            )
        for skala in self.daftar(doc.get("skala"), b, "skala"):
            item = f"skala {skala.get('kode') if isinstance(skala, dict) else ''}"
            if not self.periksa(
                skala, b, item, {"kode", "tahun", "nama", "predikat"}, {"kode", "predikat"}
            ):
                continue
            obj = self.simpan(
                pf.SkalaPredikatForm,
                {
                    "perangkat_daerah": self.pd,
                    "kode": skala["kode"],
                    "tahun": skala.get("tahun"),
                    "nama": skala.get("nama"),
                },
                berkas=b,
                baris=skala.baris,
                item=item,
            )
            if obj is None:
                continue
            intervals = []
            for n, p in enumerate(self.daftar(skala["predikat"], b, item), start=1):
                sub = f"{item}, predikat {n}"
                if not self.periksa(p, b, sub, {"label", "warna", "hex", "min", "max"}, {"label"}):
                    continue
                saved = self.simpan(
                    pf.PredikatForm,
                    {
                        "skala": obj,
                        "urutan": n,
                        "label": p["label"],
                        "warna": p.get("warna"),
                        "hex": p.get("hex"),
                        "batas_bawah": p.get("min"),
                        "batas_atas": p.get("max"),
                    },
                    berkas=b,
                    baris=p.baris,
                    item=sub,
                    nama_kolom={"batas_bawah": "min", "batas_atas": "max"},
                )
                if saved:
                    intervals.append(saved)
            self._periksa_tumpang_tindih(intervals, b, skala.baris, item)
        for skala in self.daftar(doc.get("skala_ordinal"), b, "skala_ordinal"):
            item = f"skala ordinal {skala.get('kode') if isinstance(skala, dict) else ''}"
            if not self.periksa(skala, b, item, {"kode", "nama", "tingkat"}, {"kode", "tingkat"}):
                continue
            obj = self.simpan(
                pf.SkalaOrdinalForm,
                {
                    "perangkat_daerah": self.pd,
                    "kode": skala["kode"],
                    "nama": skala.get("nama"),
                },
                berkas=b,
                baris=skala.baris,
                item=item,
            )
            if obj is None:
                continue
            self.skala_ordinal[obj.kode] = obj
            for t in self.daftar(skala["tingkat"], b, item):
                if self.periksa(t, b, item, {"label", "skor"}, {"label", "skor"}):
                    self.simpan(
                        pf.TingkatOrdinalForm,
                        {"skala": obj, **t},
                        berkas=b,
                        baris=t.baris,
                        item=f"{item}, tingkat {t['label']}",
                    )

    def _periksa_tumpang_tindih(self, intervals, berkas, baris, item) -> None:
        low = Decimal("-Infinity")
        for p in sorted(intervals, key=lambda p: (p.batas_bawah is not None, p.batas_bawah or 0)):
            start = p.batas_bawah if p.batas_bawah is not None else Decimal("-Infinity")
            if start < low:
                self.salah(
                    berkas,
                    baris,
                    item,
                    "predikat",
                    f"interval '{p.label}' tumpang tindih dengan interval sebelumnya",
                )
            low = p.batas_atas if p.batas_atas is not None else Decimal("Infinity")
