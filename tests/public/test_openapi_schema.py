"""Schemathesis against the OpenAPI description: no request the description allows gives a 5xx.

The cases run through Django's WSGI handler (schemathesis' WSGI transport), with a valid key,
against the public tree of ``conftest``. As Django's test client does, the signals that close
database connections around each request are disconnected, so the test transaction survives.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from public.openapi import openapi_description

schema = schemathesis.openapi.from_dict(openapi_description("/api/public/v2"))
schema.app = WSGIHandler()


@pytest.fixture
def _keep_connection():
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_server_error(case, public_tree, api_key, _keep_connection):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {api_key[1]}"}, checks=[not_a_server_error]
    )


def test_the_description_covers_every_endpoint():
    paths = set(openapi_description("/api/public/v2")["paths"])
    assert paths == {
        "/pages/",
        "/pages/{id}/",
        "/documents/",
        "/documents/{id}/",
        "/documents/{id}/file/",
    }
