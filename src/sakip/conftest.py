"""Shared test fixtures.

Every test database starts with the demo agency (Sekretariat Daerah Kabupaten Paser, the seed
of shared/seed) loaded once per test session through the real loader, so golden tests read
what `sakip demo` computes. Tests run in transactions, so what a test writes is rolled back.
"""

import pytest

from sakip.cli import dataset_bawaan


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from sakip.io.dataset import muat_dataset

    with django_db_blocker.unblock():
        muat_dataset(dataset_bawaan())


@pytest.fixture
def paser(db):
    """The demo agency, Setda Kabupaten Paser."""
    from sakip.organisation.models import PerangkatDaerah

    return PerangkatDaerah.objects.get(pemda__kode="64.01", kode="setda")


PASSWORD = "kata-sandi-uji"


@pytest.fixture(autouse=True)
def _hash_cepat(settings):
    # Password hashing is deliberately slow; tests only need it to work.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(paser):
    """The fixed cast, one user per role of the demo agency (Setda Kabupaten Paser):

    - ``admin``: every agency, and the Django admin;
    - ``perencana``: reads the Setda; plans, verifies, locks and reopens;
    - ``operator_hukum``: reads and writes only Bagian Hukum's items;
    - ``operator_umum``: reads and writes only Bagian Umum's items;
    - ``pimpinan``: reads the Setda, signs;
    - ``evaluator``: reads every agency of Kabupaten Paser, comments.
    """
    from django.contrib.auth.models import User

    from sakip.accounts.demo import buat_akun_demo

    akun = buat_akun_demo(paser, password=PASSWORD)
    return {u.username: u for u in User.objects.filter(username__in=[a.username for a in akun])}
