"""The benchmark's synthetic corpus: realistic French pages under their own home, built fast.

Everything lives under one ``HomePage`` titled "Banc d'essai" (directly under the tree root):
a roadmap with its levers, sectors and projects, a directorate index with thirteen directorates
and their updates, and a policy index. Communes are shared reference data (found by INSEE
code); the benchmark's organisations are marked by their website.

Wagtail's ``add_child`` saves one page at a time (several queries and a search-index update
each), far too slow for 50 000 pages. Rows are written directly instead, in one transaction:

- tree paths come from treebeard's own arithmetic (``Page.alphabet``, ``Page.steplen``), with
  ``depth``, ``numchild`` and ``url_path`` set, so ``Page.find_problems()`` finds nothing;
- the base row goes to ``wagtailcore_page`` and the child row (``page_ptr_id`` and the model's
  own columns) to the model's table, each value prepared by its field's ``get_db_prep_save``;
- many-to-many relations go straight into the through tables.

No signal fires and nothing is indexed while building: reindexing is measured on its own.
"""

import html
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import IntegrityError, connection, transaction
from django.db.models import Max
from django.test.utils import override_settings
from django.utils.text import slugify
from wagtail.models import Locale, Page, PageViewRestriction

from pages.models import (
    Commune,
    DirectorateIndexPage,
    DirectoratePage,
    HomePage,
    LeverIndexPage,
    LeverPage,
    Organisation,
    PolicyIndexPage,
    PolicyPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectStatus,
    RoadmapPage,
    SectorIndexPage,
    SectorPage,
    UpdatePage,
)
from search.benchmark import vocabulary as vocab

BENCH_TITLE = "Banc d'essai"
BENCH_SLUG = "banc-d-essai"
BENCH_USERNAME = "banc-essai"
BENCH_GROUP = "Banc d'essai : accès restreint"
BENCH_WEBSITE = "https://banc-essai.example/"
# The updates of this directorate are under a view restriction the benchmark user does not
# pass, so every search pays for the permission filter as it does in production.
RESTRICTED_DIRECTORATE = "Direction de la Communication"
PAGE_MODELS = (
    HomePage,
    RoadmapPage,
    LeverIndexPage,
    LeverPage,
    SectorIndexPage,
    SectorPage,
    ProjectIndexPage,
    ProjectPage,
    DirectorateIndexPage,
    DirectoratePage,
    UpdatePage,
    PolicyIndexPage,
    PolicyPage,
)
MIN_PAGES = 60
PROJECT_SHARE = 0.15
PUBLIC_SHARE = 0.2
BATCH = 2000
INSERT_CHUNK = 500
FIRST_DAY = date(2021, 1, 4)
LAST_DAY = date(2026, 6, 30)
PARIS = ZoneInfo("Europe/Paris")
PUBLICATION_HOUR = 9
WORDS_PER_SENTENCE = 16
SMALL_WORDS = frozenset(["de", "des", "du", "d", "l", "la", "le", "les", "à", "au", "aux", "et"])
VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœh")


class CorpusError(Exception):
    """The database does not allow building (or reusing) the benchmark corpus."""


@dataclass
class BuildReport:
    pages: Counter = field(default_factory=Counter)
    organisations: int = 0
    communes: int = 0
    relations: int = 0
    seconds: float = 0.0

    @property
    def total_pages(self):
        return sum(self.pages.values())


# French helpers -------------------------------------------------------------------------------


def capitalise(text):
    return text[:1].upper() + text[1:]


def of(phrase):
    """``de`` + ``phrase``, contracted and elided: ``des circuits courts``, ``de l'habitat``."""
    lower = phrase.lower()
    if lower.startswith("les "):
        return "des " + phrase[4:]
    if lower.startswith("le "):
        return "du " + phrase[3:]
    if lower.startswith(("la ", "l'")):
        return "de " + phrase
    return ("d'" if lower[:1] in VOWELS else "de ") + phrase


