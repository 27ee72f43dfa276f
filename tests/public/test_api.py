"""The public API: only live, public-ready pages, their public version, by API key only."""

import pytest

from public.models import ApiKey
from tests.public.conftest import SECRET, new_key

PAGES = "/api/public/v2/pages/"


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_lists_only_public_ready_live_pages(api, public_tree):
    t = public_tree
    ids = {item["id"] for item in items(api.get(PAGES))}
    assert ids == {t.update.pk, t.project.pk, t.drafted.pk, t.en_update.pk}


def test_a_page_shows_its_public_version_and_nothing_internal(api, public_tree):
    t = public_tree
    response = api.get(f"{PAGES}{t.update.pk}/")
    assert response.status_code == 200
    page = response.json()
    assert page["title"] == "Une recyclerie ouvre"
    assert page["summary"] == "Résumé pour le public."
    assert page["locale"] == "fr"
    assert page["url"].endswith("/fr/directions/" + t.directorate.slug + "/" + t.update.slug + "/")
    assert page["fields"] == {"date": t.update.date.isoformat()}
    kinds = [block["type"] for block in page["body"]]
    assert kinds == ["paragraph", "image", "documents"]
    text = response.content.decode()
    assert SECRET not in text
    for internal in ("Ouverture d'une recyclerie", "Résumé interne", "proprietaire", "internal"):
        assert internal not in text


def test_links_to_internal_pages_and_restricted_documents_lose_their_link(api, public_tree):
    t = public_tree
    html = api.get(f"{PAGES}{t.update.pk}/").json()["body"][0]["value"]["html"]
    assert "la direction" in html and "linktype" not in html
    assert f"/api/public/v2/documents/{t.public_doc.pk}/file/" in html
    assert f"documents/{t.secret_doc.pk}" not in html


def test_images_come_as_renditions_with_their_alt_text(api, public_tree):
    image = api.get(f"{PAGES}{public_tree.update.pk}/").json()["body"][1]["value"]
    assert image["image"]["alt"] == "Des bénévoles"
    assert image["image"]["large"]["url"].startswith("http://testserver/media/images/")
    assert image["image"]["thumbnail"]["width"] == 400
    assert image["caption"] == "Légende"


def test_project_fields_cross_but_budget_and_contacts_do_not(api, public_tree):
    response = api.get(f"{PAGES}{public_tree.project.pk}/")
    assert response.json()["fields"]["status"] == "in_progress"
    assert "987654321" not in response.content.decode()
    assert SECRET not in response.content.decode()


def test_title_and_summary_fall_back_but_the_body_does_not(api, public_tree):
    page = api.get(f"{PAGES}{public_tree.project.pk}/").json()
    assert page["title"] == "Projet public"
    assert page["summary"] == "Résumé de Projet public."
    assert page["body"] == []


def test_the_published_revision_is_served_not_the_newer_draft(api, public_tree):
    page = api.get(f"{PAGES}{public_tree.drafted.pk}/").json()
    assert page["title"] == "Version publiée"


@pytest.mark.parametrize("name", ["internal_update", "restricted", "expired", "scheduled"])
def test_pages_that_must_not_cross_answer_404(api, public_tree, name):
    response = api.get(f"{PAGES}{getattr(public_tree, name).pk}/")
    assert response.status_code == 404


def test_locale_filter(api, public_tree):
    t = public_tree
    assert {i["id"] for i in items(api.get(PAGES, {"locale": "en"}))} == {t.en_update.pk}
    english = api.get(f"{PAGES}{t.en_update.pk}/").json()
    assert english["title"] == "A reuse shop opens"
    assert english["url"].startswith("https://") and "/en/" in english["url"]
    assert t.en_update.pk not in {i["id"] for i in items(api.get(PAGES, {"locale": "fr"}))}


def test_type_filter(api, public_tree):
    found = items(api.get(PAGES, {"type": "pages.ProjectPage"}))
    assert [item["id"] for item in found] == [public_tree.project.pk]


