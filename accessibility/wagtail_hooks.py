from wagtail import hooks

from accessibility.checks import check_html
from accessibility.richtext import register_language_features
from accessibility.userbar import use_intranet_checker


@hooks.register("construct_wagtail_userbar")
def add_intranet_accessibility_rules(request, items, page):
    use_intranet_checker(items)


@hooks.register("register_rich_text_features")
def register_language_of_parts_features(features):
    register_language_features(features)


@hooks.register("public_accessibility_issues")
def public_version_problems(page):
    """Our RGAA rules on the public version, for the Communication view (``public``): what the
    public website would publish is the public title, summary and body, not the internal body."""
    page = page.specific
    latest = page.get_latest_revision_as_object()
    public_body = getattr(latest, "public_body", None)
    if not public_body:
        return []
    language = latest.locale.language_code
    return [problem.message for problem in check_html(str(public_body), language)]
