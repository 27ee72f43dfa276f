"""Measurements of the benchmark: full reindex throughput and search/autocomplete latencies.

Queries and prefixes are drawn from the corpus vocabulary with a seeded generator, the way
staff type them: one to three words, acronyms, names, words without accents, typos. Each call
gets a fresh request (a signed-in staff user, an empty session), as a real request would.
"""

import math
import random
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from io import StringIO

from django.core.management import call_command
from django.db import OperationalError, connection
from django.test import RequestFactory
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.benchmark import vocabulary as vocab
from search.benchmark.corpus import bare, short_form
from search.french import fold
from search.params import SearchParams

WARMUP = 5
DEFAULT_BUDGET_S = 5.0
# SQLite calls the progress handler every this many virtual machine instructions.
PROGRESS_STEPS = 20000
FACET_TYPES = ("project", "update", "lever", "sector", "directorate", "policy")
YEARS = range(2021, 2027)
ACCENTED = "àâäéèêëîïôöùûüç"


@dataclass
class Latency:
    """Latency figures of one kind of call, in milliseconds."""

    calls: int
    p50: float
    p95: float
    max: float
    mean: float
    mean_results: float
    timeouts: int = 0

    @property
    def p50_is_lower_bound(self):
        """More than half the calls were cut at the time budget: p50 is at least the figure."""
        return self.timeouts * 2 > self.calls

    @property
    def p95_is_lower_bound(self):
        return self.timeouts * 20 > self.calls

    def as_dict(self):
        figures = {key: round(value, 2) for key, value in asdict(self).items()}
        figures["p50_is_lower_bound"] = self.p50_is_lower_bound
        figures["p95_is_lower_bound"] = self.p95_is_lower_bound
        return figures


@dataclass
class Reindex:
    pages: int
    objects: int
    seconds: float

    @property
    def pages_per_second(self):
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def objects_per_second(self):
        return self.objects / self.seconds if self.seconds else 0.0

    def as_dict(self):
        return {
            "pages": self.pages,
            "objects": self.objects,
            "seconds": round(self.seconds, 2),
            "pages_per_second": round(self.pages_per_second, 1),
            "objects_per_second": round(self.objects_per_second, 1),
        }


