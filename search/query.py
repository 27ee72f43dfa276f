"""Turn the user's words into a backend-neutral Wagtail search query.

Every backend receives the same query object built from analysed tokens, so matching does not
depend on the backend's own language handling.
"""

from wagtail.search.query import And, Or, PlainText

from search.french import analyze_query
from search.synonyms import expand

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12


class AnalysedQuery:
    """A user's query, analysed once: its concepts and the backend query that matches them."""

    def __init__(self, text):
        self.text = " ".join(text.split())[:MAX_QUERY_LENGTH]
        self.concepts = expand(analyze_query(self.text)[:MAX_TERMS])

    def __bool__(self):
        return bool(self.concepts)

    @property
    def tokens(self):
        """Every token of the user's own words (for highlighting and suggestions)."""
        return [token for c in self.concepts for alt in c.original for token in alt.split()]

    def backend_query(self, operator="and"):
        """``And`` (or ``Or``) of concepts, each an ``Or`` of its alternatives."""
        parts = [_any_of(concept.alternatives) for concept in self.concepts]
        combine = And if operator == "and" else Or
        return parts[0] if len(parts) == 1 else combine(parts)


def _any_of(alternatives):
    queries = [
        PlainText(alternative, operator="and") for alternative in _without_redundant(alternatives)
    ]
    return queries[0] if len(queries) == 1 else Or(queries)


def _without_redundant(alternatives):
    """The alternatives that can match something no other alternative matches: one that holds
    all the words of another (``territoire zéro chômeur de longue durée`` beside ``territoire
    zéro chômeur``) adds no match, only work for every backend."""
    word_sets = [frozenset(alternative.split()) for alternative in alternatives]
    kept = []
    for index, words in enumerate(word_sets):
        redundant = any(
            other < words or (other == words and other_index < index)
            for other_index, other in enumerate(word_sets)
            if other_index != index
        )
        if not redundant:
            kept.append(alternatives[index])
    return kept
