"""The home page, the roadmap, its three index pages and its co-construction pages.

Written from the facts of the shared domain notes (§0, §3c, §5, §8), every figure with its year
and source. Also the demo document (a glossary of ESS acronyms) shown on the roadmap page.
"""

from pages.demo.stream import (
    bullets,
    callout,
    documents,
    heading,
    illustration,
    key_figures,
    paragraph,
    quote,
    table,
)

HOME = {
    "title": "Intranet ESS",
    "summary": """L'intranet partagé de la feuille de route de l'économie sociale et solidaire
        (ESS) de Nantes Métropole : leviers d'action, filières de coopération, projets,
        politiques liées et actualités des directions.""",
    "body": [
        paragraph(
            """Bienvenue sur l'intranet de la feuille de route ESS 2021-2026. Toutes les
            directions de la métropole y suivent les projets, y publient leurs actualités et y
            retrouvent les liens entre l'ESS et les autres politiques publiques."""
        ),
        key_figures(
            "L'ESS dans la métropole",
            ("36 000", "emplois salariés dans l'ESS", "CRESS Pays de la Loire, 2016"),
            ("16 %", "de l'emploi salarié privé", "Nantes Métropole, 2024"),
            ("2 819", "établissements employeurs de l'ESS", "CRESS Pays de la Loire, 2016"),
            ("677 879", "habitants dans les 24 communes", "Insee, 2021"),
        ),
        callout(
            "Publier une actualité",
            """Rédigez l'actualité dans la rubrique de votre direction, reliez-la aux leviers,
            filières ou projets dont elle parle, puis demandez sa publication à un approbateur
            de votre direction.""",
            tone="tip",
        ),
    ],
    "directorate": "communication",
    "owner": "communication",
    "audience": "internal",
}

