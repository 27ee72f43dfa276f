"""The métropole's other public policies that the ESS roadmap links to (facts §4 and §5)."""

from pages.demo.stream import bullets, callout, heading, key_figures, paragraph, quote

PAT = "Projet alimentaire territorial"
TRANSITION_ENERGETIQUE = "Feuille de route de la transition énergétique"
LONGEVITE = "Feuille de route Longévité"
LOGISTIQUE = "Pacte pour une logistique urbaine durable et résiliente"
PDU = "Plan de déplacements urbains 2018-2027"
RSE = "Plateforme RSE de la métropole nantaise"
SPAR = "Schéma de promotion des achats responsables"
FABRIQUE = "Fabrique du modèle économique de demain"

POLICY_INDEX = {
    "title": "Politiques publiques liées",
    "summary": """Les autres feuilles de route et schémas de la métropole avec lesquels la
        feuille de route ESS s'articule, et les liens que leviers, filières et projets
        entretiennent avec eux.""",
    "body": [
        paragraph(
            """La feuille de route ESS a été écrite en dialogue avec les autres démarches de la
            métropole, pour que les politiques publiques se renforcent au lieu de se
            juxtaposer.""",
            """Chaque page ci-dessous présente une politique et liste les leviers, filières et
            projets qui y contribuent, en dépendent, partagent un indicateur avec elle ou sont
            cofinancés par elle.""",
        ),
    ],
    "directorate": "economie",
    "owner": "coordination-ess",
    "audience": "public",
}

