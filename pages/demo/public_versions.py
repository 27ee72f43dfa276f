"""Public versions of the demo updates marked ready for public.

The public updates report public events, so their public body repeats the internal body
without the call-outs addressed to colleagues. A few get a public title or summary of their
own, and an internal note (kept in the internal body) shows what never crosses to the public.
"""

from pages.demo.stream import text

# Title of the update -> what differs in its public version.
CUSTOM = {
    "Le chantier d'insertion Eco Construire ouvre à Saint-Aignan-Grandlieu": {
        "public_title": "Un chantier d'insertion dans l'éco-construction à Saint-Aignan-Grandlieu",
        "internal_note": """Note interne : avant toute reprise par la presse, faire relire le
            texte par la direction qui suit le chantier.""",
    },
    "Deux Prix de l'innovation sociale remis le 13 décembre": {
        "public_summary": """Deux structures de l'économie sociale et solidaire de la
            métropole ont reçu le 13 décembre un Prix de l'innovation sociale.""",
        "internal_note": """Note interne : les pages des lauréats sont à mettre à jour par la
            coordination ESS ; ne pas diffuser les coordonnées des porteurs de projet.""",
    },
    "Watt'Else, nouvelle communauté énergétique citoyenne": {
        "public_title": "Watt'Else : une communauté énergétique citoyenne",
    },
}

INTERNAL_ONLY_IN_DEMO = ("callout",)


def _internal_note(html):
    return {"type": "internal_note", "value": {"text": f"<p>{text(html)}</p>"}}


def with_public_version(spec):
    """``spec`` of an update, with its public version when it is ready for public."""
    if spec["audience"] != "public":
        return spec
    custom = CUSTOM.get(spec["title"], {})
    spec = {
        **spec,
        "public_title": custom.get("public_title", ""),
        "public_summary": custom.get("public_summary", ""),
        "public_body": [b for b in spec["body"] if b["type"] not in INTERNAL_ONLY_IN_DEMO],
    }
    if "internal_note" in custom:
        spec["body"] = [*spec["body"], _internal_note(custom["internal_note"])]
    return spec