def to(phrase):
    """``à`` + ``phrase``, contracted: ``aux porteurs de projet``, ``au dernier kilomètre``."""
    lower = phrase.lower()
    if lower.startswith("les "):
        return "aux " + phrase[4:]
    if lower.startswith("le "):
        return "au " + phrase[3:]
    return "à " + phrase


def bare(phrase):
    """The phrase without its article: ``l'habitat inclusif`` → ``habitat inclusif``."""
    for article in ("les ", "le ", "la ", "l'"):
        if phrase.lower().startswith(article):
            return phrase[len(article) :]
    return phrase


def short_form(phrase, rng, longest=3):
    """One to ``longest`` leading words of a phrase, never ending on a small word."""
    words = bare(phrase).split()
    size = rng.randint(1, min(longest, len(words)))
    kept = words[:size]
    while len(kept) > 1 and kept[-1].lower().strip("'’") in SMALL_WORDS:
        kept.pop()
    return " ".join(kept)


def thousands(number):
    return f"{number:,}".replace(",", " ")


# Text ---------------------------------------------------------------------------------------


@dataclass
class Topic:
    """What a page is about: the words its title and text are drawn from."""

    sector: tuple
    lever: tuple
    communes: list
    partners: list
    year: int
    projects: list = field(default_factory=list)


class Slots(dict):
    """Values of a sentence template, drawn on first use (so each sentence differs)."""

    def __init__(self, writer, topic):
        super().__init__()
        self.writer = writer
        self.topic = topic

    def __missing__(self, key):
        value = self.writer.slot(key, self)
        self[key] = value
        return value


