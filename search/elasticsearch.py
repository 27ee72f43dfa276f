"""Index settings for Wagtail's Elasticsearch 9 / OpenSearch backends: a French analysis chain.

Our code already analyses indexed text and queries (``search.french``) and expands synonyms
(``search.synonyms``), so the cluster mostly sees plain ASCII stems. The chain defined here is
defence in depth for what reaches the cluster raw, such as page titles: elision, lower-case,
accent folding, the same stop words as our analyser, a light French stemmer, and at query time
the synonyms of ``search/data/synonyms_fr.txt``.

Wagtail's mapping gives searchable fields no analyzer of their own, so the cluster uses the
index's ``default`` analyzer for them (and ``default_search`` for queries): defining those two
is how this chain reaches ``search_document``, ``title`` and ``_all_text`` without subclassing
the backend. Autocomplete fields keep Wagtail's ``edgengram_analyzer`` (redefined here to split
elisions too) with the ``standard`` analyzer at query time, which does not fold accents: queries
for autocomplete are folded in our code first.

This module is imported by the settings, so it must not import Django models.
"""

from search.french import DATA_DIR, ELISIONS, stop_words

SYNONYMS_FILE = DATA_DIR / "synonyms_fr.txt"

# The analysis chain shared by indexing and querying; synonyms are added at query time only
# (``synonym_graph`` is a query-time filter, and query-time synonyms need no reindexing).
INDEX_FILTERS = ["french_elision", "lowercase", "asciifolding", "french_stop", "french_light_stem"]
SEARCH_FILTERS = [
    "french_elision",
    "lowercase",
    "asciifolding",
    "french_synonyms",
    "french_stop",
    "french_light_stem",
]


def synonym_rules(path=SYNONYMS_FILE):
    """The synonym groups of the data file as Solr-format rules: ``pat, projet alimentaire…``.

    The file has one group per line, terms separated by ``|``; commas and ``=>`` mean something
    in the rule format, so they are removed from terms.
    """
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms = (_clean_term(term) for term in line.split("|"))
        terms = list(dict.fromkeys(term for term in terms if term))
        if len(terms) > 1:
            rules.append(", ".join(terms))
    return rules


def _clean_term(term):
    return " ".join(term.replace(",", " ").replace("=>", " ").lower().split())


def _analyzer(filters):
    return {"type": "custom", "tokenizer": "standard", "filter": list(filters)}


def french_index_settings(synonyms_path=SYNONYMS_FILE):
    """``INDEX_SETTINGS`` for Wagtail's Elasticsearch/OpenSearch backends.

    Wagtail merges this into its own index settings (keeping its n-gram analyzers). The
    analyzers are named ``french_folded`` (indexing) and ``french_folded_search`` (queries,
    with synonyms), and installed as the index's ``default`` and ``default_search``. Built-in
    analyzer names such as ``french`` are not redefined: Elasticsearch discourages shadowing
    them.
    """
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "french_elision": {
                        "type": "elision",
                        "articles_case": True,
                        "articles": sorted(ELISIONS),
                    },
                    "french_stop": {"type": "stop", "stopwords": sorted(stop_words())},
                    "french_synonyms": {
                        "type": "synonym_graph",
                        "synonyms": synonym_rules(synonyms_path),
                        # A rule the chain cannot parse is skipped instead of failing the index.
                        "lenient": True,
                    },
                    "french_light_stem": {"type": "stemmer", "language": "light_french"},
                },
                "analyzer": {
                    "french_folded": _analyzer(INDEX_FILTERS),
                    "french_folded_search": _analyzer(SEARCH_FILTERS),
                    "default": _analyzer(INDEX_FILTERS),
                    "default_search": _analyzer(SEARCH_FILTERS),
                    # Wagtail's autocomplete analyzer, with French elisions split as well.
                    "edgengram_analyzer": _analyzer(
                        ["french_elision", "lowercase", "asciifolding", "edgengram"]
                    ),
                },
            }
        }
    }
