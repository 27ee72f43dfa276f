"""Build a synthetic French corpus and print search, autocomplete and reindex figures.

Run it on a dedicated database, e.g.::

    DATABASE_URL=sqlite:////tmp/bench-50k.sqlite3 .venv/bin/python manage.py \\
        search_benchmark --pages 50000 --json /tmp/bench-50k.json
"""

import json
import os
import platform

import django
import wagtail
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import override_settings
from django.utils.translation import gettext as _
from wagtail.models import Locale

from intranet.runtime import freeze_startup_heap
from pages.models import DirectoratePage, LeverPage
from search.benchmark.corpus import (
    MIN_PAGES,
    CorpusError,
    build_corpus,
    corpus_page_count,
    ensure_bench_user,
    find_home,
    foreign_page_count,
)
from search.benchmark.timing import (
    DEFAULT_BUDGET_S,
    Caller,
    TimeBudget,
    make_filters,
    make_prefixes,
    make_queries,
    measure,
    time_reindex,
)

# Targets on a 2-core machine, SQLite, 50 000 pages.
SEARCH_P95_MS = 60
AUTOCOMPLETE_P95_MS = 20
REINDEX_PAGES_PER_S = 300


def database_description():
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version}"
    if connection.vendor == "postgresql":
        version = connection.pg_version
        return f"PostgreSQL {version // 10000}.{version % 10000}"
    return connection.vendor


