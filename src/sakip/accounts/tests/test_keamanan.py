"""Signing in: throttled, Indonesian, and the production settings pass Django's deploy check."""

import os
import subprocess
import sys

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def masuk(client, username, password):
    return client.post(reverse("masuk"), {"username": username, "password": password})


def test_a_user_signs_in_and_lands_on_its_work(client, cast):
    from sakip.conftest import PASSWORD

    response = masuk(client, "operator_hukum", PASSWORD)
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code in (200, 302)


def test_a_wrong_password_is_said_in_indonesian(client, cast):
    response = masuk(client, "perencana", "salah")
    assert "Nama pengguna atau kata sandi salah." in response.content.decode()


def test_repeated_failures_lock_the_login(client, cast, settings):
    from sakip.conftest import PASSWORD

    for _ in range(settings.AXES_FAILURE_LIMIT):
        masuk(client, "perencana", "salah")
    response = masuk(client, "perencana", PASSWORD)  # even the right password now waits
    assert response.status_code == 429
    assert "Terlalu banyak percobaan masuk" in response.content.decode()


def test_signing_out_needs_post(client, cast):
    client.force_login(cast["perencana"])
    assert client.get(reverse("keluar")).status_code == 405
    assert client.post(reverse("keluar")).status_code == 302


def test_production_settings_pass_the_deploy_check(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        {
            "SAKIP_DATA_DIR": str(tmp_path),
            "SAKIP_HTTPS": "1",
            "SAKIP_SECRET_KEY": "k" * 20 + "uji-yang-panjang-dan-acak-0123456789-ABCDEFGHIJKLMN",
            "SAKIP_ALLOWED_HOSTS": "sakip.paserkab.go.id",
            "DJANGO_SETTINGS_MODULE": "sakip.settings",
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_without_a_configured_key_a_random_one_is_kept_outside_the_repository(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SAKIP_SECRET_KEY")}
    env.update({"SAKIP_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "sakip.settings"})
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    first = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    again = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert first == again and len(first.strip()) > 50
    assert oct((tmp_path / "secret.key").stat().st_mode)[-3:] == "600"