ROADMAP = {
    "title": "Feuille de route ESS 2021-2026",
    "summary": """La feuille de route territoriale de l'ESS responsable à l'horizon 2026 :
        8 leviers d'action au service de 10 filières de coopération, construite avec les acteurs
        du territoire et le pôle de coopération Les Ecossolies.""",
    "period_start": 2021,
    "period_end": 2026,
    "body": [
        heading("L'ambition : une ESS au service des transitions"),
        paragraph(
            """Pour 2021-2026, la métropole veut que l'économie sociale et solidaire compte
            davantage dans son développement économique et porte les transitions du territoire.
            Elle mise sur les coopérations entre organisations pour que chacune devienne plus
            durable et plus responsable.""",
            """La vice-présidente Mahel Coppey présentait ce travail comme un moment de
            co-écriture, à finaliser en 2021 (rapport d'activité 2020-2021 des Ecossolies).""",
        ),
        quote(
            """… la transition énergétique, écologique, sociétale et environnementale du
            territoire, en construisant des solutions collectives""",
            "Ambition de la feuille de route, profil de Nantes Métropole sur le site du RTES",
        ),
        key_figures(
            "La feuille de route en chiffres",
            ("8", "leviers d'action", "RTES, profil de Nantes Métropole, 2024"),
            ("10", "filières de coopération", "RTES, profil de Nantes Métropole, 2024"),
            ("32", "ateliers de co-construction", "Avise, 2021"),
            ("300+", "participants aux ateliers", "Avise, 2021"),
            ("1,1 M€", "de budget de fonctionnement pour les acteurs de l'ESS", "RTES, 2024"),
        ),
        heading("Cinq étapes de co-construction"),
        bullets(
            [
                """<b>Diagnostic partagé</b> : état des lieux de l'ESS et des besoins du
                territoire ;""",
                """<b>Mise en débat des priorités</b> : 32 ateliers et plus de 300 participants
                (Avise, 2021) ;""",
                """<b>Instances d'orientation</b> : des instances politiques, stratégiques et de
                suivi opérationnel ;""",
                "<b>Plan d'actions</b> : 8 leviers d'action et 10 filières de coopération ;",
                """<b>Évaluation concertée</b> : des résultats mesurés sur des indicateurs
                choisis avec les acteurs.""",
            ],
            intro="La démarche suit les étapes que l'Avise décrit pour toute co-construction :",
        ),
        paragraph(
            """Les ateliers ont réuni des acteurs de l'ESS et d'autres entreprises, la recherche
            et l'enseignement supérieur, les équipes techniques de la métropole, les Ecossolies
            et des élus des 24 communes (Avise, 2021)."""
        ),
        illustration(
            "feuille-de-route",
            """Illustration abstraite : huit cercles de couleur, les leviers, reliés à dix
            carrés, les filières, sous le titre « Feuille de route ESS 2021-2026 ».""",
            "Les 8 leviers d'action au service des 10 filières de coopération.",
        ),
        heading("Une gouvernance transversale"),
        paragraph(
            """Le pilotage s'appuie sur plusieurs instances, politiques, stratégiques et de suivi
            opérationnel, où siègent les directions des politiques publiques concernées, dont
            la Direction de l'Économie et de l'Emploi responsables, les partenaires et les
            filières de coopération.""",
            """La feuille de route a été écrite en lien étroit avec les autres stratégies de la
            métropole : alimentation, transition énergétique, longévité, logistique urbaine,
            mobilités et responsabilité sociétale des entreprises.""",
        ),
        quote(
            "Le plan d'action des Ecossolies c'est la feuille de route",
            "Soizic Gueguen et Geoffroy Verdier, coprésidents des Ecossolies (édito)",
        ),
        heading("Les cadres précédents"),
        bullets(
            [
                "Les engagements pour l'ESS 2006-2008 ;",
                "le plan triennal 2009-2011 ;",
                "le plan d'action 2013-2014 ;",
                """la feuille de route ESS 2015-2020, co-construite le 8 avril 2015 au Solilab
                avec environ 300 acteurs (20 Minutes, 2015).""",
            ],
            intro="La feuille de route 2021-2026 prend la suite de plusieurs cadres (RTES) :",
        ),
        documents(
            "À télécharger",
            ("glossaire", "Glossaire des sigles de l'ESS (texte)"),
        ),
        callout(
            "Date d'adoption",
            """La date de la délibération du conseil métropolitain qui a adopté la feuille de
            route n'a pas été retrouvée dans les sources publiques : ne la citez pas sans l'avoir
            vérifiée.""",
            tone="important",
        ),
    ],
    "directorate": "economie",
    "owner": "coordination-ess",
    "audience": "public",
}

LEVER_INDEX = {
    "title": "Leviers d'action",
    "summary": """Les huit leviers que la métropole et ses partenaires actionnent pour développer
        l'ESS : mesure de la richesse, financement, accompagnement, immobilier, maillage,
        communication, achats responsables et emploi.""",
    "body": [
        paragraph(
            """Un levier est un outil structurant, utile à toutes les filières. Les coprésidents
            des Ecossolies citent le foncier, la communication, l'emploi et les achats
            responsables comme exemples de ces outils.""",
            """Chaque levier réunit des projets, des actualités et des liens avec les autres
            politiques de la métropole.""",
        ),
    ],
    "directorate": "economie",
    "owner": "coordination-ess",
    "audience": "public",
}

SECTOR_INDEX = {
    "title": "Filières de coopération",
    "summary": """Les dix filières thématiques où acteurs de l'ESS, entreprises et collectivités
        coopèrent pour répondre à des besoins sociaux du territoire.""",
    "body": [
        paragraph(
            """La feuille de route 2015-2020 comptait cinq secteurs porteurs prioritaires :
            services à la personne, déchets, numérique, habitat, circuits courts et alimentation
            (Journal de Nantes Métropole n° 62, 2016). La feuille de route 2021-2026 en fait dix
            filières de coopération et y ajoute notamment la santé et l'énergie.""",
        ),
        illustration(
            "filieres",
            """Illustration abstraite : une mosaïque de dix tuiles de couleurs différentes, sous
            le titre « 10 filières de coopération ».""",
            "Dix filières, autant de besoins sociaux auxquels l'ESS répond.",
        ),
    ],
    "directorate": "economie",
    "owner": "coordination-ess",
    "audience": "public",
}

