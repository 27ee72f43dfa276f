"""Plone content items (Folder, Document, News Item, Event, Collection, Link) → Wagtail pages.

``prepare_page`` reads and validates an item and converts its content without writing
anything (it is all a dry run does); ``apply_page`` creates or updates the page. States map to
live, draft or restricted (see mapping); ``effective``/``expires`` become go-live and expiry;
``created``/``modified`` become the first-published and revision dates; the first creator, when
a user of that name exists, becomes owner and content owner.
"""

import datetime
import json
from dataclasses import dataclass, field
from html import escape

from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction, Revision

from pages.models import DirectoratePage, StandardPage, UpdatePage
from plone_import.importer.errors import ItemError
from plone_import.importer.html import to_rich_text
from plone_import.importer.volto import convert_blocks

MODELS = {"pages.StandardPage": StandardPage, "pages.UpdatePage": UpdatePage}
# Keys read by the importer, or deliberately left behind (Plone internals with no meaning here).
KNOWN_FIELDS = {
    "@id",
    "@type",
    "UID",
    "id",
    "parent",
    "title",
    "description",
    "text",
    "review_state",
    "created",
    "modified",
    "effective",
    "expires",
    "creators",
    "subjects",
    "language",
    "workflow_history",
    "blocks",
    "blocks_layout",
    "relatedItems",
    "file",
    "image",
    "remoteUrl",
    "start",
    "end",
    "whole_day",
    "open_end",
    "location",
    "contact_name",
    "contact_email",
    "contact_phone",
    "event_url",
    "query",
    "sort_on",
    "sort_reversed",
    "limit",
    "item_count",
    "version",
    "is_folderish",
    "layout",
    "allow_discussion",
    "exclude_from_nav",
    "rights",
    "contributors",
    "lock",
    "changeNote",
    "image_caption",
    "image_field",
    "image_scales",
    "translation_of",
    "@components",
    "items",
    "items_total",
    "previous_item",
    "next_item",
    "table_of_contents",
    "nextPreviousEnabled",
    "customViewFields",
    "exportimport.versions",
    "exportimport.constrains",
    "exportimport.conversation",
    "exportimport.annotations",
    "is_fragment",
    "recurrence",
    "attendees",
}
DATE_FIELDS = ("created", "modified", "effective", "expires")


@dataclass
class PagePlan:
    model: type
    title: str
    slug: str
    summary: str
    stream: list
    state: str
    dates: dict
    owner: object
    locale_code: str
    pending: set = field(default_factory=set)
    broken: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def unmapped_fields(item):
    return [
        key
        for key in item
        if key not in KNOWN_FIELDS and not key.startswith(("exportimport.", "@"))
    ]


def _string(item, key, limit=None):
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ItemError(f"'{key}' has a wrong type ({type(value).__name__})")
    return value[:limit] if limit else value


def parse_dates(item):
    dates = {}
    for key in DATE_FIELDS:
        value = item.get(key)
        if value in (None, "", "None"):
            dates[key] = None
            continue
        if not isinstance(value, str):
            raise ItemError(f"'{key}' has a wrong type ({type(value).__name__})")
        parsed = parse_datetime(value.replace(" ", "T", 1)) if "T" not in value else None
        try:
            parsed = parsed or parse_datetime(value)
        except ValueError:
            parsed = None
        if parsed is None:
            raise ItemError(f"'{key}' is not a date: {value[:40]!r}")
        if timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed, datetime.UTC)
        # Plone writes 1000-01-01 / 2499-12-31 for "no date".
        dates[key] = None if parsed.year <= 1001 or parsed.year >= 2499 else parsed
    return dates


def text_html(ctx, item, key="text"):
    text = item.get(key)
    if text is None:
        return ""
    if isinstance(text, dict):
        text = text.get("data", "")
    if not isinstance(text, str):
        raise ItemError(f"'{key}' has a wrong type ({type(text).__name__})")
    size = len(text.encode("utf-8"))
    if size > ctx.max_text_bytes:
        limit = ctx.max_text_bytes / 2**20
        raise ItemError(f"'{key}' is too large ({size / 2**20:.1f} MB, limit {limit:.0f} MB)")
    return text


