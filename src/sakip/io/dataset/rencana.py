"""renstra.yaml and program.yaml: RPJMD, Renstra, PK versions, indicators, targets, the
program tree and pagu."""

import json
from typing import Any

from sakip.planning import forms as pf
from sakip.planning.models import Indikator


class RencanaMixin:
    """Steps of ``sakip.io.dataset.pemuat.Pemuat`` for these files."""

    # -- renstra.yaml ----------------------------------------------------------------------

    def _periode(self, value, berkas, baris, item) -> tuple[Any, Any]:
        if (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            return value[0], value[1]
        self.salah(berkas, baris, item, "periode", "harus berupa [tahun_mulai, tahun_selesai]")
        return None, None

    def _renstra(self) -> None:
        b = "renstra.yaml"
        doc = self.data[b]
        self.periksa(doc, b, "", {"rpjmd", "renstra"}, {"renstra"})
        rpjmd = doc.get("rpjmd")
        if rpjmd is not None and self.periksa(
            rpjmd, b, "rpjmd", {"periode", "visi", "misi"}, {"periode"}
        ):
            mulai, selesai = self._periode(rpjmd["periode"], b, rpjmd.baris, "rpjmd")
            existing = self.pemda.rpjmd.filter(tahun_mulai=mulai).first() if mulai else None
            obj = existing or self.simpan(
                pf.RPJMDForm,
                {
                    "pemda": self.pemda,
                    "tahun_mulai": mulai,
                    "tahun_selesai": selesai,
                    "visi": rpjmd.get("visi"),
                },
                berkas=b,
                baris=rpjmd.baris,
                item="rpjmd",
            )
            if obj is not None:
                self._misi(obj, rpjmd, b, reuse=existing is not None)
        r = doc.get("renstra")
        keys = {"periode", "sasaran_rpjmd", "permasalahan", "isu_strategis", "tujuan", "sasaran"}
        if not self.periksa(r, b, "renstra", keys, {"periode", "sasaran"}):
            return
        mulai, selesai = self._periode(r["periode"], b, r.baris, "renstra")
        served = [
            self.ref(self.sasaran_rpjmd, k, b, r.baris, "renstra", "sasaran_rpjmd", "sasaran RPJMD")
            for k in self.daftar(r.get("sasaran_rpjmd"), b, "renstra", r.baris)
        ]
        isu = self.daftar(r.get("isu_strategis"), b, "renstra", r.baris)
        self.renstra = self.simpan(
            pf.RenstraForm,
            {
                "perangkat_daerah": self.pd,
                "tahun_mulai": mulai,
                "tahun_selesai": selesai,
                "sasaran_rpjmd": [s.pk for s in served if s],
                "isu_strategis": json.dumps([str(i) for i in isu]),
            },
            berkas=b,
            baris=r.baris,
            item="renstra",
        )
        if self.renstra is None:
            return
        self._perjanjian_kinerja()
        for row in self.daftar(r.get("permasalahan"), b, "permasalahan", r.baris):
            item = f"permasalahan {row.get('nomor') if isinstance(row, dict) else ''}"
            if self.periksa(row, b, item, {"nomor", "pokok", "akar"}, {"nomor"}):
                self.simpan(
                    pf.PermasalahanForm,
                    {"renstra": self.renstra, **row},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
        for row in self.daftar(r.get("tujuan"), b, "tujuan", r.baris):
            item = f"tujuan {row.get('kode') if isinstance(row, dict) else ''}"
            if self.periksa(row, b, item, {"kode", "uraian"}, {"kode"}):
                obj = self.simpan(
                    pf.TujuanRenstraForm,
                    {"renstra": self.renstra, **row},
                    berkas=b,
                    baris=row.baris,
                    item=item,
                )
                if obj:
                    self.tujuan[obj.kode] = obj
        for n, row in enumerate(self.daftar(r.get("sasaran"), b, "sasaran", r.baris), start=1):
            item = f"sasaran {row.get('kode') if isinstance(row, dict) else n}"
            if not self.periksa(row, b, item, {"kode", "uraian", "tujuan", "indikator"}, {"kode"}):
                continue
            tujuan = self.ref(
                self.tujuan, row.get("tujuan"), b, row.baris, item, "tujuan", "tujuan"
            )
            obj = self.simpan(
                pf.SasaranStrategisForm,
                {
                    "renstra": self.renstra,
                    "tujuan": tujuan,
                    "kode": row["kode"],
                    "uraian": row.get("uraian"),
                    "urutan": n,
                },
                berkas=b,
                baris=row.baris,
                item=item,
            )
            if obj:
                self.sasaran[obj.kode] = obj
                self._indikator_list(row.get("indikator"), "sasaran", obj, b, item)

    def _perjanjian_kinerja(self) -> None:
        """PK versions (program.yaml) come first: targets of every level refer to them."""
        b = "program.yaml"
        doc = self.data[b]
        for row in self.daftar(doc.get("perjanjian_kinerja"), b, "perjanjian_kinerja"):
            item = f"perjanjian kinerja {row.get('kode') if isinstance(row, dict) else ''}"
            keys = {
                "kode",
                "tahun",
                "versi",
                "urutan",
                "tanggal",
                "alasan",
                "pihak_pertama",
                "pihak_kedua",
            }
            if not self.periksa(row, b, item, keys, {"kode", "tahun", "versi", "urutan"}):
                continue
            data = {"perangkat_daerah": self.pd, **row}
            for side in ("pihak_pertama", "pihak_kedua"):
                data[side] = self.ref(
                    self.jabatan, row.get(side), b, row.baris, item, side, "jabatan"
                )
            obj = self.simpan(pf.PerjanjianKinerjaForm, data, berkas=b, baris=row.baris, item=item)
            if obj:
                if not self.renstra.mencakup(obj.tahun):
                    self.salah(b, row.baris, item, "tahun", "di luar periode Renstra")
                self.pk[obj.kode] = obj

    def _misi(self, rpjmd, doc, b, *, reuse: bool) -> None:
        for misi in self.daftar(doc.get("misi"), b, "misi", doc.baris):
            item = f"misi {misi.get('nomor') if isinstance(misi, dict) else ''}"
            if not self.periksa(misi, b, item, {"nomor", "uraian", "tujuan"}, {"nomor"}):
                continue
            m = rpjmd.misi.filter(nomor=misi["nomor"]).first() if reuse else None
            m = m or self.simpan(
                pf.MisiRPJMDForm,
                {
                    "rpjmd": rpjmd,
                    "nomor": misi["nomor"],
                    "uraian": misi.get("uraian"),
                },
                berkas=b,
                baris=misi.baris,
                item=item,
            )
            if m is None:
                continue
            for t in self.daftar(misi.get("tujuan"), b, item, misi.baris):
                t_item = f"tujuan RPJMD {t.get('kode') if isinstance(t, dict) else ''}"
                if not self.periksa(t, b, t_item, {"kode", "uraian", "sasaran"}, {"kode"}):
                    continue
                tj = m.tujuan.filter(kode=str(t["kode"])).first() if reuse else None
                tj = tj or self.simpan(
                    pf.TujuanRPJMDForm,
                    {
                        "misi": m,
                        "kode": t["kode"],
                        "uraian": t.get("uraian"),
                    },
                    berkas=b,
                    baris=t.baris,
                    item=t_item,
                )
                if tj is None:
                    continue
                for s in self.daftar(t.get("sasaran"), b, t_item, t.baris):
                    s_item = f"sasaran RPJMD {s.get('kode') if isinstance(s, dict) else ''}"
                    if not self.periksa(s, b, s_item, {"kode", "uraian", "butir"}, {"kode"}):
                        continue
                    obj = tj.sasaran.filter(kode=str(s["kode"])).first() if reuse else None
                    obj = obj or self.simpan(
                        pf.SasaranRPJMDForm,
                        {
                            "tujuan": tj,
                            "kode": s["kode"],
                            "uraian": s.get("uraian"),
                            "butir": json.dumps(
                                [str(x) for x in self.daftar(s.get("butir"), b, s_item, s.baris)]
                            ),
                        },
                        berkas=b,
                        baris=s.baris,
                        item=s_item,
                    )
                    if obj:
                        self.sasaran_rpjmd[obj.kode] = obj

    # -- indicators (renstra.yaml and program.yaml) ------------------------------------------

    KUNCI_INDIKATOR = {
        "nomor",
        "nama",
        "satuan",
        "polaritas",
        "jenis_target",
        "agregasi",
        "sumber",
        "definisi_operasional",
        "formulasi",
        "cara_perhitungan",
        "sumber_data",
        "target",
        "target_renstra",
        "kondisi_akhir",
        "realisasi_tercatat",
        "standar",
        "skala_ordinal",
    }

    def _indikator_list(self, rows, pemilik_field: str, pemilik, b: str, item: str) -> None:
        for n, row in enumerate(self.daftar(rows, b, item), start=1):
            nomor = row.get("nomor", n) if isinstance(row, dict) else n
            kode = f"{pemilik.kode}/{nomor}"
            i_item = f"indikator {kode}"
            if not self.periksa(row, b, i_item, self.KUNCI_INDIKATOR, {"nama", "satuan"}):
                continue
            sumber = row.get("sumber") or {"jenis": "input"}
            if not self.periksa(
                sumber, b, i_item, {"jenis", "register", "indikator"}, {"jenis"}, baris=row.baris
            ):
                continue
            standar = row.get("standar") or {}
            if not self.periksa(standar, b, i_item, {"nilai", "sumber"}, baris=row.baris):
                continue
            skala = self.ref(
                self.skala_ordinal,
                row.get("skala_ordinal"),
                b,
                row.baris,
                i_item,
                "skala_ordinal",
                "skala ordinal",
            )
            data = {
                "renstra": self.renstra,
                "kode": kode,
                "nomor": nomor,
                pemilik_field: pemilik,
                "nama": row.get("nama"),
                "satuan": row.get("satuan"),
                "polaritas": row.get("polaritas") or "positif",
                "jenis_target": row.get("jenis_target") or "angka",
                "agregasi": row.get("agregasi") or "jumlah",
                "sumber": sumber.get("jenis"),
                "register": sumber.get("register"),
                "skala_ordinal": skala,
                "standar": standar.get("nilai"),
                "standar_sumber": standar.get("sumber"),
                **{
                    k: row.get(k)
                    for k in (
                        "definisi_operasional",
                        "formulasi",
                        "cara_perhitungan",
                        "sumber_data",
                        "kondisi_akhir",
                    )
                },
            }
            obj = self.simpan(
                pf.IndikatorForm,
                data,
                berkas=b,
                baris=row.baris,
                item=i_item,
                nama_kolom={
                    "sumber": "sumber.jenis",
                    "register": "sumber.register",
                    "standar": "standar.nilai",
                },
            )
            if obj is None:
                continue
            self.indikator[kode] = obj
            self.indikator_sumber.append(
                (obj, self.daftar(sumber.get("indikator"), b, i_item, row.baris), b, row.baris)
            )
            self._target(obj, row, b, i_item)
            for tahun, nilai in self._per_tahun(
                row.get("realisasi_tercatat"), b, row.baris, i_item, "realisasi_tercatat"
            ):
                self._realisasi_indikator(
                    obj,
                    tahun,
                    None,
                    nilai,
                    b,
                    row.baris,
                    f"{i_item} tahun {tahun}",
                    keterangan="realisasi tercatat",
                )

    def _per_tahun(self, mapping, b, baris, item, field_) -> list[tuple[int, Any]]:
        if mapping is None:
            return []
        if not isinstance(mapping, dict):
            self.salah(b, baris, item, field_, "harus berupa pemetaan tahun: nilai")
            return []
        out = []
        for key, value in mapping.items():
            if not isinstance(key, int) or isinstance(key, bool):
                self.salah(b, baris, item, field_, f"'{key}' bukan tahun")
                continue
            out.append((key, value))
        return out

    def _nilai_target(self, indikator, value) -> dict[str, Any]:
        if indikator.jenis_target == Indikator.JenisTarget.RENTANG:
            if isinstance(value, list) and len(value) == 2:
                return {"nilai": value[0], "nilai_tinggi": value[1]}
            return {"nilai": "bukan rentang", "nilai_tinggi": None}
        if indikator.jenis_target == Indikator.JenisTarget.ORDINAL:
            return {"label": value}
        return {"nilai": value}

    def _target(self, indikator, row, b, item) -> None:
        for tahun, nilai in self._per_tahun(
            row.get("target_renstra"), b, row.baris, item, "target_renstra"
        ):
            if not self.renstra.mencakup(tahun):
                self.salah(
                    b, row.baris, item, "target_renstra", f"tahun {tahun} di luar periode Renstra"
                )
                continue
            self.simpan(
                pf.TargetForm,
                {"indikator": indikator, "tahun": tahun, **self._nilai_target(indikator, nilai)},
                berkas=b,
                baris=row.baris,
                item=f"{item} target Renstra {tahun}",
                nama_kolom={"nilai": "target_renstra"},
            )
        target = row.get("target")
        if target is None:
            return
        if not isinstance(target, dict):
            self.salah(b, row.baris, item, "target", "harus berupa pemetaan versi PK: nilai")
            return
        for kode_pk, nilai in target.items():
            pk = self.ref(self.pk, kode_pk, b, row.baris, item, "target", "versi PK")
            if pk is None:
                continue
            self.simpan(
                pf.TargetForm,
                {
                    "indikator": indikator,
                    "tahun": pk.tahun,
                    "perjanjian_kinerja": pk,
                    **self._nilai_target(indikator, nilai),
                },
                berkas=b,
                baris=row.baris,
                item=f"{item} target {kode_pk}",
                nama_kolom={"nilai": "target"},
            )

    def _hubungkan_sumber(self) -> None:
        """Link indicators of ``sumber: indikator`` once every indicator exists."""
        for obj, kodes, b, baris in self.indikator_sumber:
            item = f"indikator {obj.kode}"
            chosen = [
                self.ref(self.indikator, k, b, baris, item, "sumber.indikator", "indikator")
                for k in kodes
            ]
            if None in chosen:
                continue
            form = pf.IndikatorSumberForm(
                data={"indikator_sumber": [c.pk for c in chosen]}, instance=obj
            )
            if form.is_valid():
                form.save()
            else:
                for messages in form.errors.get_json_data().values():
                    for m in messages:
                        self.salah(b, baris, item, "sumber.indikator", m["message"])
        self._periksa_siklus()

    def _periksa_siklus(self) -> None:
        graph = {obj.kode: list(kodes) for obj, kodes, _, _ in self.indikator_sumber}
        state: dict[str, int] = {}

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for nxt in graph.get(node, ()):
                if state.get(nxt) == 1:
                    cycle = " -> ".join([*path[path.index(nxt) :], nxt]) if nxt in path else nxt
                    self.salah(
                        "renstra.yaml",
                        None,
                        f"indikator {node}",
                        "sumber.indikator",
                        f"siklus sumber indikator: {cycle}",
                    )
                elif state.get(nxt) is None:
                    visit(nxt, [*path, nxt])
            state[node] = 2

        for node in graph:
            if node not in state:
                visit(node, [node])

    # -- program.yaml ----------------------------------------------------------------------

    def _program(self) -> None:
        b = "program.yaml"
        doc = self.data[b]
        self.periksa(
            doc, b, "", {"perjanjian_kinerja", "program"}, {"perjanjian_kinerja", "program"}
        )
        if self.renstra is None:
            return
        for p_n, prow in enumerate(self.daftar(doc.get("program"), b, "program"), start=1):
            item = f"program {prow.get('kode') if isinstance(prow, dict) else p_n}"
            keys = {"kode", "nama", "sasaran", "unit", "penanggung_jawab", "indikator", "kegiatan"}
            if not self.periksa(prow, b, item, keys, {"kode", "sasaran"}):
                continue
            sasaran = [
                self.ref(self.sasaran, k, b, prow.baris, item, "sasaran", "sasaran")
                for k in self.daftar(prow.get("sasaran"), b, item, prow.baris)
            ]
            program = self._item(
                pf.ProgramForm,
                {
                    "renstra": self.renstra,
                    "sasaran": [s.pk for s in sasaran if s],
                    "urutan": p_n,
                },
                prow,
                b,
                item,
            )
            if program is None:
                continue
            for k_n, krow in enumerate(self.daftar(prow.get("kegiatan"), b, item), start=1):
                k_item = f"kegiatan {krow.get('kode') if isinstance(krow, dict) else k_n}"
                keys = {"kode", "nama", "unit", "penanggung_jawab", "indikator", "subkegiatan"}
                if not self.periksa(krow, b, k_item, keys, {"kode"}):
                    continue
                kegiatan = self._item(
                    pf.KegiatanForm, {"program": program, "urutan": k_n}, krow, b, k_item
                )
                if kegiatan is None:
                    continue
                subs = self.daftar(krow.get("subkegiatan"), b, k_item)
                for s_n, srow in enumerate(subs, start=1):
                    s_item = f"sub-kegiatan {srow.get('kode') if isinstance(srow, dict) else s_n}"
                    keys = {"kode", "nama", "unit", "penanggung_jawab", "indikator", "pagu"}
                    if not self.periksa(srow, b, s_item, keys, {"kode"}):
                        continue
                    sub = self._item(
                        pf.SubKegiatanForm, {"kegiatan": kegiatan, "urutan": s_n}, srow, b, s_item
                    )
                    if sub is None:
                        continue
                    self._pagu(sub, srow, b, s_item)
        self._hubungkan_sumber()

    def _item(self, form_class, data, row, b, item):
        unit = self.ref(self.unit, row.get("unit"), b, row.baris, item, "unit", "unit")
        pj = self.ref(
            self.jabatan,
            row.get("penanggung_jawab"),
            b,
            row.baris,
            item,
            "penanggung_jawab",
            "jabatan",
        )
        if str(row.get("kode")) in self.item:
            self.salah(b, row.baris, item, "kode", "kode ganda dalam dataset")
            return None
        obj = self.simpan(
            form_class,
            {
                **data,
                "kode": row.get("kode"),
                "nama": row.get("nama"),
                "unit": unit,
                "penanggung_jawab": pj,
            },
            berkas=b,
            baris=row.baris,
            item=item,
        )
        if obj is None:
            return None
        self.item[obj.kode] = obj
        field_name = obj._meta.model_name  # program | kegiatan | subkegiatan
        self._indikator_list(row.get("indikator"), field_name, obj, b, item)
        return obj

    def _pagu(self, sub, row, b, item) -> None:
        pagu = row.get("pagu")
        if pagu is None:
            return
        if not isinstance(pagu, dict):
            self.salah(b, row.baris, item, "pagu", "harus berupa pemetaan versi PK: nilai")
            return
        for kode_pk, nilai in pagu.items():
            pk = self.ref(self.pk, kode_pk, b, row.baris, item, "pagu", "versi PK")
            if pk is not None:
                self.simpan(
                    pf.PaguForm,
                    {"subkegiatan": sub, "perjanjian_kinerja": pk, "nilai": nilai},
                    berkas=b,
                    baris=row.baris,
                    item=f"{item} pagu {kode_pk}",
                    nama_kolom={"nilai": "pagu"},
                )
