"""Guards that the PostgreSQL run really runs on PostgreSQL (CI must not fall back silently)."""

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_suite_runs_on_the_requested_database():
    wanted = os.environ.get("TEST_DATABASE_URL", "sqlite")
    expected_vendor = "postgresql" if wanted.startswith(("postgres", "postgresql")) else "sqlite"
    assert connection.vendor == expected_vendor
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
