"""Production settings refuse to start without their required variables, and pass the deploy
checks when they are all set. Each case starts a fresh Python process, as a server would."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DATABASE_URL"]
# Variables that would leak into the child process from a developer's shell or from CI.
CLEARED = REQUIRED + [
    "TEST_DATABASE_URL",
    "REDIS_URL",
    "SEARCH_URL",
    "DJANGO_SETTINGS_MODULE",
    "CACHE_DIR",
]


def production_env(tmp_path, **overrides):
    env = {key: value for key, value in os.environ.items() if key not in CLEARED}
    env.update(
        DJANGO_SETTINGS_MODULE="intranet.settings.production",
        SECRET_KEY="k7#Vq2!pZr9@Lm4$Xw8^Tn3&Hc6*Bd1(Gf5)Js0-Ya2+Eu7=Oi9_Rk3%Wl6~Np",
        ALLOWED_HOSTS="intranet.nantesmetropole.test",
        WAGTAILADMIN_BASE_URL="https://intranet.nantesmetropole.test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'production.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        PYTHONPATH=str(BASE_DIR),
    )
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(args, env):
    return subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


@pytest.mark.parametrize("name", REQUIRED)
@pytest.mark.parametrize("value", [None, ""], ids=["missing", "empty"])
def test_production_refuses_to_start_without_a_required_variable(tmp_path, name, value):
    result = run(["-c", "import django; django.setup()"], production_env(tmp_path, **{name: value}))
    assert result.returncode != 0
    # The last line of the traceback is the error itself: it names the missing variable.
    error = last_line(result.stderr)
    assert "ImproperlyConfigured" in error, result.stderr[-2000:]
    assert name in error


def test_production_starts_with_every_required_variable(tmp_path):
    result = run(["-c", "import django; django.setup()"], production_env(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]


def test_production_passes_the_deploy_checks(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env(tmp_path)
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "no issues" in result.stdout


def test_deploy_checks_catch_a_weak_secret_key(tmp_path):
    """The check above is a real check: a short key makes it fail."""
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        production_env(tmp_path, SECRET_KEY="too-short"),
    )
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


def test_worker_processes_share_the_cache_without_redis(tmp_path):
    """A restriction saved through one worker invalidates the cached list for every worker:
    without Redis, the processes of one machine share a cache on disk."""
    env = production_env(tmp_path, CACHE_DIR=str(tmp_path / "cache"))
    setup = "import django; django.setup(); from django.core.cache import cache; "
    written = run(["-c", setup + "cache.set('visibility:probe', 'seen', None)"], env)
    assert written.returncode == 0, written.stderr[-2000:]
    read = run(["-c", setup + "print(cache.get('visibility:probe'))"], env)
    assert read.returncode == 0, read.stderr[-2000:]
    assert last_line(read.stdout) == "seen"
    deleted = run(["-c", setup + "cache.delete('visibility:probe')"], env)
    assert deleted.returncode == 0
    assert last_line(run(["-c", setup + "print(cache.get('visibility:probe'))"], env).stdout) == (
        "None"
    )
