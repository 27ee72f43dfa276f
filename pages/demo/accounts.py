"""The demo accounts: fictional people of the métropole, one per role.

Passwords are never stored here: the loader takes them from ``DEMO_PASSWORD`` or from the
git-ignored ``.demo-password`` file (see ``pages.demo.loader.DemoPassword``).
"""

from pages.demo.directorates import DECHETS, ECONOMIE, MOBILITES
from pages.demo.roles import (
    ADMINISTRATORS,
    COMMUNICATION,
    COORDINATION,
    READERS,
    approvers_group_name,
    editors_group_name,
)

EMAIL_DOMAIN = "nantesmetropole.fr"

# username, first name, last name, e-mail local part, groups, superuser
_ACCOUNTS = [
    ("admin", "Sébastien", "Guérin", "sebastien.guerin", [ADMINISTRATORS], True),
    ("lecteur", "Louise", "Bréhier", "louise.brehier", [READERS], False),
    ("communication", "Inès", "Caradec", "ines.caradec", [COMMUNICATION], False),
    ("coordination-ess", "Anne-Sophie", "Riou", "anne-sophie.riou", [COORDINATION], False),
    (
        "redacteur-economie",
        "Thomas",
        "Le Bihan",
        "thomas.lebihan",
        [editors_group_name(ECONOMIE)],
        False,
    ),
    (
        "approbateur-economie",
        "Nadia",
        "Benali",
        "nadia.benali",
        [approvers_group_name(ECONOMIE)],
        False,
    ),
    (
        "redacteur-dechets",
        "Julien",
        "Maillard",
        "julien.maillard",
        [editors_group_name(DECHETS)],
        False,
    ),
    (
        "approbateur-dechets",
        "Hélène",
        "Pichon",
        "helene.pichon",
        [approvers_group_name(DECHETS)],
        False,
    ),
    (
        "redacteur-mobilites",
        "Maëlle",
        "Guillou",
        "maelle.guillou",
        [editors_group_name(MOBILITES)],
        False,
    ),
    (
        "approbateur-mobilites",
        "Karim",
        "Haddad",
        "karim.haddad",
        [approvers_group_name(MOBILITES)],
        False,
    ),
]

ACCOUNTS = [
    {
        "username": username,
        "first_name": first_name,
        "last_name": last_name,
        "email": f"{local_part}@{EMAIL_DOMAIN}",
        "groups": groups,
        "is_superuser": is_superuser,
    }
    for username, first_name, last_name, local_part, groups, is_superuser in _ACCOUNTS
]

# Who publishes a directorate's pages in the demo history (by directorate key).
PUBLISHERS = {
    "economie": "approbateur-economie",
    "dechets": "approbateur-dechets",
    "mobilites": "approbateur-mobilites",
}
DEFAULT_PUBLISHER = "admin"
