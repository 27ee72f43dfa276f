"""The OpenAPI 3.0 description of the public API, written by hand next to the code it describes.

It is served at ``/api/public/openapi.json`` (no key needed: it holds no content) and the
schemathesis test in ``tests/public`` checks the API against it.
"""

from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.urls import reverse

_ERROR = {"$ref": "#/components/schemas/Error"}
_PAGE_PARAMS = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 50}},
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
]
_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}


def _responses(ok_schema, description):
    return {
        "200": {
            "description": description,
            "headers": {
                "ETag": {"schema": {"type": "string"}},
                "Last-Modified": {"schema": {"type": "string"}},
            },
            "content": {"application/json": {"schema": ok_schema}},
        },
        "304": {"description": "Not modified (conditional GET)"},
        "400": {"description": "Bad query", "content": {"application/json": {"schema": _ERROR}}},
        "401": {"description": "Missing, invalid or revoked API key"},
        "404": {"description": "Not found", "content": {"application/json": {"schema": _ERROR}}},
    }


def _listing(item_ref):
    return {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {
            "meta": {
                "type": "object",
                "properties": {"total_count": {"type": "integer"}},
            },
            "items": {"type": "array", "items": {"$ref": item_ref}},
        },
    }


def openapi_description(base):
    """The description, with ``base`` the URL prefix of the API (``/api/public/v2``)."""
    page_ref, document_ref = "#/components/schemas/Page", "#/components/schemas/Document"
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Nantes Métropole ESS roadmap: public API",
            "version": "2.0",
            "description": (
                "Read-only public versions of the intranet content marked ready for public. "
                "Authenticate with `Authorization: Bearer <key>` or `X-Api-Key: <key>`."
            ),
        },
        "servers": [{"url": base}],
        "security": [{"bearer": []}, {"apiKey": []}],
        "paths": {
            "/pages/": {
                "get": {
                    "summary": "Public pages, newest publication first",
                    "operationId": "listPages",
                    "parameters": [
                        *_PAGE_PARAMS,
                        {"name": "locale", "in": "query", "schema": {"type": "string"}},
                        {"name": "type", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": _responses(_listing(page_ref), "A page of results"),
                }
            },
            "/pages/{id}/": {
                "get": {
                    "summary": "One public page",
                    "operationId": "getPage",
                    "parameters": [_ID],
                    "responses": _responses({"$ref": page_ref}, "The page"),
                }
            },
            "/documents/": {
                "get": {
                    "summary": "Documents referenced by public pages",
                    "operationId": "listDocuments",
                    "parameters": _PAGE_PARAMS,
                    "responses": _responses(_listing(document_ref), "A page of results"),
                }
            },
            "/documents/{id}/": {
                "get": {
                    "summary": "One public document",
                    "operationId": "getDocument",
                    "parameters": [_ID],
                    "responses": _responses({"$ref": document_ref}, "The document"),
                }
            },
            "/documents/{id}/file/": {
                "get": {
                    "summary": "The document's file",
                    "operationId": "getDocumentFile",
                    "parameters": [_ID],
                    "responses": {
                        "200": {
                            "description": "The file",
                            "content": {"application/octet-stream": {"schema": {}}},
                        },
                        "401": {"description": "Missing, invalid or revoked API key"},
                        "404": {"description": "Not found"},
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            },
            "schemas": {
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
                "Image": {
                    "type": "object",
                    "properties": {
                        "url": {"type": "string"},
                        "width": {"type": "integer"},
                        "height": {"type": "integer"},
                    },
                },
                "Block": {
                    "type": "object",
                    "required": ["type", "value"],
                    "properties": {
                        "type": {
                            "type": "string",
                            "enum": [
                                "paragraph",
                                "heading",
                                "image",
                                "key_figures",
                                "quote",
                                "documents",
                                "callout",
                                "table",
                            ],
                        },
                        "id": {"type": "string", "nullable": True},
                        "value": {"type": "object"},
                    },
                },
                "Page": {
                    "type": "object",
                    "required": ["id", "type", "locale", "url", "title", "summary", "body"],
                    "properties": {
                        "id": {"type": "integer"},
                        "type": {"type": "string"},
                        "locale": {"type": "string"},
                        "translation_key": {"type": "string"},
                        "slug": {"type": "string"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                        "summary": {"type": "string"},
                        "body": {"type": "array", "items": {"$ref": "#/components/schemas/Block"}},
                        "fields": {"type": "object"},
                        "first_published_at": {"type": "string", "nullable": True},
                        "last_published_at": {"type": "string", "nullable": True},
                    },
                },
                "Document": {
                    "type": "object",
                    "required": ["id", "title", "url"],
                    "properties": {
                        "id": {"type": "integer"},
                        "title": {"type": "string"},
                        "label": {"type": "string"},
                        "url": {"type": "string"},
                        "extension": {"type": "string"},
                        "size": {"type": "integer", "nullable": True},
                    },
                },
            },
        },
    }


@login_not_required
def openapi_json(request):
    base = request.build_absolute_uri(reverse("public_api:pages:listing")).rsplit("/pages/", 1)[0]
    return JsonResponse(openapi_description(base), json_dumps_params={"ensure_ascii": False})
