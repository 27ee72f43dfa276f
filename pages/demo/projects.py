"""The projects of the roadmap (facts §3b and §6), with their links.

Levers and sectors are given by number, partners by organisation name, communes by name, the
lead directorate by key. Contact people are fictional agents. A budget is given only where a
source gives an amount, and the body says what that amount is.
"""

from datetime import date

from pages.demo.policies import (
    FABRIQUE,
    LOGISTIQUE,
    LONGEVITE,
    PAT,
    PDU,
    RSE,
    SPAR,
    TRANSITION_ENERGETIQUE,
)
from pages.demo.stream import bullets, callout, heading, illustration, key_figures, paragraph, quote

ALL_COMMUNES = "*"

PROJECTS = [
    {
        "title": "SOLILAB de demain",
        "summary": """Réhabiliter et pérenniser le Solilab, lieu totem de l'ESS sur l'île de
            Nantes, grâce à une foncière immobilière dédiée à l'ESS, dans une démarche de
            sobriété.""",
        "status": "preparation",
        "start_date": date(2024, 12, 1),
        "end_date": None,
        "lead": "economie",
        "levers": [4, 2],
        "sectors": [1],
        "partners": ["Les Ecossolies", "Lieux Communs", "SAMOA", "Banque des Territoires"],
        "communes": ["Nantes"],
        "budget": 2_700_000,
        "contact": ("Thomas Le Bihan", "thomas.lebihan@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Ouvert en 2014 au 8 rue Saint-Domingue, à la pointe ouest de l'île de Nantes,
                le Solilab accueille dans trois halles réhabilitées plus d'une centaine de
                structures de l'ESS. Le site appartient à la SAMOA ; la SCIC Lieux Communs en
                est locataire et le gère.""",
                """Le projet prépare sa deuxième version : réhabiliter et pérenniser le site
                plutôt que l'étendre, améliorer la performance des bâtiments et garder des
                loyers inférieurs au marché.""",
            ),
            illustration(
                "solilab",
                """Illustration abstraite : trois halles stylisées aux toits en dents de scie,
                au bord d'un fleuve, sous le titre « Le Solilab ».""",
                "Le Solilab, premier exemple d'urbanisme transitoire à Nantes.",
            ),
            heading("Une foncière dédiée à l'ESS"),
            paragraph(
                """Annoncée aux 20 ans des Ecossolies en 2024, la foncière réunit Nantes
                Métropole, la Banque des Territoires, Lieux Communs, Loire Océan Développement et
                les Ecossolies. Son premier projet est de financer le nouveau Solilab. Le budget
                indiqué est l'apport de la métropole, proposé au conseil de décembre 2024."""
            ),
            key_figures(
                "Le financement de la foncière",
                ("2,7 M€", "apport de Nantes Métropole", "Nantes Métropole, 2024"),
                ("2,4 M€", "apport de la Banque des Territoires", "Nantes Métropole, 2024"),
                (
                    "1 M€",
                    "à lever auprès des entreprises et associations de l'ESS",
                    "Nantes Métropole, 2024",
                ),
                ("4 000 m²", "couverts sur le site actuel", "Ville de Rezé, 2015"),
            ),
            quote(
                "tiers-lieu avant l'heure et premier exemple d'urbanisme transitoire à Nantes",
                "Les Ecossolies, à propos du Solilab (page « Foncier 2025 »)",
            ),
            callout(
                "Des sources à concilier",
                """Une source nomme Loire-Atlantique Développement au lieu de Loire Océan
                Développement parmi les partenaires de la foncière, et la date de création de
                celle-ci (2024 ou 2025) varie : à vérifier avant publication.""",
                tone="important",
            ),
        ],
        "policy_links": [
            (
                TRANSITION_ENERGETIQUE,
                "contributes_to",
                "Réhabilitation sobre en énergie du Solilab",
            ),
            (FABRIQUE, "contributes_to", "Une foncière dédiée et des loyers ajustés pour l'ESS"),
        ],
        "owner": "redacteur-economie",
        "audience": "public",
    },
    {
        "title": "Labo Habitat inclusif",
        "summary": """Le laboratoire des Ecossolies qui réunit une centaine d'acteurs pour
            développer l'habitat inclusif, partagé et accompagné dans la métropole.""",
        "status": "in_progress",
        "start_date": date(2020, 1, 1),
        "end_date": None,
        "lead": "habitat",
        "levers": [3, 5],
        "sectors": [3],
        "partners": ["Les Ecossolies", "Hacoopa"],
        "communes": ["Nantes", "Orvault"],
        "budget": None,
        "contact": ("Claire Jouan", "claire.jouan@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Lancé en 2019-2020 dans le cadre des Fabriques à initiatives de l'Avise, avec
                Malakoff Humanis et le Département de Loire-Atlantique, le Labo fait travailler
                ensemble porteurs de projets, financeurs, bailleurs et collectivités."""
            ),
            key_figures(
                "Le Labo",
                ("≈ 100", "acteurs mobilisés", "Ecossolies, 2022"),
                ("180", "participants à la journée du 18 mars 2022", "Ecossolies, 2022"),
            ),
            bullets(
                [
                    "le Département de Loire-Atlantique et Nantes Métropole ;",
                    "l'ARS et la CARSAT ;",
                    "les coopératives Hacoopa et Hapicoop ;",
                    "Malakoff Humanis et le CISN.",
                ],
                intro="Le comité de pilotage réunit :",
            ),
            callout(
                "Un labo, pas un guichet",
                """Le Labo aide à faire naître des projets ; les demandes de logement relèvent
                des dispositifs habituels.""",
            ),
        ],
        "policy_links": [
            (LONGEVITE, "contributes_to", "Habitat accompagné pour bien vieillir chez soi"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Labo mobilité inclusive",
        "summary": """Un laboratoire des Ecossolies pour que la mobilité ne soit plus un frein à
            l'emploi : garages et auto-écoles sociales, location à petit prix, apprentissage du
            vélo.""",
        "status": "in_progress",
        "start_date": date(2021, 9, 1),
        "end_date": None,
        "lead": "mobilites",
        "levers": [3, 8],
        "sectors": [7],
        "partners": ["Les Ecossolies", "Titi Floris"],
        "communes": ["Nantes", "Saint-Herblain"],
        "budget": None,
        "contact": ("Maëlle Guillou", "maelle.guillou@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Cité par les coprésidents des Ecossolies parmi les premières actions de la
                feuille de route, le Labo recense les solutions existantes et aide à combler les
                manques."""
            ),
            bullets(
                [
                    """Déclic Mobilité à Saint-Herblain : simulateur de conduite et trois modules
                    de formation ;""",
                    """Mobil Actif : scooters à 2,50 € par jour pour 40 km, depuis l'ancienne gare
                    de Basse-Indre ;""",
                    "une auto-école sociale et l'atelier vélo Dring Dring au Solilab ;",
                    "Vélo Égaux et AGIR, pour les salariés en insertion.",
                ],
                intro="Solutions déjà repérées :",
            ),
            key_figures(
                "La place de la voiture",
                ("36 %", "des déplacements en voiture dans le périphérique", "PDU, 2015"),
                ("21 %", "objectif en 2030", "PDU 2018-2027"),
            ),
            callout(
                "Prochaine étape",
                """Croiser la carte des solutions avec celle des quartiers prioritaires et des
                zones d'emploi mal desservies.""",
                tone="tip",
            ),
        ],
        "policy_links": [
            (PDU, "contributes_to", "Accès à la mobilité des personnes en insertion"),
        ],
        "owner": "redacteur-mobilites",
        "audience": "public",
    },
    {
        "title": "Kiosque paysan",
        "summary": """Une plateforme logistique partagée qui rapproche producteurs bio et locaux
            et distributeurs de la métropole, lauréate du Prix de l'innovation sociale 2019.""",
        "status": "in_progress",
        "start_date": date(2019, 12, 13),
        "end_date": None,
        "lead": "alimentation",
        "levers": [5, 2],
        "sectors": [4, 5],
        "partners": ["Kiosque paysan", "Les Ecossolies"],
        "communes": ["Nantes"],
        "budget": 25_000,
        "contact": ("Élodie Morice", "elodie.morice@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Kiosque paysan mutualise la logistique de ses membres, parmi lesquels La
                Grande Barge, la SCIC Début des Haricots, Manger Bio 44, le GAB 44, Terroirs 44,
                CAP 44, VeloJO, Green Course, Promus et Scopeli. En 2020, il a tenu un point de
                retrait au Solilab.""",
                """Le budget indiqué est le montant du Prix de l'innovation sociale remis le
                13 décembre 2019.""",
            ),
            key_figures(
                "Le prix",
                ("25 000 €", "Prix de l'innovation sociale", "Nantes Métropole, 2019"),
            ),
            callout(
                "Logistique partagée",
                """Le projet relie deux filières : alimentation et circuits courts, logistique
                urbaine durable.""",
            ),
        ],
        "policy_links": [
            (PAT, "contributes_to", "Organisation logistique des circuits courts"),
            (LOGISTIQUE, "shares_indicator", "Tournées de livraison partagées"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Caisse commune de l'alimentation",
        "summary": """Une expérimentation de sécurité sociale de l'alimentation portée par VRAC :
            des foyers cotisent selon leurs moyens et achètent des produits durables
            conventionnés.""",
        "status": "in_progress",
        "start_date": None,
        "end_date": date(2026, 8, 31),
        "lead": "alimentation",
        "levers": [2, 1],
        "sectors": [4],
        "partners": ["VRAC", "Kiosque paysan"],
        "communes": ["Nantes", "Saint-Herblain"],
        "budget": None,
        "contact": ("Élodie Morice", "elodie.morice@nantesmetropole.fr"),
        "body": [
            paragraph(
                """L'expérimentation a commencé avec 20 foyers de Bellevue, Chantenay et
                Sainte-Anne, rejoints ensuite par 80 autres (Ville de Saint-Herblain). Elle court
                jusqu'en août 2026.""",
                """Le projet associe la Banque alimentaire 44, qui travaille avec 58 structures
                à Nantes, le GAB 44, Kiosque paysan et MicroMarché.""",
            ),
            callout(
                "Mesurer autrement",
                """L'évaluation de l'expérimentation nourrit le levier « Évaluer et mesurer
                autrement la création de richesse ».""",
            ),
        ],
        "policy_links": [
            (PAT, "contributes_to", "Accès de tous à une alimentation durable"),
        ],
        "owner": "coordination-ess",
        "audience": "internal",
    },
    {
        "title": "Min à Watt",
        "summary": """Une communauté citoyenne de CoWatt qui gère une partie des panneaux
            solaires du toit du MIN, dont l'électricité alimente les chambres froides du
            marché.""",
        "status": "in_progress",
        "start_date": None,
        "end_date": None,
        "lead": "energies",
        "levers": [2, 5],
        "sectors": [8, 4],
        "partners": ["CoWatt"],
        "communes": ["Rezé"],
        "budget": None,
        "contact": ("Bastien Olivier", "bastien.olivier@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Le toit du MIN Nantes Métropole couvre 30 000 m² et porte environ 19 000
                panneaux. Min à Watt en gère 1 666, financés par des citoyens ; l'électricité
                produite est autoconsommée par les chambres froides du marché."""
            ),
            key_figures(
                "Le toit solaire",
                ("30 000 m²", "de toiture", "France 3, 2018"),
                ("≈ 19 000", "panneaux au total", "France 3, 2018"),
                ("1 666", "panneaux citoyens", "France 3, 2018"),
            ),
            callout(
                "Deux filières",
                """Le projet relie l'énergie citoyenne et l'alimentation : le MIN est un acteur
                du projet alimentaire territorial.""",
            ),
        ],
        "policy_links": [
            (TRANSITION_ENERGETIQUE, "contributes_to", "Solaire citoyen en autoconsommation"),
            (PAT, "contributes_to", "Énergie locale pour la chaîne du froid du MIN"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Centre de santé du Breil",
        "summary": """Un centre de santé ouvert en octobre 2023 dans le quartier du Breil,
            géré par une association et conçu à partir d'un diagnostic partagé avec les
            habitants.""",
        "status": "in_progress",
        "start_date": date(2023, 10, 3),
        "end_date": None,
        "lead": "sante",
        "levers": [8, 5],
        "sectors": [9],
        "partners": ["Accompagnement Soins et Santé"],
        "communes": ["Nantes"],
        "budget": None,
        "contact": ("Sophie Lemaître", "sophie.lemaitre@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Installé 2 rue de la Jalotterie, dans un immeuble de Nantes Métropole Habitat,
                le centre est géré par l'association Accompagnement Soins et Santé avec le
                soutien de la métropole et de Co'Santé. Il est né d'un diagnostic de santé
                participatif mené avec le conseil citoyen."""
            ),
            key_figures(
                "Pourquoi ici",
                (
                    "49",
                    "médecins pour 100 000 habitants en quartier prioritaire",
                    "ORS, cité par Nantes Métropole, 2024",
                ),
                (
                    "93",
                    "médecins pour 100 000 habitants en moyenne",
                    "ORS, cité par Nantes Métropole, 2024",
                ),
            ),
            callout(
                "Un modèle à partager",
                """D'autres projets suivent : la maison de santé Nantes Nord (2024) et le centre
                de santé communautaire du Clos Toreau, en projet.""",
                tone="tip",
            ),
        ],
        "policy_links": [
            (LONGEVITE, "contributes_to", "Soins de proximité pour les habitants âgés du quartier"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Usine de lavage de Bout' à Bout'",
        "summary": """La plus grande usine de lavage de contenants en verre de France, ouverte
            à Carquefou en octobre 2023 pour faire revenir la consigne.""",
        "status": "completed",
        "start_date": date(2023, 10, 17),
        "end_date": None,
        "lead": "dechets",
        "levers": [2, 8],
        "sectors": [2],
        "partners": ["Bout' à Bout'"],
        "communes": ["Carquefou"],
        "budget": None,
        "contact": ("Julien Maillard", "julien.maillard@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Née en association en 2016, devenue entreprise en 2021, Bout' à Bout' a levé
                7,3 M€ en 2023 et ouvert le 17 octobre 2023 son usine de Carquefou, sur un site
                de 7 000 m². Elle avait reçu le premier Prix de l'innovation sociale de la
                métropole en 2017."""
            ),
            key_figures(
                "L'usine",
                ("7 000 m²", "de site", "Nantes Métropole, 2023"),
                ("60 M", "contenants par an à pleine capacité", "Nantes Métropole, 2023"),
                ("3,5 M", "bouteilles lavées", "Informateur judiciaire, 2024"),
                ("7,3 M€", "levés par l'entreprise", "Informateur judiciaire, 2023"),
            ),
            callout(
                "Consigne et réemploi",
                """Le lavage des bouteilles relève du réemploi : le contenant n'est jamais
                devenu un déchet.""",
            ),
        ],
        "policy_links": [
            (FABRIQUE, "contributes_to", "Un modèle économique industriel pour la consigne"),
        ],
        "owner": "redacteur-dechets",
        "audience": "public",
    },
    {
        "title": "Chantier d'insertion Eco Construire",
        "summary": """Un chantier d'insertion en éco-construction ouvert en novembre 2022 à
            Saint-Aignan-Grandlieu : des parcours vers l'emploi dans le bâtiment durable.""",
        "status": "in_progress",
        "start_date": date(2022, 11, 2),
        "end_date": None,
        "lead": "economie",
        "levers": [8, 3],
        "sectors": [1],
        "partners": ["Trajet"],
        "communes": ["Saint-Aignan-Grandlieu"],
        "budget": None,
        "contact": ("Thomas Le Bihan", "thomas.lebihan@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Trajet et Réagir Ensemble ont ouvert le chantier le 2 novembre 2022. Leurs
                équipes avaient déjà réalisé la maçonnerie du Solilab en 2013 et produit 7 000
                briques de terre crue en 2020."""
            ),
            key_figures(
                "Savoir-faire",
                ("7 000", "briques de terre crue produites", "Trajet, 2020"),
                ("2", "structures porteuses : Trajet et Réagir Ensemble", "Trajet, 2022"),
            ),
            callout(
                "Clauses sociales",
                """Les marchés de travaux de la métropole avec clause d'insertion peuvent
                offrir des débouchés aux salariés du chantier.""",
                tone="tip",
            ),
        ],
        "policy_links": [
            (SPAR, "shares_indicator", "Heures d'insertion dans les marchés de travaux"),
            (TRANSITION_ENERGETIQUE, "contributes_to", "Matériaux biosourcés et terre crue"),
        ],
        "owner": "redacteur-economie",
        "audience": "public",
    },
    {
        "title": "Rebois",
        "summary": """Récupérer le bois des chantiers et lui donner une seconde vie dans un
            atelier partagé, sur le site de réemploi Cyneo à Saint-Aignan-Grandlieu.""",
        "status": "in_progress",
        "start_date": None,
        "end_date": None,
        "lead": "dechets",
        "levers": [5],
        "sectors": [1, 2],
        "partners": ["Gueule(s) de Bois"],
        "communes": ["Saint-Aignan-Grandlieu"],
        "budget": None,
        "contact": ("Julien Maillard", "julien.maillard@nantesmetropole.fr"),
        "body": [
            paragraph(
                """L'association Gueule(s) de Bois, qui anime un atelier bois partagé à
                l'Agronaute, transforme avec Rebois le bois de chantier. Le projet est installé
                sur le site Cyneo, filiale de Bouygues Construction, aux côtés d'Articonnex et de
                la Miroiterie du Réemploi."""
            ),
            callout(
                "Un lieu de l'ESS hors de Nantes",
                """Rebois illustre le maillage territorial voulu par la feuille de route : un
                lieu de l'ESS dans une commune du sud-ouest de la métropole.""",
            ),
        ],
        "policy_links": [
            (FABRIQUE, "contributes_to", "Réemploi des matériaux du bâtiment"),
        ],
        "owner": "redacteur-dechets",
        "audience": "internal",
    },
    {
        "title": "ESS Nantes Factory",
        "summary": """Le fonds d'amorçage de l'ESS lancé en 2017 avec les financeurs solidaires
            du territoire : environ 1 M€ pour au moins 14 projets par an.""",
        "status": "in_progress",
        "start_date": date(2017, 9, 27),
        "end_date": None,
        "lead": "economie",
        "levers": [2, 3],
        "sectors": [],
        "partners": ["France Active Pays de la Loire", "Les Ecossolies"],
        "communes": ["Nantes"],
        "budget": 1_000_000,
        "contact": ("Thomas Le Bihan", "thomas.lebihan@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Le fonds réunit Nantes Métropole, France Active Pays de la Loire (alors
                Fondes), le Crédit municipal de Nantes, les Ecossolies, la Caisse d'Épargne
                Bretagne-Pays de Loire et l'ADEME. Il finance l'amorçage de projets dans cinq
                domaines. Le budget indiqué est la dotation annoncée au lancement."""
            ),
            key_figures(
                "Le fonds",
                ("≈ 1 M€", "de dotation", "Le Journal des entreprises, 2017"),
                ("14", "projets par an au moins", "Le Journal des entreprises, 2017"),
                ("5", "domaines", "Le Journal des entreprises, 2017"),
            ),
            callout(
                "Finance solidaire",
                """France Active, les CIGALES et l'épargne solidaire complètent le fonds pour
                les projets qui grandissent.""",
            ),
        ],
        "policy_links": [
            (FABRIQUE, "contributes_to", "Financer l'amorçage de modèles économiques nouveaux"),
        ],
        "owner": "redacteur-economie",
        "audience": "public",
    },
    {
        "title": "Prix de l'innovation sociale",
        "summary": """Le prix annuel de la métropole qui distingue depuis 2017 des projets
            d'innovation sociale du territoire.""",
        "status": "in_progress",
        "start_date": date(2017, 1, 1),
        "end_date": None,
        "lead": "economie",
        "levers": [6, 2],
        "sectors": [],
        "partners": ["Bout' à Bout'", "Hacoopa", "Kiosque paysan"],
        "communes": ["Nantes"],
        "budget": None,
        "contact": ("Anne-Sophie Riou", "anne-sophie.riou@nantesmetropole.fr"),
        "body": [
            bullets(
                [
                    "2017 : Bout' à Bout', pour le retour de la consigne ;",
                    "2018 : Hacoopa, qui devient une SCIC en 2019 ;",
                    "2019 : Kiosque paysan, avec un prix de 25 000 € ;",
                    "2024 : deux prix remis le 13 décembre.",
                ],
                intro="Quelques lauréats :",
            ),
            key_figures(
                "Le prix",
                ("25 000 €", "montant du prix 2019", "Nantes Métropole, 2019"),
                ("2", "prix remis en 2024", "Nantes Métropole, 2024"),
            ),
            callout(
                "Communiquer sur les lauréats",
                """Les pages des projets lauréats peuvent être marquées « prêtes pour le
                public » pour être reprises sur le site de la métropole.""",
                tone="tip",
            ),
        ],
        "policy_links": [
            (RSE, "contributes_to", "Valoriser les entreprises à impact du territoire"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Clauses sociales dans la commande publique",
        "summary": """Réserver des heures de travail des marchés publics à des personnes en
            insertion : près de 600 000 heures visées sur 2022-2026.""",
        "status": "in_progress",
        "start_date": date(2022, 7, 1),
        "end_date": date(2026, 12, 31),
        "lead": "commande-publique",
        "levers": [7, 8],
        "sectors": [1],
        "partners": [],
        "communes": ALL_COMMUNES,
        "budget": None,
        "contact": ("Fanny Tessier", "fanny.tessier@nantesmetropole.fr"),
        "body": [
            paragraph(
                """La métropole insère des clauses d'insertion dans ses marchés depuis 2004. Le
                SPAR 2022-2026 fixe un cap : une clause sociale ou environnementale dans 100 %
                des marchés en 2026. La mission insertion professionnelle par les clauses
                sociales, au sein de la Direction de l'Économie et de l'Emploi responsables,
                accompagne acheteurs et entreprises."""
            ),
            key_figures(
                "Les clauses",
                ("≈ 600 000", "heures d'insertion visées 2022-2026", "Nantes Métropole, 2022"),
                ("1 sur 3", "marchés avec clause en 2022", "Santé Achat, 2022"),
                ("100 %", "de marchés avec clause visés en 2026", "SPAR, 2022"),
            ),
            callout(
                "Pour les acheteurs",
                """Contactez la mission clauses sociales dès la rédaction du cahier des charges :
                elle aide à calibrer les heures et à repérer les structures d'insertion.""",
                tone="tip",
            ),
        ],
        "policy_links": [
            (SPAR, "depends_on", "Objectifs de clauses fixés par le SPAR 2022-2026"),
            (SPAR, "shares_indicator", "Heures d'insertion réalisées"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Appel à coopération alimentation durable",
        "summary": """L'appel lancé par le CCAS en 2024 pour rendre l'alimentation durable
            accessible à tous : cinq lauréats et 750 000 € sur trois ans.""",
        "status": "in_progress",
        "start_date": date(2024, 4, 1),
        "end_date": None,
        "lead": "alimentation",
        "levers": [2, 5],
        "sectors": [4],
        "partners": ["Commun'île"],
        "communes": ["Nantes"],
        "budget": 750_000,
        "contact": ("Élodie Morice", "elodie.morice@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Lancé en avril 2024, l'appel a désigné cinq lauréats le 17 octobre 2024. Le
                budget indiqué est l'enveloppe de 750 000 € sur trois ans.""",
                """Parmi eux, Coopain, porté par la SCIC Commun'île, et l'épicerie sociale
                « Au 5, fruits et légumes » au Breil, ouverte le 23 octobre 2025 par l'Accoord
                avec l'Arbre de Liberté, La Boîte à Récup et le Panier du Breil.""",
            ),
            key_figures(
                "L'appel",
                ("5", "projets lauréats", "Nantes Métropole, 2024"),
                ("750 000 €", "sur trois ans", "Nantes Métropole, 2024"),
            ),
            callout(
                "Stratégie des nouvelles solidarités",
                """L'appel s'inscrit dans la stratégie nantaise des nouvelles solidarités
                2023-2026 de la Ville de Nantes.""",
            ),
        ],
        "policy_links": [
            (PAT, "co_funded_by", "Accès à une alimentation durable dans les quartiers"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "L'Amarrez",
        "summary": """L'entreprise à but d'emploi du Territoire zéro chômeur de longue durée de
            Rezé, incubée aux Ecossolies en 2024, qui vise 103 salariés en cinq ans.""",
        "status": "preparation",
        "start_date": date(2024, 1, 1),
        "end_date": None,
        "lead": "economie",
        "levers": [8, 3],
        "sectors": [2],
        "partners": ["L'Amarrez", "Les Ecossolies"],
        "communes": ["Rezé"],
        "budget": None,
        "contact": ("Thomas Le Bihan", "thomas.lebihan@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Une entreprise à but d'emploi embauche des chômeurs de longue durée du
                territoire pour des activités utiles qui ne concurrencent pas l'existant.
                L'Amarrez développe notamment le recyclage de vêtements de travail en fin de
                vie."""
            ),
            key_figures(
                "L'objectif",
                ("103", "salariés en cinq ans", "Ecossolies, 2024"),
            ),
            callout(
                "Territoire zéro chômeur",
                """L'Amarrez est la première entreprise à but d'emploi de la métropole
                accompagnée par l'incubateur des Ecossolies.""",
            ),
        ],
        "policy_links": [
            (FABRIQUE, "contributes_to", "Un modèle économique fondé sur l'emploi"),
        ],
        "owner": "redacteur-economie",
        "audience": "internal",
    },
    {
        "title": "Reconditionnement informatique solidaire",
        "summary": """Collecter et reconditionner les ordinateurs pour les remettre à des
            habitants et à des associations, avec des logiciels libres, contre la fracture
            numérique.""",
        "status": "in_progress",
        "start_date": None,
        "end_date": None,
        "lead": "numerique",
        "levers": [7, 8],
        "sectors": [6],
        "partners": ["Nâga"],
        "communes": ["Nantes"],
        "budget": None,
        "contact": ("Yannick Perrot", "yannick.perrot@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Depuis 2013, l'association Nâga reconditionne des ordinateurs sous Xubuntu et
                les confie à ses adhérents. Le projet étudie comment orienter vers ces acteurs
                les postes réformés des administrations."""
            ),
            key_figures(
                "Repères",
                ("40 à 120 €", "adhésion à Nâga selon les revenus", "Nâga, 2015"),
                (
                    "2020",
                    "rapport de la Maison du Libre sur la fracture numérique",
                    "Maison du Libre, 2020",
                ),
            ),
            callout(
                "Achats responsables",
                """Les marchés informatiques peuvent prévoir la reprise des postes pour
                reconditionnement : voir le levier achats responsables.""",
                tone="tip",
            ),
        ],
        "policy_links": [
            (SPAR, "contributes_to", "Réemploi des postes informatiques réformés"),
        ],
        "owner": "coordination-ess",
        "audience": "internal",
    },
    {
        "title": "Cyclo-logistique coopérative",
        "summary": """Développer la livraison à vélo par des coopératives de salariés, pour un
            dernier kilomètre propre et des emplois locaux.""",
        "status": "in_progress",
        "start_date": date(2022, 10, 7),
        "end_date": None,
        "lead": "mobilites",
        "levers": [5],
        "sectors": [5],
        "partners": ["Les Coursiers Nantais", "Toutenvélo Nantes"],
        "communes": ["Nantes"],
        "budget": None,
        "contact": ("Maëlle Guillou", "maelle.guillou@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Les Coursiers Nantais, association créée en novembre 2017 par cinq anciens
                coursiers, sont devenus une Scop en janvier 2020 avec sept coopérateurs.
                Toutenvélo Nantes, Scop du réseau né à Rennes en 2009, livre depuis septembre
                2023 des charges jusqu'à 300 kg."""
            ),
            key_figures(
                "Les coopératives",
                ("7", "coopérateurs des Coursiers Nantais", "France 3, 2020"),
                ("18 000 €", "investis à la création de la Scop", "France 3, 2020"),
                ("300 kg", "de charge par vélo au plus", "Toutenvélo, 2023"),
            ),
            callout(
                "Pacte logistique",
                """Le projet démarre avec le vote du pacte pour une logistique urbaine durable et
                résiliente, le 7 octobre 2022.""",
            ),
        ],
        "policy_links": [
            (LOGISTIQUE, "contributes_to", "Livraisons du dernier kilomètre à vélo"),
            (PDU, "shares_indicator", "Part des déplacements à vélo"),
        ],
        "owner": "redacteur-mobilites",
        "audience": "public",
    },
    {
        "title": "Réseau de collecte et de réparation du réemploi",
        "summary": """Relier déchèteries, ressourceries, recycleries et ateliers de réparation en
            un réseau décentralisé qui collecte, répare et redistribue.""",
        "status": "in_progress",
        "start_date": date(2021, 6, 1),
        "end_date": None,
        "lead": "dechets",
        "levers": [5, 8],
        "sectors": [2],
        "partners": ["Envie 44", "La Ressourcerie de l'Île", "Stations Services"],
        "communes": ["Nantes", "Rezé"],
        "budget": None,
        "contact": ("Julien Maillard", "julien.maillard@nantesmetropole.fr"),
        "body": [
            paragraph(
                """La filière réemploi prévoit un réseau décentralisé de collecte, de stockage,
                de réparation et de redistribution. Le projet s'appuie sur les acteurs déjà
                présents : la Ressourcerie de l'Île collecte dans les déchèteries de la
                métropole, Envie 44 reconditionne l'électroménager, Stations Services revalorise
                les chutes des entreprises."""
            ),
            key_figures(
                "Les partenaires",
                ("≈ 10 000", "appareils reconditionnés par an par Envie 44", "Ecossolies, 2025"),
                ("70", "emplois d'insertion chez Envie 44", "Ecossolies, 2025"),
                ("400 t", "collectées auprès de 80 entreprises en deux ans", "20 Minutes, 2017"),
            ),
            callout(
                "Point de vigilance",
                """En 2025, Envie 44 s'est dite menacée par l'appel d'offres logistique de
                l'éco-organisme des équipements électriques et électroniques.""",
                tone="important",
            ),
        ],
        "policy_links": [
            (FABRIQUE, "contributes_to", "Un réseau de réemploi créateur d'emplois"),
        ],
        "owner": "redacteur-dechets",
        "audience": "public",
    },
    {
        "title": "Communauté énergétique Watt'Else",
        "summary": """Une communauté citoyenne de CoWatt créée en 2024 pour produire une
            énergie solaire locale, dont l'installation de l'habitat participatif Les Champs
            Libres.""",
        "status": "in_progress",
        "start_date": date(2024, 1, 1),
        "end_date": None,
        "lead": "energies",
        "levers": [2, 5],
        "sectors": [8],
        "partners": ["CoWatt"],
        "communes": [],
        "budget": None,
        "contact": ("Bastien Olivier", "bastien.olivier@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Watt'Else réunit des habitants qui financent et gouvernent ensemble des
                installations solaires. Parmi ses projets, la centrale de 20 kWc de l'habitat
                participatif Les Champs Libres produit depuis décembre 2023.""",
                """La commune d'implantation des installations n'est pas précisée par les
                sources : à compléter.""",
            ),
            key_figures(
                "La centrale des Champs Libres",
                ("20 kWc", "de puissance installée", "CoWatt, 2023"),
                ("100 €", "la part de coopérateur CoWatt", "CoWatt, 2017"),
            ),
            callout(
                "Rejoindre une communauté",
                """Les agents qui souhaitent proposer un toit public peuvent contacter la
                Direction Énergies, Environnement, Risques.""",
                tone="tip",
            ),
        ],
        "policy_links": [
            (TRANSITION_ENERGETIQUE, "contributes_to", "Production solaire citoyenne"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Territoire French Impact",
        "summary": """Le label national d'innovation sociale obtenu en 2019 par le territoire
            nantais, sur une candidature menée par les Ecossolies et leurs partenaires.""",
        "status": "in_progress",
        "start_date": date(2019, 2, 25),
        "end_date": None,
        "lead": "economie",
        "levers": [6, 5],
        "sectors": [],
        "partners": ["Les Ecossolies", "Envie 44", "France Active Pays de la Loire"],
        "communes": ["Nantes"],
        "budget": None,
        "contact": ("Anne-Sophie Riou", "anne-sophie.riou@nantesmetropole.fr"),
        "body": [
            paragraph(
                """Le label a été annoncé le 25 février 2019 au Solilab : Nantes compte parmi les
                20 premiers territoires French Impact. La candidature était menée par les
                Ecossolies avec Envie 44, l'URSCOP Ouest, Coopérer pour entreprendre et France
                Active Pays de la Loire."""
            ),
            key_figures(
                "Le label",
                ("20", "premiers territoires labellisés", "CRESS Pays de la Loire, 2019"),
            ),
            quote(
                "coréalisées avec les acteurs de l'ESS",
                "La CRESS Pays de la Loire, à propos des mesures d'impact attendues du label",
            ),
            callout(
                "Et après ?",
                """Le label sert de cadre pour rapprocher l'ESS et l'économie traditionnelle du
                territoire.""",
            ),
        ],
        "policy_links": [
            (RSE, "contributes_to", "Rapprocher l'ESS et les entreprises engagées"),
        ],
        "owner": "coordination-ess",
        "audience": "public",
    },
]
