"""The quarter-to-report flow in a real browser (the system Chromium, driven by Playwright),
against the real server (`sakip serve`, waitress) on a fresh demo database.

An operator enters a triwulan with evidence and submits; the planner verifies and locks; the
operator can no longer edit; the dashboard shows the new figures. A screenshot of each main
page is kept in var/artefak/ (or $SAKIP_ARTEFAK) for a person to look at.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
expect = playwright.expect

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PASSWORD = "demo-browser-2023"
ARTEFAK = Path(os.environ.get("SAKIP_ARTEFAK", Path.cwd() / "var" / "artefak"))

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium is installed by scripts/system-deps"
)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("sakip-browser")
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update({"SAKIP_DATA_DIR": str(data), "SAKIP_DEMO_KATA_SANDI": PASSWORD})
    subprocess.run(
        [sys.executable, "-m", "sakip.cli", "demo", "--tanpa-server"],
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    port = _port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sakip.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("sakip serve did not start: " + proc.stdout.read().decode())
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


def masuk(browser, server, username):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.goto(f"{server}/masuk/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_load_state("networkidle")
    return page


def foto(page, name):
    ARTEFAK.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTEFAK / f"{name}.png", full_page=True)


def test_quarter_to_report_in_a_real_browser(server, browser, tmp_path):
    # 1. The operator of Bagian Hukum enters TW IV with evidence and submits.
    op = masuk(browser, server, "operator_hukum")
    expect(op).to_have_url(re.compile("/realisasi/"))
    foto(op, "01-isian-operator")
    op.get_by_role("link", name="TW 4").click()
    op.wait_for_load_state("networkidle")
    produk = op.get_by_label("K TW 4 Fasilitasi Penyusunan Produk Hukum Daerah")
    expect(produk).to_have_value("301")  # seed Lampiran
    produk.fill("305")
    op.get_by_label("RP TW 4 Fasilitasi Penyusunan Produk Hukum Daerah").fill("402.000.000")
    op.get_by_role("button", name="Simpan semua isian").click()
    op.wait_for_load_state("networkidle")
    expect(op.get_by_text("Isian tersimpan (2 nilai berubah).")).to_be_visible()
    bukti = tmp_path / "daftar-hadir.pdf"
    bukti.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    unggah = op.locator("form.unggah", has_text="Fasilitasi Penyusunan Produk Hukum Daerah")
    unggah.locator("input[type=file]").set_input_files(str(bukti))
    unggah.get_by_role("button", name="Unggah").click()
    op.wait_for_load_state("networkidle")
    expect(op.get_by_text("Bukti dukung 'daftar-hadir.pdf' tersimpan.")).to_be_visible()
    expect(op.get_by_role("link", name="daftar-hadir.pdf")).to_be_visible()
    foto(op, "02-isian-tersimpan")
    op.get_by_role("button", name="Ajukan untuk verifikasi").click()
    op.wait_for_load_state("networkidle")
    expect(op.locator("[data-status]")).to_have_text("Diajukan")

    # 2. The planner verifies with a note and locks.
    pl = masuk(browser, server, "perencana")
    expect(pl).to_have_url(re.compile("/pd/"))
    foto(pl, "03-dasbor-perencana")
    row = pl.locator("table.kelengkapan tr", has_text="Bagian Hukum")
    row.get_by_role("link").nth(3).click()
    pl.wait_for_load_state("networkidle")
    expect(pl.locator("[data-status]")).to_have_text("Diajukan")
    pl.get_by_label("Catatan verifikasi").fill("Sesuai daftar hadir.")
    pl.get_by_role("button", name="Verifikasi").click()
    pl.wait_for_load_state("networkidle")
    pl.get_by_role("button", name="Kunci triwulan").click()
    pl.wait_for_load_state("networkidle")
    expect(pl.locator("[data-status]")).to_have_text("Dikunci")
    foto(pl, "04-isian-dikunci-perencana")

    # 3. The operator can no longer edit.
    op.reload()
    expect(op.locator("[data-status]")).to_have_text("Dikunci")
    expect(op.get_by_label("K TW 4 Fasilitasi Penyusunan Produk Hukum Daerah")).to_be_disabled()
    expect(op.get_by_role("button", name="Simpan semua isian")).to_have_count(0)
    foto(op, "05-isian-operator-terkunci")

    # 4. The dashboard shows the new figures: Produk Hukum 950 of 760 documents.
    pl.goto(pl.url.split("/realisasi/")[0] + "/")
    pl.wait_for_load_state("networkidle")
    hukum = pl.locator("tr", has_text="Bagian Hukum").first
    expect(hukum).to_contain_text("142,33%")  # mean(125; 200; 102), was 142,16%
    pl.get_by_role("button", name="4.01.02").click()
    pl.get_by_text("Fasilitasi dan Koordinasi Hukum").wait_for()
    pl.get_by_role("button", name="4.01.02.2.03").click()
    pl.get_by_text("Fasilitasi Bantuan Hukum").wait_for()
    foto(pl, "06-dasbor-pohon")

    # The plan: Renstra targets and PK versions; the head signs the PK in force.
    pl.get_by_role("link", name="Rencana dan PK").click()
    pl.wait_for_load_state("networkidle")
    foto(pl, "07-rencana")
    pl.get_by_role("link", name="Target dan pagu").first.click()
    pl.wait_for_load_state("networkidle")
    expect(pl.get_by_label("Pagu Fasilitasi Bantuan Hukum")).to_have_value("1.628.430.636")
    foto(pl, "08-target-dan-pagu")

    # The evaluator and the head read the same dashboard; the head signs.
    for user in ("evaluator", "pimpinan"):
        page = masuk(browser, server, user)
        expect(page.locator("main")).to_contain_text("142,33%")
        foto(page, f"09-dasbor-{user}")
    page.get_by_role("link", name="Rencana dan PK").click()
    page.get_by_role("button", name="Tandatangani").click()
    page.wait_for_load_state("networkidle")
    expect(page.get_by_text("telah Anda tandatangani")).to_be_visible()
    expect(page.get_by_role("cell", name="Sekretaris Daerah ·")).to_be_visible()

    # On a tablet the dashboard and the grid still work (no horizontal page scroll).
    tablet = browser.new_context(viewport={"width": 820, "height": 1180}, locale="id-ID")
    tab = tablet.new_page()
    tab.goto(f"{server}/masuk/")
    foto(tab, "00-masuk")
    tab.get_by_label("Nama pengguna").fill("perencana")
    tab.get_by_label("Kata sandi").fill(PASSWORD)
    tab.get_by_role("button", name="Masuk").click()
    tab.wait_for_load_state("networkidle")
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    foto(tab, "10-dasbor-tablet")