PROJECT_INDEX = {
    "title": "Projets",
    "summary": """Les projets menés au titre de la feuille de route, avec leur direction
        pilote, leurs partenaires, les communes concernées et leurs liens avec les autres
        politiques.""",
    "body": [
        paragraph(
            """Chaque projet relève d'un ou plusieurs leviers et filières. Sa direction pilote
            tient sa page à jour ; les autres directions y ajoutent leurs actualités."""
        ),
    ],
    "directorate": "economie",
    "owner": "coordination-ess",
    "audience": "public",
}

ROADMAP_SECTIONS = [
    {
        "title": "La co-construction de la feuille de route",
        "summary": """Comment la feuille de route a été construite avec les acteurs : le cadre
            de la loi de 2014, les cinq étapes, les 32 ateliers et vingt ans de politique ESS
            à Nantes.""",
        "body": [
            heading("Un principe inscrit dans la loi"),
            paragraph(
                """L'article 8 de la loi du 31 juillet 2014 relative à l'ESS permet aux
                collectivités d'élaborer leurs politiques d'ESS avec l'ensemble des acteurs
                concernés, en s'appuyant sur des instances dédiées. La même loi institue une
                conférence régionale de l'ESS, réunie au moins tous les deux ans.""",
            ),
            quote(
                """un processus institué de participation ouverte et organisée d'une pluralité
                d'acteurs de l'élaboration à la mise en œuvre, au suivi et à l'évaluation des
                politiques publiques""",
                "Laurent Fraisse, La co-construction de l'action publique (2018), cité par l'Avise",
            ),
            heading("Les cinq étapes et leur traduction à Nantes"),
            table(
                "Les cinq étapes de la co-construction et leur mise en œuvre à Nantes Métropole",
                ["Étape", "À Nantes Métropole"],
                [
                    ["1. Diagnostic partagé", "État des lieux de l'ESS avec les Ecossolies"],
                    ["2. Mise en débat des priorités", "32 ateliers, plus de 300 participants"],
                    [
                        "3. Instances d'orientation",
                        "Instances politiques, stratégiques et de suivi opérationnel",
                    ],
                    ["4. Plan d'actions", "8 leviers d'action et 10 filières de coopération"],
                    ["5. Évaluation concertée", "Indicateurs co-déterminés, en cours de choix"],
                ],
            ),
            illustration(
                "ateliers",
                """Illustration abstraite : douze cercles de couleur disposés autour d'une table
                ovale, comme des participants, sous le titre « 32 ateliers de
                co-construction ».""",
                "Les ateliers ont réuni plus de 300 participants (Avise, 2021).",
            ),
            key_figures(
                "Les ateliers",
                ("32", "ateliers thématiques", "Avise, 2021"),
                ("300+", "participants", "Avise, 2021"),
                ("24", "communes représentées par leurs élus", "Avise, 2021"),
            ),
            paragraph(
                """Autour de la table : des acteurs de l'ESS, des entreprises, des chercheurs,
                des techniciens de la métropole, les Ecossolies et des élus des 24 communes. Le
                but était d'engager ou de consolider des coopérations entre l'ESS et le reste
                de l'économie, de la recherche et de l'innovation du territoire."""
            ),
            heading("Vingt ans de co-construction"),
            table(
                "Repères de la politique ESS de Nantes Métropole",
                ["Année", "Repère", "Source"],
                [
                    [
                        "2001",
                        "Diagnostic : plus de 3 000 associations, 33 coopératives, 33 structures "
                        "d'insertion et 15 mutuelles",
                        "Banque des Territoires",
                    ],
                    [
                        "2002",
                        "Création d'une délégation à l'ESS (octobre)",
                        "Banque des Territoires",
                    ],
                    [
                        "2003-2004",
                        "Semaine de l'ESS : 980 participants issus de 390 structures",
                        "Banque des Territoires",
                    ],
                    [
                        "2004",
                        "L'ESS rejoint la direction du développement économique ; création de "
                        "l'association Les Ecossolies",
                        "Banque des Territoires ; Ecossolies",
                    ],
                    ["2006-2008", "Les engagements pour l'ESS", "RTES"],
                    [
                        "2010",
                        "Journées de co-construction avec les Ecossolies (janvier et 18 juin)",
                        "Ecossolies, 2010",
                    ],
                    ["2014", "Ouverture du Solilab sur l'île de Nantes", "Lieux Communs"],
                    [
                        "2015",
                        "Feuille de route 2015-2020 co-construite le 8 avril avec environ 300 "
                        "acteurs",
                        "20 Minutes, 2015",
                    ],
                    ["2021", "Co-écriture de la feuille de route 2021-2026", "Ecossolies, 2021"],
                ],
            ),
            callout(
                "Sur l'origine des chiffres",
                """Les 32 ateliers et les 300 participants viennent de la présentation de la
                feuille de route publiée par l'Avise ; aucune autre source publique ne les
                recoupe pour l'instant.""",
            ),
        ],
        "directorate": "economie",
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Gouvernance de la feuille de route",
        "summary": """Qui pilote et suit la feuille de route : les instances, la chargée de
            mission ESS et les directions thématiques, les moyens, les liens avec les autres
            politiques.""",
        "body": [
            heading("Trois niveaux d'instances"),
            bullets(
                [
                    """<b>Instances politiques</b> : les élus métropolitains, autour de la
                    vice-présidente chargée des déchets, de l'économie circulaire et de l'ESS ;""",
                    """<b>Instances stratégiques</b> : les directions des politiques publiques,
                    les Ecossolies et les partenaires ;""",
                    """<b>Suivi opérationnel</b> : les chefs de projet des directions et les
                    animateurs des filières de coopération.""",
                ],
                intro="La gouvernance du projet est transverse et s'organise en trois niveaux :",
            ),
            callout(
                "À compléter",
                """La composition nominative et le calendrier des instances sont tenus à jour
                par la coordination ESS ; demandez-les à Coordination ESS.""",
                tone="tip",
            ),
            key_figures(
                "Les moyens",
                ("1", "chargée de mission ESS, transversale", "RTES, 2024"),
                ("≈ 40", "chefs de projet dans les directions thématiques", "RTES, 2024"),
                ("1,1 M€", "de fonctionnement pour les acteurs de l'ESS", "RTES, 2024"),
                (
                    "300 k€",
                    "d'investissement 2024-2025 (Pays de la Loire Capital Impact)",
                    "RTES, 2024",
                ),
            ),
            paragraph(
                """Le budget de fonctionnement ne compte pas les subventions versées par les
                autres directions. L'expérimentation Pays de la Loire Capital Impact n'est
                décrite que par le RTES : à vérifier avant toute communication."""
            ),
            heading("Une gouvernance ouverte, comme les autres feuilles de route"),
            paragraph(
                """Les feuilles de route sœurs de la métropole s'appuient sur des instances
                ouvertes : l'instance de gouvernance ouverte Longévité rend des avis évaluatifs,
                le pacte logistique réunit un forum annuel et sept groupes thématiques, la
                Conférence ouverte de la transition énergétique assure le suivi évaluatif. La
                feuille de route ESS s'en inspire pour son évaluation concertée.""",
            ),
            heading("Cohérence avec les autres politiques"),
            paragraph(
                """Chaque levier, filière ou projet déclare ses liens avec les autres politiques
                de la métropole : il y contribue, en dépend, partage un indicateur avec elle ou
                est cofinancé par elle. Chaque politique liée affiche la liste de ces liens.""",
            ),
            quote(
                """la difficulté d'un mode de contractualisation compatible avec la
                co-construction de la politique publique reste présente""",
                "Mahel Coppey, présidente du RTES, 2023",
            ),
        ],
        "directorate": "economie",
        "owner": "coordination-ess",
        "audience": "internal",
    },
    {
        "title": "Évaluation concertée et indicateurs",
        "summary": """La cinquième étape de la co-construction : mesurer les résultats de la
            feuille de route sur des indicateurs choisis avec les acteurs, à partir des repères
            chiffrés disponibles.""",
        "body": [
            paragraph(
                """L'évaluation concertée clôt le cycle de la co-construction : les acteurs qui
                ont construit la feuille de route choisissent avec la métropole les indicateurs
                qui diront si elle a atteint ses buts. Elle s'appuie sur le levier « Évaluer et
                mesurer autrement la création de richesse ».""",
            ),
            heading("Les repères chiffrés de départ"),
            table(
                "Indicateurs de l'ESS dans la métropole, avec leur source et leur année",
                ["Indicateur", "Valeur", "Source"],
                [
                    ["Emplois salariés de l'ESS", "35 760", "CRESS, 2012"],
                    ["Emplois salariés de l'ESS", "36 000", "CRESS, 2016"],
                    [
                        "Part de l'ESS dans l'emploi salarié privé",
                        "près de 16 %",
                        "Nantes Métropole, 2024",
                    ],
                    ["Établissements employeurs de l'ESS", "2 819", "CRESS, 2016"],
                    [
                        "Projets soutenus par l'appel à projets ESS depuis 2006",
                        "140",
                        "Nantes Métropole, 2016",
                    ],
                    [
                        "Marchés avec clause sociale ou environnementale",
                        "1 sur 3",
                        "Santé Achat, 2022",
                    ],
                    [
                        "Heures d'insertion visées 2022-2026",
                        "près de 600 000",
                        "Nantes Métropole, 2022",
                    ],
                    ["Adhérents des Ecossolies", "360", "Ecossolies, 2021"],
                ],
            ),
            heading("Des familles d'indicateurs par levier"),
            bullets(
                [
                    """<b>Emploi et inclusion</b> : emplois salariés de l'ESS, heures d'insertion
                    réalisées, sorties dynamiques des parcours ;""",
                    """<b>Achats responsables</b> : part des marchés avec clause, montants
                    attribués aux structures de l'ESS et de l'insertion, marchés réservés ;""",
                    """<b>Financement</b> : projets financés par le fonds d'amorçage, finance
                    solidaire mobilisée ;""",
                    """<b>Immobilier</b> : surfaces dédiées à l'ESS, structures hébergées, loyers
                    comparés au marché ;""",
                    "<b>Accompagnement</b> : projets incubés ou accélérés, survie à trois ans ;",
                    """<b>Filières</b> : tonnes réemployées, bouteilles lavées, puissance solaire
                    citoyenne installée, logements inclusifs créés.""",
                ]
            ),
            callout(
                "Indicateurs de travail",
                """Ces familles d'indicateurs sont une proposition de travail pour l'évaluation
                concertée : ce ne sont pas des indicateurs officiels adoptés par la
                métropole.""",
                tone="important",
            ),
            heading("S'appuyer sur les travaux existants"),
            bullets(
                [
                    """le rapport de Jean Gadrey sur l'utilité sociale (2003-2004) : 35 critères
                    élémentaires regroupés en 11 critères globaux et 5 thèmes ;""",
                    """le groupe de travail du Conseil supérieur de l'ESS sur la mesure de
                    l'impact social (2010) ;""",
                    """les démarches d'auto-évaluation participative, où chaque organisation
                    définit ses critères avec ses parties prenantes (2005) ;""",
                    """la demande de la CRESS Pays de la Loire : des mesures d'impact réalisées
                    avec les acteurs de l'ESS.""",
                ]
            ),
        ],
        "directorate": "economie",
        "owner": "coordination-ess",
        "audience": "public",
    },
    {
        "title": "Les Ecossolies, pôle territorial de coopération",
        "summary": """Le PTCE Les Ecossolies, partenaire historique de la métropole : son
            histoire, ses adhérents, ses programmes d'accompagnement et son rôle dans la feuille
            de route.""",
        "body": [
            paragraph(
                """Initiées en 2002 avec Nantes Métropole et constituées en association en 2004,
                les Ecossolies ont été reconnues comme pôle territorial de coopération économique
                (PTCE) dès 2011, parmi les premiers en France. Elles sont installées au Solilab,
                8 rue Saint-Domingue à Nantes.""",
            ),
            key_figures(
                "Les Ecossolies",
                ("360", "adhérents : 252 structures et 108 personnes", "Ecossolies, 2021"),
                ("25", "réseaux adhérents fédérant plus de 3 507 structures", "Ecossolies, 2021"),
                ("30 000", "visiteurs au premier festival, sur les quais", "Ecossolies, 2006"),
            ),
            heading("Des programmes pour chaque étape d'un projet"),
            bullets(
                [
                    "« popcorn », pour faire émerger les idées ;",
                    "l'incubateur : 12 mois, 6 à 10 projets par an depuis 2014 ;",
                    "l'accélérateur, créé en 2021 ;",
                    "les labos : Labo Habitat inclusif et Labo mobilité inclusive ;",
                    """des événements : l'Autre Marché, le Festival DeuxMains, Demain Mode
                    d'Emploi.""",
                ]
            ),
            quote(
                "Le plan d'action des Ecossolies c'est la feuille de route",
                "Soizic Gueguen et Geoffroy Verdier, coprésidents des Ecossolies (édito)",
            ),
        ],
        "directorate": "economie",
        "owner": "coordination-ess",
        "audience": "public",
    },
]

