"""The eight action levers (leviers d'action) of the roadmap, with their cross-policy links."""

from pages.demo.policies import (
    FABRIQUE,
    LOGISTIQUE,
    PAT,
    RSE,
    SPAR,
    TRANSITION_ENERGETIQUE,
)
from pages.demo.stream import bullets, callout, heading, illustration, key_figures, paragraph, quote

LEVERS = [
    {
        "number": 1,
        "title": "Évaluer et mesurer autrement la création de richesse",
        "summary": """Mesurer ce que l'ESS apporte au territoire au-delà du chiffre d'affaires :
            utilité sociale, lien social, effets sur l'environnement, avec des indicateurs
            choisis avec les acteurs.""",
        "body": [
            paragraph(
                """Ce levier rend visibles des richesses que les comptes classiques ignorent :
                cohésion sociale, coopération, qualité des emplois, ressources préservées. Il
                prépare l'évaluation concertée de la feuille de route, sa cinquième étape."""
            ),
            heading("Des méthodes éprouvées"),
            bullets(
                [
                    """Jean Gadrey a proposé en 2003-2004 une grille de l'utilité sociale des
                    organisations de l'ESS : coût collectif évité, dynamisme économique local,
                    lien social, démocratie ;""",
                    """le Conseil supérieur de l'ESS a réuni en 2010 un groupe de travail sur la
                    mesure de l'impact social, présidé par Thierry Sibieude ;""",
                    """les méthodes d'auto-évaluation participative laissent chaque organisation
                    définir ses critères puis ses indicateurs avec ses parties prenantes.""",
                ]
            ),
            key_figures(
                "La grille de l'utilité sociale",
                ("35", "critères élémentaires", "Jean Gadrey, 2004"),
                ("11", "critères globaux", "Jean Gadrey, 2004"),
                ("5", "grands thèmes", "Jean Gadrey, 2004"),
            ),
            quote(
                "société étalonnée par la valeur marchande",
                "Patrick Viveret, cité par Associations sans frontières (2013)",
            ),
            callout(
                "Pour aller plus loin",
                """La page « Évaluation concertée et indicateurs » rassemble les repères chiffrés
                de départ et les familles d'indicateurs proposées.""",
                tone="tip",
            ),
        ],
        "directorate": "economie",
        "owner": "coordination-ess",
        "policy_links": [
            (
                FABRIQUE,
                "contributes_to",
                "Mesurer la richesse autrement, en lien avec la boussole de l'économie soutenable",
            ),
            (
                TRANSITION_ENERGETIQUE,
                "shares_indicator",
                "Émissions de carbone évitées par les projets de l'ESS",
            ),
        ],
    },
    {
        "number": 2,
        "title": "Inventer de nouveaux modèles de financement",
        "summary": """Diversifier les ressources des projets de l'ESS au-delà de la subvention :
            fonds d'amorçage, finance solidaire, foncière dédiée, investissement à impact.""",
        "body": [
            paragraph(
                """La subvention reste indispensable mais ne suffit pas. Le levier combine des
                outils publics et la finance solidaire : fonds d'amorçage, prêts, garanties,
                épargne solidaire, apports d'investisseurs institutionnels."""
            ),
            key_figures(
                "Les outils en place",
                (
                    "≈ 1 M€",
                    "fonds d'amorçage ESS Nantes Factory",
                    "Le Journal des entreprises, 2017",
                ),
                (
                    "14",
                    "projets par an au moins visés par le fonds",
                    "Le Journal des entreprises, 2017",
                ),
                (
                    "2,7 M€",
                    "apport proposé par la métropole à la foncière ESS",
                    "Nantes Métropole, 2024",
                ),
                (
                    "2,4 M€",
                    "apport de la Banque des Territoires à la foncière",
                    "Nantes Métropole, 2024",
                ),
            ),
            paragraph(
                """Lancé le 27 septembre 2017, le fonds ESS Nantes Factory réunit la métropole,
                France Active Pays de la Loire (ex-Fondes), le Crédit municipal de Nantes, les
                Ecossolies, la Caisse d'Épargne Bretagne-Pays de Loire et l'ADEME.""",
                """Le RTES mentionne aussi 300 k€ d'investissement sur 2024-2025 pour
                l'expérimentation Pays de la Loire Capital Impact (RTES, 2024), sans autre source
                à ce jour.""",
            ),
            callout(
                "Subvention ou commande publique ?",
                """La loi ESS de 2014 donne une définition légale de la subvention, distincte de
                la commande publique. Le choix de l'outil se fait avec la Direction de la
                Commande publique.""",
            ),
        ],
        "directorate": "economie",
        "owner": "redacteur-economie",
        "policy_links": [
            (
                FABRIQUE,
                "contributes_to",
                "Expérimenter des modèles économiques hybrides pour les projets de l'ESS",
            ),
        ],
    },
    {
        "number": 3,
        "title": "Renforcer l'accompagnement des acteurs",
        "summary": """Accompagner les projets de l'ESS à chaque étape, de l'idée à la
            consolidation : émergence, incubation, accélération, dispositif local
            d'accompagnement.""",
        "body": [
            paragraph(
                """Les Ecossolies proposent un parcours complet : « popcorn » pour faire émerger
                les idées, un incubateur de 12 mois qui accueille 6 à 10 projets par an depuis
                2014, un accélérateur créé en 2021. Le dispositif local d'accompagnement (DLA),
                conçu par l'Avise avec l'État, consolide les structures existantes."""
            ),
            key_figures(
                "L'accompagnement aux Ecossolies",
                ("12 mois", "durée de l'incubateur", "Ecossolies, 2021"),
                ("6 à 10", "projets incubés par an depuis 2014", "Ecossolies, 2021"),
                ("360", "adhérents des Ecossolies", "Ecossolies, 2021"),
            ),
            heading("Des labos pour les besoins nouveaux"),
            paragraph(
                """Le Labo Habitat inclusif, construit dans le cadre des Fabriques à initiatives
                de l'Avise, et le Labo mobilité inclusive réunissent acteurs, financeurs et
                collectivités autour d'un besoin social avant de lancer des projets."""
            ),
            callout(
                "Orienter un porteur de projet",
                """Un porteur de projet ESS qui contacte votre direction peut être orienté vers
                l'incubateur des Ecossolies ou vers le DLA ; prévenez la coordination ESS.""",
                tone="tip",
            ),
        ],
        "directorate": "economie",
        "owner": "redacteur-economie",
        "policy_links": [
            (
                RSE,
                "contributes_to",
                "Ouvrir l'accompagnement aux entreprises engagées dans une démarche RSE",
            ),
        ],
    },
    {
        "number": 4,
        "title": "Dessiner la stratégie immobilière de l'ESS",
        "summary": """Donner aux structures de l'ESS des locaux accessibles et durables :
            pérenniser le Solilab, créer une foncière dédiée, ouvrir des lieux dans toute la
            métropole.""",
        "body": [
            paragraph(
                """Le projet emblématique de ce levier est le SOLILAB de demain : réhabiliter et
                pérenniser le Solilab, ouvert en 2014 sur l'île de Nantes, et le financer grâce
                à une foncière immobilière dédiée à l'ESS."""
            ),
            illustration(
                "solilab",
                """Illustration abstraite : trois halles stylisées aux toits en dents de scie,
                au bord d'un fleuve, sous le titre « Le Solilab ».""",
                "Le Solilab, lieu totem de l'ESS sur l'île de Nantes.",
            ),
            key_figures(
                "Le Solilab et la foncière",
                ("4 000 m²", "couverts, dans trois halles réhabilitées", "Ville de Rezé, 2015"),
                ("2,7 M€", "apport de la métropole à la foncière ESS", "Nantes Métropole, 2024"),
                ("1 M€", "à lever par Lieux Communs auprès de l'ESS", "Nantes Métropole, 2024"),
            ),
            heading("Des principes de sobriété"),
            bullets(
                [
                    "sobriété foncière : densifier plutôt qu'étendre ;",
                    "sobriété énergétique : améliorer la performance des bâtiments ;",
                    "dissocier le foncier du bâti et renforcer les fonds propres de la foncière ;",
                    "des loyers inférieurs au marché pour les structures de l'ESS.",
                ],
                intro="Les Ecossolies fixent quatre principes à la stratégie (Foncier 2025) :",
            ),
            quote(
                "tiers-lieu avant l'heure et premier exemple d'urbanisme transitoire à Nantes",
                "Les Ecossolies, à propos du Solilab (page « Foncier 2025 »)",
            ),
            callout(
                "Des chiffres qui varient",
                """Selon les sources et les années, le Solilab accueille de 80 à plus de 130
                structures, sur 4 000 m² couverts ou sur une parcelle de 9 000 m². Citez toujours
                la source et l'année du chiffre retenu.""",
                tone="important",
            ),
        ],
        "directorate": "economie",
        "owner": "redacteur-economie",
        "policy_links": [
            (
                TRANSITION_ENERGETIQUE,
                "contributes_to",
                "Sobriété foncière et énergétique des lieux de l'ESS, à commencer par le Solilab",
            ),
        ],
    },
    {
        "number": 5,
        "title": "Assurer un maillage et une coopération territoriale",
        "summary": """Faire vivre l'ESS dans les 24 communes et pas seulement à Nantes : relais
            de proximité, coopérations entre communes, lieux et acteurs dans chaque bassin de
            vie.""",
        "body": [
            paragraph(
                """« Sortir de Nantes » : les coprésidents des Ecossolies en font un objectif de
                la nouvelle feuille de route. En 2012, Nantes concentrait près de la moitié des
                emplois de l'ESS de la métropole."""
            ),
            key_figures(
                "Emplois de l'ESS par commune",
                ("16 636", "à Nantes, soit 46 % du total", "CRESS, 2012"),
                ("2 999", "à Saint-Herblain", "CRESS, 2012"),
                ("2 839", "à Orvault", "CRESS, 2012"),
                ("2 544", "à Carquefou", "CRESS, 2012"),
            ),
            heading("S'appuyer sur les pôles de proximité"),
            paragraph(
                """Les six pôles de proximité portent l'action de la métropole sur l'espace
                public, l'aménagement, le développement économique et l'assainissement. Ils sont
                les relais naturels de l'ESS auprès des communes.""",
                """Les 15 quartiers prioritaires comptent 54 800 habitants, dont 44 % vivent sous
                le seuil de pauvreté contre 12 % dans l'ensemble de la métropole (Nantes
                Métropole, 2023).""",
            ),
            callout(
                "Contrat de ville",
                """Le contrat de ville « Engagements 2030 » (2024-2030), signé le 7 décembre
                2023, est un cadre utile pour les projets de l'ESS dans les quartiers.""",
            ),
        ],
        "directorate": "economie",
        "owner": "coordination-ess",
        "policy_links": [
            (
                LOGISTIQUE,
                "contributes_to",
                "Un maillage d'espaces logistiques de proximité tenus par des acteurs de l'ESS",
            ),
            (PAT, "shares_indicator", "Nombre de communes où l'ESS porte une action alimentaire"),
        ],
    },
    {
        "number": 6,
        "title": "Communiquer et rendre lisibles les actions de l'ESS",
        "summary": """Faire connaître l'ESS au grand public et aux entreprises : événements,
            récits de projets, prix de l'innovation sociale, contenus publics prêts à
            partager.""",
        "body": [
            paragraph(
                """L'ESS nantaise a une longue tradition d'événements publics : le premier
                festival des Ecossolies s'est tenu sur les quais en 2006, avec plus de 500
                acteurs. Le Prix de l'innovation sociale de la métropole, décerné chaque année
                depuis 2017, met en lumière des projets du territoire."""
            ),
            key_figures(
                "Des rendez-vous qui rassemblent",
                ("30 000", "visiteurs au premier festival des Ecossolies", "Ecossolies, 2006"),
                (
                    "1 400+",
                    "participants au 2e Grand RDV des engagéEs",
                    "Informateur judiciaire, 2024",
                ),
            ),
            bullets(
                [
                    "2017 : Bout' à Bout', pour le retour de la consigne ;",
                    "2018 : Hacoopa, pour un habitat inclusif des personnes âgées ;",
                    "2019 : Kiosque paysan, plateforme logistique des produits locaux.",
                ],
                intro="Quelques lauréats du Prix de l'innovation sociale :",
            ),
            callout(
                "Contenus pour le site public",
                """Marquez une page « prête pour le public » quand son contenu peut être repris
                tel quel ; la Direction de la Communication la relit avant de la transmettre au
                site public.""",
                tone="tip",
            ),
        ],
        "directorate": "communication",
        "owner": "communication",
        "policy_links": [
            (
                RSE,
                "shares_indicator",
                "Participation des entreprises aux événements de l'économie responsable",
            ),
        ],
    },
    {
        "number": 7,
        "title": "Concevoir une offre de services pour les achats responsables",
        "summary": """Aider les acheteurs publics et privés à acheter auprès de l'ESS et de
            l'insertion : clauses sociales, marchés réservés, repérage des fournisseurs,
            accompagnement des structures candidates.""",
        "body": [
            paragraph(
                """La Ville et la Métropole achètent environ 530 M€ par an, auxquels s'ajoutent
                500 M€ de chiffre d'affaires des délégations de service public, soit près de
                10 % de l'achat public régional (RTES, 2022). Le schéma de promotion des achats
                responsables (SPAR) 2022-2026 oriente cette dépense."""
            ),
            key_figures(
                "La commande publique",
                ("530 M€", "d'achats par an, Ville et Métropole", "RTES, 2022"),
                ("1 300", "marchés par an environ", "RTES, 2022"),
                ("1 sur 3", "marchés avec clause sociale ou environnementale", "Santé Achat, 2022"),
                ("100 %", "de marchés avec clause visés en 2026", "SPAR, 2022"),
            ),
            heading("Les outils de l'offre de services"),
            bullets(
                [
                    """la clause sociale, qui réserve une part des heures de travail d'un marché à
                    des personnes en insertion ;""",
                    """le marché réservé aux structures d'insertion, aux entreprises adaptées ou
                    aux entreprises de l'ESS ;""",
                    """le facilitateur de clauses, qui accompagne acheteurs et entreprises ;""",
                    "le repérage des fournisseurs de l'ESS avant la consultation.",
                ]
            ),
            callout(
                "SPASER et SPAR",
                """La loi impose un schéma de promotion des achats socialement et écologiquement
                responsables au-delà de 100 M€ d'achats par an, seuil abaissé à 50 M€ par un
                décret du 2 mai 2022. À Nantes, ce schéma s'appelle le SPAR.""",
            ),
        ],
        "directorate": "commande-publique",
        "owner": "coordination-ess",
        "policy_links": [
            (SPAR, "depends_on", "Le levier s'appuie sur les objectifs et les outils du SPAR"),
            (
                SPAR,
                "shares_indicator",
                "Part des marchés comportant une clause sociale ou environnementale",
            ),
        ],
    },
    {
        "number": 8,
        "title": "Renforcer la création d'emploi et l'inclusion",
        "summary": """Créer des emplois de qualité dans l'ESS et ouvrir des parcours vers
            l'emploi à celles et ceux qui en sont éloignés : insertion par l'activité
            économique, clauses sociales, territoire zéro chômeur.""",
        "body": [
            paragraph(
                """L'ESS emploie 36 000 salariés dans la métropole (CRESS, 2016), près de 16 % de
                l'emploi salarié privé (Nantes Métropole, 2024). En 2015, on comptait 35 000
                emplois, soit 17 % de l'emploi privé (20 Minutes, 2015)."""
            ),
            key_figures(
                "Emploi et inclusion",
                ("36 000", "emplois salariés dans l'ESS", "CRESS, 2016"),
                ("16 %", "de l'emploi salarié privé", "Nantes Métropole, 2024"),
                (
                    "≈ 600 000",
                    "heures d'insertion visées par les clauses 2022-2026",
                    "Nantes Métropole, 2022",
                ),
                ("103", "salariés visés en cinq ans par L'Amarrez", "Ecossolies, 2024"),
            ),
            heading("Des parcours vers l'emploi"),
            bullets(
                [
                    """Envie 44 reconditionne l'électroménager et emploie 130 personnes à Nantes,
                    dont 70 en parcours d'insertion (Ecossolies, 2025) ;""",
                    """le chantier d'insertion Eco Construire forme aux métiers de
                    l'éco-construction depuis 2022 ;""",
                    """L'Amarrez, entreprise à but d'emploi de Rezé, prépare l'embauche de
                    chômeurs de longue durée.""",
                ]
            ),
            callout(
                "Vocabulaire",
                """Un atelier et chantier d'insertion (ACI) emploie ses salariés en contrat à
                durée déterminée d'insertion (CDDI) de 26 heures par semaine.""",
            ),
        ],
        "directorate": "economie",
        "owner": "redacteur-economie",
        "policy_links": [
            (SPAR, "shares_indicator", "Heures d'insertion réalisées grâce aux clauses sociales"),
        ],
    },
]
