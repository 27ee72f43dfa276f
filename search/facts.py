"""What ranking, filters and facets need to know of candidate pages, read in three statements.

A search weighs up to 200 candidate pages of a dozen types. Read through the ORM, that was a
query per page type and per relation, each taking about 1.2 ms to build for 0.3 ms to run
(SQLite, 50 000 pages): a third of a search. These statements are written from the models'
metadata (tables, columns, link tables), so a new page type or relation needs no change here;
values are converted by the models' own fields, so SQLite and PostgreSQL give the same facts.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page

from pages.models import (
    DirectoratePage,
    IntranetPage,
    LeverPage,
    ProjectPage,
    SectorPage,
    UpdatePage,
)

# The date a page is filtered and sorted by: its own date field, else its first publication.
DATE_FIELDS = {UpdatePage: "date"}
# Relations that facets count, by page type: (attribute of the facts, many-to-many field, the
# field of the related object to read, or None for its key).
RELATIONS = {
    UpdatePage: (("levers", "levers", None), ("sectors", "sectors", None)),
    ProjectPage: (
        ("levers", "levers", None),
        ("sectors", "sectors", None),
        ("communes", "communes", "insee_code"),
    ),
}


@dataclass(kw_only=True)
class Facts:
    """What filters and facets read of a result."""

    date: object = None
    directorate: int | None = None
    audience: str | None = None
    levers: set = field(default_factory=set)
    sectors: set = field(default_factory=set)
    communes: set = field(default_factory=set)


@dataclass
class PageFacts(Facts):
    pk: int
    title: str
    model: type


def page_facts(pks):
    """Facts of the pages ``pks`` that still exist, by primary key."""
    facts = _page_rows(pks)
    by_model = {}
    for fact in facts.values():
        if issubclass(fact.model, IntranetPage):
            by_model.setdefault(fact.model, []).append(fact.pk)
    _fill_details(facts, by_model)
    for fact in facts.values():
        # A lever, a sector and a directorate each belong to themselves.
        if fact.model is LeverPage:
            fact.levers.add(fact.pk)
        elif fact.model is SectorPage:
            fact.sectors.add(fact.pk)
        elif fact.model is DirectoratePage:
            fact.directorate = fact.pk
    return facts


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _in(pks):
    return "IN (" + ", ".join(["%s"] * len(pks)) + ")"


def _page_rows(pks):
    """Title, type and first publication of each page, from Wagtail's page table."""
    pks = list(pks)
    if not pks:
        return {}
    published = Page._meta.get_field("first_published_at")
    models = {}
    facts = {}
    for pk, title, content_type_id, first_published in _fetch(
        _page_select(connection.vendor) + _in(pks), pks
    ):
        if content_type_id not in models:
            models[content_type_id] = ContentType.objects.get_for_id(content_type_id).model_class()
        model = models[content_type_id]
        if model is None:  # a page type whose code is gone
            continue
        first_published = published.to_python(first_published)
        facts[pk] = PageFacts(pk, title, model, date=first_published and first_published.date())
    return facts


# Kind of a detail row: the page's own fields, else the index of a relation in the statement.
OWN_FIELDS = -1


def _fill_details(facts, by_model):
    """Directorate, audience, own date and counted relations of every candidate, in one
    statement over the tables of the page types present and their link tables.

    Every row has the same shape, ``(pk, kind, key, text, date)``: own fields give
    (directorate, audience, date), a relation its related key or the value read from it."""
    selects, params, attributes = [], [], []
    for model, pks in by_model.items():
        selects.append(_own_fields_select(model, connection.vendor) + _in(pks))
        params += pks
        for attribute, field_name, target_field in RELATIONS.get(model, ()):
            selects.append(
                _relation_select(
                    model, field_name, target_field, len(attributes), connection.vendor
                )
            )
            selects[-1] += _in(pks)
            params += pks
            attributes.append(attribute)
    if not selects:
        return
    for pk, kind, key, text, date in _fetch(" UNION ALL ".join(selects), params):
        fact = facts[pk]
        if kind == OWN_FIELDS:
            fact.directorate, fact.audience = key, text
            date_field = DATE_FIELDS.get(fact.model)
            if date_field:
                fact.date = fact.model._meta.get_field(date_field).to_python(date)
        else:
            getattr(fact, attributes[kind]).add(key if text is None else text)


# Statements are written once per page type and database: only the keys change.
# NULLs are typed: PostgreSQL resolves the type of a UNION column two branches at a time.


def _quote(name):
    return connection.ops.quote_name(name)


@lru_cache
def _page_select(vendor):
    meta = Page._meta
    columns = ", ".join(
        _quote(meta.get_field(name).column)
        for name in ("id", "title", "content_type", "first_published_at")
    )
    return f"SELECT {columns} FROM {_quote(meta.db_table)} WHERE {_quote(meta.pk.column)} "


@lru_cache
def _own_fields_select(model, vendor):
    meta = model._meta
    date_field = DATE_FIELDS.get(model)
    date = _quote(meta.get_field(date_field).column) if date_field else "CAST(NULL AS DATE)"
    return (
        f"SELECT {_quote(meta.pk.column)}, {OWN_FIELDS}, "
        f"{_quote(meta.get_field('directorate').column)}, "
        f"{_quote(meta.get_field('audience').column)}, {date} "
        f"FROM {_quote(meta.db_table)} WHERE {_quote(meta.pk.column)} "
    )


@lru_cache
def _relation_select(model, field_name, target_field, kind, vendor):
    m2m = model._meta.get_field(field_name)
    through = m2m.remote_field.through._meta
    source = _quote(through.get_field(m2m.m2m_field_name()).column)
    target = _quote(through.get_field(m2m.m2m_reverse_field_name()).column)
    link = f"{_quote(through.db_table)} l"
    if target_field is None:
        columns = f"l.{target}, CAST(NULL AS TEXT)"
    else:
        related = m2m.related_model._meta
        columns = f"CAST(NULL AS INTEGER), r.{_quote(related.get_field(target_field).column)}"
        link += f" JOIN {_quote(related.db_table)} r ON r.{_quote(related.pk.column)} = l.{target}"
    return f"SELECT l.{source}, {kind}, {columns}, CAST(NULL AS DATE) FROM {link} WHERE l.{source} "
