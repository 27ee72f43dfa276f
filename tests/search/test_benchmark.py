"""Smoke test of the search benchmark command on a tiny corpus.

Speed targets are the benchmark's business, not the tests': this only checks that the command
builds a valid corpus, measures every kind of call and prints and writes its figures.
"""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from pages.models import HomePage, ProjectPage, UpdatePage
from search.benchmark.corpus import BENCH_SLUG, find_home

pytestmark = pytest.mark.django_db

FIGURE_LINE = re.compile(r"^\S.*?(\s+≥?\d+\.\d){3}\s+\d+\.\d\s+\d+\s+p95 ≤ \d+ ms: \S+$")


def run_benchmark(*args):
    out = StringIO()
    call_command("search_benchmark", *args, stdout=out)
    return out.getvalue()


def test_prints_and_writes_the_figures(tmp_path):
    path = tmp_path / "figures.json"
    output = run_benchmark("--pages", "200", "--queries", "5", "--force", "--json", str(path))

    figure_lines = [line for line in output.splitlines() if FIGURE_LINE.match(line)]
    assert len(figure_lines) == 3, output
    figures = json.loads(path.read_text(encoding="utf-8"))
    assert figures["corpus_pages"] == 200
    assert figures["build"]["pages"] == 200
    assert figures["reindex"]["pages"] >= 200
    assert f" {figures['reindex']['pages']} " in output
    for kind in ("search", "faceted_search", "autocomplete"):
        assert figures[kind]["calls"] == 5
        assert figures[kind]["p95"] >= figures[kind]["p50"] > 0
    assert figures["search"]["mean_results"] > 0


def test_corpus_keeps_the_tree_rules():
    run_benchmark("--pages", "200", "--queries", "1", "--force")

    assert Page.find_problems() == ([], [], [], [], [])
    home = find_home()
    assert home.slug == BENCH_SLUG and home.get_parent().is_root()
    updates = UpdatePage.objects.descendant_of(home)
    assert updates.count() > ProjectPage.objects.descendant_of(home).count() > 0
    update = updates.first()
    assert update.get_parent().specific.directorate_id == update.directorate_id
    assert update.url_path == f"{update.get_parent().url_path}{update.slug}/"
    assert len(update.body) >= 3


def test_refuses_a_database_with_other_content():
    Page.get_first_root_node().add_child(instance=HomePage(title="Intranet", slug="intranet-x"))

    with pytest.raises(CommandError, match="--force"):
        run_benchmark("--pages", "200", "--queries", "1")


def test_skip_build_needs_a_corpus():
    if find_home() is None:
        with pytest.raises(CommandError):
            run_benchmark("--skip-build", "--force", "--queries", "1")
