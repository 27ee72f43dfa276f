"""A real server with the real demo content, and headless Chromium to browse it.

The server is ``manage.py runserver`` on a free loopback port, against a temporary SQLite
database that is migrated, filled with ``manage.py load_demo`` and indexed, exactly as
``make demo`` does. Chromium is Debian's (never downloaded); axe-core comes from npm.
Without them the tests are skipped with the command that installs them, except in CI
(``CI`` set), where a missing dependency is a failure. The ``browser`` and
``browser_dependencies`` fixtures live in ``tests/conftest.py``: Playwright's sync API allows one
instance per process, shared by every folder of browser tests.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
READER = "lecteur"

# One live French page of each type, with its URL and title, read from the server's database.
PAGES_SCRIPT = """
import json
from django.apps import apps
from wagtail.models import Locale, Page
locale = Locale.get_default()
found = {}
for model in apps.get_app_config("pages").get_models():
    if issubclass(model, Page):
        page = model.objects.live().filter(locale=locale).order_by("path").first()
        if page is not None:
            found[model.__name__] = {"url": page.url, "title": page.title}
print(json.dumps(found))
"""


def _missing_dependencies():
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium ({CHROMIUM})")
    if not AXE.exists():
        missing.append(f"axe-core ({AXE.relative_to(BASE_DIR)})")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (make install-test)")
    return missing


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(args, env, log):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    log.write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}", pytrace=False)
    return result.stdout


def _wait_until_up(url, process, log, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"runserver stopped:\n{log.read_text()[-3000:]}", pytrace=False)
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"runserver did not answer {url} in {timeout} s", pytrace=False)


@pytest.fixture(scope="session")
def demo_server(browser_dependencies, tmp_path_factory):
    """Base URL, reader password and demo pages of a running server (stopped at the end)."""
    workdir = tmp_path_factory.mktemp("demo-server")
    password = secrets.token_urlsafe(16)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "TEST_DATABASE_URL", "SEARCH_URL", "REDIS_URL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="intranet.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        DEMO_PASSWORD=password,
        PYTHONUNBUFFERED="1",
    )
    _manage(["migrate", "--no-input"], env, workdir / "migrate.log")
    _manage(["load_demo"], env, workdir / "load_demo.log")
    _manage(["update_index"], env, workdir / "update_index.log")
    output = _manage(["shell", "-c", PAGES_SCRIPT], env, workdir / "pages.log")
    pages = json.loads(output.strip().splitlines()[-1])  # after the shell's own messages

    port = _free_port()
    log = workdir / "runserver.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base_url}/sante/", process, log)
        yield {"base_url": base_url, "password": password, "pages": pages}
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def anonymous_page(browser, demo_server):
    context = browser.new_context(base_url=demo_server["base_url"], locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()


def sign_in(page, username, password):
    page.goto("/connexion/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("form.form button[type=submit]")


@pytest.fixture(scope="session")
def reader_state(browser, demo_server, tmp_path_factory):
    """The cookies of a signed-in reader, so that each test does not sign in again."""
    context = browser.new_context(base_url=demo_server["base_url"], locale="fr-FR")
    page = context.new_page()
    sign_in(page, READER, demo_server["password"])
    assert not page.url.rstrip("/").endswith("/connexion"), "the reader could not sign in"
    state = tmp_path_factory.mktemp("reader") / "state.json"
    context.storage_state(path=str(state))
    context.close()
    return state


@pytest.fixture
def reader_page(browser, demo_server, reader_state):
    context = browser.new_context(
        base_url=demo_server["base_url"], locale="fr-FR", storage_state=str(reader_state)
    )
    page = context.new_page()
    yield page
    context.close()
