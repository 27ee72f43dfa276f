"""The ten cooperation sectors (filières de coopération), from the facts of §6."""

from pages.demo.policies import (
    FABRIQUE,
    LOGISTIQUE,
    LONGEVITE,
    PAT,
    PDU,
    SPAR,
    TRANSITION_ENERGETIQUE,
)
from pages.demo.stream import bullets, callout, heading, key_figures, paragraph, quote

SECTORS = [
    {
        "number": 1,
        "title": "Éco-construction solidaire",
        "summary": """Rénover et construire autrement avec l'ESS : entretien et rénovation des
            logements, matériaux de réemploi, chantiers d'insertion et formations aux métiers de
            l'éco-construction.""",
        "body": [
            paragraph(
                """La filière accompagne l'entretien et la rénovation des logements, promeut les
                clauses de développement durable et d'insertion dans les marchés de travaux et
                ouvre des parcours de formation aux métiers de l'éco-construction."""
            ),
            heading("Des acteurs déjà à l'œuvre"),
            bullets(
                [
                    """Trajet et Réagir Ensemble ont ouvert le chantier d'insertion Eco Construire
                    à Saint-Aignan-Grandlieu le 2 novembre 2022 ; ils avaient déjà produit 7 000
                    briques de terre crue en 2020 ;""",
                    """OCEAN, régie de quartier de l'ouest nantais depuis 2004, mène trois
                    chantiers d'insertion du bâtiment et gère depuis 2018 des matériaux de
                    réemploi, revendus dans sa « Boutik » ;""",
                    """Gueule(s) de Bois transforme le bois de chantier avec Rebois, sur le site
                    Cyneo de Saint-Aignan-Grandlieu.""",
                ]
            ),
            key_figures(
                "La démolition de l'ancien MIN par la SAMOA",
                ("86 %", "des déchets réemployés sur place", "France Bleu, 2019"),
                ("95 %", "en comptant les métaux et le bois", "France Bleu, 2019"),
                ("≈ 1 M€", "d'économies", "France Bleu, 2019"),
            ),
            callout(
                "Matériaux de réemploi",
                """Sur le site Cyneo, filiale de Bouygues Construction, Articonnex et la
                Miroiterie du Réemploi font du réemploi des matériaux du bâtiment à grande
                échelle : un gisement pour les chantiers de la filière.""",
            ),
        ],
        "directorate": "habitat",
        "owner": "coordination-ess",
        "policy_links": [
            (
                TRANSITION_ENERGETIQUE,
                "contributes_to",
                "Rénovation énergétique des logements par des structures d'insertion",
            ),
            (SPAR, "depends_on", "Clauses sociales et environnementales des marchés de travaux"),
        ],
    },
    {
        "number": 2,
        "title": "Réemploi et économie des ressources",
        "summary": """Donner une seconde vie aux objets et aux matériaux : un réseau décentralisé
            de collecte, de stockage, de réparation et de redistribution, relié aux déchèteries
            de la métropole.""",
        "body": [
            paragraph(
                """Le réemploi remet en usage un objet qui n'est pas devenu un déchet ; la
                réutilisation redonne un usage à un déchet (article L541-1-1 du code de
                l'environnement). La filière organise les deux, avec des acteurs qui créent des
                emplois d'insertion."""
            ),
            key_figures(
                "Le réemploi en chiffres",
                (
                    "≈ 10 000",
                    "gros appareils reconditionnés par an par Envie 44",
                    "Ecossolies, 2025",
                ),
                ("130", "emplois chez Envie 44, dont 70 en insertion", "Ecossolies, 2025"),
                (
                    "400 t",
                    "collectées auprès de 80 entreprises par Stations Services",
                    "20 Minutes, 2017",
                ),
                ("3,5 M", "bouteilles lavées par Bout' à Bout'", "Informateur judiciaire, 2024"),
            ),
            heading("Les acteurs"),
            bullets(
                [
                    """La Ressourcerie de l'Île (ex-Ecorev), association créée en 2004 à Rezé,
                    collecte dans les déchèteries de la métropole ;""",
                    """Stations Services, créée en 2015, revend les chutes des entreprises de 30
                    à 60 % moins cher que le neuf et a ouvert le Grand magasin en avril 2018 ;""",
                    """Bout' à Bout' relance la consigne des bouteilles en verre ;""",
                    "Les Connexions tient une recyclerie événementielle au Solilab.",
                ]
            ),
            callout(
                "Ressourcerie ou recyclerie ?",
                """« Ressourcerie » est une marque du Réseau national des ressourceries et
                recycleries : un lieu généraliste qui collecte, valorise, vend et sensibilise.
                Une recyclerie se spécialise souvent dans un seul type d'objets.""",
            ),
        ],
        "directorate": "dechets",
        "owner": "redacteur-dechets",
        "policy_links": [
            (
                FABRIQUE,
                "contributes_to",
                "Modèles économiques de l'économie circulaire : consigne, réparation, réemploi",
            ),
            (SPAR, "shares_indicator", "Achats publics de biens reconditionnés ou de réemploi"),
        ],
    },
    {
        "number": 3,
        "title": "Habitat inclusif",
        "summary": """Pérenniser et développer des formes d'habitat diversifiées : habitat
            partagé, accompagné, intergénérationnel, alternatives à l'Ehpad pour les personnes
            âgées ou en situation de handicap.""",
        "body": [
            paragraph(
                """Depuis 2019-2020, le Labo Habitat inclusif des Ecossolies réunit une centaine
                d'acteurs avec Malakoff Humanis et le Département de Loire-Atlantique. Son comité
                de pilotage associe la métropole, l'ARS, la CARSAT et des coopératives
                d'habitat."""
            ),
            key_figures(
                "Habitat inclusif",
                ("≈ 100", "acteurs mobilisés par le Labo", "Ecossolies, 2022"),
                (
                    "180",
                    "participants à la journée territoriale du 18 mars 2022",
                    "Ecossolies, 2022",
                ),
                (
                    "176 000",
                    "personnes de 65 ans et plus attendues en 2050",
                    "Nantes Métropole, 2021",
                ),
            ),
            heading("Des coopératives pionnières"),
            paragraph(
                """Lauréate du Prix de l'innovation sociale 2018, la SCIC Hacoopa est née en
                juillet 2019, fondée par la Scop Titi Floris, Titi Services, Macoretz et ADT 44.
                Elle propose un habitat inclusif pour personnes âgées ; sa première maison est à
                Orvault.""",
                """Habitat et Humanisme 44 porte à Nantes une résidence intergénérationnelle de
                29 logements.""",
            ),
            callout(
                "Vocabulaire",
                """Habitat partagé, habitat accompagné, partagé et inséré (API), habitat
                intergénérationnel : ces termes désignent tous des formes d'habitat inclusif.""",
            ),
        ],
        "directorate": "habitat",
        "owner": "coordination-ess",
        "policy_links": [
            (
                LONGEVITE,
                "contributes_to",
                "Alternatives à l'Ehpad et habitat accompagné pour bien vieillir chez soi",
            ),
        ],
    },
    {
        "number": 4,
        "title": "Alimentation et circuits courts",
        "summary": """Organiser une offre alimentaire territoriale en circuits courts et
            accessible à tous : logistique partagée entre producteurs, épiceries solidaires,
            expérimentation d'une caisse commune de l'alimentation.""",
        "body": [
            paragraph(
                """La filière rapproche producteurs locaux, acteurs de l'aide alimentaire et
                habitants. Elle s'inscrit dans le projet alimentaire territorial de la
                métropole."""
            ),
            key_figures(
                "L'agriculture de la métropole",
                ("13 694 ha", "de surfaces agricoles", "Nantes Métropole, PAT 2018"),
                ("358", "exploitations", "Nantes Métropole, PAT 2018"),
                ("1 644", "emplois agricoles", "Nantes Métropole, PAT 2018"),
            ),
            heading("Les acteurs"),
            bullets(
                [
                    """Kiosque paysan, plateforme logistique partagée des produits bio et locaux,
                    lauréat du Prix de l'innovation sociale 2019 ;""",
                    """VRAC, qui porte la caisse commune de l'alimentation avec des foyers de
                    Bellevue, Chantenay et Sainte-Anne ;""",
                    """le Comptoir solidaire des Alouettes, épicerie associative ouverte en 2017,
                    qui compte 280 adhérents et 60 bénévoles et collecte au MIN ;""",
                    "le MIN Nantes Métropole, acteur du projet alimentaire territorial.",
                ]
            ),
            quote(
                "alimentation locale, durable et accessible à tous",
                "Objectif du projet alimentaire territorial de Nantes Métropole (2018)",
            ),
            callout(
                "Sécurité sociale de l'alimentation",
                """La caisse commune de l'alimentation expérimente à Nantes une sécurité sociale
                de l'alimentation : ses résultats intéressent toute la filière.""",
                tone="tip",
            ),
        ],
        "directorate": "alimentation",
        "owner": "coordination-ess",
        "policy_links": [
            (PAT, "contributes_to", "Circuits courts et accès de tous à une alimentation durable"),
            (LOGISTIQUE, "shares_indicator", "Livraisons partagées des produits locaux en ville"),
        ],
    },
    {
        "number": 5,
        "title": "Logistique urbaine durable",
        "summary": """Structurer une filière de logistique durable, de la livraison à vélo aux
            plateformes partagées, pour livrer la ville autrement et créer des emplois
            locaux.""",
        "body": [
            paragraph(
                """Les coopératives de livraison à vélo et les plateformes partagées renforcent
                le maillage du territoire. La filière travaille avec le pacte pour une logistique
                urbaine durable et résiliente voté en 2022."""
            ),
            key_figures(
                "Les flux de marchandises",
                ("300 000", "mouvements de marchandises par semaine", "Nantes Métropole, 2022"),
                ("20 %", "dans le cœur de ville", "Nantes Métropole, 2022"),
                ("13", "lauréats de l'appel à projets FLUX", "Nantes Métropole, 2019"),
            ),
            heading("Les acteurs"),
            bullets(
                [
                    """Les Coursiers Nantais, association créée en novembre 2017 par cinq anciens
                    coursiers, devenue Scop en janvier 2020, lauréate de FLUX ;""",
                    """Toutenvélo Nantes, Scop de cyclo-logistique pour des charges jusqu'à
                    300 kg, depuis septembre 2023 ;""",
                    "Kiosque paysan, qui partage la logistique des producteurs locaux.",
                ]
            ),
            callout(
                "Dernier kilomètre",
                """Cyclo-logistique, livraison à vélo, espace logistique urbain : ces termes
                renvoient tous à cette filière dans la recherche.""",
                tone="tip",
            ),
        ],
        "directorate": "mobilites",
        "owner": "redacteur-mobilites",
        "policy_links": [
            (LOGISTIQUE, "contributes_to", "Cyclo-logistique et livraisons partagées coopératives"),
            (PDU, "depends_on", "Aménagements cyclables et règles de livraison du PDU"),
        ],
    },
    {
        "number": 6,
        "title": "Numérique responsable",
        "summary": """Organiser une filière complète d'équipements numériques responsables,
            de la collecte au reconditionnement, et soutenir la sobriété et l'inclusion
            numériques.""",
        "body": [
            paragraph(
                """La filière vise une production d'équipements numériques responsables et un
                appui aux pratiques de sobriété numérique, tout en réduisant la fracture
                numérique."""
            ),
            heading("Les acteurs"),
            bullets(
                [
                    """Nâga, association créée en juin 2013, reconditionne des ordinateurs sous
                    logiciels libres et les confie à ses adhérents ;""",
                    """La Maison du Libre a publié en 2020 un rapport sur la fracture numérique
                    dans la métropole, présenté à PiNG le 24 septembre 2020 ;""",
                    "AFB vend du matériel électronique reconditionné au Solilab.",
                ]
            ),
            key_figures(
                "Accès aux équipements",
                ("40 à 120 €", "adhésion à Nâga, selon les revenus", "Nâga, 2015"),
            ),
            callout(
                "Filière à consolider",
                """Peu d'autres acteurs nantais du numérique solidaire sont documentés
                publiquement : leur recensement est la première étape de la filière.""",
                tone="important",
            ),
        ],
        "directorate": "numerique",
        "owner": "coordination-ess",
        "policy_links": [
            (
                SPAR,
                "contributes_to",
                "Achat d'équipements reconditionnés dans les marchés informatiques",
            ),
        ],
    },
    {
        "number": 7,
        "title": "Mobilité inclusive",
        "summary": """Lever le frein de la mobilité dans l'accès à l'emploi : garages et
            auto-écoles à vocation sociale, location à bas prix, accompagnement à la mobilité
            des personnes en insertion.""",
        "body": [
            paragraph(
                """Sans moyen de se déplacer, un emploi ou une formation restent hors de portée.
                La filière réunit les structures qui aident les personnes en insertion à se
                déplacer : garages et auto-écoles solidaires, location de deux-roues à petit
                prix, apprentissage du vélo et des transports en commun."""
            ),
            heading("Les acteurs"),
            bullets(
                [
                    """Déclic Mobilité, à Saint-Herblain, forme à la mobilité avec un simulateur
                    de conduite et trois modules : deux-roues, transports en commun, accès au
                    permis ;""",
                    """Mobil Actif (association Les Eaux Vives) loue des scooters 2,50 € par jour
                    pour 40 km, depuis l'ancienne gare de Basse-Indre ;""",
                    """Vélo Égaux et AGIR accompagnent à vélo les salariés en insertion ;""",
                    """la Scop Titi Floris transporte et accompagne des personnes en situation de
                    handicap ;""",
                    """une auto-école sociale et l'atelier vélo Dring Dring sont installés au
                    Solilab.""",
                ]
            ),
            key_figures(
                "La place de la voiture",
                ("36 %", "des déplacements en voiture à l'intérieur du périphérique", "PDU, 2015"),
                ("21 %", "objectif en 2030", "PDU 2018-2027"),
            ),
            callout(
                "Une erreur dans l'article source",
                """L'article de l'Avise reprend pour cette filière la description du numérique
                responsable. La mobilité inclusive porte bien sur l'accès à la mobilité des
                publics fragiles.""",
            ),
        ],
        "directorate": "mobilites",
        "owner": "redacteur-mobilites",
        "policy_links": [
            (PDU, "contributes_to", "Accès à la mobilité des publics fragiles et des quartiers"),
        ],
    },
    {
        "number": 8,
        "title": "Énergie citoyenne",
        "summary": """Accompagner la transition des acteurs vers les énergies renouvelables,
            avec des installations solaires financées et gouvernées par les habitants.""",
        "body": [
            paragraph(
                """Créée à Nantes en septembre 2017 par les associations Alisée et Elise, la
                coopérative CoWatt pratique le « cotoiturage solaire » : des collectifs locaux
                trouvent des toits, les citoyens achètent des parts de 100 €, l'électricité est
                vendue à Enercoop. Ses projets portent le label Énergie Partagée."""
            ),
            key_figures(
                "Les objectifs initiaux de CoWatt",
                ("8 000", "coopérateurs", "CoWatt, 2017"),
                ("1 000", "toitures", "CoWatt, 2017"),
                ("7 000 kW", "installés en dix ans", "CoWatt, 2017"),
                ("1 666", "panneaux citoyens sur le toit du MIN", "France 3, 2018"),
            ),
            heading("Au service de la transition énergétique"),
            paragraph(
                """La feuille de route de la transition énergétique annonçait au lancement un
                objectif de triplement de la production locale d'énergie renouvelable d'ici
                2030 : l'énergie citoyenne y contribue."""
            ),
            callout(
                "Label Énergie Partagée",
                """Le label distingue les projets d'énergie renouvelable contrôlés par des
                citoyens et des collectivités.""",
                tone="tip",
            ),
        ],
        "directorate": "energies",
        "owner": "coordination-ess",
        "policy_links": [
            (
                TRANSITION_ENERGETIQUE,
                "contributes_to",
                "Production d'énergie renouvelable locale, financée par les citoyens",
            ),
        ],
    },
    {
        "number": 9,
        "title": "Santé pour tous",
        "summary": """Réduire les inégalités sociales et territoriales de santé avec des centres
            et maisons de santé de proximité, construits avec les habitants, notamment dans les
            quartiers prioritaires.""",
        "body": [
            key_figures(
                "L'accès aux soins",
                (
                    "49",
                    "médecins généralistes pour 100 000 habitants en quartier prioritaire",
                    "ORS, cité par Nantes Métropole, 2024",
                ),
                (
                    "93",
                    "médecins pour 100 000 habitants en moyenne",
                    "ORS, cité par Nantes Métropole, 2024",
                ),
                ("15", "quartiers prioritaires, 54 800 habitants", "Nantes Métropole, 2023"),
            ),
            heading("Des lieux de santé de proximité"),
            bullets(
                [
                    """le centre de santé du Breil, ouvert le 3 octobre 2023 et géré par
                    l'association Accompagnement Soins et Santé ;""",
                    """la maison de santé Nantes Nord, rue des Renards, ouverte en janvier 2024
                    sur 900 m² ;""",
                    "la maison de santé de Bellevue, ouverte en 2022 ;",
                    """le centre de santé communautaire du Clos Toreau, en projet, porté par
                    l'association Faire soin.""",
                ]
            ),
            paragraph(
                """En 2017, Altersoin pour tous 44 comptait parmi les initiatives soutenues au
                lancement du fonds ESS Nantes Factory."""
            ),
            callout(
                "Diagnostic participatif",
                """Le projet du Breil est parti d'un diagnostic de santé participatif mené avec
                le conseil citoyen du quartier : une démarche à reproduire.""",
                tone="tip",
            ),
        ],
        "directorate": "sante",
        "owner": "coordination-ess",
        "policy_links": [
            (LONGEVITE, "shares_indicator", "Accès aux soins de proximité des personnes âgées"),
        ],
    },
    {
        "number": 10,
        "title": "Culture et citoyenneté",
        "summary": """Favoriser la coopération et la mutualisation entre structures culturelles
            et avec les autres secteurs, pour rendre le champ culturel plus résilient et faire
            vivre la citoyenneté.""",
        "body": [
            paragraph(
                """La filière encourage les structures culturelles à coopérer et à mutualiser
                moyens et compétences, entre elles et avec les autres acteurs de l'ESS."""
            ),
            heading("Des exemples"),
            bullets(
                [
                    """Transfert, à Rezé, lieu culturel temporaire qui a travaillé avec Stations
                    Services, la Ressourcerie de l'Île et Les Nomades sur le réemploi ;""",
                    """SINGA Nantes, Benevolt, qui rapproche retraités et associations, et Idées
                    d'ici, qui a conçu un jeu d'évasion au Solilab ;""",
                    """le Conseil de développement, assemblée citoyenne créée en 1996, qui mène
                    en 2025-2026 des ateliers sur l'état des lieux de la citoyenneté.""",
                ]
            ),
            key_figures(
                "La participation citoyenne",
                ("4", "grands débats métropolitains depuis 2014", "Nantes Métropole, 2023"),
                (
                    "53 000",
                    "participants au débat sur la transition énergétique",
                    "Nantes Métropole, 2017",
                ),
            ),
            callout(
                "Filière peu documentée",
                """Aucune source publique ne décrit encore une filière culture de l'ESS à
                Nantes : les exemples ci-dessus sont à compléter avec la Direction Culture.""",
                tone="important",
            ),
        ],
        "directorate": "culture",
        "owner": "coordination-ess",
        "policy_links": [
            (
                LONGEVITE,
                "contributes_to",
                "Lien social et participation des aînés à la vie culturelle",
            ),
        ],
    },
]