class Writer:
    """Composes titles, summaries and bodies from the domain vocabulary."""

    def __init__(self, rng):
        self.rng = rng
        self.organisations = [name for name, _, _ in vocab.ORGANISATIONS]
        self.communes = [name for name, _ in vocab.COMMUNES]
        self.acronyms = list(vocab.ACRONYMS.items())

    def theme(self, topic, avoid=None):
        rng = self.rng
        for _ in range(4):
            draw = rng.random()
            if draw < 0.5:
                phrase = rng.choice(topic.sector[2])
            elif draw < 0.8:
                phrase = rng.choice(topic.lever[2])
            else:
                phrase = rng.choice(vocab.THEMES)
            if phrase != avoid:
                return phrase
        return phrase

    def partner(self, topic, avoid=None):
        pool = [name for name in topic.partners if name != avoid] or self.organisations
        if self.rng.random() < 0.25:
            pool = self.organisations
        return self.rng.choice(pool)

    def commune(self, topic, avoid=None):
        pool = [name for name in topic.communes if name != avoid]
        if not pool or self.rng.random() < 0.3:
            pool = self.communes
        return self.rng.choice(pool)

    def slot(self, key, slots):  # noqa: C901 - one branch per slot name, simplest to read
        rng, topic = self.rng, slots.topic
        if key == "subject":
            if rng.random() < 0.65:
                return self.partner(topic)
            return rng.choice(
                ["la métropole", "Nantes Métropole", "la mission ESS", "la direction"]
            )
        if key == "Subject":
            return capitalise(slots["subject"])
        if key == "verb":
            singular, plural, _ = rng.choice(vocab.VERBS)
            return plural if slots["subject"].lower().startswith("les ") else singular
        if key in ("theme", "Theme", "theme_bare", "of_theme", "to_theme"):
            value = slots.get("_theme") or self.theme(topic)
            slots["_theme"] = value
            return {
                "theme": value,
                "Theme": capitalise(value),
                "theme_bare": bare(value),
                "of_theme": of(value),
                "to_theme": to(value),
            }[key]
        if key in ("theme2", "of_theme2"):
            value = slots.get("_theme2") or self.theme(topic, avoid=slots.get("_theme"))
            slots["_theme2"] = value
            return value if key == "theme2" else of(value)
        if key == "partner":
            return self.partner(topic, avoid=slots.get("subject"))
        if key == "Partner":
            return capitalise(slots["partner"])
        if key == "partner2":
            return self.partner(topic, avoid=slots["partner"])
        if key in ("commune", "to_commune", "To_commune", "of_commune"):
            value = slots.get("_commune") or self.commune(topic)
            slots["_commune"] = value
            return {
                "commune": value,
                "to_commune": to(value),
                "To_commune": capitalise(to(value)),
                "of_commune": of(value),
            }[key]
        if key in ("commune2", "of_commune2"):
            value = slots.get("_commune2") or self.commune(topic, avoid=slots.get("_commune"))
            slots["_commune2"] = value
            return value if key == "commune2" else of(value)
        if key in ("quartier", "of_quartier"):
            value = slots.get("_quartier") or rng.choice(vocab.QUARTIERS)
            slots["_quartier"] = value
            return value if key == "quartier" else of(value)
        if key == "year":
            return str(topic.year)
        if key == "year2":
            return str(min(topic.year + rng.randint(1, 3), 2030))
        if key == "count":
            return str(rng.choice([3, 5, 8, 12, 15, 20, 24, 30, 45, 60, 80, 120, 150, 300, 600]))
        if key == "amount":
            return thousands(rng.randint(2, 90) * 5000)
        if key == "lever":
            return topic.lever[1]
        if key == "sector":
            return topic.sector[1]
        if key in ("public", "to_public"):
            value = slots.get("_public") or rng.choice(vocab.PUBLICS)
            slots["_public"] = value
            return value if key == "public" else to(value)
        if key in ("acronym", "expansion"):
            acronym, expansion = slots.get("_acronym") or rng.choice(self.acronyms)
            slots["_acronym"] = (acronym, expansion)
            return acronym if key == "acronym" else expansion
        raise KeyError(key)

    def fill(self, template, topic):
        return template.format_map(Slots(self, topic))

    def sentence(self, topic):
        return self.fill(self.rng.choice(vocab.SENTENCES), topic)

    def summary(self, topic):
        count = 1 if self.rng.random() < 0.5 else 2
        return " ".join(self.sentence(topic) for _ in range(count))

    def body(self, topic, lead=None):
        """Raw StreamField data: 3 to 8 paragraphs, about 150 to 400 words, a few headings."""
        rng = self.rng
        paragraphs = rng.randint(3, 8)
        sentences = max(paragraphs, round(rng.randint(150, 400) / WORDS_PER_SENTENCE))
        per_paragraph = sentences / paragraphs
        blocks = []
        for index in range(paragraphs):
            if index and rng.random() < 0.2:
                heading = {"text": capitalise(self.theme(topic)), "level": "h2"}
                blocks.append({"type": "heading", "value": heading, "id": str(uuid.uuid4())})
            count = max(1, round(per_paragraph + rng.choice((-0.5, 0, 0.5))))
            text = " ".join(self.sentence(topic) for _ in range(count))
            if index == 0 and lead:
                text = f"{lead} {text}"
            value = f"<p>{html.escape(text, quote=False)}</p>"
            blocks.append({"type": "paragraph", "value": value, "id": str(uuid.uuid4())})
        return blocks

    def project_title(self, topic):
        rng = self.rng
        title = f"{rng.choice(vocab.PROJECT_HEADS)} {rng.choice(topic.sector[3])}"
        draw = rng.random()
        if draw < 0.45:
            title += f" {to(self.commune(topic))}"
        elif draw < 0.65:
            title += f" – {capitalise(rng.choice(vocab.QUARTIERS))}"
        elif draw < 0.8:
            title += f" ({self.partner(topic)})"
        return title

    def update_title(self, topic):
        return capitalise(self.fill(self.rng.choice(vocab.UPDATE_PATTERNS), topic))


# Database -----------------------------------------------------------------------------------


def _step(number):
    """The treebeard path step of the ``number``-th child (base 36, ``Page.steplen`` wide)."""
    alphabet, digits = Page.alphabet, ""
    while number:
        number, rest = divmod(number, len(alphabet))
        digits = alphabet[rest] + digits
    if len(digits) > Page.steplen:
        raise CorpusError("Too many children under one page for the tree's path length.")
    return digits.rjust(Page.steplen, alphabet[0])


