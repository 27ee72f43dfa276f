"""The text analyser content models index with, chosen by settings.

Models declare *what* is searchable; the analyser (``SEARCH_TEXT_ANALYZER``, French by default,
in ``search.french``) decides *how* text becomes tokens. Going through a setting keeps the
import direction one way: content apps never import the search app.
"""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@cache
def _analyzer():
    return import_string(settings.SEARCH_TEXT_ANALYZER)


@cache
def _folder():
    return import_string(settings.SEARCH_AUTOCOMPLETE_NORMALIZER)


def analysed_text(*parts):
    """One string of index tokens for the given pieces of text (empty pieces are skipped)."""
    return " ".join(_analyzer()(" \n ".join(part for part in parts if part)))


def autocomplete_text(text):
    """Text as typed prefixes are matched against it: lower-case, without accents."""
    return _folder()(text or "")
