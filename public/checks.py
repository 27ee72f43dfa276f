"""What a public version still waits for: translations and accessibility fixes.

Other apps add their own findings through two Wagtail hooks, each called with a specific page
and returning a list of short, translated messages:

- ``public_translation_status``: e.g. « English translation out of date » (wagtail-localize);
- ``public_accessibility_issues``: e.g. the findings of an RGAA checker.

The checks here are the minimum that needs no other app: missing translations, images without
alternative text, headings out of order.
"""

from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale, Page


def missing_translations(page):
    """Languages of the site that have no translation of ``page``."""
    present = set(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "locale__language_code", flat=True
        )
    )
    return [
        locale.get_display_name()
        for locale in Locale.objects.order_by("language_code")
        if locale.language_code not in present
    ]


def translation_status(page):
    issues = [
        _("No translation in %(language)s") % {"language": name}
        for name in missing_translations(page)
    ]
    for hook in hooks.get_hooks("public_translation_status"):
        issues.extend(hook(page) or [])
    return issues


def accessibility_issues(page):
    """Problems of the public body a public website must not publish (RGAA / WCAG 2.1 AA)."""
    issues = []
    previous_level = 1
    for child in page.public_body:
        if child.block_type == "image":
            image = child.value["image"]
            decorative = getattr(image, "decorative", False)
            if not decorative and not (getattr(image, "contextual_alt_text", "") or "").strip():
                issues.append(_("An image has no alternative text"))
        elif child.block_type == "heading":
            level = int(child.value["level"][1])
            if level > previous_level + 1:
                issues.append(
                    _("Heading « %(text)s » skips a level") % {"text": child.value["text"]}
                )
            previous_level = level
    for hook in hooks.get_hooks("public_accessibility_issues"):
        issues.extend(hook(page) or [])
    return issues
