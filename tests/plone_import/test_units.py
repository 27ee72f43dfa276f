"""The building blocks on their own: streaming reader, HTML conversion, Volto blocks, mapping,
progress and the site root detection."""

import io
import json

import pytest

from plone_import.importer.export import Export
from plone_import.importer.html import Target, to_rich_text
from plone_import.importer.mapping import Mapping, MappingError
from plone_import.importer.progress import Progress
from plone_import.importer.reader import ReadError, iter_array, read_at
from plone_import.importer.volto import convert_blocks, slate_to_html


def test_reader_streams_elements_with_their_byte_offsets(tmp_path):
    items = [{"title": "Économie sociale"}, {"title": "Ça marche", "n": 12345}, [1, 2]]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    elements = list(iter_array(path))
    assert [e.value for e in elements] == items
    for element in elements:
        assert read_at(path, element.offset, element.length) == element.value


def test_reader_reads_an_item_bigger_than_its_buffer(tmp_path):
    big = {"text": "é" * 3_000_000}
    path = tmp_path / "big.json"
    path.write_text(json.dumps([big, {"a": 1}], ensure_ascii=False), encoding="utf-8")
    assert [e.value for e in iter_array(path)] == [big, {"a": 1}]


def test_reader_reports_truncation_after_the_good_items(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[{"a": 1}, {"b": 2}, {"c": "tron', encoding="utf-8")
    seen = []
    with pytest.raises(ReadError, match="truncated"):
        for element in iter_array(path):
            seen.append(element.value)
    assert seen == [{"a": 1}, {"b": 2}]


def test_reader_refuses_what_is_not_an_array(tmp_path):
    path = tmp_path / "text.json"
    path.write_text("bonjour", encoding="utf-8")
    with pytest.raises(ReadError, match="not a JSON array"):
        list(iter_array(path))


class FakeResolver:
    """What a few UIDs became (the resolver's interface, with fixed answers)."""

    targets = {
        "a" * 32: Target("page", 5),
        "b" * 32: Target("document", 7),
        "c" * 32: Target("image", 9),
    }
    in_export = {"d" * 32}

    def resolve(self, uid):
        return self.targets.get(uid)

    def pending(self, uid):
        return uid in self.in_export

    def old_path_of(self, url):
        if url.startswith("http://plone.example/Plone/"):
            return url[len("http://plone.example/Plone") :]
        return None

    def resolve_path(self, path):
        return Target("page", 6) if path == "/a/b" else None

    def pending_path(self, path):
        return False


def test_html_links_and_images_are_rewritten_and_sanitised():
    html = (
        f'<p onclick="x()">Voir <a href="resolveuid/{"a" * 32}">la page</a>, '
        f'<a href="../resolveuid/{"b" * 32}/@@download/file">le PDF</a>, '
        '<a href="http://plone.example/Plone/a/b">ancien lien</a>, '
        '<a href="https://www.nantes.fr">Nantes</a>, '
        f'<a href="resolveuid/{"d" * 32}">plus tard</a> et '
        f'<a href="resolveuid/{"e" * 32}">cassé</a>.</p>'
        f'<img src="resolveuid/{"c" * 32}/@@images/image/large" class="image-right" alt="Logo">'
        "<script>alert(1)</script><style>p{}</style><h2>Titre</h2>"
    )
    result = to_rich_text(html, FakeResolver())
    assert '<a id="5" linktype="page">la page</a>' in result.html
    assert '<a id="7" linktype="document">le PDF</a>' in result.html
    assert '<a id="6" linktype="page">ancien lien</a>' in result.html
    assert '<a href="https://www.nantes.fr">Nantes</a>' in result.html
    assert "plus tard" in result.html and "cassé" in result.html
    assert '<embed alt="Logo" embedtype="image" format="right" id="9"/>' in result.html
    assert "script" not in result.html and "onclick" not in result.html
    assert "<h2>Titre</h2>" in result.html
    assert result.pending == {"d" * 32}
    assert result.broken == ["e" * 32]


def test_volto_blocks_map_to_our_blocks_and_report_the_others():
    item = {
        "blocks": {
            "1": {"@type": "title"},
            "2": {
                "@type": "slate",
                "value": [
                    {"type": "h2", "children": [{"text": "Titre"}]},
                    {
                        "type": "p",
                        "children": [
                            {
                                "type": "link",
                                "data": {"url": f"resolveuid/{'a' * 32}"},
                                "children": [{"text": "lien"}],
                            }
                        ],
                    },
                ],
            },
            "3": {"@type": "image", "url": f"resolveuid/{'c' * 32}", "alt": "Photo"},
            "4": {
                "@type": "teaser",
                "href": [{"@id": "http://plone.example/Plone/a/b"}],
                "title": "À lire",
            },
            "5": {"@type": "maps", "plaintext": "Carte des lieux"},
            "6": {"@type": "listing"},
        },
        "blocks_layout": {"items": ["1", "2", "3", "4", "5", "6"]},
    }
    unmapped = []
    stream, pending, broken = convert_blocks(item, FakeResolver(), unmapped.append)
    kinds = [block["type"] for block in stream]
    assert kinds == ["paragraph", "image", "paragraph", "paragraph"]
    assert '<a id="5" linktype="page">lien</a>' in stream[0]["value"]
    assert stream[1]["value"]["image"] == {"image": 9, "alt_text": "Photo", "decorative": False}
    assert 'linktype="page"' in stream[2]["value"]
    assert "Carte des lieux" in stream[3]["value"]
    assert unmapped == ["maps", "listing"]


def test_slate_text_is_escaped():
    assert slate_to_html([{"type": "p", "children": [{"text": "<b>"}]}]) == "<p>&lt;b&gt;</p>"


def test_mapping_overrides_the_default_key_by_key():
    mapping = Mapping({"types": {"Event": "pages.UpdatePage"}, "states": {"private": "restricted"}})
    assert mapping.target("Event") == "pages.UpdatePage"
    assert mapping.target("Document") == "pages.StandardPage"
    assert mapping.state("private") == "restricted"
    assert mapping.state("published") == "live"
    assert mapping.state("etat_inconnu") == "draft"
    with pytest.raises(MappingError):
        Mapping({"couleurs": {}})
    with pytest.raises(MappingError):
        Mapping({"states": {"private": "caché"}})


def test_progress_is_plain_lines_off_a_terminal():
    stream = io.StringIO()
    progress = Progress(3, "Importing", stream, every=0)
    for _ in range(3):
        progress.advance()
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("Importing: 3/3 (") and "/s, ETA" in lines[-1]


def test_progress_bar_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    progress = Progress(4, "Importing", stream)
    progress.advance(4)
    progress.finish()
    assert "\r" in stream.getvalue() and "[####" in stream.getvalue()
    assert "ETA" in stream.getvalue()


@pytest.mark.parametrize(
    ("plone_root", "expected"), [(None, "/Plone"), ("Plone", "/Plone"), ("", "")]
)
def test_site_root_is_detected_or_given(tmp_path, plone_root, expected):
    item = {
        "@id": "http://h/Plone/a/b",
        "@type": "Document",
        "UID": "u" * 32,
        "id": "b",
        "parent": {"@id": "http://h/Plone/a", "@type": "Folder", "UID": "p" * 32},
    }
    top = {
        "@id": "http://h/Plone/a",
        "@type": "Folder",
        "UID": "p" * 32,
        "id": "a",
        "parent": {"@id": "http://h/Plone", "@type": "Plone Site"},
    }
    (tmp_path / "content.json").write_text(json.dumps([top, item]), encoding="utf-8")
    export = Export([tmp_path], plone_root=plone_root)
    export.scan()
    assert export.root_path == expected
    assert export.refs[1].plone_path == ("/a/b" if expected else "/Plone/a/b")
