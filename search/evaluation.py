"""Relevance measured, not guessed: nDCG@10 and MRR of a judged query set.

Judgments list, per query, canonical titles graded 3 (the answer), 2 (clearly relevant) or
1 (related). Queries run through ``run_search``, the same code as the search page and the API.
"""

import json
import math
from dataclasses import dataclass

from search.params import SearchParams

CUTOFF = 10


def normalise_title(title):
    return title.replace("’", "'").strip().casefold()


def dcg(gains):
    return sum(gain / math.log2(position + 2) for position, gain in enumerate(gains))


@dataclass
class QueryScore:
    query: str
    ndcg: float
    reciprocal_rank: float
    top_titles: list


def score_query(titles, relevant):
    """nDCG@10 and reciprocal rank of ``titles`` (the results, in order) against ``relevant``."""
    grades = {normalise_title(title): grade for title, grade in relevant.items()}
    gains = [grades.get(normalise_title(title), 0) for title in titles[:CUTOFF]]
    ideal = dcg(sorted(grades.values(), reverse=True)[:CUTOFF])
    ndcg = dcg(gains) / ideal if ideal else 0.0
    first = next((i for i, gain in enumerate(gains) if gain > 0), None)
    return ndcg, (1.0 / (first + 1) if first is not None else 0.0)


def load_judgments(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return [(item["query"], item["relevant"]) for item in data["queries"]]


def evaluate(judgments, request, locale, search):
    """Score every judged query with ``search(request, params)`` (the engine's ``run_search``)."""
    scores = []
    for query, relevant in judgments:
        outcome = search(request, SearchParams(query=query, locale=locale))
        titles = [hit.title for hit in outcome.hits[:CUTOFF]]
        ndcg, rr = score_query(titles, relevant)
        scores.append(QueryScore(query, ndcg, rr, titles))
    return scores
