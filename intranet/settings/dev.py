"""Local development: the embedded default (SQLite, database search, local media)."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A development-only key: production refuses to start without SECRET_KEY in the environment.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
