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
