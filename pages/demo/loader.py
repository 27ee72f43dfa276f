"""Put the demo content into the database, idempotently.

Everything is found before it is created: pages by slug under their parent in the default
(French) locale, snippets by name or INSEE code, images and documents by title in their
collection, users and groups by name. What exists is left as it is, so a second run creates
nothing, adds no revision and changes no count. Pages created in a run are saved as drafts
first and published at the end, each with one revision, so that every page has a history and
the home page can point at directorates created after it.
"""

import hashlib
import os
import secrets
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, PageLogEntry, Revision, Site

from pages.demo import (
    accounts,
    communes,
    directorates,
    illustrations,
    levers,
    organisations,
    policies,
    projects,
    public_versions,
    roadmap,
    sectors,
    updates,
)
from pages.demo.roles import ROLE_DIRECTORATES, RolePages, ensure_role_groups
from pages.demo.stream import DocumentRef, ImageRef, text
from pages.models import (
    Commune,
    DirectorateIndexPage,
    DirectoratePage,
    HomePage,
    LeverIndexPage,
    LeverPage,
    Organisation,
    PolicyIndexPage,
    PolicyLink,
    PolicyPage,
    ProjectIndexPage,
    ProjectPage,
    RoadmapPage,
    SectorIndexPage,
    SectorPage,
    StandardPage,
    UpdatePage,
)

PASSWORD_FILE_NAME = ".demo-password"
DOCUMENTS_COLLECTION_NAME = "Documents de la feuille de route"
WELCOME_TITLE_PREFIX = "Welcome to your new Wagtail site"
PARIS = ZoneInfo("Europe/Paris")
PUBLICATION_TIME = time(9, 30)
# Days from the load date to a page's next review: some in the past, so that reports of
# overdue reviews have data, most in the future. Chosen per page from a hash of its slug.
REVIEW_OFFSETS_DAYS = (-150, -30, 30, 75, 120, 200, 300, 400)

PAGE_TYPE_LABELS = {
    HomePage: "accueil",
    RoadmapPage: "feuille de route",
    LeverIndexPage: "index des leviers",
    LeverPage: "leviers",
    SectorIndexPage: "index des filières",
    SectorPage: "filières",
    ProjectIndexPage: "index des projets",
    ProjectPage: "projets",
    StandardPage: "pages de contenu",
    PolicyIndexPage: "index des politiques",
    PolicyPage: "politiques liées",
    DirectorateIndexPage: "index des directions",
    DirectoratePage: "directions",
    UpdatePage: "actualités",
}


class DemoContentError(Exception):
    """The database holds something that prevents loading the demo content safely."""


class DemoPassword:
    """The password of the demo accounts, resolved only when an account needs one.

    Order: the ``DEMO_PASSWORD`` environment variable; else the git-ignored password file at
    the project root; else a new random password, written to that file (mode 0600) and shown
    once. Only an explicit ``DEMO_PASSWORD`` resets the password of existing accounts.
    """

    def __init__(self, path, environ=None):
        environ = os.environ if environ is None else environ
        self.path = Path(path)
        self.explicit = bool(environ.get("DEMO_PASSWORD"))
        self._value = environ.get("DEMO_PASSWORD") or None
        self._hash = None
        self.source = "environment" if self.explicit else None

    def value(self):
        """The password in clear text (read or generated on first use)."""
        if self._value is None:
            if self.path.exists():
                self._value = self.path.read_text(encoding="utf-8").strip()
                self.source = "file"
            if not self._value:
                self._value = secrets.token_urlsafe(12)
                self._write()
                self.source = "generated"
        return self._value

    def hashed(self):
        """The password hashed once for every new account (hashing is deliberately slow)."""
        if self._hash is None:
            self._hash = make_password(self.value())
        return self._hash

    def _write(self):
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(self._value + "\n")
        os.chmod(self.path, 0o600)


@dataclass
class CreatedPage:
    """A page created in this run, waiting to be published."""

    pk: int
    owner: object
    publisher: object
    published_on: date | None = None