class Command(BaseCommand):
    help = _(
        "Build a synthetic corpus of French pages and print the latency of search, faceted "
        "search and autocomplete, and the throughput of a full reindex."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages", type=int, default=10000, help=_("Pages in the corpus (default 10000)")
        )
        parser.add_argument(
            "--queries", type=int, default=200, help=_("Calls measured per kind (default 200)")
        )
        parser.add_argument("--seed", type=int, default=2026, help=_("Random seed"))
        parser.add_argument(
            "--timeout",
            type=float,
            default=DEFAULT_BUDGET_S,
            help=_(
                "Cut a call's SQL after this many seconds and count it as a timeout "
                "(default %(default)s; 0: no limit)"
            ),
        )
        parser.add_argument(
            "--skip-build",
            action="store_true",
            help=_("Reuse the corpus already in the database"),
        )
        parser.add_argument(
            "--json", dest="json_path", metavar="PATH", help=_("Also write the figures to PATH")
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Run even if the database holds pages outside the benchmark's tree"),
        )

    def handle(self, *args, pages, queries, seed, timeout, skip_build, json_path, force, **options):
        self.verbosity = options["verbosity"]
        if queries < 1:
            raise CommandError(_("--queries must be at least 1."))
        self.migrate()
        home = find_home()
        foreign = foreign_page_count(home)
        if foreign and not force:
            raise CommandError(
                _(
                    "This database holds %(count)s pages outside the benchmark's “Banc d'essai” "
                    "tree (demo or real content). Run the benchmark on a database of its own "
                    "(DATABASE_URL=…), or pass --force."
                )
                % {"count": foreign}
            )
        build = None
        if skip_build:
            if home is None:
                raise CommandError(_("There is no corpus to reuse: run without --skip-build."))
        else:
            if pages < MIN_PAGES:
                raise CommandError(_("--pages must be at least %(min)s.") % {"min": MIN_PAGES})
            self.stdout.write(_("Building a corpus of %(pages)s pages…") % {"pages": pages})
            try:
                build = build_corpus(pages, seed, progress=self.progress)
            except CorpusError as error:
                raise CommandError(str(error)) from None
            home = find_home()
        figures = self.measure(home, queries, seed, timeout)
        figures["build"] = (
            {"pages": build.total_pages, "seconds": round(build.seconds, 2)} if build else None
        )
        self.print_figures(figures)
        if json_path:
            self.write_json(json_path, figures)

    def migrate(self):
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            self.stdout.write(_("Applying migrations…"))
            call_command("migrate", interactive=False, verbosity=0)

    def progress(self, message):
        if self.verbosity >= 2:
            self.stdout.write(f"  {message}")

    def measure(self, home, queries, seed, timeout):
        user = ensure_bench_user()
        locale = Locale.get_default()
        # Measured as production runs: without DEBUG's log of every SQL query.
        with override_settings(DEBUG=False):
            self.stdout.write(_("Rebuilding the search index…"))
            reindex = time_reindex()
            self.analyze()
            directorates = list(
                DirectoratePage.objects.descendant_of(home).values_list("pk", flat=True)
            )
            levers = list(LeverPage.objects.descendant_of(home).values_list("pk", flat=True))
            texts = make_queries(queries, seed)
            filters = make_filters(queries, seed + 1, directorates, levers)
            prefixes = make_prefixes(queries, seed + 2)
            caller = Caller(user, locale)
            budget = TimeBudget(timeout)
            # As the WSGI entry point does at start-up (intranet/wsgi.py).
            freeze_startup_heap()
            self.stdout.write(_("Measuring %(count)s calls of each kind…") % {"count": queries})
            search = measure(caller.search, [(text,) for text in texts], budget)
            faceted = measure(caller.search, list(zip(texts, filters, strict=True)), budget)
            autocomplete = measure(caller.autocomplete, [(p,) for p in prefixes], budget)
        return {
            "machine": {
                "cpus": os.cpu_count(),
                "database": database_description(),
                "vendor": connection.vendor,
                "python": platform.python_version(),
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
            },
            "corpus_pages": corpus_page_count(home),
            "queries": queries,
            "seed": seed,
            "timeout_seconds": timeout,
            "reindex": reindex.as_dict(),
            "search": search.as_dict(),
            "faceted_search": faceted.as_dict(),
            "autocomplete": autocomplete.as_dict(),
            "targets": {
                "search_p95_ms": SEARCH_P95_MS,
                "autocomplete_p95_ms": AUTOCOMPLETE_P95_MS,
                "reindex_pages_per_second": REINDEX_PAGES_PER_S,
            },
        }

    def analyze(self):
        """PostgreSQL plans with table statistics, which autovacuum gathers after a bulk load
        in production; a fresh bulk load has none. SQLite gathers none unless asked: left as is."""
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def verdict(self, met):
        return _("met") if met else _("missed")

    def print_figures(self, figures):
        machine, reindex = figures["machine"], figures["reindex"]
        write = self.stdout.write
        write("")
        write(_("Search benchmark"))
        write(
            _("Machine: %(cpus)s CPU, %(database)s, %(pages)s pages in the corpus.")
            % {
                "cpus": machine["cpus"],
                "database": machine["database"],
                "pages": figures["corpus_pages"],
            }
        )
        if figures["build"]:
            build = figures["build"]
            write(
                _("Corpus built in %(seconds).1f s (%(pages)s pages).")
                % {"seconds": build["seconds"], "pages": build["pages"]}
            )
        else:
            write(_("Corpus reused (--skip-build)."))
        met = reindex["pages_per_second"] >= REINDEX_PAGES_PER_S
        write(
            _(
                "Full reindex from an empty index: %(pages)s pages (%(objects)s objects) in "
                "%(seconds).1f s, %(rate).0f pages/s (%(object_rate).0f objects/s); "
                "target ≥ %(target)s pages/s: %(verdict)s."
            )
            % {
                "pages": reindex["pages"],
                "objects": reindex["objects"],
                "seconds": reindex["seconds"],
                "rate": reindex["pages_per_second"],
                "object_rate": reindex["objects_per_second"],
                "target": REINDEX_PAGES_PER_S,
                "verdict": self.verdict(met),
            }
        )
        rows = [
            (_("Plain search"), figures["search"], SEARCH_P95_MS),
            (_("Faceted search"), figures["faceted_search"], SEARCH_P95_MS),
            (_("Autocomplete"), figures["autocomplete"], AUTOCOMPLETE_P95_MS),
        ]
        header = ["p50 (ms)", "p95 (ms)", "max (ms)", _("Results"), _("Timeouts")]
        width = max(len(label) for label, _figures, _target in rows)
        write("")
        write(
            " " * width + "  " + "  ".join(f"{title:>10}" for title in header) + "  " + _("Target")
        )
        for label, row, target in rows:
            cells = [
                self.bound(row["p50"], row["p50_is_lower_bound"]),
                self.bound(row["p95"], row["p95_is_lower_bound"]),
                f"{row['max']:>10.1f}",
                f"{row['mean_results']:>10.1f}",
                f"{row['timeouts']:>10}",
            ]
            verdict = self.verdict(row["p95"] <= target)
            write(f"{label.ljust(width)}  " + "  ".join(cells) + f"  p95 ≤ {target} ms: {verdict}")
        write("")
        write(
            _(
                "%(calls)s calls of each kind. Results: mean number of results (search) or "
                "suggestions (autocomplete). Timeouts: calls cut after %(timeout)s s, counted at "
                "that time (≥: a lower bound)."
            )
            % {"calls": figures["queries"], "timeout": figures["timeout_seconds"]}
        )

    def bound(self, value, lower_bound):
        return f"{'≥' if lower_bound else ''}{value:.1f}".rjust(10)

    def write_json(self, path, figures):
        try:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(figures, handle, indent=2, ensure_ascii=False)
                handle.write("\n")
        except OSError as error:
            raise CommandError(
                _("Cannot write %(path)s: %(error)s") % {"path": path, "error": error}
            ) from None
        self.stdout.write(_("Figures written to %(path)s.") % {"path": path})
