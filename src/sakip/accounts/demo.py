"""The demo's cast: one account per role for an agency, as `sakip demo` prints them."""

import secrets
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from sakip.accounts.models import Peran, Profil
from sakip.organisation.models import PerangkatDaerah


@dataclass(frozen=True)
class AkunDemo:
    username: str
    password: str
    peran: str
    keterangan: str


def _pengguna(username: str, password: str, nama: str, **profil) -> None:
    user, _ = User.objects.get_or_create(username=username)
    user.first_name = nama
    user.set_password(password)
    user.is_staff = user.is_superuser = profil.get("peran") == Peran.ADMIN
    user.save()
    Profil.objects.update_or_create(user=user, defaults=profil)


def buat_akun_demo(pd: PerangkatDaerah, password: str | None = None) -> list[AkunDemo]:
    """Create (or reset) the demo accounts of ``pd``; each gets ``password`` or a random one."""
    units = {u.kode: u for u in pd.unit.all()}
    sekda = pd.jabatan.filter(kode="sekda").first()
    cast = [
        ("admin", "Administrator", {"peran": Peran.ADMIN}, "semua perangkat daerah, Django admin"),
        (
            "perencana",
            "Perencana Setda",
            {"peran": Peran.PERENCANA, "perangkat_daerah": pd},
            "rencana, verifikasi dan penguncian",
        ),
        (
            "operator_hukum",
            "Operator Bagian Hukum",
            {"peran": Peran.OPERATOR, "unit": units.get("hukum"), "perangkat_daerah": pd},
            "isian Bagian Hukum saja",
        ),
        (
            "operator_umum",
            "Operator Bagian Umum",
            {"peran": Peran.OPERATOR, "unit": units.get("umum"), "perangkat_daerah": pd},
            "isian Bagian Umum saja",
        ),
        (
            "pimpinan",
            "Sekretaris Daerah",
            {"peran": Peran.PIMPINAN, "perangkat_daerah": pd, "jabatan": sekda},
            "membaca dan menandatangani",
        ),
        (
            "evaluator",
            "Inspektorat",
            {"peran": Peran.EVALUATOR, "pemda": pd.pemda},
            "membaca semua perangkat daerah Pemda, berkomentar",
        ),
    ]
    akun = []
    with transaction.atomic():
        for username, nama, profil, keterangan in cast:
            pw = password or secrets.token_urlsafe(9)
            _pengguna(username, pw, nama, **profil)
            akun.append(AkunDemo(username, pw, Peran(profil["peran"]).label, keterangan))
    return akun
