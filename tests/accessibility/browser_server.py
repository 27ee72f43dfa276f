"""A demo server whose pages exist in French and in English, for the bilingual axe tests.

Built like ``tests.browser.conftest.demo_server`` (migrate, ``load_demo``, index, runserver on
a free loopback port), then every live French page is translated into English with
wagtail-localize (``TranslationSource`` and ``Translation.save_target``), strings falling
back to French where no translation exists, as a translator's first publication would.
"""

import json
import os
import secrets
import subprocess
import sys

from tests.browser.conftest import BASE_DIR, _free_port, _manage, _wait_until_up

# Translate every live French page into English, then list one live page per type and locale.
TRANSLATE_SCRIPT = """
import json
from django.apps import apps
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
french = Locale.get_default()
english, _ = Locale.objects.get_or_create(language_code="en")
for page in Page.objects.live().filter(locale=french, depth__gt=1).order_by("path").specific():
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=english)
    translation.save_target(publish=True)
found = {}
for locale in (french, english):
    for model in apps.get_app_config("pages").get_models():
        if issubclass(model, Page):
            page = model.objects.live().filter(locale=locale).order_by("path").first()
            if page is not None:
                found[f"{locale.language_code}:{model.__name__}"] = {
                    "url": page.url, "title": page.title, "id": page.pk,
                }
print(json.dumps(found))
"""


def start_bilingual_server(workdir):
    """Start the server; returns (process, base URL, reader password, pages by 'lang:Type')."""
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
    output = _manage(["shell", "-c", TRANSLATE_SCRIPT], env, workdir / "translate.log")
    pages = json.loads(output.strip().splitlines()[-1])

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
    except BaseException:
        stop(process)
        raise
    return process, base_url, password, pages


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
