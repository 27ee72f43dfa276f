"""Content languages from the environment: a further locale is a setting, not a code change.

``CONTENT_LANGUAGES`` lists language codes, French (the source) first, e.g. ``fr,en,de``.
The settings module builds ``LANGUAGES`` from it, the ``post_migrate`` handler of this app
creates the missing Wagtail locales and synchronises their trees from French.
Imported by the settings: nothing here may import models.
"""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

DEFAULT_CONTENT_LANGUAGES = "fr,en"
SOURCE_LANGUAGE = "fr"


def content_languages(value):
    """``[(code, name), …]`` for a comma-separated list of codes; French must come first."""
    codes = [code.strip().lower() for code in (value or DEFAULT_CONTENT_LANGUAGES).split(",")]
    codes = list(dict.fromkeys(code for code in codes if code))
    unknown = [code for code in codes if code not in LANG_INFO]
    if unknown:
        raise ImproperlyConfigured(
            f"CONTENT_LANGUAGES: unknown language code(s) {', '.join(unknown)} "
            f"(use codes such as fr, en, de, es)."
        )
    if not codes or codes[0] != SOURCE_LANGUAGE:
        raise ImproperlyConfigured(
            f"CONTENT_LANGUAGES must start with {SOURCE_LANGUAGE}, the source language "
            f"(got {value!r})."
        )
    return [(code, _local_name(code)) for code in codes]


def _local_name(code):
    name = LANG_INFO[code]["name_local"]
    return name[:1].upper() + name[1:]
