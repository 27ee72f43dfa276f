"""Relevance, measured on the demo content: nDCG@10 and MRR of the judged development queries.

``judgments-dev.json`` is a copy of the shared ``search/judgments-dev.json`` (CI does not have
the shared folder). Queries run through ``run_search``, the code behind the page and the API,
as the demo reader ``lecteur``.
"""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import RequestFactory, override_settings
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.engine import run_search
from search.evaluation import evaluate, load_judgments

JUDGMENTS = Path(__file__).resolve().parent / "judgments-dev.json"
DEMO_PASSWORD = "mot-de-passe-de-test-5f2a"
MIN_NDCG = 0.85
MIN_MRR = 0.85


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, loaded once for the module and rolled back at its end."""
    media = tmp_path_factory.mktemp("relevance-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media)),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", verbosity=0)
            # Pages and documents are indexed as they are saved; make sure nothing is missing.
            if not Page.objects.live().filter(depth__gt=2).search("SOLILAB"):
                call_command("update_index", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


@pytest.fixture
def scores(demo, db):
    request = RequestFactory().get("/recherche/")
    request.user = get_user_model().objects.get(username="lecteur")
    request.session = {}
    return evaluate(load_judgments(JUDGMENTS), request, Locale.get_default(), run_search)


def report(scores):
    ndcg = sum(score.ndcg for score in scores) / len(scores)
    mrr = sum(score.reciprocal_rank for score in scores) / len(scores)
    lines = [f"nDCG@10 {ndcg:.3f}  MRR {mrr:.3f}", f"{'query':40} nDCG@10    RR  top results"]
    for score in sorted(scores, key=lambda s: s.ndcg):
        top = " | ".join(score.top_titles[:3])
        lines.append(f"{score.query:40} {score.ndcg:7.3f} {score.reciprocal_rank:5.2f}  {top}")
    return "\n".join(lines)


def test_judgments_are_the_shared_ones_and_name_demo_titles(demo, db):
    judgments = load_judgments(JUDGMENTS)

    assert len(judgments) >= 20
    assert get_search_backend() is not None
    titles = {t.casefold().replace("’", "'") for t in Page.objects.values_list("title", flat=True)}
    from wagtail.documents import get_document_model

    titles |= {
        t.casefold().replace("’", "'")
        for t in get_document_model().objects.values_list("title", flat=True)
    }
    missing = {
        title
        for _, relevant in judgments
        for title in relevant
        if title.casefold().replace("’", "'") not in titles
    }
    assert not missing, f"judged titles not in the demo: {sorted(missing)}"


def test_relevance_meets_the_bar(scores):
    ndcg = sum(score.ndcg for score in scores) / len(scores)
    mrr = sum(score.reciprocal_rank for score in scores) / len(scores)

    assert ndcg >= MIN_NDCG and mrr >= MIN_MRR, (
        f"nDCG@10 {ndcg:.3f} (bar {MIN_NDCG}), MRR {mrr:.3f} (bar {MIN_MRR})\n{report(scores)}"
    )


def test_every_judged_query_finds_a_relevant_result(scores):
    lost = [score for score in scores if score.reciprocal_rank == 0]

    assert not lost, report(lost)
