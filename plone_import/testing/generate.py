"""A seeded generator of realistic collective.exportimport exports, for tests and benchmarks.

``generate(folder, items=600, images=60, seed=1)`` writes a content export (French texts,
nested folders, every Plone type, internal ``resolveuid`` links including forward and broken
ones, Volto blocks) and the side files (translations, relations, local roles, default pages,
ordering, redirects, members and groups), and returns a ``Manifest`` telling tests what to
expect.

Every shape follows collective.exportimport's own code: items as ``ExportContent`` writes them
(``export_content.py``: ``parent.UID``, ``workflow_history``; ``serializer.py``: base64 blobs;
language a plain code in its default migration mode, a ``{token, title}`` term otherwise), side
files as ``export_other.py`` writes them (see the end of ``generate``).
"""

import base64
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

SITE = "http://intranet.nantesmetropole.example/Plone"
WORDS = [
    "économie",
    "sociale",
    "et",
    "solidaire",
    "coopération",
    "territoire",
    "métropole",
    "Nantes",
    "insertion",
    "emploi",
    "circuits",
    "courts",
    "alimentation",
    "réemploi",
    "mobilité",
    "solidaire",
    "habitat",
    "participatif",
    "tiers-lieu",
    "financement",
    "solidaire",
    "achats",
    "responsables",
    "évaluation",
    "indicateurs",
    "ateliers",
    "gouvernance",
    "feuille",
    "de",
    "route",
    "transition",
    "écologique",
    "associations",
    "coopératives",
    "SCIC",
    "PTCE",
    "IAE",
    "jeunesse",
    "quartiers",
    "prioritaires",
    "commande",
    "publique",
    "partenaires",
    "acteurs",
]
DIRECTIONS = ["dgdu", "dgrh", "dee", "dcs"]
USERS = ["cmartin", "jdupont", "lbernard", "sdurand", "inconnu"]
GROUPS = {"direction-dgdu": "Direction DGDU", "coordination-ess": "Coordination ESS"}
STATES = ["published"] * 6 + ["internally_published", "private", "internal", "pending"]


@dataclass
class Manifest:
    """What a generated export holds, for assertions."""

    folder: Path
    items: int = 0
    by_type: dict = field(default_factory=dict)
    uids: dict = field(default_factory=dict)  # role → UID (a few well-known items)
    paths: dict = field(default_factory=dict)  # UID → old path
    broken_uids: list = field(default_factory=list)
    translations: list = field(default_factory=list)
    default_pages: dict = field(default_factory=dict)  # folder UID → page UID
    states: dict = field(default_factory=dict)  # UID → review_state
    directorate_folders: list = field(default_factory=list)


class _Builder:
    def __init__(self, seed):
        self.random = random.Random(seed)
        self.items = []
        self.by_uid = {}

    def uid(self):
        return f"{self.random.getrandbits(128):032x}"

    def words(self, count):
        return " ".join(self.random.choice(WORDS) for _ in range(count))

    def sentence(self):
        text = self.words(self.random.randint(6, 14))
        return text[0].upper() + text[1:] + "."

    def date(self, year_from=2019, year_to=2025):
        r = self.random
        return (
            f"{r.randint(year_from, year_to)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
            f"T{r.randint(7, 18):02d}:{r.randint(0, 59):02d}:00+00:00"
        )

    def add(self, plone_type, item_id, parent, title, language="fr", **extra):
        created = self.date()
        item = {
            "@id": f"{parent['@id']}/{item_id}",
            "@type": plone_type,
            "UID": self.uid(),
            "id": item_id,
            "parent": {
                "@id": parent["@id"],
                "@type": parent["@type"],
                "UID": parent.get("UID"),
                "title": parent["title"],
            },
            "title": title,
            "description": self.sentence(),
            "review_state": self.random.choice(STATES),
            "created": created,
            "modified": created,
            "effective": created,
            "expires": None,
            "creators": [self.random.choice(USERS)],
            "subjects": [self.random.choice(WORDS)],
            # Plain code: the add-on's ChoiceFieldSerializer (migration mode, the default).
            "language": language,
            "workflow_history": {
                "intranet_workflow": [
                    {
                        "action": None,
                        "actor": "admin",
                        "comments": "",
                        "review_state": "private",
                        "time": created,
                    }
                ]
            },
            "is_folderish": plone_type in ("Folder", "LRF"),
            "allow_discussion": False,
        }
        item.update(extra)
        self.items.append(item)
        self.by_uid[item["UID"]] = item
        return item


