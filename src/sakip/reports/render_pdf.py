"""A document as PDF: HTML with print CSS (templates/reports/dokumen.css) through WeasyPrint.

Named pages turn sections landscape, ``thead`` repeats on every page, the footer carries the
page number, and the daftar isi takes its page numbers from ``target-counter``.
"""

from __future__ import annotations

import base64
from html import escape
from importlib import resources

from sakip.reports import blok as b

NUMERIK = {b.Jenis.ANGKA, b.Jenis.PERSEN, b.Jenis.RUPIAH, b.Jenis.POIN}


def _css() -> str:
    return (resources.files("sakip.reports") / "templates" / "reports" / "dokumen.css").read_text(
        encoding="utf-8"
    )


def _runs(potongan: list[b.Potongan]) -> str:
    out = []
    for pot in potongan:
        t = escape(pot.teks)
        if pot.tebal:
            t = f"<b>{t}</b>"
        if pot.miring:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


def _img(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


class _Html:
    def __init__(self, dok: b.Dokumen):
        self.dok = dok
        self.out: list[str] = []
        self.n = 0
        self.judul_id: dict[int, str] = {}
        self.putus = False  # a page break is pending for the next block

    def html(self) -> str:
        for i, x in enumerate(self.dok.blok):
            if isinstance(x, b.Judul):
                self.judul_id[id(x)] = f"j{i}"
        kaki = escape(self.dok.kaki).replace('"', "")
        self.out.append(
            f'<!doctype html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{escape(self.dok.judul)}</title>"
            f'<style>{_css()} :root {{ --kaki: "{kaki} — halaman "; }}</style>'
            f'</head><body><section class="potret">'
        )
        for x in self.dok.blok:
            getattr(self, "_" + type(x).__name__.lower())(x)
        self.out.append("</section></body></html>")
        return "".join(self.out)

    def _cls(self) -> str:
        if self.putus:
            self.putus = False
            return ' class="putus"'
        return ""

    def _sampul(self, x: b.Sampul) -> None:
        kop = "".join(
            f'<div class="{"baris1" if i == 0 else "baris"}">{escape(line)}</div>'
            for i, line in enumerate(x.kop)
        )
        if x.sub:
            logo = f'<img src="{_img(x.logo)}">' if x.logo else ""
            judul = "<br>".join(escape(j) for j in x.judul)
            sub = "".join(f'<div class="sub">{escape(s)}</div>' for s in x.sub)
            pen = (
                f'<div class="penyusun">Disusun oleh: {escape(x.penyusun)}</div>'
                if x.penyusun
                else ""
            )
            self.out.append(
                f'<div class="sampul"><div class="kop">{kop}</div>{logo}'
                f'<div class="judul">{judul}</div>{sub}{pen}</div>'
            )
            self.putus = False
            self._setelah_sampul = True
            return
        logo = (
            f'<td class="logo"><img src="{_img(x.logo)}" style="height:2.2cm"></td>'
            if x.logo
            else ""
        )
        self.out.append(f'<table class="kop"><tr>{logo}<td>{kop}</td></tr></table>')
        for j in x.judul:
            self.out.append(f'<div class="judul-dokumen">{escape(j)}</div>')

    def _judul(self, x: b.Judul) -> None:
        tag = f"h{x.tingkat}"
        cls = ["putus"] if self.putus else []
        self.putus = False
        if not x.daftar_isi:
            cls.append("tanpa-isi")
        attr = f' class="{" ".join(cls)}"' if cls else ""
        self.out.append(f'<{tag} id="{self.judul_id[id(x)]}"{attr}>{escape(x.teks)}</{tag}>')

    def _paragraf(self, x: b.Paragraf) -> None:
        cls = {"tengah": "tengah", "kiri": "kiri", "kanan": "kanan"}.get(x.rata, "")
        style = []
        if x.ukuran:
            style.append(f"font-size:{x.ukuran}pt")
        if x.tebal:
            style.append("font-weight:bold")
        style.append(f"margin-bottom:{x.spasi_sesudah}pt")
        putus = " putus" if self.putus else ""
        self.putus = False
        self.out.append(
            f'<p class="{cls}{putus}" style="{";".join(style)}">{_runs(x.potongan)}</p>'
        )

    def _daftar(self, x: b.Daftar) -> None:
        tag = "ol" if x.bernomor else 'ul class="daftar"'
        end = "ol" if x.bernomor else "ul"
        items = "".join(f"<li>{_runs(butir)}</li>" for butir in x.butir)
        self.out.append(f"<{tag}>{items}</{end}>")

    def _tabel(self, x: b.Tabel) -> None:
        total = sum(k.lebar for k in x.kolom)
        cols = "".join(f'<col style="width:{k.lebar / total * 100:.2f}%">' for k in x.kolom)
        head = "".join(f"<th>{escape(k.judul)}</th>" for k in x.kolom)
        rows = []
        aturan = self.dok.aturan
        for baris in x.baris:
            cells = []
            for i, sel in enumerate(baris.sel):
                attrs = []
                cls = []
                if sel.jenis in NUMERIK:
                    cls.append("n")
                style = []
                if i == 0 and baris.tingkat:
                    style.append(f"padding-left:{2.5 + 8 * baris.tingkat}pt")
                kol = x.kolom[i].judul
                if baris.warna and kol.startswith(("Predikat", "Kode Warna")) and sel.nilai:
                    cls.append("warna")
                    style.append(f"background:{baris.warna}")
                if cls:
                    attrs.append(f'class="{" ".join(cls)}"')
                if style:
                    attrs.append(f'style="{";".join(style)}"')
                cells.append(f"<td {' '.join(attrs)}>{escape(sel.teks(aturan))}</td>")
            gaya = f' class="{baris.gaya}"' if baris.gaya else ""
            rows.append(f"<tr{gaya}>{''.join(cells)}</tr>")
        cap = ""
        if x.label or x.judul:
            cap = (
                f'<div class="keterangan{" putus" if self.putus else ""}">'
                f"{escape(x.label)}<br>{escape(x.judul)}</div>"
            )
            self.putus = False
        sumber = f'<p class="sumber">Sumber: {escape(x.sumber)}</p>' if x.sumber else ""
        self.out.append(
            f'{cap}<table class="data" style="font-size:{x.ukuran_huruf}pt">'
            f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>{sumber}"
        )

    def _gambar(self, x: b.Gambar) -> None:
        self.out.append(
            f'<figure{self._cls()}><img src="{_img(x.png)}" style="width:{x.lebar_cm}cm">'
            f"<figcaption>{escape(x.judul)}</figcaption></figure>"
        )

    def _pemisahhalaman(self, _x) -> None:
        if getattr(self, "_setelah_sampul", False):
            self._setelah_sampul = False
            return
        self.putus = True

    def _bagian(self, x: b.Bagian) -> None:
        self.putus = False  # a change of named page breaks the page by itself
        self.out.append(f'</section><section class="{"lanskap" if x.lanskap else "potret"}">')

    def _daftarisi(self, _x) -> None:
        items = "".join(
            f'<li class="t{j.tingkat}"><a href="#{self.judul_id[id(j)]}">{escape(j.teks)}</a></li>'
            for j in self.dok.blok
            if isinstance(j, b.Judul) and j.daftar_isi
        )
        self.out.append(f'<ul class="toc">{items}</ul>')

    def _tandatangan(self, x: b.TandaTangan) -> None:
        isi = x.pihak if len(x.pihak) == 2 else [None, x.pihak[0]]
        cells = []
        for ttd in isi:
            if ttd is None:
                cells.append("<td></td>")
                continue
            parts = [
                f"<div>{escape(ttd.tempat_tanggal)}</div>"
                if ttd.tempat_tanggal
                else "<div>&nbsp;</div>",
                f"<div><b>{escape(ttd.peran)}</b></div>" if ttd.peran else "",
                f"<div><b>{escape(ttd.jabatan)}{',' if ttd.jabatan else ''}</b></div>",
                f'<div class="nama">{escape(ttd.nama)}</div>',
                f"<div>{escape(ttd.pangkat)}</div>" if ttd.pangkat else "",
                f"<div>NIP. {escape(ttd.nip)}</div>" if ttd.nip else "",
            ]
            cells.append(f"<td>{''.join(parts)}</td>")
        self.out.append(f'<table class="ttd"><tr>{"".join(cells)}</tr></table>')


def render_html(dok: b.Dokumen) -> str:
    return _Html(dok).html()


def render_pdf(dok: b.Dokumen) -> bytes:
    from weasyprint import HTML

    return HTML(string=render_html(dok)).write_pdf()
