"""The directorates of the métropole that publish on the intranet.

Only the first three names are verified in public sources (achatpublic.info, 2023); the others
are plausible labels for the demo, and their pages say so. Each directorate is referred to
elsewhere in the demo data by its key.
"""

from pages.demo.stream import bullets, callout, paragraph

ECONOMIE = "Direction de l'Économie et de l'Emploi responsables"
COMMANDE_PUBLIQUE = "Direction de la Commande publique"
ESPACE_PUBLIC = "Direction de l'Espace public"
DECHETS = "Direction des Déchets et de l'Économie circulaire"
ENERGIES = "Direction Énergies, Environnement, Risques"
MOBILITES = "Direction des Mobilités"
HABITAT = "Direction de l'Habitat"
SANTE = "Direction Santé publique"
CULTURE = "Direction Culture"
DIALOGUE = "Direction du Dialogue citoyen"
ALIMENTATION = "Mission Alimentation"
NUMERIQUE = "Direction du Numérique"
COMMUNICATION = "Direction de la Communication"

_DEMO_LABEL = callout(
    "Intitulé de démonstration",
    "Le nom de cette direction est un libellé plausible choisi pour la démonstration : il n'a "
    "pas été vérifié dans une source publique.",
)

DIRECTORATE_INDEX = {
    "title": "Directions",
    "summary": (
        "Les directions de la métropole qui portent des actions de la feuille de route ESS et "
        "publient leurs actualités sur l'intranet, chacune dans sa propre rubrique."
    ),
    "body": [
        paragraph(
            "La feuille de route ESS 2021-2026 est transversale : la chargée de mission ESS "
            "travaille avec une quarantaine de chefs de projet répartis dans les directions "
            "thématiques (RTES, profil de Nantes Métropole).",
            "Chaque direction rédige et publie ses actualités dans sa rubrique : les rédacteurs "
            "proposent, les approbateurs de la même direction publient.",
        ),
    ],
    "directorate": "communication",
    "owner": "communication",
    "audience": "internal",
}

