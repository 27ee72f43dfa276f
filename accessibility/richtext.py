"""Rich text features « lang-en », « lang-fr »…: editors mark a passage's language (RGAA 8.7).

One Draftail inline style per content language; it is stored as ``<span lang="xx">`` and
rendered as is, which is what screen readers need and what the language-of-parts check reads.
"""

from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail.features import InlineStyleFeature


def _describe(name):
    return gettext("Language of the passage: %(language)s") % {"language": name}


describe = lazy(_describe, str)  # translated when the editor is shown, in the user's language


def language_feature_name(code):
    return f"lang-{code}"


def register_language_features(features):
    """Register a ``lang-<code>`` feature for each content language (not enabled by default)."""
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        feature = language_feature_name(code)
        style = f"LANG_{code.upper()}"
        control = {
            "type": style,
            "label": code.upper(),
            "description": describe(name),
            "style": {"textDecoration": "underline dotted"},
        }
        features.register_editor_plugin("draftail", feature, InlineStyleFeature(control))
        features.register_converter_rule(
            "contentstate",
            feature,
            {
                "from_database_format": {f'span[lang="{code}"]': InlineStyleElementHandler(style)},
                "to_database_format": {
                    "style_map": {style: {"element": "span", "props": {"lang": code}}}
                },
            },
        )