@pytest.mark.parametrize(
    "query",
    [
        {"locale": "de"},
        {"type": "pages.Nope"},
        {"search": "secret"},
        {"limit": "x"},
        {"offset": "-1"},
        {"offset": "99999999999999999999999"},
        {"limit": "500"},
    ],
)
def test_bad_queries_answer_400_with_a_message(api, public_tree, query):
    response = api.get(PAGES, query)
    assert response.status_code == 400
    assert response.json()["message"]


def test_pagination(api, public_tree):
    first = api.get(PAGES, {"limit": 2}).json()
    assert first["meta"]["total_count"] == 4
    second = api.get(PAGES, {"limit": 2, "offset": 2}).json()
    ids = [i["id"] for i in first["items"]] + [i["id"] for i in second["items"]]
    assert len(set(ids)) == 4


def test_documents_endpoint_lists_only_public_documents(api, public_tree):
    t = public_tree
    listed = items(api.get("/api/public/v2/documents/"))
    assert [doc["id"] for doc in listed] == [t.public_doc.pk]
    assert api.get(f"/api/public/v2/documents/{t.secret_doc.pk}/").status_code == 404
    assert api.get(f"/api/public/v2/documents/{t.secret_doc.pk}/file/").status_code == 404
    download = api.get(f"/api/public/v2/documents/{t.public_doc.pk}/file/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"contenu"


def test_conditional_get_answers_304(api, public_tree):
    first = api.get(PAGES)
    assert first["ETag"] and first["Last-Modified"]
    again = api.get(PAGES, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    detail = api.get(f"{PAGES}{public_tree.update.pk}/")
    assert detail["ETag"] != first["ETag"]
    assert api.get(PAGES, headers={"If-Modified-Since": first["Last-Modified"]}).status_code == 304


def test_etag_changes_when_public_content_changes(api, public_tree):
    from tests.public.conftest import publish

    first = api.get(PAGES)
    page = type(public_tree.project).objects.get(pk=public_tree.project.pk)
    page.public_title = "Nouveau titre public"
    publish(page)
    again = api.get(PAGES, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200
    assert "Nouveau titre public" in again.content.decode()


# Keys --------------------------------------------------------------------------------------


def test_no_key_answers_401(client, public_tree):
    response = client.get(PAGES)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_x_api_key_header_works(client, public_tree, api_key):
    assert client.get(PAGES, headers={"X-Api-Key": api_key[1]}).status_code == 200


def test_wrong_and_revoked_keys_answer_401(client, public_tree, api_key):
    assert client.get(PAGES, headers={"X-Api-Key": "nope"}).status_code == 401
    api_key[0].revoke()
    response = client.get(PAGES, headers={"Authorization": f"Bearer {api_key[1]}"})
    assert response.status_code == 401


def test_a_staff_session_grants_nothing(superuser_client, public_tree):
    assert superuser_client.get(PAGES).status_code == 401
    assert superuser_client.get(f"{PAGES}{public_tree.update.pk}/").status_code == 401


def test_keys_are_stored_hashed_and_use_is_noted(api, api_key, public_tree):
    key, clear = api_key
    stored = ApiKey.objects.get(pk=key.pk)
    assert clear not in (stored.key_hash, stored.prefix) and len(stored.key_hash) == 64
    api.get(PAGES)
    assert ApiKey.objects.get(pk=key.pk).last_used_at is not None


def test_two_keys_are_independent(client, public_tree):
    first, second = new_key("A"), new_key("B")
    first[0].revoke()
    assert client.get(PAGES, headers={"X-Api-Key": second[1]}).status_code == 200


def test_openapi_description_is_served_without_key(client, db):
    response = client.get("/api/public/openapi.json")
    assert response.status_code == 200
    description = response.json()
    assert description["openapi"].startswith("3.")
    assert "/pages/{id}/" in description["paths"]
