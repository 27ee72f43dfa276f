"""Which pages are past their review date, across every page type of the intranet.

``content_owner``, ``directorate`` and ``next_review_date`` live on the abstract
``IntranetPage``, so each concrete page type holds them in its own table. The queries here
return plain ``Page`` querysets (what Wagtail's page reports expect) annotated with the three
values, read through one subquery per page type.
"""

from django.apps import apps
from django.db.models import DateField, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.models import IntranetPage


def intranet_page_models():
    """Concrete page types whose own table holds the ownership fields."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, IntranetPage)
        and model._meta.get_field("next_review_date").model is model
    ]


def _first_of(field, models, output_field):
    values = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values(field)[:1]) for model in models
    ]
    if len(values) == 1:
        return values[0]
    return Coalesce(*values, output_field=output_field)


def overdue_pages(today):
    """Pages whose next review date is before ``today``, oldest due date first.

    Each page carries ``review_date``, ``review_owner_id`` and ``review_directorate_id``.
    Pages of every locale and status are included: a draft also needs its owner's review.
    """
    models = intranet_page_models()
    is_overdue = Q()
    for model in models:
        is_overdue |= Q(pk__in=model.objects.filter(next_review_date__lt=today).values("pk"))
    return (
        Page.objects.filter(is_overdue)
        .annotate(
            review_date=_first_of("next_review_date", models, DateField()),
            review_owner_id=_first_of("content_owner_id", models, IntegerField()),
            review_directorate_id=_first_of("directorate_id", models, IntegerField()),
        )
        .order_by("review_date", "path")
    )


def overdue_pages_for_user(user, today):
    """The overdue pages ``user`` answers for: those they may edit, and those they own.

    Administrators may edit the whole tree, so they see every overdue page; an editor or an
    approver sees their directorate's section and the pages assigned to them.
    """
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return overdue_pages(today).filter(Q(pk__in=editable.values("pk")) | Q(review_owner_id=user.pk))
