from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.test import RequestFactory
from django.utils.translation import gettext as _
from wagtail.models import Locale

from search.engine import run_search
from search.evaluation import evaluate, load_judgments


class Command(BaseCommand):
    help = _("Print nDCG@10 and MRR of a judged query set, per query and overall.")

    def add_arguments(self, parser):
        parser.add_argument("judgments", help=_("JSON file of judged queries"))
        parser.add_argument(
            "--user", default="lecteur", help=_("Search as this user (default: lecteur)")
        )
        parser.add_argument("--verbose-results", action="store_true")

    def handle(self, judgments, user, verbose_results, **options):
        try:
            account = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist:
            raise CommandError(_("No user named %(user)s.") % {"user": user}) from None
        try:
            queries = load_judgments(judgments)
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(
                _("Cannot read the judgments: %(error)s") % {"error": error}
            ) from None
        request = RequestFactory().get("/recherche/")
        request.user = account
        request.session = {}
        scores = evaluate(queries, request, Locale.get_default(), run_search)
        width = max(len(score.query) for score in scores)
        self.stdout.write(f"{'query'.ljust(width)}  nDCG@10    RR")
        for score in scores:
            self.stdout.write(
                f"{score.query.ljust(width)}  {score.ndcg:7.3f}  {score.reciprocal_rank:5.2f}"
            )
            if verbose_results:
                for title in score.top_titles:
                    self.stdout.write(f"    - {title}")
        mean_ndcg = sum(s.ndcg for s in scores) / len(scores)
        mrr = sum(s.reciprocal_rank for s in scores) / len(scores)
        self.stdout.write(f"{'OVERALL'.ljust(width)}  {mean_ndcg:7.3f}  {mrr:5.2f}")
        self.stdout.write(f"queries: {len(scores)}  nDCG@10: {mean_ndcg:.3f}  MRR: {mrr:.3f}")
