"""Search data that administrators and curators manage: synonyms and the query log."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SynonymGroup(models.Model):
    """Terms that find one another: an acronym and its expansions, variants, related words.

    Expansion happens when a query is analysed, so a change takes effect on the next search
    without reindexing anything, on every backend.
    """

    terms = models.TextField(
        _("terms"),
        help_text=_(
            "One term or expression per line, e.g. PAT, then projet alimentaire territorial."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["terms"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return " · ".join(self.term_list())

    def term_list(self):
        return [line.strip() for line in self.terms.splitlines() if line.strip()]


class QueryLogEntry(models.Model):
    """How often a normalised query was searched on a day, and how often it found nothing.

    Aggregated per day and query, without the user, so curators see what people look for
    without the log becoming a record of who searched what.
    """

    day = models.DateField(_("day"), db_index=True)
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    searches_without_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "query"], name="unique_query_per_day"),
        ]
        verbose_name = _("logged query")
        verbose_name_plural = _("logged queries")

    def __str__(self):
        return f"{self.day} {self.query}"