class RowWriter:
    """Writes rows of a model's own table with ``executemany``, values prepared by the fields."""

    def __init__(self):
        self.statements = {}

    def _statement(self, model, with_pk):
        key = (model, with_pk)
        if key not in self.statements:
            fields = [
                f
                for f in model._meta.local_concrete_fields
                if with_pk or not (f.primary_key and f.get_internal_type().endswith("AutoField"))
            ]
            quote = connection.ops.quote_name
            columns = ", ".join(quote(f.column) for f in fields)
            marks = ", ".join(["%s"] * len(fields))
            sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"
            defaults = {f.attname: f.get_default() for f in fields}
            self.statements[key] = (sql, fields, defaults)
        return self.statements[key]

    def insert(self, model, rows, with_pk=True):
        if not rows:
            return
        sql, fields, defaults = self._statement(model, with_pk)
        values = [
            [
                f.get_db_prep_save(row.get(f.attname, defaults[f.attname]), connection)
                for f in fields
            ]
            for row in rows
        ]
        with connection.cursor() as cursor:
            for start in range(0, len(values), INSERT_CHUNK):
                cursor.executemany(sql, values[start : start + INSERT_CHUNK])

    def insert_pages(self, model, rows):
        self.insert(Page, rows)
        self.insert(model, rows)


def find_home():
    """The benchmark's home page, or None."""
    return HomePage.objects.filter(depth=2, slug=BENCH_SLUG).first()


def foreign_page_count(home=None):
    """Pages that are not the benchmark's: anything but the root, Wagtail's untouched welcome
    page and the "Banc d'essai" subtree."""
    pages = Page.objects.filter(depth__gt=1).exclude(
        depth=2, numchild=0, content_type=ContentType.objects.get_for_model(Page)
    )
    if home is not None:
        pages = pages.exclude(path__startswith=home.path)
    return pages.count()


def corpus_page_count(home):
    return Page.objects.filter(path__startswith=home.path).count()


def _without_auto_update():
    backends = {
        name: {**conf, "AUTO_UPDATE": False}
        for name, conf in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).items()
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


def delete_corpus(home):
    """Remove a previous corpus: raw deletes of its rows, Wagtail's delete if others refer to it."""
    try:
        with transaction.atomic():
            _raw_delete(home)
    except IntegrityError:
        # Something outside the corpus points at it (a revision, a link): let Django cascade.
        with _without_auto_update(), transaction.atomic():
            Page.objects.filter(path__startswith=home.path).delete()
            Organisation.objects.filter(website__startswith=BENCH_WEBSITE).delete()
            _fix_root_numchild()


def _raw_delete(home):
    ids = Page.objects.filter(path__startswith=home.path).values("id")
    for model in (ProjectPage, UpdatePage):
        for relation in model._meta.many_to_many:
            through = relation.remote_field.through
            through.objects.filter(**{f"{relation.m2m_field_name()}__in": ids}).delete()
    organisations = Organisation.objects.filter(website__startswith=BENCH_WEBSITE)
    through = Organisation._meta.get_field("sectors").remote_field.through
    through.objects.filter(organisation__in=organisations).delete()
    through.objects.filter(sectorpage__in=ids).delete()
    PageViewRestriction.objects.filter(page__in=ids).delete()
    quote = connection.ops.quote_name
    pattern = home.path + "%"
    page_table = quote(Page._meta.db_table)
    with connection.cursor() as cursor:
        for model in PAGE_MODELS:
            cursor.execute(
                f"DELETE FROM {quote(model._meta.db_table)} WHERE page_ptr_id IN "
                f"(SELECT id FROM {page_table} WHERE path LIKE %s)",
                [pattern],
            )
        cursor.execute(f"DELETE FROM {page_table} WHERE path LIKE %s", [pattern])
        cursor.execute(
            f"DELETE FROM {quote(Organisation._meta.db_table)} WHERE website LIKE %s",
            [BENCH_WEBSITE + "%"],
        )
    _fix_root_numchild()


def _fix_root_numchild():
    for root in Page.get_root_nodes():
        Page.objects.filter(pk=root.pk).update(numchild=root.get_children().count())


