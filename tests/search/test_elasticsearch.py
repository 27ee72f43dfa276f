"""Elasticsearch 9 / OpenSearch: the French analysis chain, checked up to the wire.

No cluster can run here. The offline tests build Wagtail's ``elasticsearch9`` backend with our
index settings and a fake node in place of the HTTP connection: the real client (9.x) builds
and serialises every request (index creation, mapping, bulk indexing, search, count), the fake
node records it and answers as a cluster would. What the cluster then does with the analysis
chain is only tested by ``TestLiveSearchCluster``, which runs the shared behaviour tests
against a real cluster when ``SEARCH_URL`` is set.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import elasticsearch
import pytest
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend
from wagtail.search.index import get_indexed_models

from pages.models import ProjectPage, StandardPage
from search.elasticsearch import french_index_settings, synonym_rules
from search.french import ELISIONS, stop_words
from search.query import AnalysedQuery
from tests import factories
from tests.conftest import make_home
from tests.search.test_backends import SearchBackendBehaviour, typed_words

BASE_DIR = Path(__file__).resolve().parent.parent.parent
ANALYZED_FIELD = "pages_intranetpage__search_document"
AUTOCOMPLETE_FIELD = "pages_intranetpage__autocomplete_title_edgengrams"
PAGE_INDEX = "test_wagtailcore_page"


class FakeCluster:
    """Stands in for a cluster behind the real client: records requests, answers plausibly.

    ``hits`` are the primary keys a search answers with, best first.
    """

    def __init__(self):
        self.requests = []
        self.hits = []

    def node_class(self):
        cluster = self

        class FakeNode(BaseNode):
            _CLIENT_META_HTTP_CLIENT = ("fake", "1.0")

            def perform_request(self, method, target, body=None, headers=None, **kwargs):
                payload = cluster.answer(method, target, body)
                meta = ApiResponseMeta(
                    status=200,
                    http_version="1.1",
                    headers=HttpHeaders(
                        {"content-type": "application/json", "x-elastic-product": "Elasticsearch"}
                    ),
                    duration=0.0,
                    node=self.config,
                )
                # What a node returns to the transport: the response's metadata and raw body.
                return SimpleNamespace(meta=meta, body=json.dumps(payload).encode())

            def close(self):
                pass

        return FakeNode

    def answer(self, method, target, body):
        url = urlsplit(target)
        text = body.decode() if body else ""
        if url.path.endswith("/_bulk"):
            lines = [json.loads(line) for line in text.splitlines() if line.strip()]
            self.requests.append((method, url.path, parse_qs(url.query), lines))
            actions = [line for line in lines if "index" in line]
            return {
                "took": 1,
                "errors": False,
                "items": [{"index": {"_id": a["index"]["_id"], "status": 201}} for a in actions],
            }
        self.requests.append((method, url.path, parse_qs(url.query), json.loads(text or "null")))
        if url.path.endswith("/_search"):
            hits = [{"fields": {"pk": [str(pk)]}, "_score": 1.0} for pk in self.hits]
            return {"hits": {"total": {"value": len(hits)}, "hits": hits}}
        if url.path.endswith("/_count"):
            return {"count": len(self.hits)}
        return {"acknowledged": True}

    def last(self, path_suffix):
        return [request for request in self.requests if request[1].endswith(path_suffix)][-1]


def make_backend(cluster=None):
    """Wagtail's elasticsearch9 backend as our settings configure it (nothing is connected)."""
    options = {"node_class": cluster.node_class()} if cluster else {}
    return Elasticsearch9SearchBackend(
        {
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_PREFIX": "test_",
            "TIMEOUT": 5,
            "INDEX_SETTINGS": french_index_settings(),
            "OPTIONS": options,
        }
    )


def test_client_is_elasticsearch_9():
    assert elasticsearch.__versionstr__.startswith("9.")


# The index settings.


def test_index_settings_define_the_french_chain():
    analysis = make_backend().settings["settings"]["analysis"]
    chain = ["french_elision", "lowercase", "asciifolding", "french_stop", "french_light_stem"]
    assert analysis["analyzer"]["default"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": chain,
    }
    assert analysis["analyzer"]["french_folded"] == analysis["analyzer"]["default"]
    # At query time, synonyms after folding and before stop words and stemming.
    assert analysis["analyzer"]["default_search"]["filter"] == [
        *chain[:3],
        "french_synonyms",
        *chain[3:],
    ]
    filters = analysis["filter"]
    assert filters["french_elision"]["type"] == "elision"
    assert filters["french_elision"]["articles_case"] is True
    assert {"l", "d", "qu", "jusqu"} <= set(filters["french_elision"]["articles"])
    assert set(filters["french_elision"]["articles"]) == ELISIONS
    assert filters["french_stop"] == {"type": "stop", "stopwords": sorted(stop_words())}
    assert filters["french_light_stem"] == {"type": "stemmer", "language": "light_french"}
    assert filters["french_synonyms"]["type"] == "synonym_graph"