def prepare_page(ctx, ref, item, target, body_item=None):
    """Validate and convert an item into a PagePlan; raise ItemError for bad input.

    ``body_item`` is the item's default page (Plone's folder default view), whose text and
    blocks become the folder page's body.
    """
    title = _string(item, "title", 255) or ref.id
    if not title.strip():
        raise ItemError("'title' is empty")
    summary = _string(item, "description")
    if len(summary) > 600:
        summary = summary[:597] + "…"
        ctx.report.notes["description cut to 600 characters"] += 1
    state = ctx.mapping.state(_string(item, "review_state"))
    dates = parse_dates(item)
    stream, pending, broken = [], set(), []

    def add_html(html):
        converted = to_rich_text(html, ctx.resolver)
        pending.update(converted.pending)
        broken.extend(converted.broken)
        if converted.html:
            stream.append({"type": "paragraph", "value": converted.html})

    if ref.type == "Event":
        add_html(event_header(item))
    if ref.type == "Link":
        url = _string(item, "remoteUrl")
        add_html(f'<p><a href="{escape(url)}">{escape(url or title)}</a></p>')
    if ref.type == "Collection":
        ctx.report.unmapped_other["collection criteria (no listing page type)"] += 1
        ctx.report.notes["collections imported as standard pages"] += 1
    for source in filter(None, (item, body_item)):
        add_html(text_html(ctx, source))
        if source.get("blocks"):
            try:
                blocks, more_pending, more_broken = convert_blocks(
                    source, ctx.resolver, lambda kind: ctx.report.unmapped_blocks.update([kind])
                )
            except (ValueError, AttributeError, TypeError) as error:
                raise ItemError(f"malformed Volto blocks: {error}") from error
            stream.extend(blocks)
            pending.update(more_pending)
            broken.extend(more_broken)
    related_stream, related_pending, related_broken = related_blocks(ctx, ref)
    stream.extend(related_stream)
    pending.update(related_pending)
    broken.extend(related_broken)
    for key in unmapped_fields(item):
        ctx.report.unmapped_fields[key] += 1
    creators = item.get("creators") or []
    if not isinstance(creators, list):
        raise ItemError("'creators' has a wrong type")
    return PagePlan(
        model=MODELS[target],
        title=title,
        slug=slugify(ref.id or title)[:255] or "page",
        summary=summary,
        stream=stream,
        state=state,
        dates=dates,
        owner=ctx.user_for(item),
        locale_code=ref.language or ctx.default_language,
        pending=pending,
        broken=broken,
    )


def event_header(item):
    """An event's when, where and who, as a paragraph above its text."""
    parts = []
    for key, label in (("start", "Début"), ("end", "Fin")):
        value = item.get(key)
        if isinstance(value, str) and value:
            moment = parse_datetime(value)
            text = moment.strftime("%d/%m/%Y %H:%M") if moment else value
            parts.append(f"<b>{label}</b> : {escape(text)}")
    for key, label in (
        ("location", "Lieu"),
        ("contact_name", "Contact"),
        ("contact_email", "Courriel"),
        ("event_url", "Site"),
    ):
        value = item.get(key)
        if isinstance(value, str) and value:
            parts.append(f"<b>{label}</b> : {escape(value)}")
    return "<p>" + "<br/>".join(parts) + "</p>" if parts else ""


def related_blocks(ctx, ref):
    """relatedItems → a « Voir aussi » paragraph of page links and a documents block."""
    page_links, documents, pending, broken = [], [], set(), []
    for attribute, uid in ctx.relations.get(ref.uid, ()):
        if attribute != "relatedItems":
            ctx.report.unmapped_other[f"relation {attribute}"] += 1
            continue
        target = ctx.resolver.resolve(uid)
        if target is None:
            (pending.add(uid) if ctx.resolver.pending(uid) else broken.append(uid))
        elif target.kind == "document":
            documents.append({"document": target.pk, "label": ""})
        elif target.kind == "page":
            page_links.append(
                f'<li><a data-linktype="page" data-id="{target.pk}">'
                f"{escape(ctx.resolver.title(uid))}</a></li>"
            )
    stream = []
    if page_links:
        html = "<h3>Voir aussi</h3><ul>" + "".join(page_links) + "</ul>"
        stream.append({"type": "paragraph", "value": to_rich_text(html, ctx.resolver).html})
    if documents:
        stream.append(
            {"type": "documents", "value": {"title": "Documents liés", "documents": documents}}
        )
    return stream, pending, broken


