"""The data behind our accessibility rules, shared by the server-side checker and the editor's.

Word lists only: ``checks`` applies them to HTML in Python, ``userbar`` hands them to axe-core
as check options so the browser applies the very same lists.
"""

import re

# Link texts that say nothing out of context (RGAA 6.1, WCAG 2.4.4), compared after
# lower-casing and stripping punctuation. French first, English for the English tree.
AMBIGUOUS_LINK_TEXTS = (
    "cliquez ici",
    "cliquer ici",
    "ici",
    "en savoir plus",
    "en savoir +",
    "lire la suite",
    "voir plus",
    "plus",
    "suite",
    "lien",
    "ce lien",
    "cette page",
    "click here",
    "here",
    "read more",
    "more",
    "learn more",
    "link",
    "this link",
)


def _words(text):
    return text.split()


# Very common words of each language, enough to tell an English passage in a French page
# (or the reverse) when it is at least a few words long. Not a language detector: a guard
# against forgetting lang="en" on a quotation or a programme name (RGAA 8.7, WCAG 3.1.2).
STOP_WORDS = {
    "fr": frozenset(
        _words(
            "le la les un une des du de et est sont au aux dans pour par sur avec que qui ne "
            "pas plus ce cette ces nous vous ils elles leur leurs son sa ses ou mais donc être "
            "été avons ont fait entre vers chez sans sous"
        )
    ),
    "en": frozenset(
        _words(
            "the and of to is are was were be been this that these those with for from by on "
            "at as it its an our we you they their will would can could should which who has "
            "have had not but or into about than"
        )
    ),
}
# A passage counts as written in a language when it has this many of its stop words and at
# least twice as many as of the other language's.
MIN_STOP_WORDS = 3
MIN_WORDS = 5

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

# File names as alternative texts (same pattern as Wagtail's alt-text-quality rule).
FILE_NAME_ALT = re.compile(r"\.(avif|gif|jpg|jpeg|png|svg|webp)$|_", re.IGNORECASE)


def normalise_link_text(text):
    """Lower-cased link text without surrounding punctuation or repeated spaces."""
    text = re.sub(r"\s+", " ", text or "").strip().lower()
    return text.strip(" .:;,!?…→»«()[]-–—")


def is_ambiguous_link_text(text):
    return normalise_link_text(text) in AMBIGUOUS_LINK_TEXTS


def guess_language(text):
    """``"fr"`` or ``"en"`` when the passage is clearly in that language, else ``None``."""
    words = [word.lower() for word in WORD.findall(text or "")]
    if len(words) < MIN_WORDS:
        return None
    counts = {code: sum(word in stop for word in words) for code, stop in STOP_WORDS.items()}
    for code, count in counts.items():
        others = max(c for other, c in counts.items() if other != code)
        if count >= MIN_STOP_WORDS and count >= 2 * others:
            return code
    return None