def test_index_settings_carry_the_glossary_synonyms():
    rules = french_index_settings()["settings"]["analysis"]["filter"]["french_synonyms"]
    assert (
        "pat, projet alimentaire territorial, programme alimentaire territorial"
        in (rules["synonyms"])
    )
    assert rules["synonyms"] == synonym_rules()
    assert all("|" not in rule and "=>" not in rule for rule in rules["synonyms"])


def test_synonym_rules_are_cleaned(tmp_path):
    data = tmp_path / "synonyms.txt"
    data.write_text(
        "# comment\n\nPAT | Projet alimentaire territorial\nA, B | a=>b | C\nseul\n",
        encoding="utf-8",
    )
    # Lower-cased; commas and "=>" (rule syntax) removed; duplicates and lone terms dropped.
    assert synonym_rules(data) == ["pat, projet alimentaire territorial", "a b, c"]


def test_wagtail_analyzers_are_kept_and_autocomplete_splits_elisions():
    analysis = make_backend().settings["settings"]["analysis"]
    assert "ngram_analyzer" in analysis["analyzer"]
    assert analysis["filter"]["edgengram"] == {"type": "edge_ngram", "min_gram": 1, "max_gram": 15}
    assert analysis["analyzer"]["edgengram_analyzer"]["filter"] == [
        "french_elision",
        "lowercase",
        "asciifolding",
        "edgengram",
    ]
    assert make_backend().settings["settings"]["index"] == {"max_ngram_diff": 12}


def test_settings_use_the_french_chain_when_search_url_is_set():
    """With SEARCH_URL, settings choose elasticsearch9 with our index settings and prefix."""
    code = (
        "import json, django; django.setup()\n"
        "from django.conf import settings\n"
        "from wagtail.search.backends import get_search_backend\n"
        "from wagtail.models import Page\n"
        "conf = settings.WAGTAILSEARCH_BACKENDS['default']\n"
        "backend = get_search_backend('default')\n"
        "print(json.dumps({'backend': conf['BACKEND'], 'class': type(backend).__name__,\n"
        "  'index': backend.get_index_for_model(Page).name,\n"
        "  'analyzers': sorted(backend.settings['settings']['analysis']['analyzer'])}))\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "TEST_DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="intranet.settings.test",
        SEARCH_URL="http://elastic:secret@127.0.0.1:9",
        PYTHONPATH=str(BASE_DIR),
    )
    env.pop("SEARCH_INDEX", None)
    env.pop("SEARCH_BACKEND", None)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["backend"] == "wagtail.search.backends.elasticsearch9"
    assert answer["class"] == "Elasticsearch9SearchBackend"
    # The site's index is intranet_ess_wagtailcore_page; the tests add their own prefix.
    assert answer["index"] == "test_intranet_ess_wagtailcore_page"
    assert {"default", "default_search", "french_folded", "edgengram_analyzer"} <= set(
        answer["analyzers"]
    )


# The mapping and the query.


def test_mapping_leaves_analysed_fields_to_the_french_default():
    properties = make_backend().mapping_class(ProjectPage).get_mapping()["properties"]
    # No analyzer of its own: the index's "default" (the French chain) applies.
    assert properties[ANALYZED_FIELD] == {"type": "text", "copy_to": "_all_text"}
    assert "analyzer" not in properties["title"]
    assert properties["_all_text"] == {"type": "text"}
    assert properties[AUTOCOMPLETE_FIELD]["analyzer"] == "edgengram_analyzer"


@pytest.mark.django_db
def test_query_compiler_sends_the_analysed_alternatives(fr_locale):
    query = AnalysedQuery("PAT")
    alternatives = query.concepts[0].alternatives
    assert "pat" in alternatives and len(alternatives) == 3
    queryset = Page.objects.live().filter(locale=fr_locale)
    compiled = make_backend().query_compiler_class(queryset, query.backend_query()).get_query()

    def any_of(field, boost=None):
        extra = {"boost": boost} if boost else {}
        return {
            "bool": {
                "should": [
                    {"match": {field: {"query": alt, "operator": "and", **extra}}}
                    for alt in alternatives
                ]
            }
        }

    assert compiled == {
        "bool": {
            "must": {
                "dis_max": {"queries": [any_of("_all_text"), any_of("_all_text_boost_2_0", 2.0)]}
            },
            "filter": [
                {"match": {"_django_content_type": "wagtailcore.Page"}},
                {
                    "bool": {
                        "must": [
                            {"term": {"live_filter": True}},
                            {"term": {"locale_id_filter": fr_locale.pk}},
                        ]
                    }
                },
            ],
        }
    }