# key, title, owner account, contact e-mail, summary, body paragraphs, verified name
_DIRECTORATES = [
    (
        "economie",
        ECONOMIE,
        "redacteur-economie",
        "economie-emploi@nantesmetropole.fr",
        "Pilote de la feuille de route ESS : accompagnement des acteurs, financement, immobilier "
        "de l'ESS, emploi et insertion, dont la mission des clauses sociales.",
        [
            "La direction porte la mission ESS de la métropole et coordonne la feuille de route "
            "2021-2026 avec les Ecossolies, pôle territorial de coopération économique (PTCE).",
            "Elle comprend un service emploi et insertion, auquel est rattachée la mission "
            "insertion professionnelle par les clauses sociales (achatpublic.info, 2023).",
        ],
        True,
    ),
    (
        "commande-publique",
        COMMANDE_PUBLIQUE,
        "coordination-ess",
        "commande-publique@nantesmetropole.fr",
        "Achats de la Ville et de la Métropole : met en œuvre le schéma de promotion des achats "
        "responsables (SPAR) 2022-2026 et les clauses sociales et environnementales.",
        [
            "La Ville et la Métropole passent environ 1 300 marchés par an pour 530 M€ d'achats "
            "(RTES, 2022). La direction accompagne les acheteurs vers des marchés comportant une "
            "clause sociale ou environnementale.",
        ],
        True,
    ),
    (
        "espace-public",
        ESPACE_PUBLIC,
        "coordination-ess",
        "espace-public@nantesmetropole.fr",
        "Aménagement et gestion des rues, places et marchés : accueille sur l'espace public des "
        "activités de l'ESS, des marchés paysans aux livraisons à vélo.",
        [
            "La direction travaille avec les pôles de proximité, qui conduisent l'action de la "
            "métropole sur l'espace public dans les 24 communes.",
        ],
        True,
    ),
    (
        "dechets",
        DECHETS,
        "redacteur-dechets",
        "dechets-economie-circulaire@nantesmetropole.fr",
        "Collecte, déchèteries et économie circulaire : porte la filière réemploi et économie des "
        "ressources avec les ressourceries, recycleries et acteurs de la consigne.",
        [
            "La vice-présidence de Mahel Coppey réunit déchets, économie circulaire et ESS : la "
            "direction est donc un partenaire naturel de la feuille de route.",
            "Elle suit la collecte en déchèteries confiée à des acteurs du réemploi et le réseau "
            "de réparation et de redistribution prévu par la filière.",
        ],
        False,
    ),
    (
        "energies",
        ENERGIES,
        "coordination-ess",
        "energies-environnement@nantesmetropole.fr",
        "Transition énergétique, environnement et risques : accompagne l'énergie citoyenne et "
        "fait le lien avec la feuille de route de la transition énergétique.",
        [
            "La direction suit les 33 engagements de la feuille de route de la transition "
            "énergétique adoptée en 2018 et les projets de production solaire citoyenne.",
        ],
        False,
    ),
    (
        "mobilites",
        MOBILITES,
        "redacteur-mobilites",
        "mobilites@nantesmetropole.fr",
        "Déplacements et logistique urbaine : porte la mobilité inclusive et la logistique "
        "urbaine durable, en lien avec le PDU 2018-2027 et le pacte logistique.",
        [
            "La direction met en œuvre le plan de déplacements urbains 2018-2027 et anime le "
            "pacte pour une logistique urbaine durable et résiliente voté en 2022.",
        ],
        False,
    ),
    (
        "habitat",
        HABITAT,
        "coordination-ess",
        "habitat@nantesmetropole.fr",
        "Politique du logement : suit l'habitat inclusif, partagé et intergénérationnel porté par "
        "des coopératives et des associations.",
        [
            "La direction participe au comité de pilotage du Labo Habitat inclusif des "
            "Ecossolies aux côtés du Département, de l'ARS et des bailleurs coopératifs.",
        ],
        False,
    ),
    (
        "sante",
        SANTE,
        "coordination-ess",
        "sante-publique@nantesmetropole.fr",
        "Santé publique : soutient les centres et maisons de santé qui réduisent les inégalités "
        "sociales et territoriales de santé, notamment dans les quartiers prioritaires.",
        [
            "Dans les quartiers prioritaires, on compte 49 médecins généralistes pour "
            "100 000 habitants, contre 93 en moyenne (ORS, repris par Nantes Métropole en 2024).",
        ],
        False,
    ),
    (
        "culture",
        CULTURE,
        "coordination-ess",
        "culture@nantesmetropole.fr",
        "Politique culturelle : accompagne les coopérations et mutualisations entre structures "
        "culturelles, vecteur de résilience pour le secteur.",
        [
            "La filière culture et citoyenneté est la moins documentée de la feuille de route : "
            "la direction recense les coopérations existantes avant de fixer des objectifs.",
        ],
        False,
    ),
    (
        "dialogue-citoyen",
        DIALOGUE,
        "coordination-ess",
        "dialogue-citoyen@nantesmetropole.fr",
        "Participation citoyenne : grands débats, instances de gouvernance ouverte et "
        "évaluation concertée des politiques publiques.",
        [
            "La métropole a organisé quatre grands débats : la Loire (2014-2015), la transition "
            "énergétique (2016-2017), la longévité (2019) et la Fabrique de nos villes (2023).",
        ],
        False,
    ),
    (
        "alimentation",
        ALIMENTATION,
        "coordination-ess",
        "alimentation@nantesmetropole.fr",
        "Projet alimentaire territorial : une alimentation locale, durable et accessible à tous, "
        "avec les producteurs, les acteurs de l'aide alimentaire et l'ESS.",
        [
            "La mission anime le projet alimentaire territorial (PAT), dont la feuille de route "
            "de 2018 compte 8 engagements et 30 actions jusqu'en 2030.",
        ],
        False,
    ),
    (
        "numerique",
        NUMERIQUE,
        "coordination-ess",
        "numerique@nantesmetropole.fr",
        "Systèmes d'information et inclusion numérique : équipements responsables, "
        "reconditionnement et sobriété numérique.",
        [
            "La direction suit la filière numérique responsable : production et reconditionnement "
            "d'équipements, appui aux pratiques de sobriété et lutte contre la fracture numérique.",
        ],
        False,
    ),
    (
        "communication",
        COMMUNICATION,
        "communication",
        "communication@nantesmetropole.fr",
        "Communication interne et externe : rend lisibles les actions de l'ESS et prépare, avec "
        "les directions, les contenus destinés au site public.",
        [
            "La direction relit les contenus marqués « prêts pour le public », les fait traduire "
            "si besoin et les transmet au site public sans les champs internes.",
        ],
        False,
    ),
]


def _directorate(key, title, owner, email, summary, paragraphs, verified):
    body = [paragraph(*paragraphs)]
    if not verified:
        body.append(_DEMO_LABEL)
    return {
        "key": key,
        "title": title,
        "owner": owner,
        "contact_email": email,
        "summary": summary,
        "body": body,
        "audience": "internal",
    }


DIRECTORATES = [_directorate(*row) for row in _DIRECTORATES]
DIRECTORATES_BY_KEY = {spec["key"]: spec for spec in DIRECTORATES}

# Some directorates list their main contacts for the roadmap in their body.
DIRECTORATES[0]["body"].append(
    bullets(
        [
            "Feuille de route ESS, levier « Renforcer l'accompagnement des acteurs »",
            "Financement et immobilier de l'ESS : SOLILAB de demain, foncière ESS",
            "Emploi, insertion et clauses sociales",
        ],
        intro="Sujets suivis par la direction :",
    )
)
