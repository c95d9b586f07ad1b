"""Administrators keep the organisation tree, periods, scales and nomenclature here."""

from django.contrib import admin

from sakip.planning.models import (
    RPJMD,
    Indikator,
    Kegiatan,
    MisiRPJMD,
    Pagu,
    PengaturanPengukuran,
    PerjanjianKinerja,
    Permasalahan,
    Predikat,
    Program,
    Renstra,
    SasaranRPJMD,
    SasaranStrategis,
    SkalaOrdinal,
    SkalaPredikat,
    SubKegiatan,
    Target,
    TingkatOrdinal,
    TujuanRenstra,
    TujuanRPJMD,
)

admin.site.register(
    [
        Indikator,
        Kegiatan,
        MisiRPJMD,
        Pagu,
        PengaturanPengukuran,
        PerjanjianKinerja,
        Permasalahan,
        Predikat,
        Program,
        RPJMD,
        Renstra,
        SasaranRPJMD,
        SasaranStrategis,
        SkalaOrdinal,
        SkalaPredikat,
        SubKegiatan,
        Target,
        TingkatOrdinal,
        TujuanRPJMD,
        TujuanRenstra,
    ]
)
