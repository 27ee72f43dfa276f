"""WSGI entry point; production servers set DJANGO_SETTINGS_MODULE=intranet.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

from intranet.runtime import freeze_startup_heap

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.production")

application = get_wsgi_application()
freeze_startup_heap()