def percentile(values, share):
    """The ``share`` percentile (0-1) of ``values``, linearly interpolated."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    position = (len(ordered) - 1) * share
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarise(samples, results, timeouts=0):
    return Latency(
        calls=len(samples),
        p50=percentile(samples, 0.5),
        p95=percentile(samples, 0.95),
        max=max(samples, default=0.0),
        mean=sum(samples) / len(samples) if samples else 0.0,
        mean_results=sum(results) / len(results) if results else 0.0,
        timeouts=timeouts,
    )


# Reindex --------------------------------------------------------------------------------------


def indexed_counts():
    """(pages, objects) a full reindex goes through."""
    from modelsearch.index import get_indexed_models

    pages = objects = 0
    for model in get_indexed_models():
        count = model.get_indexed_objects().count()
        objects += count
        if issubclass(model, Page):
            pages += count
    return pages, objects


def time_reindex():
    """Rebuild the whole search index from empty with ``update_index``, timed (emptying it is
    not): every row is written, none is skipped as unchanged."""
    get_search_backend().reset_indexes()
    started = time.perf_counter()
    call_command("update_index", verbosity=0, stdout=StringIO())
    seconds = time.perf_counter() - started
    pages, objects = indexed_counts()
    return Reindex(pages, objects, seconds)


# Inputs ---------------------------------------------------------------------------------------


def _phrases():
    phrases = [phrase for *_, words in vocab.LEVERS for phrase in words]
    phrases += [phrase for *_, words, _ in vocab.SECTORS for phrase in words]
    phrases += vocab.THEMES
    return phrases


def _typo(text, rng):
    """One letter dropped, doubled or swapped with its neighbour, in a word of 5 letters+."""
    words = text.split()
    candidates = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    if not candidates:
        return text
    index = rng.choice(candidates)
    word = words[index]
    at = rng.randint(1, len(word) - 2)
    kind = rng.randint(0, 2)
    if kind == 0:
        word = word[:at] + word[at + 1 :]
    elif kind == 1:
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    words[index] = word
    return " ".join(words)


def _strip_accents(text):
    return "".join(fold(char) if char in ACCENTED else char for char in text)


def make_queries(count, seed):
    """``count`` realistic queries of one to three words."""
    rng = random.Random(seed)
    phrases = _phrases()
    organisations = [name for name, _, _ in vocab.ORGANISATIONS]
    communes = [name for name, _ in vocab.COMMUNES]
    acronyms = list(vocab.ACRONYMS)
    queries = []
    for _ in range(count):
        draw = rng.random()
        if draw < 0.35:
            query = short_form(rng.choice(phrases), rng)
        elif draw < 0.50:
            query = rng.choice(acronyms)
            if rng.random() < 0.4:
                query += " " + short_form(rng.choice(phrases), rng, longest=1)
        elif draw < 0.62:
            query = short_form(rng.choice(organisations + communes), rng, longest=2)
        elif draw < 0.77:
            query = _strip_accents(short_form(rng.choice(phrases), rng)).lower()
        elif draw < 0.87:
            query = _typo(short_form(rng.choice(phrases), rng), rng)
        else:
            first = short_form(rng.choice(phrases), rng, longest=1)
            second = short_form(rng.choice(phrases + communes), rng, longest=1)
            query = f"{first} {second}"
        queries.append(query)
    return queries


def make_filters(count, seed, directorate_ids, lever_ids):
    """``count`` filter sets of one or two facets (type, directorate, year, lever)."""
    rng = random.Random(seed)
    choices = {
        "type": lambda: rng.choice(FACET_TYPES),
        "directorate": lambda: rng.choice(directorate_ids),
        "year": lambda: rng.choice(YEARS),
        "lever": lambda: rng.choice(lever_ids),
    }
    filters = []
    for _ in range(count):
        names = rng.sample(sorted(choices), rng.randint(1, 2))
        filters.append({name: (choices[name](),) for name in names})
    return filters


def make_prefixes(count, seed):
    """``count`` prefixes as typed: 2 to 6 letters of a word, or a word and a prefix."""
    rng = random.Random(seed)
    words = sorted(
        {
            word
            for phrase in _phrases() + [name for name, _ in vocab.COMMUNES]
            for word in bare(phrase).replace("'", " ").split()
            if len(word) >= 4
        }
    )
    phrases = [
        bare(phrase)
        for phrase in _phrases()
        if len(bare(phrase).split()) >= 2 and len(bare(phrase).split()[1]) >= 3
    ]
    prefixes = []
    for _ in range(count):
        if rng.random() < 0.7:
            word = rng.choice(words)
            prefix = word[: rng.randint(2, min(6, len(word)))]
        else:
            first, second, *_ = rng.choice(phrases).split()
            prefix = f"{first} {second[: rng.randint(2, min(4, len(second)))]}"
        if rng.random() < 0.2:
            prefix = _strip_accents(prefix).lower()
        prefixes.append(prefix)
    return prefixes


# Latencies ------------------------------------------------------------------------------------


class Caller:
    """Runs search and autocomplete calls as the benchmark user, each with a fresh request."""

    def __init__(self, user, locale):
        self.user = user
        self.locale = locale
        self.factory = RequestFactory()

    def request(self, path):
        request = self.factory.get(path)
        request.user = self.user
        request.session = {}
        return request

    def search(self, query, filters=None):
        from search.engine import run_search

        params = SearchParams(query=query, locale=self.locale, filters=dict(filters or {}))
        return run_search(self.request("/recherche/"), params).count

    def autocomplete(self, prefix):
        from search.suggestions import autocomplete

        return len(autocomplete(self.request("/recherche/suggestions/"), prefix, self.locale))


class TimeBudget:
    """Cuts a call's SQL once it has run ``seconds``, so a pathological query cannot stall the
    benchmark: SQLite through a progress handler (the whole call), PostgreSQL through
    ``statement_timeout`` (each statement). A cut call counts at its elapsed time, a lower
    bound of its real latency."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.deadline = math.inf

    def start(self):
        self.deadline = time.perf_counter() + self.seconds

    def expired(self):
        return time.perf_counter() > self.deadline

    def _progress(self):
        # A non-zero answer makes SQLite abort the running statement.
        return 1 if self.expired() else 0

    @contextmanager
    def applied(self):
        if not self.seconds:
            yield
            return
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            connection.connection.set_progress_handler(self._progress, PROGRESS_STEPS)
            try:
                yield
            finally:
                connection.connection.set_progress_handler(None, PROGRESS_STEPS)
        elif connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET statement_timeout = %s", [int(self.seconds * 1000)])
            try:
                yield
            finally:
                with connection.cursor() as cursor:
                    cursor.execute("SET statement_timeout = 0")
        else:
            yield


def measure(call, inputs, budget=None, warmup=WARMUP):
    """Latency of ``call(*args)`` for each tuple of ``inputs``, after a few warm-up calls."""
    budget = budget or TimeBudget(None)
    samples, results, timeouts = [], [], 0
    with budget.applied():
        for args in inputs[:warmup]:
            budget.start()
            try:
                call(*args)
            except OperationalError:
                if not budget.expired():
                    raise
        for args in inputs:
            budget.start()
            started = time.perf_counter()
            try:
                found = call(*args)
            except OperationalError:
                # Cut by the time budget (SQLite: "interrupted"; PostgreSQL: query canceled).
                if not budget.expired():
                    raise
                timeouts += 1
                found = None
            samples.append((time.perf_counter() - started) * 1000)
            if found is not None:
                results.append(found)
    return summarise(samples, results, timeouts)
