"""``manage.py extract_document_text``: (re)extract the text of documents and reindex them.

Documents uploaded before extraction existed are ``pending``; ``failed`` ones are retried (a
storage hiccup, a parser fixed since). ``--all`` extracts every document again. Running the
command twice changes nothing the second time but the retries.
"""

from collections import Counter

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.documents import get_document_model

from documents.extraction import ExtractionStatus


class Command(BaseCommand):
    @property
    def help(self):  # argparse needs a real string, translated when the command runs
        return _(
            "Extract the text of documents not extracted yet or whose extraction failed, and "
            "reindex them for search (--all: every document)."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help=_("Extract the text of every document again."),
        )

    def handle(self, *args, **options):
        model = get_document_model()
        documents = model.objects.all()
        if not options["all"]:
            documents = documents.filter(
                extraction_status__in=[ExtractionStatus.PENDING, ExtractionStatus.FAILED]
            )
        counts = Counter()
        for document in self.each(model, documents.order_by("pk").values_list("pk", flat=True)):
            result = document.extract_file_text()
            # Saving the two fields reindexes the document (Wagtail indexes on save).
            document.save(update_fields=["extracted_text", "extraction_status"])
            counts[result.status] += 1
            if options["verbosity"] >= 2 or result.status == ExtractionStatus.FAILED:
                self.stdout.write(
                    _("%(title)s (%(file)s): %(status)s")
                    % {
                        "title": document.title,
                        "file": document.filename,
                        "status": ExtractionStatus(result.status).label,
                    }
                )
        self.stdout.write(self.summary(counts))

    @staticmethod
    def each(model, pks, chunk_size=50):
        """The documents of ``pks``, loaded a chunk at a time (the table changes as we go)."""
        pks = list(pks)
        for start in range(0, len(pks), chunk_size):
            yield from model.objects.filter(pk__in=pks[start : start + chunk_size]).order_by("pk")

    def summary(self, counts):
        total = sum(counts.values())
        if not total:
            return _("No document to extract.")
        lines = [
            ngettext(
                "%(count)d document processed:",
                "%(count)d documents processed:",
                total,
            )
            % {"count": total}
        ]
        for status in (
            ExtractionStatus.DONE,
            ExtractionStatus.EMPTY,
            ExtractionStatus.UNSUPPORTED,
            ExtractionStatus.FAILED,
        ):
            if counts[status]:
                line = _("%(status)s: %(count)d") % {
                    "status": ExtractionStatus(status).label,
                    "count": counts[status],
                }
                lines.append(f"  {line}")
        return "\n".join(lines)
