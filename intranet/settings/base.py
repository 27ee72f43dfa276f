"""Settings shared by every environment.

Environment-specific modules (``dev``, ``test``, ``production``) import everything from here
and override only what differs. Anything that varies between deployments is read from the
environment, see the table in the README.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from translations.languages import content_languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"

INSTALLED_APPS = [
    "pages",
    "documents",
    "search",
    "roles",
    "workflows",
    "subscriptions",
    "accessibility",
    "translations",
    "onepagers",
    "intranet",
    "directory",
    "ownership",
    "collaboration",
    "audit",
    "plone_import",
    "public",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users app, whose group views also log the permissions they grant (audit/apps.py).
    "audit.apps.AuditedUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # No "modelsearch" here: "wagtail.search" is Wagtail's own instance of the modelsearch app,
    # and a second instance makes every indexing call raise ImproperlyConfigured.
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The intranet is private: every view needs a signed-in user unless it is explicitly
    # marked with @login_not_required (sign-in page, health check).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Wagtail's « Site history » report is for administrators only (audit/middleware.py).
    "audit.middleware.AdminOnlySiteHistoryMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "intranet.urls"
WSGI_APPLICATION = "intranet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = "/connexion/"

# French first: the default locale of the content and of the interface.
LANGUAGE_CODE = "fr"
# French is the source; CONTENT_LANGUAGES adds locales by configuration alone ("fr,en,de"):
# see translations/languages.py (locales are created and synchronised at migrate).
LANGUAGES = content_languages(os.environ.get("CONTENT_LANGUAGES"))
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Accented titles must give readable ASCII slugs, not percent-encoded ones.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# The public website that receives the public API, feeds and export (public/): page links in
# them point there. WAGTAILAPI_LIMIT_MAX caps the page size of the public API.
PUBLIC_SITE_URL = os.environ.get("PUBLIC_SITE_URL", "https://metropole.nantes.fr/ess")
WAGTAILAPI_LIMIT_MAX = 50

STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Django's immediate task backend: tasks run in the request. A real worker replaces it at scale.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

WAGTAIL_SITE_NAME = _("Intranet ESS — Nantes Métropole")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search. On PostgreSQL it uses the French configuration that folds accents,
# created by search/migrations/0003; SQLite's backend ignores SEARCH_CONFIG.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIG": "french_unaccent",
    }
}
WAGTAILDOCS_DOCUMENT_MODEL = "documents.IntranetDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
# Concurrent editing: pages can be locked (lock/unlock permissions, roles/definitions.py); the
# editor shows who else has the page open (ping every 10 s); a save from an outdated form is
# refused (collaboration/guards.py).
WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10_000
# Workflow emails go to the reviewers of each step and to the submitter only (workflows/).
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            # lang-xx (accessibility/richtext.py): mark a passage's language (RGAA 8.7).
            "features": ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
            + ["lang-en", "lang-fr"]
        },
    }
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Elasticsearch 9 / OpenSearch when a cluster is configured; the database backend otherwise.
# The French analysis chain of search/elasticsearch.py goes into the index settings.
if os.environ.get("SEARCH_URL"):
    from search.elasticsearch import french_index_settings

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": os.environ.get("SEARCH_BACKEND", "wagtail.search.backends.elasticsearch9"),
            "URLS": [os.environ["SEARCH_URL"]],
            # Index names: this prefix, "_", the root model, e.g. intranet_ess_wagtailcore_page.
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX", "intranet_ess") + "_",
            "TIMEOUT": 5,
            "INDEX_SETTINGS": french_index_settings(),
        }
    }

# French analysis of indexed text and queries (search/french.py), the same on every backend.
SEARCH_TEXT_ANALYZER = "search.french.analyze"
SEARCH_AUTOCOMPLETE_NORMALIZER = "search.french.fold"

from .auth import *  # noqa: E402, F403
