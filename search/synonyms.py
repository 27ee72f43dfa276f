"""Synonym expansion of analysed queries, from the groups administrators maintain.

Groups are analysed once and cached; saving or deleting a group clears the cache, so a change
applies to the next search without reindexing.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.french import analyze_query
from search.models import SynonymGroup

CACHE_KEY = "search:synonym-phrases:v1"


def phrase_key(text):
    """The analysed form of a term: one token per word (compounds joined)."""
    return tuple(term[0] for term in analyze_query(text))


def synonym_index():
    """Map each analysed phrase to the set of analysed phrases it is equivalent to."""
    index = cache.get(CACHE_KEY)
    if index is None:
        index = {}
        for group in SynonymGroup.objects.all():
            phrases = {key for key in map(phrase_key, group.term_list()) if key}
            for phrase in phrases:
                index.setdefault(phrase, set()).update(phrases - {phrase})
        cache.set(CACHE_KEY, index, timeout=None)
    return index


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def clear_synonym_cache(**kwargs):
    cache.delete(CACHE_KEY)


def expand(terms):
    """Group analysed query terms into concepts, each with the synonyms that may replace it.

    ``terms`` comes from ``analyze_query``. Returns a list of ``Concept``: the original words
    (alternatives of one term, or a multi-word phrase found in a synonym group) and the
    equivalent phrases. The longest phrase known to a group wins: ``projet alimentaire
    territorial`` is one concept, equivalent to ``pat``.
    """
    index = synonym_index()
    longest = max((len(phrase) for phrase in index), default=1)
    keys = [term[0] for term in terms]
    concepts = []
    position = 0
    while position < len(terms):
        for size in range(min(longest, len(terms) - position), 0, -1):
            phrase = tuple(keys[position : position + size])
            if phrase in index:
                original = (" ".join(phrase),) if size > 1 else terms[position]
                synonyms = tuple(sorted(" ".join(p) for p in index[phrase]))
                concepts.append(Concept(original, synonyms))
                position += size
                break
        else:
            concepts.append(Concept(terms[position], ()))
            position += 1
    return concepts


class Concept:
    """One idea of a query: the user's own words (``original``) and their ``synonyms``.

    Each is a tuple of alternatives; an alternative is a space-separated string of tokens that
    must all match.
    """

    __slots__ = ("original", "synonyms")

    def __init__(self, original, synonyms):
        self.original = tuple(original)
        self.synonyms = tuple(synonyms)

    @property
    def alternatives(self):
        return self.original + self.synonyms

    def __repr__(self):
        return f"Concept({self.original!r}, {self.synonyms!r})"

    def __eq__(self, other):
        return isinstance(other, Concept) and (self.original, self.synonyms) == (
            other.original,
            other.synonyms,
        )

    def __hash__(self):
        return hash((self.original, self.synonyms))
