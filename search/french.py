"""French text analysis shared by indexing and querying, whatever the search backend.

The same function turns a page's text and a user's query into the same tokens: lower-case,
accents and ligatures folded, elisions split (``l'habitat`` → ``habitat``), stop words
dropped, plurals and simple inflections reduced by a light stemmer, and hyphenated compounds
indexed both as parts and joined (``éco-construction`` = ``écoconstruction``).

Backends then only ever see plain ASCII tokens, so SQLite FTS5, PostgreSQL and Elasticsearch
agree on what matches.
"""

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ﬁ": "fi", "ﬂ": "fl"})
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "‛": "'"})
DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-"})
ELISIONS = frozenset(
    ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
)
# A word: letters and digits, possibly joined by hyphens or apostrophes (after folding).
WORD_RE = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
MIN_STEM_LENGTH = 3


@cache
def stop_words():
    lines = (DATA_DIR / "stopwords_fr.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


class _FoldTable(dict):
    """``str.translate`` table folding one character at a time, filled as characters appear:
    ligatures expanded, typographic apostrophes and dashes made plain, accents stripped (the
    character's compatibility decomposition without its combining marks)."""

    def __missing__(self, code):
        char = chr(code)
        for table in (LIGATURES, APOSTROPHES, DASHES):
            if code in table:
                self[code] = table[code]
                return self[code]
        decomposed = unicodedata.normalize("NFKD", char)
        folded = "".join(part for part in decomposed if not unicodedata.combining(part))
        self[code] = folded
        return self[code]


_FOLD_TABLE = _FoldTable()


def fold(text):
    """Lower-case, expand ligatures and strip accents: ``Œuvre Énergie`` → ``oeuvre energie``."""
    return text.lower().translate(_FOLD_TABLE)


# Stemming is pure and the vocabulary of an intranet is small: indexing and ranking analyse
# the same words again and again.
@lru_cache(maxsize=200_000)
def stem(word):
    """Reduce a folded French word to a stem shared by its plural and feminine forms.

    A light, predictable stemmer (in the spirit of Savoy's French light stemmer): it removes
    inflections, not derivations, so ``immobilières`` and ``immobilier`` meet but
    ``énergie`` and ``énergétique`` stay apart (synonyms bridge those).
    """
    if len(word) <= MIN_STEM_LENGTH or word.isdigit():
        return word
    if word.endswith("aux") and len(word) > 4:
        word = word[:-3] + "al"
    elif word.endswith(("s", "x")) and not word.endswith("ss"):
        word = word[:-1]
    for feminine, masculine in (("ieres", "ier"), ("iere", "ier"), ("ive", "if"), ("euse", "eux")):
        if word.endswith(feminine):
            word = word[: -len(feminine)] + masculine
            break
    for doubled in ("elle", "enne", "ette", "onne"):
        if word.endswith(doubled) and len(word) > 5:
            word = word[:-2]
            break
    while word.endswith("e") and len(word) > MIN_STEM_LENGTH:
        word = word[:-1]
    if word.endswith("er") and len(word) > 5:
        word = word[:-2]
    # Verbs and their nouns meet: évaluer / évaluation, financer / financement.
    for suffix in ("ation", "ement", "ateur", "atric"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word


def _strip_elision(word):
    head, sep, tail = word.partition("'")
    if sep and head in ELISIONS:
        word = tail
    return word.replace("'", "")


def words(text):
    """Folded words of ``text``, elisions removed, each a list of its hyphen-separated parts.

    Elisions are removed from each part, so ``main-d'œuvre`` is ``main`` + ``oeuvre``.
    """
    for match in WORD_RE.finditer(fold(text)):
        parts = [_strip_elision(part) for part in match.group().split("-")]
        parts = [part for part in parts if part]
        if parts:
            yield parts


def analyze(text):
    """Tokens to index for ``text``: stems of every word, plus the joined form of compounds."""
    tokens = []
    for word in WORD_RE.findall(fold(text)):
        tokens.extend(_word_tokens(word))
    return tokens


@lru_cache(maxsize=200_000)
def _word_tokens(word):
    """The tokens of one folded word as ``WORD_RE`` finds it (memoised: a reindex analyses the
    same few thousand words millions of times)."""
    parts = [part for part in (_strip_elision(part) for part in word.split("-")) if part]
    if not parts:
        return ()
    stops = stop_words()
    tokens = [stem(part) for part in parts if part not in stops or len(parts) > 1]
    if len(parts) > 1:
        tokens.append(joined_stem(parts))
    return tuple(tokens)


def joined_stem(parts):
    """The single token of a compound: ``circuits-courts`` → ``circuitcourt``."""
    return "".join(stem(part) for part in parts)


def analyze_query(text):
    """Terms of a query, in order; each term is a tuple of alternatives that may match it.

    An alternative is a string of one or more tokens that must all match. A compound such as
    ``éco-construction`` gives ``("ecoconstruction", "eco construction")``; a plain word gives
    its stem. Stop words are dropped unless the whole query is made of them.
    """
    stops = stop_words()
    all_words = list(words(text))
    meaningful = [parts for parts in all_words if len(parts) > 1 or parts[0] not in stops]
    terms = []
    for parts in meaningful or all_words:
        if len(parts) == 1:
            terms.append((stem(parts[0]),))
        else:
            kept = [stem(part) for part in parts if part not in stops] or [stem(parts[0])]
            terms.append((joined_stem(parts), " ".join(kept)))
    return terms
