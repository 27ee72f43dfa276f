"""Small template helpers for presenting pages: their type's name, dates, overdue reviews."""

import datetime

from django import template
from django.utils import timezone, translation
from django.utils.formats import date_format

register = template.Library()


@register.filter
def page_type(page):
    """The translated name of a page's type ("Action lever", "Project"…), without a query."""
    model = getattr(page, "specific_class", None) or type(page)
    return model._meta.verbose_name


@register.filter
def is_past(value):
    """Whether a date lies before today (a next review date that has gone by)."""
    return isinstance(value, datetime.date) and value < timezone.localdate()


@register.filter
def long_date(value):
    """A date in the active language's long format ("3 mars 2025"), with "1er" in French.

    Django's French format writes "1 mars"; French typography wants "1er mars".
    """
    if not isinstance(value, datetime.date):
        return ""
    text = date_format(value, "DATE_FORMAT")
    french = (translation.get_language() or "").startswith("fr")
    if french and value.day == 1 and text.startswith("1 "):
        text = "1er" + text[1:]
    return text