# Up to the wire: what the client sends for index creation, indexing, search and count.


@pytest.mark.django_db
def test_requests_sent_to_the_cluster(fr_locale):
    home = make_home()
    page = factories.StandardPageFactory(parent=home, title="Projet alimentaire territorial")
    cluster = FakeCluster()
    backend = make_backend(cluster)
    index = backend.get_index_for_model(Page)
    assert index.name == PAGE_INDEX

    index.put()
    method, path, _, body = cluster.last(f"/{PAGE_INDEX}")
    assert method == "PUT"
    assert body["settings"]["analysis"]["analyzer"]["default"]["filter"][-1] == (
        "french_light_stem"
    )
    assert (
        "pat, projet alimentaire territorial, programme alimentaire territorial"
        in (body["settings"]["analysis"]["filter"]["french_synonyms"]["synonyms"])
    )

    index.add_model(StandardPage)
    method, path, _, body = cluster.last("/_mapping")
    assert (method, path) == ("PUT", f"/{PAGE_INDEX}/_mapping")
    assert body["properties"][ANALYZED_FIELD] == {"type": "text", "copy_to": "_all_text"}

    index.add_items(StandardPage, [page])
    method, path, _, lines = cluster.last("/_bulk")
    assert (method, path) == ("PUT", f"/{PAGE_INDEX}/_bulk")
    assert lines[0] == {"index": {"_id": str(page.pk)}}
    document = lines[1]
    assert document["title"] == "Projet alimentaire territorial"
    # Our analyser's tokens, folded and stemmed, are what the cluster indexes.
    assert document[ANALYZED_FIELD].isascii()
    assert "projet" in document[ANALYZED_FIELD].split()
    assert "projet alimentaire territorial" in document["_edgengrams"]

    cluster.hits = [page.pk]
    queryset = Page.objects.live().filter(locale=fr_locale)
    query = AnalysedQuery("PAT").backend_query()
    results = backend.search(query, queryset)
    assert [found.pk for found in results[:10]] == [page.pk]
    method, path, params, body = cluster.last("/_search")
    assert (method, path) == ("POST", f"/{PAGE_INDEX}/_search")
    expected_query = backend.query_compiler_class(queryset, query).get_query()
    assert body["query"] == expected_query
    assert (body["from"], body["size"], body["_source"]) == (0, 10, False)
    assert body["stored_fields"] == "pk"

    assert backend.search(query, queryset).count() == 1
    method, path, _, body = cluster.last("/_count")
    assert body == {"query": expected_query}

    found = backend.autocomplete(typed_words("Projet alim"), queryset)[:5]
    assert [hit.pk for hit in found] == [page.pk]
    method, path, _, body = cluster.last("/_search")
    # Wagtail's autocomplete: any typed word, each a prefix of a word of the edge n-grams.
    assert body["query"]["bool"]["must"] == {"match": {"_edgengrams": {"query": "projet alim"}}}
    assert body["query"]["bool"]["filter"] == expected_query["bool"]["filter"]


# Against a real cluster.


@pytest.mark.skipif(
    not os.environ.get("SEARCH_URL"),
    reason="SEARCH_URL is not set: no Elasticsearch or OpenSearch cluster to test against",
)
class TestLiveSearchCluster(SearchBackendBehaviour):
    """The shared behaviour tests on the cluster at SEARCH_URL, in indexes prefixed test_."""

    backend_paths = (
        "wagtail.search.backends.elasticsearch9",
        "wagtail.search.backends.opensearch3",
        "wagtail.search.backends.opensearch2",
    )

    @classmethod
    def index_pages(cls, backend, pages):
        index = backend.get_index_for_model(Page)
        index.reset()  # creates the index with our analysis settings
        for model in get_indexed_models():
            if issubclass(model, Page):
                index.add_model(model)
        by_model = {}
        for page in pages:
            by_model.setdefault(type(page.specific), []).append(page.specific)
        for model, objects in by_model.items():
            index.add_items(model, objects)
        index.refresh()

    @classmethod
    def clear_index(cls, backend):
        backend.get_index_for_model(Page).delete()

    def test_live_backend_is_the_configured_one(self, search_backend):
        assert search_backend is not None
        assert get_search_backend("default").get_index_for_model(Page).name.startswith("test_")
        assert Locale.get_default().language_code == "fr"
