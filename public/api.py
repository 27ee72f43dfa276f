"""The read-only public API (Wagtail API v2) at ``/api/public/v2/``.

Endpoints are Wagtail ``BaseAPIViewSet`` subclasses registered on their own
``WagtailAPIRouter`` (namespace ``public_api``), separate from any admin API. They serve
``public.selection.servable_pages`` only, through ``public.content.PublicRenderer`` (the public
version, a whitelist of fields), and authenticate by API key only: a staff session counts for
nothing here. Responses carry an ETag and a Last-Modified date and answer conditional GETs with
304.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db.models import Max
from django.http import FileResponse, Http404
from django.urls import path, reverse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, PageLogEntry

from public.auth import ApiKeyAuthentication, HasApiKey
from public.content import PublicRenderer, public_documents
from public.handoff import record_handoffs
from public.models import HandOffChannel
from public.selection import public_ready_models, servable_pages

MAX_OFFSET = 1_000_000


class ApiRenderer(PublicRenderer):
    """Public data with absolute URLs: files on the intranet, pages on the public website."""

    def __init__(self, request):
        super().__init__()
        self.request = request

    def page_url(self, page):
        return settings.PUBLIC_SITE_URL.rstrip("/") + super().page_url(page)

    def file_url(self, url):
        return self.request.build_absolute_uri(url)

    def document_file_url(self, document):
        return self.request.build_absolute_uri(
            reverse("public_api:documents:file", args=[document.pk])
        )


class PublicPagination(WagtailPagination):
    """Wagtail's limit/offset pagination, refusing offsets no database can take."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(_("offset cannot be higher than %d") % MAX_OFFSET)
        return super().paginate_queryset(queryset, request, view)


class PublicPageSerializer(serializers.BaseSerializer):
    def to_representation(self, instance):
        return self.context["renderer"].page_data(instance.specific)


class PublicDocumentSerializer(serializers.BaseSerializer):
    def to_representation(self, instance):
        return self.context["renderer"].document(instance)


class PublicAPIViewSet(BaseAPIViewSet):
    """Common behaviour: API-key authentication, JSON only, strict query parameters."""

    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasApiKey]
    renderer_classes = [JSONRenderer]
    pagination_class = PublicPagination
    known_query_parameters = frozenset(["limit", "offset"])
    serializer_class = None

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET.keys()) - self.known_query_parameters
        if unknown:
            raise BadRequestError(_("unknown query parameters: %s") % ", ".join(sorted(unknown)))

    def get_serializer_class(self):
        return self.serializer_class

    def get_serializer_context(self):
        return {"request": self.request, "view": self, "renderer": ApiRenderer(self.request)}

    def listing_view(self, request):
        self.check_query_parameters(None)
        queryset = self.get_queryset()
        page = self.paginate_queryset(queryset)
        self.served = list(page)
        serializer = self.get_serializer(self.served, many=True)
        return self.get_paginated_response(serializer.data)

    def detail_view(self, request, pk):
        self.check_query_parameters(None)
        self.served = [self.get_object()]
        return super().detail_view(request, pk)

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            obj = self.get_queryset().filter(pk=self.kwargs["pk"]).first()
            if obj is None:
                raise Http404(_("not found"))
            self._cached_object = obj
        return self._cached_object


class PublicPagesViewSet(PublicAPIViewSet):
    """Live, public-ready pages, their public version, per locale (``?locale=fr``)."""

    name = "pages"
    model = Page
    serializer_class = PublicPageSerializer
    known_query_parameters = frozenset(["limit", "offset", "locale", "type"])

    def requested_locale(self):
        code = self.request.GET.get("locale")
        if code is None:
            return None
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise BadRequestError(_("unknown locale: %s") % code)
        return locale

    def requested_models(self):
        label = self.request.GET.get("type")
        if label is None:
            return None
        for model in public_ready_models():
            if model._meta.label.lower() == label.lower():
                return model
        raise BadRequestError(_("unknown page type: %s") % label)

    def get_queryset(self):
        queryset = servable_pages(self.requested_locale())
        model = self.requested_models()
        if model is not None:
            queryset = queryset.type(model)
        return queryset.order_by("-last_published_at", "-pk").specific()

    def get_object(self):
        return super().get_object().specific

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200 and getattr(self, "served", None):
            record_handoffs(self.served, HandOffChannel.API)
        return response


class PublicDocumentsViewSet(PublicAPIViewSet):
    """Documents referenced by public content, with a key-protected download URL."""

    name = "documents"
    serializer_class = PublicDocumentSerializer

    model = get_document_model()

    def get_queryset(self):
        return public_documents()

    def file_view(self, request, pk):
        document = self.get_object()
        document.file.open("rb")
        return FileResponse(document.file, as_attachment=True, filename=document.filename)

    @classmethod
    def get_urlpatterns(cls):
        return [
            *super().get_urlpatterns()[:2],
            path("<int:pk>/file/", cls.as_view({"get": "file_view"}), name="file"),
        ]


def last_modified():
    """When public content may last have changed: the latest page event or publication."""
    logged = PageLogEntry.objects.aggregate(latest=Max("timestamp"))["latest"]
    published = Page.objects.aggregate(latest=Max("last_published_at"))["latest"]
    dates = [date for date in (logged, published) if date is not None]
    return max(dates) if dates else None


def conditional(view):
    """ETag (a hash of the body) and Last-Modified on successful JSON answers, and 304s."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["Authorization", "X-Api-Key"])
        patch_cache_control(response, private=True, no_cache=True)
        if response.status_code != 200 or response.streaming:
            return response
        if hasattr(response, "render"):
            response.render()
        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        changed = last_modified()
        response["ETag"] = etag
        if changed is not None:
            response["Last-Modified"] = http_date(changed.timestamp())
        timestamp = int(changed.timestamp()) if changed else None
        return get_conditional_response(
            request, etag=etag, last_modified=timestamp, response=response
        )

    return login_not_required(wrapped)


router = WagtailAPIRouter("public_api")
router.register_endpoint("pages", PublicPagesViewSet)
router.register_endpoint("documents", PublicDocumentsViewSet)