@dataclass
class LoadReport:
    """What a run created, for the command's summary."""

    pages: Counter = field(default_factory=Counter)
    communes: int = 0
    organisations: int = 0
    images: int = 0
    documents: int = 0
    users: int = 0
    groups: int = 0
    passwords_reset: int = 0
    welcome_page_removed: bool = False
    password: DemoPassword | None = None
    notes: list = field(default_factory=list)

    @property
    def created_anything(self):
        return any(
            [
                self.pages,
                self.communes,
                self.organisations,
                self.images,
                self.documents,
                self.users,
                self.groups,
            ]
        )

    def as_text(self):
        """A short summary in French."""
        if not self.created_anything:
            lines = ["Rien à créer : le contenu de démonstration est déjà en place."]
        else:
            lines = [f"Contenu de démonstration chargé : {sum(self.pages.values())} pages créées."]
            if self.pages:
                details = ", ".join(
                    f"{label} {self.pages[model]}"
                    for model, label in PAGE_TYPE_LABELS.items()
                    if self.pages[model]
                )
                lines.append(f"  Pages : {details}.")
            lines.append(
                f"  Communes : {self.communes}, organisations : {self.organisations}, "
                f"illustrations : {self.images}, documents : {self.documents}."
            )
            lines.append(f"  Comptes créés : {self.users}, groupes créés : {self.groups}.")
        if self.passwords_reset:
            lines.append(f"  Mots de passe remplacés par DEMO_PASSWORD : {self.passwords_reset}.")
        if self.welcome_page_removed:
            lines.append("  La page d'accueil par défaut de Wagtail a été supprimée.")
        lines.extend(f"  {note}" for note in self.notes)
        if self.password and self.password.source == "generated":
            lines.append(
                "Mot de passe des comptes de démonstration (affiché une seule fois) : "
                f"{self.password.value()}"
            )
            lines.append(
                f"Il est enregistré dans {self.password.path.name} (fichier ignoré par git)."
            )
        elif self.password and self.password.source == "file":
            lines.append(
                f"Mot de passe des nouveaux comptes : celui du fichier {self.password.path.name}."
            )
        return "\n".join(lines)


def load_demo(password_file=None, today=None):
    """Load the whole demo content in one transaction and return what was created."""
    path = Path(password_file) if password_file else Path(settings.BASE_DIR) / PASSWORD_FILE_NAME
    loader = DemoLoader(DemoPassword(path), today=today)
    try:
        with transaction.atomic():
            return loader.run()
    except Exception:
        # The database is rolled back; remove the media files written for it, too.
        loader.discard_stored_files()
        raise