def apply_page(ctx, ref, plan, parent, existing):
    """Create or update the page under ``parent``; return (page, created)."""
    model = plan.model
    if model is UpdatePage and not issubclass(parent.specific_class, DirectoratePage):
        model = StandardPage
        ctx.report.notes["news items under no directorate imported as standard pages"] += 1
    page = existing.specific if existing is not None else None
    if page is not None and type(page) is not model:
        # Replacing the page would delete its subtree and history: leave that to a person.
        raise ItemError(
            f"already imported as a {type(page).__name__}, now mapped to {model.__name__}: "
            "delete that page or keep the previous mapping"
        )
    created = page is None
    if created:
        page = model(locale=parent.locale)
    page.title = plan.title
    page.summary = plan.summary
    page.body = json.dumps(plan.stream)
    if plan.owner is not None:
        page.owner = plan.owner
        page.content_owner = plan.owner
    if model is UpdatePage:
        date = plan.dates["effective"] or plan.dates["created"]
        page.date = date.date() if date else timezone.localdate()
    dates = plan.dates
    now = timezone.now()
    live = plan.state in ("live", "restricted")
    scheduled = live and dates["effective"] is not None and dates["effective"] > now
    expired = dates["expires"] is not None and dates["expires"] <= now
    page.live = live and not scheduled and not expired
    page.expired = expired
    page.go_live_at = dates["effective"] if scheduled else None
    page.expire_at = dates["expires"]
    page.first_published_at = (dates["effective"] or dates["created"]) if page.live else None
    page.last_published_at = (dates["modified"] or dates["created"]) if page.live else None
    page.has_unpublished_changes = not page.live
    page.slug = available_slug(parent, plan.slug, page)
    # Page.save() runs full_clean(), which checks every foreign key with a query; the
    # importer sets them itself, so Wagtail's lighter minimal_clean() (title, slug) is enough.
    page.full_clean = page.minimal_clean
    if created:
        parent.add_child(instance=page)
    else:
        if page.get_parent().pk != parent.pk:
            page.move(parent, pos="last-child")
            page.refresh_from_db(fields=["path", "depth", "url_path"])
        page.save()
    # The revision is written directly (as save_revision would) to avoid a second save of
    # the page and its signals: import speed matters on 10,000 items.
    revised = dates["modified"] or dates["created"] or now
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=plan.owner,
        approved_go_live_at=page.go_live_at,
        content=page.serializable_data(),
        object_str=str(page),
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=revised)
    type(page).objects.filter(pk=page.pk).update(
        live_revision=revision if page.live else None,
        latest_revision=revision,
        latest_revision_created_at=revised,
        draft_title=page.title,
        has_unpublished_changes=not page.live,
    )
    del page.full_clean
    ctx.touched(page)
    restrict(ctx, ref, page, plan.state == "restricted", created)
    return page, created


def available_slug(parent, slug, page):
    """``slug``, or ``slug-2``, ``slug-3``… when a sibling already uses it."""
    siblings = Page.objects.child_of(parent)
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.filter(slug__startswith=slug).values_list("slug", flat=True))
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def restrict(ctx, ref, page, restricted, created=False):
    """A view restriction to the local Readers (or the configured groups) when restricted."""
    roles = ctx.localroles.get(ref.uid) or {}
    readers = [
        principal
        for principal, names in roles.get("roles", {}).items()
        if "Reader" in names and principal in ctx.groups
    ]
    if not restricted and not (roles.get("block") and readers):
        if not created:
            PageViewRestriction.objects.filter(page=page).delete()
        return
    names = [ctx.groups[p] for p in readers] or ctx.mapping.restricted_groups
    groups = [Group.objects.get_or_create(name=name)[0] for name in names]
    restriction, _ = PageViewRestriction.objects.get_or_create(
        page=page, defaults={"restriction_type": PageViewRestriction.GROUPS}
    )
    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    restriction.groups.set(groups)
