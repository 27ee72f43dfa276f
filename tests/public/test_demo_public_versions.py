"""The demo gives its public updates public versions, and keeps internal notes internal."""

from pages.demo.public_versions import CUSTOM, with_public_version
from pages.demo.updates import UPDATES


def test_every_public_update_gets_a_public_body_without_internal_blocks():
    public = [with_public_version(spec) for spec in UPDATES if spec["audience"] == "public"]
    assert public
    for spec in public:
        assert spec["public_body"], spec["title"]
        kinds = {block["type"] for block in spec["public_body"]}
        assert not kinds & {"callout", "internal_note"}


def test_some_differ_and_carry_internal_notes_in_the_internal_body_only():
    specs = {spec["title"]: with_public_version(spec) for spec in UPDATES}
    custom = [specs[title] for title in CUSTOM]
    assert any(spec["public_title"] for spec in custom)
    assert any(spec["public_summary"] for spec in custom)
    noted = [spec for spec in custom if spec["body"][-1]["type"] == "internal_note"]
    assert len(noted) == 2


def test_internal_updates_are_left_alone():
    internal = next(spec for spec in UPDATES if spec["audience"] == "internal")
    assert with_public_version(internal) is internal