class DemoLoader:
    """One run of the demo load; see the module docstring for the rules it follows."""

    def __init__(self, password, today=None):
        self.password = password
        self.today = today or date.today()
        self.report = LoadReport(password=password)
        self.created = []
        self.pending_directorates = []
        self.users = {}
        self.communes = {}
        self.organisations = {}
        self.images = {}
        self.documents = {}
        self.directorates = {}
        self.policies = {}
        self.levers = {}
        self.sectors = {}
        self.projects = {}
        self.stored_files = []

    def run(self):
        """Load everything, in dependency order, and return the report."""
        self.locale = Locale.get_default()
        self.ensure_accounts()
        self.ensure_communes()
        self.ensure_illustrations()
        self.ensure_documents()
        home = self.ensure_home()
        self.ensure_site(home)
        self.ensure_directorates(home)
        policy_index = self.ensure_policies(home)
        roadmap_page = self.ensure_roadmap(home)
        self.ensure_levers(roadmap_page)
        self.ensure_sectors(roadmap_page)
        self.ensure_organisations()
        self.ensure_projects(roadmap_page)
        self.ensure_roadmap_sections(roadmap_page)
        self.ensure_updates()
        self.publish_created_pages()
        self.ensure_groups(home, roadmap_page, policy_index)
        self.remove_welcome_page()
        return self.report

    # Accounts ------------------------------------------------------------------------------

    def ensure_accounts(self):
        """Create the missing demo accounts; reset passwords only on explicit request."""
        user_model = get_user_model()
        checked = {}
        for spec in accounts.ACCOUNTS:
            user = user_model.objects.filter(username=spec["username"]).first()
            if user is None:
                user = user_model(
                    username=spec["username"],
                    first_name=spec["first_name"],
                    last_name=spec["last_name"],
                    email=spec["email"],
                    is_superuser=spec["is_superuser"],
                    is_staff=spec["is_superuser"],
                )
                user.password = self.password.hashed()
                user.save()
                self.report.users += 1
            elif self.password.explicit:
                if user.password not in checked:
                    checked[user.password] = user.check_password(self.password.value())
                if not checked[user.password]:
                    user.password = self.password.hashed()
                    user.save(update_fields=["password"])
                    self.report.passwords_reset += 1
            self.users[spec["username"]] = user

    def ensure_groups(self, home, roadmap_page, policy_index):
        """Create the role groups with their permissions and put each account in its groups."""
        before = Group.objects.count()
        role_pages = RolePages(
            home=home,
            roadmap=roadmap_page,
            policy_index=policy_index,
            directorates={title: self.directorates_by_title[title] for title in ROLE_DIRECTORATES},
        )
        groups = ensure_role_groups(role_pages)
        for spec in accounts.ACCOUNTS:
            self.users[spec["username"]].groups.add(*(groups[name] for name in spec["groups"]))
        if apps.is_installed("roles"):
            # The roles app owns the full role matrix (every directorate, media, snippets,
            # translations) and takes these groups over by name. It is called by command
            # name because ``pages`` imports no other app.
            call_command("sync_roles", verbosity=0)
        self.report.groups = Group.objects.count() - before

    # Reference data ------------------------------------------------------------------------

    def ensure_communes(self):
        """Create the 24 communes, found by INSEE code."""
        for name, insee_code, population, year in communes.COMMUNES:
            commune, created = Commune.objects.get_or_create(
                insee_code=insee_code,
                defaults={"name": name, "population": population, "population_year": year},
            )
            self.communes[name] = commune
            self.report.communes += created

    def ensure_organisations(self):
        """Create the organisations, found by name in the default locale."""
        for spec in organisations.ORGANISATIONS:
            organisation = Organisation.objects.filter(
                name=spec["name"], locale=self.locale
            ).first()
            if organisation is None:
                organisation = Organisation(
                    name=spec["name"],
                    legal_form=spec["legal_form"],
                    description=spec["description"],
                    commune=self.communes.get(spec["commune"]),
                    website=spec["website"],
                    locale=self.locale,
                )
                organisation.sectors = [self.sectors[number] for number in spec["sectors"]]
                organisation.save()
                self.report.organisations += 1
            self.organisations[spec["name"]] = organisation

    # Media ---------------------------------------------------------------------------------

    def ensure_collection(self, name):
        """The collection ``name`` under the root collection, created if missing."""
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=name).first()
        return collection or root.add_child(name=name)

    def ensure_illustrations(self):
        """Draw and store the illustrations that are missing from their collection."""
        image_model = get_image_model()
        collection = self.ensure_collection(illustrations.COLLECTION_NAME)
        for key, (title, description) in illustrations.ILLUSTRATIONS.items():
            image = image_model.objects.filter(title=title, collection=collection).first()
            if image is None:
                data = illustrations.render_png(key)
                image = image_model(
                    title=title,
                    description=description,
                    collection=collection,
                    file=ImageFile(ContentFile(data), name=f"{key}.png"),
                    file_size=len(data),
                    file_hash=hashlib.sha1(data).hexdigest(),
                    uploaded_by_user=self.users["communication"],
                )
                image.save()
                self.stored_files.append((image.file.storage, image.file.name))
                self.report.images += 1
            self.images[key] = image

    def ensure_documents(self):
        """Write and store the demo text documents that are missing."""
        document_model = get_document_model()
        collection = self.ensure_collection(DOCUMENTS_COLLECTION_NAME)
        for spec in roadmap.DOCUMENTS:
            document = document_model.objects.filter(
                title=spec["title"], collection=collection
            ).first()
            if document is None:
                data = ("\n".join(spec["lines"]) + "\n").encode("utf-8")
                document = document_model(
                    title=spec["title"],
                    collection=collection,
                    file=ContentFile(data, name=spec["filename"]),
                    file_size=len(data),
                    file_hash=hashlib.sha1(data).hexdigest(),
                    uploaded_by_user=self.users["coordination-ess"],
                )
                document.save()
                self.stored_files.append((document.file.storage, document.file.name))
                self.report.documents += 1
            self.documents[spec["key"]] = document

    def discard_stored_files(self):
        """Delete the media files written by this run (after a rollback)."""
        for storage, name in self.stored_files:
            storage.delete(name)

    # Pages: helpers ------------------------------------------------------------------------

    def find_child(self, parent, slug, model):
        """The page at ``slug`` under ``parent`` in the default locale, or None."""
        existing = parent.get_children().filter(slug=slug, locale=self.locale).first()
        if existing is None:
            return None
        existing = existing.specific
        if not isinstance(existing, model):
            raise DemoContentError(
                f"La page « {existing.title} » ({parent.url_path}{slug}/) existe déjà mais "
                f"n'est pas du type {model.__name__} : chargement interrompu."
            )
        return existing

    def resolve_stream(self, value):
        """Replace image and document references of raw StreamField data with their ids."""
        if isinstance(value, ImageRef):
            return self.images[value.key].pk
        if isinstance(value, DocumentRef):
            return self.documents[value.key].pk
        if isinstance(value, dict):
            return {key: self.resolve_stream(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.resolve_stream(item) for item in value]
        return value

    def review_date(self, slug):
        """A stable next review date for the page at ``slug``, relative to the load date."""
        offset = REVIEW_OFFSETS_DAYS[zlib.crc32(slug.encode()) % len(REVIEW_OFFSETS_DAYS)]
        return self.today + timedelta(days=offset)

    def publisher_for(self, directorate_key):
        """The account that publishes a directorate's pages in the demo history."""
        username = accounts.PUBLISHERS.get(directorate_key, accounts.DEFAULT_PUBLISHER)
        return self.users[username]

    def ensure_page(self, parent, model, spec, slug=None, published_on=None, **fields):
        """Return the page of ``spec`` under ``parent``, creating it (unpublished) if missing."""
        slug = slug or slugify(spec["title"])
        existing = self.find_child(parent, slug, model)
        if existing is not None:
            return existing
        directorate_key = spec.get("directorate")
        directorate = self.directorates.get(directorate_key)
        owner = self.users[spec["owner"]]
        page = model(
            title=spec["title"],
            slug=slug,
            locale=self.locale,
            summary=text(spec.get("summary", "")),
            body=self.resolve_stream(spec.get("body", [])),
            directorate=directorate,
            content_owner=owner,
            next_review_date=self.review_date(slug),
            audience=spec.get("audience", "internal"),
            public_title=spec.get("public_title", ""),
            public_summary=text(spec.get("public_summary", "")),
            public_body=self.resolve_stream(spec.get("public_body", [])),
            live=False,
            **fields,
        )
        parent.add_child(instance=page)
        if directorate is None and directorate_key:
            self.pending_directorates.append((page, directorate_key))
        self.created.append(
            CreatedPage(page.pk, owner, self.publisher_for(directorate_key), published_on)
        )
        self.report.pages[model] += 1
        return page

    def policy_links(self, specs):
        """PolicyLink objects for ``(policy title, kind, note)`` triples."""
        return [
            PolicyLink(policy=self.policies[title], kind=kind, note=note)
            for title, kind, note in specs
        ]

    # Pages: the tree -----------------------------------------------------------------------

    def ensure_home(self):
        """The intranet home page, directly under the tree root."""
        root = Page.get_first_root_node()
        return self.ensure_page(root, HomePage, roadmap.HOME)

    def ensure_site(self, home):
        """Point the default site at the home page, unless it already serves real content."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                site_name="Intranet ESS",
                root_page=home,
                is_default_site=True,
            )
        elif site.root_page_id != home.pk:
            if site.root_page.specific_class is Page:
                site.root_page = home
                site.save()
            else:
                self.report.notes.append(
                    f"Le site par défaut sert déjà « {site.root_page.title} » : "
                    "il n'a pas été modifié."
                )

    def ensure_directorates(self, home):
        """The directorate index and the directorates; then the owners that waited for them."""
        index = self.ensure_page(home, DirectorateIndexPage, directorates.DIRECTORATE_INDEX)
        for spec in directorates.DIRECTORATES:
            page = self.ensure_page(
                index, DirectoratePage, spec, contact_email=spec["contact_email"]
            )
            self.directorates[spec["key"]] = page
        self.directorates_by_title = {page.title: page for page in self.directorates.values()}
        for page, key in self.pending_directorates:
            type(page).objects.filter(pk=page.pk).update(directorate=self.directorates[key])
        self.pending_directorates.clear()
        return index

    def ensure_policies(self, home):
        """The index of linked policies and the policy pages."""
        index = self.ensure_page(home, PolicyIndexPage, policies.POLICY_INDEX)
        for spec in policies.POLICIES:
            page = self.ensure_page(
                index,
                PolicyPage,
                {**spec, "audience": "public"},
                acronym=spec["acronym"],
                period=spec["period"],
                lead=spec["lead"],
                reference_url=spec["reference_url"],
            )
            self.policies[spec["title"]] = page
        return index

    def ensure_roadmap(self, home):
        """The roadmap page."""
        spec = roadmap.ROADMAP
        return self.ensure_page(
            home,
            RoadmapPage,
            spec,
            period_start=spec["period_start"],
            period_end=spec["period_end"],
        )

    def ensure_levers(self, roadmap_page):
        """The lever index and the eight levers with their policy links."""
        index = self.ensure_page(roadmap_page, LeverIndexPage, roadmap.LEVER_INDEX)
        for spec in levers.LEVERS:
            page = self.ensure_page(
                index,
                LeverPage,
                {**spec, "audience": "public"},
                number=spec["number"],
                policy_links=self.policy_links(spec["policy_links"]),
            )
            self.levers[spec["number"]] = page

    def ensure_sectors(self, roadmap_page):
        """The sector index and the ten cooperation sectors with their policy links."""
        index = self.ensure_page(roadmap_page, SectorIndexPage, roadmap.SECTOR_INDEX)
        for spec in sectors.SECTORS:
            page = self.ensure_page(
                index,
                SectorPage,
                {**spec, "audience": "public"},
                number=spec["number"],
                policy_links=self.policy_links(spec["policy_links"]),
            )
            self.sectors[spec["number"]] = page

    def ensure_projects(self, roadmap_page):
        """The project index and the projects with all their relations."""
        index = self.ensure_page(roadmap_page, ProjectIndexPage, roadmap.PROJECT_INDEX)
        for spec in projects.PROJECTS:
            if spec["communes"] == projects.ALL_COMMUNES:
                project_communes = list(self.communes.values())
            else:
                project_communes = [self.communes[name] for name in spec["communes"]]
            contact_name, contact_email = spec["contact"]
            page = self.ensure_page(
                index,
                ProjectPage,
                {**spec, "directorate": spec["lead"]},
                status=spec["status"],
                start_date=spec["start_date"],
                end_date=spec["end_date"],
                lead_directorate=self.directorates[spec["lead"]],
                budget=spec["budget"],
                contact_name=contact_name,
                contact_email=contact_email,
                levers=[self.levers[number] for number in spec["levers"]],
                sectors=[self.sectors[number] for number in spec["sectors"]],
                partners=[self.organisations[name] for name in spec["partners"]],
                communes=project_communes,
                policy_links=self.policy_links(spec["policy_links"]),
            )
            self.projects[spec["title"]] = page

    def ensure_roadmap_sections(self, roadmap_page):
        """The standard pages about co-construction, governance and evaluation."""
        for spec in roadmap.ROADMAP_SECTIONS:
            self.ensure_page(roadmap_page, StandardPage, spec)

    def ensure_updates(self):
        """The dated updates, each under its directorate and linked to what it is about."""
        for spec in map(public_versions.with_public_version, updates.UPDATES):
            directorate = self.directorates[spec["directorate"]]
            owner = directorates.DIRECTORATES_BY_KEY[spec["directorate"]]["owner"]
            self.ensure_page(
                directorate,
                UpdatePage,
                {**spec, "owner": owner},
                published_on=spec["date"],
                date=spec["date"],
                levers=[self.levers[number] for number in spec["levers"]],
                sectors=[self.sectors[number] for number in spec["sectors"]],
                projects=[self.projects[title] for title in spec["projects"]],
            )

    # Publication ---------------------------------------------------------------------------

    def publish_created_pages(self):
        """Publish every page created in this run with one revision, parents first."""
        for entry in self.created:
            page = Page.objects.get(pk=entry.pk).specific
            PageLogEntry.objects.log_action(page, "wagtail.create", user=entry.owner)
            revision = page.save_revision(user=entry.owner, log_action=True)
            revision.publish(user=entry.publisher, skip_permission_checks=True)
            if entry.published_on:
                self.backdate(page, revision, entry.published_on)

    def backdate(self, page, revision, day):
        """Date the publication and history of a page to ``day`` (for dated updates)."""
        moment = datetime.combine(day, PUBLICATION_TIME, tzinfo=PARIS)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=moment,
            last_published_at=moment,
            latest_revision_created_at=moment,
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=moment)
        PageLogEntry.objects.filter(page=page).update(timestamp=moment)

    def remove_welcome_page(self):
        """Delete Wagtail's default welcome page if it is untouched: plain, empty, unused."""
        plain_page = ContentType.objects.get_for_model(Page)
        candidates = Page.objects.filter(
            depth=2, content_type=plain_page, title__startswith=WELCOME_TITLE_PREFIX
        )
        for page in candidates:
            if page.get_children_count() == 0 and not Site.objects.filter(root_page=page).exists():
                page.delete()
                self.report.welcome_page_removed = True