POLICIES = [
    {
        "title": PAT,
        "acronym": "PAT",
        "period": "2018-2030",
        "lead": "Nantes Métropole, vice-présidence à l'agriculture périurbaine",
        "reference_url": "https://dialoguecitoyen.metropole.nantes.fr/project/"
        "projet-alimentaire-de-territoire/step/feuille-de-route",
        "summary": """Le projet alimentaire territorial de la métropole : une alimentation
            locale, durable et accessible à tous, avec une feuille de route de 8 engagements et
            30 actions jusqu'en 2030.""",
        "body": [
            paragraph(
                """Après la signature du Pacte de Milan en 2015 et des diagnostics en 2016-2017,
                la stratégie alimentaire a été adoptée à l'unanimité le 13 avril 2018, puis sa
                feuille de route le 5 octobre 2018. Le PAT nantais a été le premier labellisé
                en Pays de la Loire, en novembre 2018, et a obtenu le niveau 2 du label en
                2022."""
            ),
            key_figures(
                "L'agriculture de la métropole",
                ("13 694 ha", "de surfaces agricoles", "Nantes Métropole, PAT 2018"),
                ("358", "exploitations agricoles", "Nantes Métropole, PAT 2018"),
                ("1 644", "emplois agricoles", "Nantes Métropole, PAT 2018"),
                ("150", "acteurs de 90 structures en 8 rencontres", "Nantes Métropole, 2018"),
            ),
            quote(
                "alimentation locale, durable et accessible à tous",
                "Objectif du projet alimentaire territorial de Nantes Métropole (2018)",
            ),
            callout(
                "Projet et non programme",
                """L'article de l'Avise sur la feuille de route ESS parle de « Programme
                alimentaire territorial » : le nom officiel est « Projet alimentaire
                territorial ». Les deux formes mènent à cette page dans la recherche.""",
            ),
        ],
        "directorate": "alimentation",
        "owner": "coordination-ess",
    },
    {
        "title": TRANSITION_ENERGETIQUE,
        "acronym": "",
        "period": "depuis 2018",
        "lead": "Nantes Métropole et les 24 communes",
        "reference_url": "https://dialoguecitoyen.metropole.nantes.fr/blog/"
        "le-grand-debat-la-transition-energetique-cest-nous",
        "summary": """Issue du grand débat « La transition énergétique, c'est nous ! », la feuille
            de route adoptée à l'unanimité le 16 février 2018 compte 33 engagements.""",
        "body": [
            paragraph(
                """Le grand débat a duré 200 jours, du 13 septembre 2016 au 31 mars 2017. La
                commission a rendu le 12 septembre 2017 un rapport de 60 propositions et
                12 accélérations, d'où sont issus les 33 engagements de la feuille de
                route."""
            ),
            key_figures(
                "Le grand débat",
                ("53 000", "participants", "Nantes Métropole, 2017"),
                ("760", "contributions", "Nantes Métropole, 2017"),
                ("160", "cahiers d'acteurs", "Nantes Métropole, 2017"),
                ("33", "engagements de la feuille de route", "Nantes Métropole, 2018"),
            ),
            heading("Le suivi"),
            paragraph(
                """Le Bureau de la Terre accompagne les porteurs de projets. Depuis juin 2018, la
                Conférence ouverte de la transition énergétique assure le suivi évaluatif des
                engagements.""",
                """Objectifs annoncés au lancement : tripler la production locale d'énergie
                renouvelable d'ici 2030, réduire de 30 % les émissions de gaz à effet de serre
                et alimenter la moitié des logements sociaux en énergie renouvelable.""",
            ),
            callout(
                "Lien avec la feuille de route ESS",
                """L'énergie citoyenne, l'éco-construction solidaire et la sobriété des lieux de
                l'ESS contribuent à ces engagements.""",
            ),
        ],
        "directorate": "energies",
        "owner": "coordination-ess",
    },
    {
        "title": LONGEVITE,
        "acronym": "",
        "period": "depuis 2021",
        "lead": "Nantes Métropole, conseillère déléguée à la longévité",
        "reference_url": "",
        "summary": """« Longévité, ouvrons les possibles » : la feuille de route de décembre 2021
            issue du troisième grand débat métropolitain, avec 4 ambitions, 3 piliers
            transversaux et 25 engagements.""",
        "body": [
            paragraph(
                """Le grand débat sur la longévité a été lancé le 15 janvier 2019, avec un
                festival du 16 au 19 mai 2019. Après un séminaire en mai 2021, la feuille de
                route a été publiée en décembre 2021."""
            ),
            key_figures(
                "La longévité dans la métropole",
                ("23 000", "participants au grand débat", "Nantes Métropole, 2019"),
                ("8 000", "contributeurs", "Nantes Métropole, 2019"),
                ("25", "engagements de la feuille de route", "Nantes Métropole, 2021"),
                (
                    "176 000",
                    "personnes de 65 ans et plus attendues en 2050",
                    "Nantes Métropole, 2021",
                ),
            ),
            heading("Une instance de gouvernance ouverte"),
            paragraph(
                """L'instance de gouvernance ouverte (IGO) Longévité, installée en avril 2022, a
                remis son premier avis évaluatif le 17 janvier 2025."""
            ),
            callout(
                "Lien avec la feuille de route ESS",
                """L'habitat inclusif, la santé pour tous et la culture contribuent au bien
                vieillir ; l'IGO est un modèle pour l'évaluation concertée de l'ESS.""",
            ),
        ],
        "directorate": "sante",
        "owner": "coordination-ess",
    },
    {
        "title": LOGISTIQUE,
        "acronym": "LUDR",
        "period": "depuis 2022",
        "lead": "Nantes Métropole, conseiller délégué à la logistique urbaine",
        "reference_url": "https://metropole.nantes.fr/actualites/"
        "un-pacte-pour-ameliorer-les-livraisons-en-ville",
        "summary": """Le pacte logistique voté le 7 octobre 2022 : 58 actions co-construites par
            plus de 200 acteurs pour des livraisons en ville plus propres et plus sûres.""",
        "body": [
            paragraph(
                """La démarche a été lancée le 11 juin 2021 devant plus de 100 personnes, puis
                nourrie par 17 ateliers thématiques en 2021-2022. Elle prolonge l'appel à
                projets FLUX, « Fabriquons la logistique urbaine ensemble » (automne 2018,
                14 partenaires, 13 lauréats en juin 2019)."""
            ),
            key_figures(
                "Le pacte",
                ("58", "actions, dont 11 à court terme", "Nantes Métropole, 2022"),
                ("300 000", "mouvements de marchandises par semaine", "Nantes Métropole, 2022"),
                ("20 %", "de ces mouvements dans le cœur de ville", "Nantes Métropole, 2022"),
                ("17", "ateliers thématiques", "Nantes Métropole, 2022"),
            ),
            heading("Une instance de gouvernance ouverte"),
            paragraph(
                """Le pacte est suivi par une instance de gouvernance ouverte, sept groupes
                thématiques et un forum annuel ; le quatrième forum s'est tenu en novembre
                2025."""
            ),
            callout(
                "Lien avec la feuille de route ESS",
                """Les coopératives de livraison à vélo et les plateformes logistiques partagées
                de la filière logistique urbaine durable mettent en œuvre des actions du
                pacte.""",
            ),
        ],
        "directorate": "mobilites",
        "owner": "redacteur-mobilites",
    },
    {
        "title": PDU,
        "acronym": "PDU",
        "period": "2018-2027",
        "lead": "Nantes Métropole",
        "reference_url": "https://metropole.nantes.fr/actualites/2025/institutions/"
        "bilan-mandat-2020-2025/bilan-mandat-mobilites",
        "summary": """Le plan de déplacements urbains 2018-2027, perspectives 2030, approuvé le
            7 décembre 2018 : moins de voiture, plus de transports collectifs, de vélo et de
            marche.""",
        "body": [
            paragraph(
                """Arrêté le 16 février 2018 et approuvé par le conseil métropolitain le
                7 décembre 2018, le PDU succède au plan 2010-2015. La marque de mobilité Naolib
                est née en 2023 ; les transports sont gratuits le week-end depuis 2021."""
            ),
            key_figures(
                "Objectifs et moyens",
                ("36 %", "part de la voiture à l'intérieur du périphérique", "PDU, 2015"),
                ("21 %", "part visée en 2030", "PDU 2018-2027"),
                ("1 Md€+", "investis dans les mobilités sur le mandat", "Nantes Métropole, 2025"),
            ),
            callout(
                "Lien avec l'ESS",
                """La mobilité inclusive et la logistique urbaine durable s'appuient sur les
                aménagements et les règles du PDU.""",
            ),
        ],
        "directorate": "mobilites",
        "owner": "redacteur-mobilites",
    },
    {
        "title": RSE,
        "acronym": "RSE",
        "period": "depuis 2011",
        "lead": "Nantes Métropole, vice-présidence emploi, Europe et RSE",
        "reference_url": "https://urbact.eu/articles/"
        "metropole-de-nantes-une-rse-renforcee-par-lexperience-urbact",
        "summary": """La plateforme qui fédère les entreprises et organisations engagées dans la
            responsabilité sociétale sur le territoire : 6 collèges, une cinquantaine
            d'ambassadeurs, des événements toute l'année.""",
        "body": [
            paragraph(
                """Décidée en 2010-2011, dotée d'un site en 2013 puis intégrée au site des
                entreprises de la métropole en 2022, la plateforme réunit six collèges :
                entreprises et réseaux, institutions, syndicats, universitaires et experts,
                associations et ESS, financeurs."""
            ),
            key_figures(
                "La plateforme",
                ("60", "réseaux membres", "La Tribune, 2021"),
                ("150", "bonnes pratiques partagées", "La Tribune, 2021"),
                (
                    "39-40 %",
                    "des entreprises de plus de 200 salariés engagées en RSE",
                    "Oïkos, cité par La Tribune, 2021",
                ),
                (
                    "1 400+",
                    "participants au Grand RDV des engagéEs",
                    "Informateur judiciaire, 2024",
                ),
            ),
            paragraph(
                """Le Grand RDV des engagéEs a connu sa première édition le 28 mars 2023 et sa
                deuxième le 14 mars 2024. La métropole a aussi participé au réseau européen
                URBACT Cities4CSR (2019-2022)."""
            ),
            callout(
                "« Raison d'être de la Plateforme RSE »",
                """L'article de l'Avise cite une « Raison d'être de la Plateforme RSE » : aucun
                document public portant ce titre n'a été trouvé.""",
                tone="important",
            ),
        ],
        "directorate": "economie",
        "owner": "redacteur-economie",
    },
    {
        "title": SPAR,
        "acronym": "SPAR",
        "period": "2022-2026",
        "lead": "Ville de Nantes et Nantes Métropole, élu délégué à la commande publique",
        "reference_url": "https://rtes.fr/nantes-metropole-publie-son-spaser",
        "summary": """Le schéma de promotion des achats responsables 2022-2026 de la Ville et de
            la Métropole : 100 % des marchés avec une clause sociale ou environnementale en
            2026.""",
        "body": [
            paragraph(
                """Présenté les 29 et 30 juin 2022, le SPAR fixe les priorités d'achat de la
                Ville et de la Métropole. Les premières clauses d'insertion nantaises datent de
                2004."""
            ),
            key_figures(
                "Les objectifs",
                ("100 %", "de marchés avec clause en 2026, contre 1 sur 3", "Santé Achat, 2022"),
                ("≈ 600 000", "heures d'insertion sur 2022-2026", "Nantes Métropole, 2022"),
                ("70 %", "d'achats dans le département en 2021", "Nantes Métropole, 2022"),
                ("≈ 64 %", "d'achats dans la métropole en 2021", "Nantes Métropole, 2022"),
            ),
            bullets(
                [
                    "530 M€ d'achats et environ 1 300 marchés par an (RTES, 2022) ;",
                    "500 M€ de chiffre d'affaires annuel des délégations de service public ;",
                    "3,2 Md€ de commande publique prévus sur 2020-2026, dont 80 % pour des "
                    "entreprises locales (Nantes Métropole, 2022).",
                ],
                intro="L'enjeu en chiffres :",
            ),
            callout(
                "Lien avec la feuille de route ESS",
                """Le levier « Concevoir une offre de services pour les achats responsables »
                s'appuie sur le SPAR ; les clauses sociales ouvrent des emplois aux structures
                d'insertion.""",
            ),
        ],
        "directorate": "commande-publique",
        "owner": "coordination-ess",
    },
    {
        "title": FABRIQUE,
        "acronym": "",
        "period": "",
        "lead": "",
        "reference_url": "",
        "summary": """Nom interne d'une démarche citée parmi les feuilles de route liées :
            aucune information publique n'a été trouvée sous ce nom.""",
        "body": [
            callout(
                "Aucune source publique",
                """L'article de l'Avise sur la feuille de route ESS cite la « Fabrique de modèle
                économique de demain » parmi les démarches liées. Aucune information publique
                n'a été trouvée sous ce nom : il s'agit sans doute d'un nom interne. Complétez
                cette page avec la direction qui la porte.""",
                tone="important",
            ),
            heading("Démarches publiques voisines"),
            bullets(
                [
                    """le premier forum métropolitain de l'économie responsable, le 24 février
                    2022 ;""",
                    """les 6 ambitions pour une économie responsable présentées au conseil du
                    24 mars 2022 ;""",
                    "la boussole de l'économie soutenable, présentée par URBACT en 2025 ;",
                    "le Nantes City Lab, qui permet des expérimentations de 3, 6 ou 12 mois.",
                ],
                intro="Ces démarches, elles, sont documentées :",
            ),
        ],
        "directorate": "economie",
        "owner": "coordination-ess",
    },
]