def ensure_bench_user():
    """The staff account searches run as (created once, no usable password)."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=BENCH_USERNAME).first()
    if user is None:
        user = user_model(username=BENCH_USERNAME, first_name="Banc", last_name="d'essai")
        user.is_staff = True
        user.set_unusable_password()
        user.save()
    return user


class CorpusBuilder:
    """Builds ``pages`` pages (structure included) with a seeded random generator."""

    def __init__(self, pages, seed, progress=None):
        if pages < MIN_PAGES:
            raise CorpusError(f"At least {MIN_PAGES} pages are needed.")
        self.target = pages
        self.rng = random.Random(seed)
        self.writer = Writer(self.rng)
        self.rows = RowWriter()
        self.report = BuildReport()
        self.progress = progress or (lambda message: None)
        self.today = date.today()

    # Helpers --------------------------------------------------------------------------------

    def moment(self, day):
        return datetime(day.year, day.month, day.day, PUBLICATION_HOUR, 30, tzinfo=PARIS)

    def random_day(self, first=FIRST_DAY, last=LAST_DAY):
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def page_row(self, model, parent, step, title, published, topic_fields):
        page_id = self.next_id
        self.next_id += 1
        slug = f"{slugify(title)[:60].strip('-')}-{step}" if parent["depth"] > 1 else BENCH_SLUG
        moment = self.moment(published)
        row = {
            "id": page_id,
            "page_ptr_id": page_id,
            "path": parent["path"] + _step(step),
            "depth": parent["depth"] + 1,
            "numchild": 0,
            "translation_key": uuid.uuid4(),
            "locale_id": self.locale.pk,
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": moment,
            "last_published_at": moment,
            "latest_revision_created_at": moment,
            "title": title,
            "draft_title": title,
            "slug": slug,
            "content_type_id": self.content_types[model],
            "url_path": f"{parent['url_path']}{slug}/",
            "owner_id": self.user.pk,
            "show_in_menus": False,
            "seo_title": "",
            "search_description": "",
            "content_owner_id": self.user.pk,
            "next_review_date": self.today + timedelta(days=self.rng.randint(-150, 400)),
            "audience": "public" if self.rng.random() < PUBLIC_SHARE else "internal",
        }
        row.update(topic_fields)
        self.report.pages[model] += 1
        return row

    def text_fields(self, topic, lead=None):
        return {"summary": self.writer.summary(topic), "body": self.writer.body(topic, lead)}

    def topic(self, sector=None, lever=None, year=None):
        rng = self.rng
        sector = sector or rng.choice(vocab.SECTORS)
        lever = lever or rng.choice(vocab.LEVERS)
        related = [name for name, _, numbers in vocab.ORGANISATIONS if sector[0] in numbers]
        partners = rng.sample(related, min(len(related), rng.randint(1, 3)))
        partners += rng.sample(self.writer.organisations, rng.randint(0, 1))
        communes = rng.sample(self.writer.communes, rng.randint(1, 3))
        return Topic(sector, lever, communes, partners, year or rng.randint(2021, 2026))

    # Build ----------------------------------------------------------------------------------

    def build(self):
        started = time.perf_counter()
        with _without_auto_update(), transaction.atomic():
            self.prepare()
            self.build_structure()
            self.build_projects()
            self.build_updates()
            self.finish()
        self.report.seconds = time.perf_counter() - started
        return self.report

    def prepare(self):
        self.locale = Locale.get_default()
        self.user = ensure_bench_user()
        self.content_types = {
            model: ContentType.objects.get_for_model(model).pk for model in PAGE_MODELS
        }
        self.next_id = (Page.objects.aggregate(top=Max("id"))["top"] or 0) + 1
        self.root = Page.get_first_root_node()
        last = self.root.get_last_child()
        # Paths are base-36 steps (treebeard's default alphabet, which Wagtail keeps).
        self.home_step = int(last.path[-Page.steplen :], len(Page.alphabet)) + 1 if last else 1
        self.ensure_communes()
        structure = 1 + 1 + 3 + len(vocab.LEVERS) + len(vocab.SECTORS)
        structure += 1 + len(vocab.DIRECTORATES) + 1 + len(vocab.POLICIES)
        rest = self.target - structure
        self.project_count = max(1, round(rest * PROJECT_SHARE))
        self.update_count = max(0, rest - self.project_count)
        weights = [share for *_, share in vocab.DIRECTORATES]
        self.update_directorates = self.rng.choices(
            range(len(vocab.DIRECTORATES)), weights=weights, k=self.update_count
        )
        self.updates_per_directorate = Counter(self.update_directorates)

    def ensure_communes(self):
        existing = dict(Commune.objects.values_list("insee_code", "pk"))
        missing = [
            Commune(name=name, insee_code=code)
            for name, code in vocab.COMMUNES
            if code not in existing
        ]
        Commune.objects.bulk_create(missing)
        self.report.communes = len(missing)
        ids_by_code = dict(Commune.objects.values_list("insee_code", "pk"))
        self.commune_ids = {name: ids_by_code[code] for name, code in vocab.COMMUNES}

    def child(self, model, parent, step, title, topic, published, **fields):
        row = self.page_row(model, parent, step, title, published, self.text_fields(topic))
        row.update(fields)
        return row

    def build_structure(self):
        day = date(2021, 1, 15)
        root = {"path": self.root.path, "depth": self.root.depth, "url_path": self.root.url_path}
        topic = self.topic()
        self.home = self.page_row(HomePage, root, self.home_step, BENCH_TITLE, day, {})
        self.home.update(self.text_fields(topic), numchild=3)
        roadmap = self.child(RoadmapPage, self.home, 1, vocab.ROADMAP_TITLE, topic, day, numchild=3)
        lever_index = self.child(
            LeverIndexPage,
            roadmap,
            1,
            "Leviers d'action",
            topic,
            day,
            numchild=len(vocab.LEVERS),
        )
        sector_index = self.child(
            SectorIndexPage,
            roadmap,
            2,
            "Filières de coopération",
            topic,
            day,
            numchild=len(vocab.SECTORS),
        )
        self.project_index = self.child(
            ProjectIndexPage, roadmap, 3, "Projets", topic, day, numchild=self.project_count
        )
        levers = [
            self.child(
                LeverPage,
                lever_index,
                step,
                lever[1],
                self.topic(lever=lever),
                day,
                number=lever[0],
            )
            for step, lever in enumerate(vocab.LEVERS, start=1)
        ]
        sectors = [
            self.child(
                SectorPage,
                sector_index,
                step,
                sector[1],
                self.topic(sector=sector),
                day,
                number=sector[0],
            )
            for step, sector in enumerate(vocab.SECTORS, start=1)
        ]
        directorate_index = self.child(
            DirectorateIndexPage,
            self.home,
            2,
            "Directions",
            topic,
            day,
            numchild=len(vocab.DIRECTORATES),
        )
        self.directorates = []
        for step, (title, *_) in enumerate(vocab.DIRECTORATES, start=1):
            row = self.child(
                DirectoratePage,
                directorate_index,
                step,
                title,
                self.topic(),
                day,
                numchild=self.updates_per_directorate[step - 1],
                contact_email=f"{slugify(title)[:40]}@nantesmetropole.fr",
            )
            row["directorate_id"] = row["id"]
            self.directorates.append(row)
        owner = self.directorates[0]["id"]
        for row in [
            self.home,
            roadmap,
            lever_index,
            sector_index,
            self.project_index,
            directorate_index,
            *levers,
            *sectors,
        ]:
            row["directorate_id"] = owner
        policy_index = self.child(
            PolicyIndexPage,
            self.home,
            3,
            "Politiques liées",
            topic,
            day,
            numchild=len(vocab.POLICIES),
            directorate_id=owner,
        )
        policies = [
            self.child(
                PolicyPage,
                policy_index,
                step,
                title,
                self.topic(),
                day,
                acronym=acronym,
                period=period,
                lead=lead,
                directorate_id=owner,
                audience="public",
            )
            for step, (title, acronym, period, lead) in enumerate(vocab.POLICIES, start=1)
        ]
        for row in [*levers, *sectors]:
            row["audience"] = "public"
        groups = [
            (HomePage, [self.home]),
            (RoadmapPage, [roadmap]),
            (LeverIndexPage, [lever_index]),
            (SectorIndexPage, [sector_index]),
            (ProjectIndexPage, [self.project_index]),
            (LeverPage, levers),
            (SectorPage, sectors),
            (DirectorateIndexPage, [directorate_index]),
            (DirectoratePage, self.directorates),
            (PolicyIndexPage, [policy_index]),
            (PolicyPage, policies),
        ]
        for model, rows in groups:
            self.rows.insert_pages(model, rows)
        self.lever_ids = {
            lever[0]: row["id"] for lever, row in zip(vocab.LEVERS, levers, strict=True)
        }
        self.sector_ids = {
            sector[0]: row["id"] for sector, row in zip(vocab.SECTORS, sectors, strict=True)
        }
        self.build_organisations()
        self.restrict_directorate()

    def build_organisations(self):
        organisations = [
            Organisation(
                name=name,
                legal_form=legal_form,
                description=self.writer.summary(self.topic(sector=vocab.SECTORS[numbers[0] - 1])),
                commune_id=self.commune_ids.get(self.rng.choice(self.writer.communes)),
                website=f"{BENCH_WEBSITE}{slugify(name)}",
                locale=self.locale,
            )
            for name, legal_form, numbers in vocab.ORGANISATIONS
        ]
        Organisation.objects.bulk_create(organisations)
        created = Organisation.objects.filter(website__startswith=BENCH_WEBSITE)
        self.organisation_ids = dict(created.values_list("name", "pk"))
        through = Organisation._meta.get_field("sectors").remote_field.through
        links = [
            {"organisation_id": self.organisation_ids[name], "sectorpage_id": self.sector_ids[n]}
            for name, _, numbers in vocab.ORGANISATIONS
            for n in numbers
        ]
        self.rows.insert(through, links, with_pk=False)
        self.report.organisations = len(organisations)
        self.report.relations += len(links)

    def restrict_directorate(self):
        group, _ = Group.objects.get_or_create(name=BENCH_GROUP)
        for row in self.directorates:
            if row["title"] == RESTRICTED_DIRECTORATE:
                restriction = PageViewRestriction.objects.create(
                    page_id=row["id"], restriction_type=PageViewRestriction.GROUPS
                )
                restriction.groups.add(group)

    def relation_rows(self, model, owner_id, relation, targets):
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        owner = field.m2m_column_name()
        target = field.m2m_reverse_name()
        return through, [{owner: owner_id, target: target_id} for target_id in targets]

    def flush_relations(self, pending):
        for through, rows in pending.items():
            self.rows.insert(through, rows, with_pk=False)
            self.report.relations += len(rows)
        pending.clear()

    def build_projects(self):
        rng = self.rng
        statuses = [s.value for s in ProjectStatus]
        self.projects_by_sector = {sector[0]: [] for sector in vocab.SECTORS}
        pending, rows = {}, []
        for step in range(1, self.project_count + 1):
            topic = self.topic()
            title = self.writer.project_title(topic)
            start = self.random_day(FIRST_DAY, date(2025, 12, 31))
            topic.year = start.year
            directorate = self.directorate_for(topic)
            first, last = rng.choice(vocab.FIRST_NAMES), rng.choice(vocab.LAST_NAMES)
            row = self.child(
                ProjectPage,
                self.project_index,
                step,
                title,
                topic,
                start,
                status=rng.choices(statuses, weights=[1, 2, 5, 2, 1])[0],
                start_date=start,
                end_date=start + timedelta(days=365 * rng.randint(1, 4))
                if rng.random() < 0.7
                else None,
                lead_directorate_id=directorate["id"],
                directorate_id=directorate["id"],
                budget=Decimal(rng.randint(1, 400) * 5000),
                contact_name=f"{first} {last}",
                contact_email=f"{slugify(first)}.{slugify(last)}@nantesmetropole.fr",
            )
            rows.append(row)
            self.projects_by_sector[topic.sector[0]].append((row["id"], title))
            levers = {topic.lever[0], *rng.sample(range(1, 9), rng.randint(0, 2))}
            sectors = {topic.sector[0], *rng.sample(range(1, 11), rng.randint(0, 1))}
            communes = topic.communes if rng.random() > 0.05 else self.writer.communes
            for relation, ids in (
                ("levers", [self.lever_ids[n] for n in levers]),
                ("sectors", [self.sector_ids[n] for n in sectors]),
                ("partners", [self.organisation_ids[name] for name in set(topic.partners)]),
                ("communes", [self.commune_ids[name] for name in communes]),
            ):
                through, links = self.relation_rows(ProjectPage, row["id"], relation, ids)
                pending.setdefault(through, []).extend(links)
            if len(rows) >= BATCH:
                self.flush_projects(rows, pending)
        self.flush_projects(rows, pending)

    def flush_projects(self, rows, pending):
        self.rows.insert_pages(ProjectPage, rows)
        self.flush_relations(pending)
        self.progress(f"{self.report.total_pages} pages")
        rows.clear()

    def directorate_for(self, topic):
        """A directorate that writes about the topic's sector or lever, else any."""
        matching = [
            row
            for row, (_, sectors, levers, _) in zip(
                self.directorates, vocab.DIRECTORATES, strict=True
            )
            if topic.sector[0] in sectors or topic.lever[0] in levers
        ]
        return self.rng.choice(matching or self.directorates)

    def build_updates(self):
        rng = self.rng
        steps = Counter()
        pending, rows = {}, []
        for index in self.update_directorates:
            directorate = self.directorates[index]
            _, sectors, levers, _ = vocab.DIRECTORATES[index]
            sector = (
                vocab.SECTORS[rng.choice(sectors) - 1] if sectors and rng.random() < 0.7 else None
            )
            lever = vocab.LEVERS[rng.choice(levers) - 1] if levers and rng.random() < 0.5 else None
            day = self.random_day()
            topic = self.topic(sector=sector, lever=lever, year=day.year)
            candidates = self.projects_by_sector.get(topic.sector[0]) or []
            projects = rng.sample(candidates, min(len(candidates), rng.choice((0, 0, 1, 1, 2))))
            lead = None
            if projects:
                lead = f"Cette actualité concerne le projet « {projects[0][1]} »."
            steps[index] += 1
            row = self.page_row(
                UpdatePage,
                directorate,
                steps[index],
                self.writer.update_title(topic),
                day,
                self.text_fields(topic, lead),
            )
            row.update(date=day, directorate_id=directorate["id"])
            rows.append(row)
            levers_linked = {topic.lever[0]} if rng.random() < 0.6 else set()
            levers_linked |= set(rng.sample(range(1, 9), rng.randint(0, 1)))
            sectors_linked = {topic.sector[0]} if rng.random() < 0.7 else set()
            for relation, ids in (
                ("levers", [self.lever_ids[n] for n in levers_linked]),
                ("sectors", [self.sector_ids[n] for n in sectors_linked]),
                ("projects", [project_id for project_id, _ in projects]),
            ):
                through, links = self.relation_rows(UpdatePage, row["id"], relation, ids)
                pending.setdefault(through, []).extend(links)
            if len(rows) >= BATCH:
                self.flush_updates(rows, pending)
        self.flush_updates(rows, pending)

    def flush_updates(self, rows, pending):
        self.rows.insert_pages(UpdatePage, rows)
        self.flush_relations(pending)
        self.progress(f"{self.report.total_pages} pages")
        rows.clear()

    def finish(self):
        Page.objects.filter(pk=self.root.pk).update(numchild=self.root.get_children().count())
        # Explicit ids were written: move the id sequence past them (PostgreSQL; no-op on SQLite).
        statements = connection.ops.sequence_reset_sql(no_style(), [Page])
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def build_corpus(pages, seed, progress=None):
    """Replace any previous benchmark corpus with a new one of ``pages`` pages."""
    home = find_home()
    if home is not None:
        delete_corpus(home)
    return CorpusBuilder(pages, seed, progress).build()