def _png(seed):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), ((seed * 37) % 256, (seed * 91) % 256, 120)).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def _pdf(text):
    """A small valid PDF whose page shows ``text`` (ASCII only, for the text extractor)."""
    text = text.encode("ascii", "ignore").decode().replace("(", "").replace(")", "")
    stream = f"BT /F1 12 Tf 40 700 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return base64.b64encode(out).decode()


def generate(folder, items=600, images=60, seed=1, volto_share=0.1):
    """Write an export of about ``items`` items (``images`` of them images) into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    b = _Builder(seed)
    manifest = Manifest(folder=folder)
    site = {"@id": SITE, "@type": "Plone Site", "title": "Intranet"}
    fr = b.add("LRF", "fr", site, "Intranet", review_state="published")
    en = b.add("LRF", "en", site, "Intranet (English)", language="en", review_state="published")
    # plone.restapi's own shape (an export made without the migration option).
    fr["language"] = {"token": "fr", "title": "Français"}
    en["language"] = {"token": "en", "title": "English"}
    fr["exportimport.constrains"] = {
        "locally_allowed_types": ["Folder", "Document"],
        "immediately_addable_types": ["Document"],
    }
    manifest.uids["lrf_fr"], manifest.uids["lrf_en"] = fr["UID"], en["UID"]
    news_root = b.add("Folder", "actualites", fr, "Actualités", review_state="published")
    directions = b.add("Folder", "directions", fr, "Directions", review_state="published")
    doc_root = b.add("Folder", "documentation", fr, "Documentation", review_state="published")
    agenda = b.add("Folder", "agenda", fr, "Agenda", review_state="published")
    manifest.uids.update(news=news_root["UID"], documentation=doc_root["UID"])
    directorate_folders = []
    for code in DIRECTIONS:
        folder_item = b.add(
            "Folder", code, directions, f"Direction {code.upper()}", review_state="published"
        )
        directorate_folders.append(folder_item)
        manifest.directorate_folders.append(f"/fr/directions/{code}")
    folders = [news_root, doc_root, agenda]
    media_items = []

    # Nested folders, up to four levels below the language root.
    for number in range(max(3, items // 12)):
        parent = b.random.choice(folders)
        depth = parent["@id"].count("/") - SITE.count("/")
        if depth >= 4:
            parent = doc_root
        folders.append(
            b.add("Folder", f"dossier-{number}", parent, f"Dossier {b.words(2)} {number}")
        )
    remaining = items - len(b.items) - images
    kinds = (
        ["Document"] * 45
        + ["News Item"] * 15
        + ["Event"] * 6
        + ["File"] * 20
        + ["Collection"] * 2
        + ["Link"] * 4
    )
    for number in range(max(images, 0)):
        parent = b.random.choice(folders)
        media_items.append(
            b.add(
                "Image",
                f"image-{number}.png",
                parent,
                f"Illustration {b.words(2)}",
                image={
                    "data": _png(number),
                    "encoding": "base64",
                    "filename": f"image-{number}.png",
                    "content-type": "image/png",
                },
            )
        )
    for number in range(max(remaining, 0)):
        kind = b.random.choice(kinds)
        if kind == "News Item":
            parent = b.random.choice(directorate_folders)
            b.add(kind, f"actualite-{number}", parent, f"Actualité : {b.words(3)}")
        elif kind == "Event":
            b.add(
                kind,
                f"evenement-{number}",
                agenda,
                f"Atelier {b.words(2)}",
                start=b.date(2024, 2026),
                end=b.date(2024, 2026),
                location="Nantes",
                contact_name="Camille Martin",
                contact_email="camille@example.org",
            )
        elif kind == "File":
            media_items.append(
                b.add(
                    kind,
                    f"document-{number}.pdf",
                    b.random.choice(folders),
                    f"Compte rendu {b.words(2)}",
                    file={
                        "data": _pdf(b.sentence()),
                        "encoding": "base64",
                        "filename": f"document-{number}.pdf",
                        "content-type": "application/pdf",
                    },
                )
            )
        elif kind == "Collection":
            b.add(
                kind,
                f"selection-{number}",
                b.random.choice(folders),
                "Sélection",
                query=[
                    {
                        "i": "portal_type",
                        "o": "plone.app.querystring.operation.selection.any",
                        "v": ["News Item"],
                    }
                ],
                sort_on="effective",
            )
        elif kind == "Link":
            b.add(
                kind,
                f"lien-{number}",
                b.random.choice(folders),
                f"Lien {b.words(2)}",
                remoteUrl="https://www.nantes.fr/ess",
            )
        else:
            b.add(kind, f"page-{number}", b.random.choice(folders), f"Page {b.words(3)}")

    pages = [i for i in b.items if i["@type"] in ("Document", "News Item", "Event")]
    files = [i for i in media_items if i["@type"] == "File"]
    pictures = [i for i in media_items if i["@type"] == "Image"]
    broken = [b.uid() for _ in range(3)]
    manifest.broken_uids = broken
    # Bodies: links to other pages (earlier and later ones), files and images; a few broken.
    for index, item in enumerate(pages):
        target = b.random.choice(pages)
        parts = [f'<p>{b.sentence()} <a href="resolveuid/{target["UID"]}">{b.words(2)}</a></p>']
        if files:
            parts.append(
                f'<p><a href="{SITE}/resolveuid/{b.random.choice(files)["UID"]}">'
                "Télécharger le document</a></p>"
            )
        if pictures and index % 3 == 0:
            picture = b.random.choice(pictures)
            parts.append(
                f'<p><img src="resolveuid/{picture["UID"]}/@@images/image/preview" '
                f'class="image-left" alt="{b.words(2)}"/></p>'
            )
        if index % 50 == 7:
            parts.append(f'<p><a href="resolveuid/{broken[index % 3]}">lien cassé</a></p>')
        parts.append(f"<h2>{b.words(3)}</h2><p>{b.sentence()}</p><script>alert('x')</script>")
        if b.random.random() < volto_share:
            item["blocks"] = {
                "t": {"@type": "title"},
                "s": {
                    "@type": "slate",
                    "value": [{"type": "p", "children": [{"text": b.sentence()}]}],
                    "plaintext": "",
                },
                "l": {"@type": "listing", "querystring": {}},
                "m": {"@type": "maps", "url": "https://carte.example"},
            }
            if pictures:
                item["blocks"]["i"] = {
                    "@type": "image",
                    "url": f"{SITE}/resolveuid/{b.random.choice(pictures)['UID']}",
                    "alt": "Photo",
                }
            item["blocks_layout"] = {"items": list(item["blocks"])}
        item["text"] = {"content-type": "text/html", "data": "".join(parts), "encoding": "utf-8"}

    # Well-known items for assertions.
    first_doc = next(i for i in pages if i["@type"] == "Document")
    manifest.uids["document"] = first_doc["UID"]
    manifest.uids["news_item"] = next(i["UID"] for i in pages if i["@type"] == "News Item")
    manifest.uids["event"] = next(i["UID"] for i in pages if i["@type"] == "Event")
    manifest.uids["link"] = next((i["UID"] for i in b.items if i["@type"] == "Link"), "")
    manifest.uids["file"] = files[0]["UID"] if files else ""
    manifest.uids["image"] = pictures[0]["UID"] if pictures else ""
    manifest.uids["collection"] = next(
        (i["UID"] for i in b.items if i["@type"] == "Collection"), ""
    )
    private = next(i for i in pages if i["@type"] == "Document" and i is not first_doc)
    private["review_state"] = "private"
    first_doc["review_state"] = "published"
    manifest.uids["private"] = private["UID"]

    # Translations: the documentation folder and some of its documents, in English.
    en_doc_root = b.add(
        "Folder", "documentation", en, "Documentation", language="en", review_state="published"
    )
    translations = [{"fr": doc_root["UID"], "en": en_doc_root["UID"]}]
    for source in [i for i in pages if i["parent"]["UID"] == doc_root["UID"]][:5]:
        english = b.add(
            source["@type"],
            source["id"],
            en_doc_root,
            f"EN {source['title']}",
            language="en",
            review_state="published",
            text={"data": "<p>English text.</p>", "content-type": "text/html"},
        )
        translations.append({"fr": source["UID"], "en": english["UID"]})
    manifest.translations = translations

    # Default pages: a folder shows one of its documents.
    defaults = []
    well_known = set(manifest.uids.values())
    for folder_item in folders[3:]:
        child = next(
            (
                i
                for i in pages
                if i["parent"]["UID"] == folder_item["UID"]
                and i["@type"] == "Document"
                and i["UID"] not in well_known
            ),
            None,
        )
        if child is not None and len(defaults) < 5:
            defaults.append(
                {
                    "uuid": folder_item["UID"],
                    "default_page": child["id"],
                    "default_page_uuid": child["UID"],
                }
            )
            manifest.default_pages[folder_item["UID"]] = child["UID"]
    # The site root's default page (ExportDefaultPages writes config.SITE_ROOT as its uuid).
    defaults.append(
        {"uuid": "plone_site_root", "default_page": "fr", "default_page_uuid": fr["UID"]}
    )
    # ExportRelations: {from_uuid, to_uuid, relationship}; "relatesTo" is the Archetypes name.
    relations = [
        {
            "from_uuid": first_doc["UID"],
            "to_uuid": pages[-1]["UID"],
            "relationship": "relatedItems",
        },
        {
            "from_uuid": first_doc["UID"],
            "to_uuid": files[0]["UID"] if files else broken[0],
            "relationship": "relatesTo",
        },
        {"from_uuid": first_doc["UID"], "to_uuid": broken[1], "relationship": "relatedItems"},
        {
            "from_uuid": pages[1]["UID"],
            "to_uuid": first_doc["UID"],
            "relationship": "isReferencing",
        },
    ]
    localroles = [
        {
            "uuid": directorate_folders[0]["UID"],
            "localroles": {
                "direction-dgdu": ["Reader", "Editor", "Contributor", "Reviewer"],
                "jdupont": ["Owner"],
            },
        },
        {"uuid": private["UID"], "localroles": {"coordination-ess": ["Reader"]}, "block": 1},
        # ExportLocalRoles.get_root_localroles: the site root as "<Portal>".
        {"uuid": "<Portal>", "localroles": {"admin": ["Owner"]}},
    ]
    ordering = []
    for folder_item in folders:
        children = [i for i in b.items if i["parent"].get("UID") == folder_item["UID"]]
        for position, child in enumerate(reversed(children)):
            ordering.append({"uuid": child["UID"], "order": position})
    # export_plone_redirects: {old physical path: new physical path}, with the site's id.
    site_id = "/" + SITE.rsplit("/", 1)[1]
    redirects = {
        f"{site_id}/fr/ancienne-page": site_id + first_doc["@id"][len(SITE) :],
        f"{site_id}/fr/vieux-dossier": site_id + doc_root["@id"][len(SITE) :],
        f"{site_id}/fr/perdu": f"{site_id}/fr/nulle-part",
    }
    # ExportMembers: groups (AuthenticatedUsers is never exported) and members.
    members = {
        "groups": [
            {
                "groupid": gid,
                "title": title,
                "description": "",
                "email": "",
                "roles": [],
                "groups": [],
                "principals": ["sdurand"] if gid == "coordination-ess" else [],
            }
            for gid, title in GROUPS.items()
        ],
        "members": [
            {
                "username": name,
                "password": "{SSHA}aGFzaA==",
                "email": f"{name}@nantesmetropole.example",
                "fullname": f"Agent {name}",
                "groups": ["direction-dgdu"],
                "roles": ["Member"],
                "listed": True,
                "login_time": "2000-01-01T00:00:00+00:00",
                "last_login_time": "2000-01-01T00:00:00+00:00",
                "home_page": "",
                "location": "Nantes",
                "description": "",
            }
            for name in USERS[:4]
        ],
    }
    # ExportDiscussion: {uuid, conversation} (plone.restapi's conversation serialisation).
    discussion = [
        {
            "uuid": first_doc["UID"],
            "conversation": {
                "@id": f"{first_doc['@id']}/@comments",
                "items_total": 1,
                "items": [
                    {
                        "comment_id": "1700000000000000",
                        "in_reply_to": None,
                        "author_username": "cmartin",
                        "author_name": "Agent cmartin",
                        "creation_date": "2024-03-01T10:00:00",
                        "modification_date": "2024-03-01T10:00:00",
                        "text": {"data": "Merci !", "mime-type": "text/plain"},
                        "user_notification": None,
                    }
                ],
            },
        }
    ]
    for item in b.items:
        manifest.paths[item["UID"]] = item["@id"][len(SITE) :]
        manifest.states[item["UID"]] = item["review_state"]
        manifest.by_type[item["@type"]] = manifest.by_type.get(item["@type"], 0) + 1
    manifest.items = len(b.items)
    _write_array(folder / "content.json", b.items)
    for name, data in (
        ("export_translations.json", translations),
        ("export_relations.json", relations),
        ("export_localroles.json", localroles),
        ("export_defaultpages.json", defaults),
        ("export_ordering.json", ordering),
        ("export_redirects.json", redirects),
        ("export_members.json", members),
        ("export_discussion.json", discussion),
    ):
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return manifest


def _write_array(path, items):
    """One item per line, as collective.exportimport does, without building one big string."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("[\n")
        for index, item in enumerate(items):
            if index:
                handle.write(",\n")
            json.dump(item, handle, ensure_ascii=False)
        handle.write("\n]\n")
