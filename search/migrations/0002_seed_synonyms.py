"""Seed the synonym groups from search/data/synonyms_fr.txt (the roadmap's glossary)."""

from pathlib import Path

from django.db import migrations

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "synonyms_fr.txt"


def read_groups():
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield [term.strip() for term in line.split("|") if term.strip()]


def seed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    existing = set(SynonymGroup.objects.values_list("terms", flat=True))
    SynonymGroup.objects.bulk_create(
        SynonymGroup(terms="\n".join(terms), note="Glossaire de la feuille de route")
        for terms in read_groups()
        if "\n".join(terms) not in existing
    )


def unseed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    SynonymGroup.objects.filter(note="Glossaire de la feuille de route").delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
