"""Wagtail's content checker (userbar and editor preview) with the intranet's rules added.

Wagtail runs axe-core on the previewed page. Besides its default rules we run the alternative
text, heading order and language rules of axe-core, and two of our own whose checks are written
here in JavaScript (axe-core accepts a check's ``evaluate`` as function source): link texts
meaningless out of context, and passages in another language without ``lang``. Their word lists
come from ``accessibility.rules``, the same the server-side checker uses.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

from accessibility.checks import LANGUAGE_OF_PARTS, LINK_TEXT_QUALITY, TEXT_BLOCKS
from accessibility.rules import (
    AMBIGUOUS_LINK_TEXTS,
    MIN_STOP_WORDS,
    MIN_WORDS,
    STOP_WORDS,
)

LINK_TEXT_EVALUATE = """function (node, options) {
    var label = node.getAttribute('aria-label') || node.textContent || '';
    var text = label.replace(/\\s+/g, ' ').trim().toLowerCase()
        .replace(/^[\\s.:;,!?…→»«()\\[\\]\\-–—]+|[\\s.:;,!?…→»«()\\[\\]\\-–—]+$/g, '');
    return options.ambiguous.indexOf(text) === -1;
}"""

LANGUAGE_EVALUATE = """function (node, options) {
    function ownText(element) {
        var parts = [];
        element.childNodes.forEach(function (child) {
            if (child.nodeType === 3) { parts.push(child.textContent); }
            else if (child.nodeType === 1 && !child.hasAttribute('lang')) {
                parts.push(ownText(child));
            }
        });
        return parts.join(' ');
    }
    if (node.querySelector(options.blocks)) { return true; }
    var words = (ownText(node).toLowerCase().match(/[\\p{L}]+(?:['’][\\p{L}]+)?/gu) || []);
    if (words.length < options.minWords) { return true; }
    var counts = {};
    Object.keys(options.stopWords).forEach(function (code) {
        var stop = options.stopWords[code];
        counts[code] = words.filter(function (w) { return stop.indexOf(w) !== -1; }).length;
    });
    var holder = node.closest('[lang]');
    var declared = ((holder && holder.getAttribute('lang')) || '').split('-')[0].toLowerCase();
    var guessed = null;
    Object.keys(counts).forEach(function (code) {
        var others = Math.max.apply(null, Object.keys(counts).filter(function (c) {
            return c !== code;
        }).map(function (c) { return counts[c]; }));
        if (counts[code] >= options.minStopWords && counts[code] >= 2 * others) {
            guessed = code;
        }
    });
    return !guessed || guessed === declared;
}"""


class IntranetContentChecker(ContentCheckerItem):
    """The content checker with the intranet's accessibility rules (RGAA / WCAG 2.1 AA)."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "valid-lang",
        "html-lang-valid",
        LINK_TEXT_QUALITY,
        LANGUAGE_OF_PARTS,
    ]
    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        {
            "id": LINK_TEXT_QUALITY,
            "impact": "serious",
            "selector": "a[href]",
            "tags": ["wcag2a", "wcag244"],
            "any": ["check-link-text"],
            "enabled": True,
        },
        {
            "id": LANGUAGE_OF_PARTS,
            "impact": "serious",
            "selector": ", ".join(TEXT_BLOCKS),
            "tags": ["wcag2aa", "wcag312"],
            "any": ["check-language-of-parts"],
            "enabled": True,
        },
    ]
    axe_custom_checks = [
        *ContentCheckerItem.axe_custom_checks,
        {
            "id": "check-link-text",
            "evaluate": LINK_TEXT_EVALUATE,
            "options": {"ambiguous": list(AMBIGUOUS_LINK_TEXTS)},
        },
        {
            "id": "check-language-of-parts",
            "evaluate": LANGUAGE_EVALUATE,
            "options": {
                "blocks": ", ".join(TEXT_BLOCKS),
                "minWords": MIN_WORDS,
                "minStopWords": MIN_STOP_WORDS,
                "stopWords": {code: sorted(words) for code, words in STOP_WORDS.items()},
            },
        },
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without alternative text"),
            "help_text": _("Describe the image, or mark it as decorative"),
        },
        "valid-lang": {
            "error_name": _("Invalid language code"),
            "help_text": _("Use a language code such as fr or en"),
        },
        LINK_TEXT_QUALITY: {
            "error_name": _("Link text meaningless out of context"),
            "help_text": _("Say where the link goes, not « click here » or « read more »"),
        },
        LANGUAGE_OF_PARTS: {
            "error_name": _("Passage in another language"),
            "help_text": _("Mark the passage with its language (lang attribute)"),
        },
    }


def use_intranet_checker(items):
    """Replace Wagtail's content checker in a userbar's items by ours, keeping its mode."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, IntranetContentChecker):
            items[index] = IntranetContentChecker(in_editor=item.in_editor)