# The demo documents, made at load time from this text (no download, no binary file).
DOCUMENTS = [
    {
        "key": "glossaire",
        "title": "Glossaire des sigles de l'ESS",
        "filename": "glossaire-sigles-ess.txt",
        "lines": [
            "Glossaire des sigles de l'économie sociale et solidaire (ESS)",
            "Intranet de la feuille de route ESS 2021-2026 de Nantes Métropole",
            "",
            "ESS : économie sociale et solidaire, définie par la loi du 31 juillet 2014.",
            "PTCE : pôle territorial de coopération économique (article 9 de la loi de 2014) ;"
            " Les Ecossolies en sont un depuis 2011.",
            "CRESS : chambre régionale de l'économie sociale et solidaire.",
            "RTES : réseau des collectivités territoriales pour une économie solidaire.",
            "SCIC : société coopérative d'intérêt collectif, qui associe plusieurs catégories"
            " d'associés, dont des collectivités.",
            "SCOP : société coopérative et participative, dont les salariés sont associés.",
            "ESUS : agrément « entreprise solidaire d'utilité sociale », renouvelé tous les cinq"
            " ans.",
            "IAE : insertion par l'activité économique ; SIAE : structure d'insertion par"
            " l'activité économique.",
            "ACI : atelier et chantier d'insertion ; CDDI : contrat à durée déterminée"
            " d'insertion.",
            "EBE : entreprise à but d'emploi, dans les territoires zéro chômeur de longue durée"
            " (TZCLD).",
            "SPAR : schéma de promotion des achats responsables de la Ville et de la Métropole"
            " (2022-2026), la version nantaise du SPASER.",
            "PAT : projet alimentaire territorial (parfois appelé à tort programme alimentaire"
            " territorial).",
            "PDU : plan de déplacements urbains 2018-2027.",
            "RSE : responsabilité sociétale des entreprises.",
            "DLA : dispositif local d'accompagnement.",
            "QPV : quartier prioritaire de la politique de la ville.",
            "DEEE : déchets d'équipements électriques et électroniques.",
            "IGO : instance de gouvernance ouverte.",
        ],
        "directorate": "economie",
    },
]
