"""Search as you type and "did you mean", the same on every backend.

Suggestions only ever come from what the user may see: autocomplete searches the pages the
request may see; the "did you mean" vocabulary is built from titles of pages without any view
restriction, plus the synonym terms, so a correction never reveals a restricted title.
"""

import difflib
import re

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from search.engine import TYPE_PRIOR, title_match, type_slug
from search.french import ELISIONS, fold, stem
from search.models import SynonymGroup
from search.permissions import searchable_pages
from search.query import AnalysedQuery

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_CANDIDATES = 30
MIN_WORD_LENGTH = 4
SIMILARITY_CUTOFF = 0.75
VOCABULARY_TIMEOUT = 60 * 60
VOCABULARY_VERSION_KEY = "search:vocabulary-version"
RAW_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
# What autocomplete passes to the backend: letters and digits only. Backends quote the typed
# text into their own query syntax (SQLite FTS5: ``"..."*``), so a ``"`` would break it.
TYPED_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
# An elided article or pronoun (``d'``, ``l'``, ``qu'``…) is not a word being typed: in
# "parcours d'" the next word has not started yet, in "d'ins" the prefix is "ins".
_ELIDED = "|".join(sorted(ELISIONS, key=len, reverse=True))
ELIDED_RE = re.compile(rf"\b(?:{_ELIDED})'")


def autocomplete(request, text, locale, limit=AUTOCOMPLETE_LIMIT):
    """Up to ``limit`` pages whose title completes ``text`` (its last word as a prefix)."""
    typed = " ".join(TYPED_WORD_RE.findall(ELIDED_RE.sub(" ", fold(text))))[:100]
    if not typed:
        return []
    pages = searchable_pages(request, locale).only("id", "title", "url_path", "content_type_id")
    candidates = list(pages.autocomplete(typed)[:AUTOCOMPLETE_CANDIDATES])
    query = AnalysedQuery(text)

    def score(page):
        coverage, precision = title_match(page.title, query)
        model = page.specific_class or Page
        return coverage + 0.3 * precision + TYPE_PRIOR.get(type_slug(model), 0.0)

    ranked = sorted(enumerate(candidates), key=lambda item: (-score(item[1]), item[0]))
    return [page for _, page in ranked[:limit]]


def _vocabulary_key(locale):
    version = cache.get_or_set(VOCABULARY_VERSION_KEY, 1, timeout=None)
    return f"search:vocabulary:{locale.pk}:{version}"


def vocabulary(locale):
    """Known words, folded → as written (the most common spelling), for corrections."""
    key = _vocabulary_key(locale)
    words = cache.get(key)
    if words is None:
        pages = Page.objects.live().filter(locale=locale, depth__gt=1)
        for restriction in PageViewRestriction.objects.select_related("page"):
            pages = pages.exclude(path__startswith=restriction.page.path)
        spellings = {}
        texts = list(pages.values_list("title", flat=True))
        texts += [term for group in SynonymGroup.objects.all() for term in group.term_list()]
        for text in texts:
            for word in _title_words(text):
                if len(word) >= MIN_WORD_LENGTH:
                    folded = fold(word)
                    shown = word if word.isupper() else word.lower()
                    counts = spellings.setdefault(folded, {})
                    counts[shown] = counts.get(shown, 0) + 1
        words = {folded: max(forms, key=forms.get) for folded, forms in spellings.items()}
        cache.set(key, words, timeout=VOCABULARY_TIMEOUT)
    return words


def _title_words(text):
    """Words as written: ``l'écoconstruction`` gives ``écoconstruction`` (no elision), and
    ``éco-construction`` gives itself and its parts, so that each is a known word."""
    for word in RAW_WORD_RE.findall(text):
        parts = [_without_elision(part) for part in word.split("-")]
        if len(parts) > 1:
            yield "-".join(parts)
        yield from parts


def _without_elision(word):
    head, sep, tail = word.replace("’", "'").partition("'")
    return tail if sep and fold(head) in ELISIONS else word


def did_you_mean(text, locale):
    """The query with each unknown word replaced by the closest known one, or None.

    A word known in another inflection (``circuit`` for ``circuits``) is not corrected.
    """
    known = vocabulary(locale)
    if not known:
        return None
    known_stems = None
    changed = False
    corrected = []
    for word in text.split():
        folded = fold(word)
        if len(folded) < MIN_WORD_LENGTH or folded in known or not folded.isalpha():
            corrected.append(word)
            continue
        if known_stems is None:
            known_stems = {stem(known_word) for known_word in known}
        if stem(folded) in known_stems:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(folded, known.keys(), n=1, cutoff=SIMILARITY_CUTOFF)
        if close:
            corrected.append(known[close[0]])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def refresh_vocabulary(**kwargs):
    try:
        cache.incr(VOCABULARY_VERSION_KEY)
    except ValueError:
        cache.set(VOCABULARY_VERSION_KEY, 1, timeout=None)
