"""Dated updates (actualités) published by the directorates, 2021-2026.

Each update is about levers (by number), sectors (by number) or projects (by title). Updates
that report a public event are built on the facts of the shared notes; the others describe the
internal work that follows from them, without claiming any new public fact.
"""

from datetime import date

from pages.demo.stream import bullets, callout, key_figures, paragraph, quote


def _update(
    directorate, day, title, summary, body, levers=(), sectors=(), projects=(), public=False
):
    return {
        "directorate": directorate,
        "date": day,
        "title": title,
        "summary": summary,
        "body": body,
        "levers": list(levers),
        "sectors": list(sectors),
        "projects": list(projects),
        "audience": "public" if public else "internal",
    }


UPDATES = [
    # Direction de l'Économie et de l'Emploi responsables
    _update(
        "economie",
        date(2021, 3, 16),
        "Feuille de route ESS : lancement de la co-écriture",
        """La métropole et les Ecossolies lancent l'écriture de la feuille de route 2021-2026 :
        diagnostic partagé, puis ateliers ouverts aux acteurs et aux 24 communes.""",
        [
            paragraph(
                """La co-écriture de la nouvelle feuille de route commence, pour une version
                finale attendue en 2021. Elle suit les étapes classiques de la co-construction :
                diagnostic partagé, mise en débat des priorités, instances d'orientation, plan
                d'actions, évaluation concertée.""",
                """Les directions thématiques sont invitées à désigner un chef de projet pour
                participer aux ateliers de leur filière.""",
            ),
            callout(
                "Pour les directions",
                "Faites connaître votre chef de projet à la coordination ESS avant les ateliers.",
                tone="tip",
            ),
        ],
        levers=[5, 6],
    ),
    _update(
        "economie",
        date(2021, 12, 14),
        "32 ateliers et plus de 300 participants : la co-construction en chiffres",
        """Bilan de la phase de débat : 32 ateliers ont réuni plus de 300 participants, acteurs
        de l'ESS, entreprises, chercheurs, techniciens et élus des 24 communes.""",
        [
            key_figures(
                "La co-construction",
                ("32", "ateliers", "Avise, 2021"),
                ("300+", "participants", "Avise, 2021"),
                ("8", "leviers d'action retenus", "Feuille de route ESS 2021-2026"),
                ("10", "filières de coopération", "Feuille de route ESS 2021-2026"),
            ),
            paragraph(
                """Les ateliers ont fait émerger 8 leviers d'action et 10 filières de
                coopération. Parmi les nouveautés, des filières santé, énergie et numérique, et
                l'ambition de développer l'ESS au-delà de Nantes."""
            ),
        ],
        levers=[1, 5],
        public=True,
    ),
    _update(
        "economie",
        date(2022, 2, 28),
        "Premier forum métropolitain de l'économie responsable",
        """Le 24 février 2022, le premier forum métropolitain de l'économie responsable a réuni
        entreprises, acteurs de l'ESS et collectivités.""",
        [
            paragraph(
                """Le forum prépare les 6 ambitions pour une économie responsable présentées au
                conseil métropolitain du 24 mars 2022. Les acteurs de l'ESS y ont présenté leurs
                coopérations avec les entreprises du territoire."""
            ),
            callout(
                "Lien avec la feuille de route",
                """Le forum nourrit les leviers « Communiquer et rendre lisibles les actions de
                l'ESS » et « Évaluer et mesurer autrement la création de richesse ».""",
            ),
        ],
        levers=[6, 1],
    ),
    _update(
        "economie",
        date(2022, 11, 3),
        "Le chantier d'insertion Eco Construire ouvre à Saint-Aignan-Grandlieu",
        """Trajet et Réagir Ensemble ont ouvert le 2 novembre 2022 un chantier d'insertion en
        éco-construction à Saint-Aignan-Grandlieu.""",
        [
            paragraph(
                """Le chantier forme des salariés en insertion aux techniques de l'éco-construction.
                Les deux structures ont déjà une expérience du bâti durable : maçonnerie du
                Solilab en 2013, 7 000 briques de terre crue produites en 2020."""
            ),
            callout(
                "Une filière en construction",
                "Le chantier est une première pierre de la filière éco-construction solidaire.",
            ),
        ],
        levers=[8],
        sectors=[1],
        projects=["Chantier d'insertion Eco Construire"],
        public=True,
    ),
    _update(
        "economie",
        date(2024, 5, 14),
        "L'Amarrez entre à l'incubateur des Ecossolies",
        """L'entreprise à but d'emploi du Territoire zéro chômeur de longue durée de Rezé est
        accompagnée par l'incubateur des Ecossolies.""",
        [
            paragraph(
                """L'Amarrez vise 103 salariés en cinq ans. Parmi ses activités, le recyclage de
                vêtements de travail en fin de vie, en lien avec la filière réemploi."""
            ),
            key_figures("L'objectif", ("103", "salariés en cinq ans", "Ecossolies, 2024")),
        ],
        levers=[8, 3],
        sectors=[2],
        projects=["L'Amarrez"],
    ),
    _update(
        "economie",
        date(2024, 6, 20),
        "Les Ecossolies fêtent leurs 20 ans et annoncent une foncière pour l'ESS",
        """Aux 20 ans des Ecossolies, les partenaires annoncent une foncière immobilière dédiée à
        l'ESS, dont le premier projet sera le nouveau Solilab.""",
        [
            paragraph(
                """La foncière réunit Nantes Métropole, la Banque des Territoires, Lieux Communs,
                Loire Océan Développement et les Ecossolies. Elle financera d'abord la deuxième
                version du Solilab, réhabilité dans une logique de sobriété."""
            ),
            quote(
                "tiers-lieu avant l'heure et premier exemple d'urbanisme transitoire à Nantes",
                "Les Ecossolies, à propos du Solilab",
            ),
        ],
        levers=[4, 2],
        projects=["SOLILAB de demain"],
        public=True,
    ),
    _update(
        "economie",
        date(2024, 11, 26),
        "Foncière ESS : 2,7 M€ proposés au conseil métropolitain de décembre",
        """La délibération proposant l'apport de la métropole à la foncière ESS est inscrite au
        conseil de décembre 2024.""",
        [
            key_figures(
                "Le tour de table",
                ("2,7 M€", "Nantes Métropole", "Nantes Métropole, 2024"),
                ("2,4 M€", "Banque des Territoires", "Nantes Métropole, 2024"),
                (
                    "1 M€",
                    "visé auprès des acteurs de l'ESS par Lieux Communs",
                    "Nantes Métropole, 2024",
                ),
            ),
            paragraph(
                """Les directions concernées sont invitées à relire la note de présentation avant
                son envoi aux élus."""
            ),
        ],
        levers=[2, 4],
        projects=["SOLILAB de demain"],
    ),
    _update(
        "economie",
        date(2024, 12, 16),
        "Deux Prix de l'innovation sociale remis le 13 décembre",
        """La métropole a remis deux Prix de l'innovation sociale le 13 décembre 2024,
        poursuivant une tradition engagée en 2017.""",
        [
            paragraph(
                """Depuis 2017, le prix a distingué Bout' à Bout', Hacoopa et Kiosque paysan,
                devenus des acteurs importants de leur filière. L'édition 2024 a récompensé deux
                projets."""
            ),
            callout(
                "Pages des lauréats",
                """Les pages des projets lauréats sont à mettre à jour par leur direction
                pilote.""",
                tone="tip",
            ),
        ],
        levers=[6],
        projects=["Prix de l'innovation sociale"],
        public=True,
    ),
    _update(
        "economie",
        date(2025, 3, 11),
        "SOLILAB de demain : lancement de l'appel aux apports des structures de l'ESS",
        """Lieux Communs engage la collecte de fonds propres auprès des entreprises et
        associations de l'ESS, avec un objectif de 1 M€.""",
        [
            paragraph(
                """Les prochaines étapes du projet sont la levée de fonds et la mise en place du
                véhicule de la foncière. Lieux Communs connaît par ailleurs un changement de
                direction."""
            ),
            callout(
                "À relayer",
                """Les structures accompagnées par vos services peuvent être informées de
                l'appel ; la coordination ESS tient une liste de contacts.""",
                tone="tip",
            ),
        ],
        levers=[2, 4],
        projects=["SOLILAB de demain"],
    ),
    _update(
        "economie",
        date(2025, 10, 2),
        "ESS Nantes Factory : point d'étape sur le fonds d'amorçage",
        """Huit ans après son lancement, le fonds d'amorçage de l'ESS fait l'objet d'un point
        d'étape avec ses partenaires financeurs.""",
        [
            paragraph(
                """Lancé le 27 septembre 2017 avec une dotation d'environ 1 M€, le fonds visait
                au moins 14 projets par an. Le point d'étape recense les projets soutenus par
                domaine et leur devenir."""
            ),
            callout(
                "Indicateur",
                """Le nombre de projets financés par le fonds fait partie des indicateurs
                proposés pour le levier financement.""",
            ),
        ],
        levers=[2, 1],
        projects=["ESS Nantes Factory"],
    ),
    _update(
        "economie",
        date(2026, 5, 19),
        "Évaluation concertée : premiers indicateurs soumis aux acteurs",
        """Une première liste d'indicateurs par levier est soumise aux acteurs de l'ESS pour
        l'évaluation concertée de la feuille de route.""",
        [
            paragraph(
                """La liste part des repères chiffrés existants, comme les 36 000 emplois de
                l'ESS (CRESS, 2016), et des familles d'indicateurs proposées par levier. Les
                acteurs sont invités à la compléter, à la hiérarchiser et à dire comment ils
                peuvent contribuer à la collecte."""
            ),
            callout(
                "Document de travail",
                "Cette liste n'a pas de valeur officielle tant qu'elle n'est pas validée.",
                tone="important",
            ),
        ],
        levers=[1],
    ),
    _update(
        "economie",
        date(2026, 10, 6),
        "Feuille de route 2021-2026 : préparer le bilan",
        """La coordination ESS lance le bilan de la feuille de route, qui arrive à son terme
        en 2026, avec toutes les directions concernées.""",
        [
            paragraph(
                """Chaque direction pilote est invitée à mettre à jour les pages de ses projets
                (statut, dates, partenaires) et à signaler les résultats marquants. Le bilan
                nourrira la réflexion sur le cadre suivant."""
            ),
            bullets(
                [
                    "mise à jour des pages projets ;",
                    "relecture des liens avec les autres politiques ;",
                    "contribution aux indicateurs de l'évaluation concertée.",
                ],
                intro="Ce qui est attendu de chaque direction :",
            ),
        ],
        levers=[1, 5],
    ),
    # Direction de la Commande publique
    _update(
        "commande-publique",
        date(2022, 7, 5),
        "Le schéma de promotion des achats responsables 2022-2026 est présenté",
        """Présenté les 29 et 30 juin 2022, le SPAR fixe l'objectif d'une clause sociale ou
        environnementale dans tous les marchés en 2026.""",
        [
            key_figures(
                "Le SPAR",
                ("530 M€", "d'achats par an", "RTES, 2022"),
                ("1 sur 3", "marchés avec clause aujourd'hui", "Santé Achat, 2022"),
                ("100 %", "visés en 2026", "SPAR, 2022"),
            ),
            paragraph(
                """Le schéma concerne la Ville et la Métropole. Il s'appuie sur l'expérience des
                clauses d'insertion, pratiquées depuis 2004."""
            ),
        ],
        levers=[7],
        projects=["Clauses sociales dans la commande publique"],
        public=True,
    ),
    _update(
        "commande-publique",
        date(2023, 2, 14),
        "Clauses sociales : cap sur 600 000 heures d'insertion",
        """Le SPAR vise près de 600 000 heures d'insertion sur 2022-2026 : les acheteurs sont
        invités à prévoir les clauses dès la définition du besoin.""",
        [
            paragraph(
                """La mission insertion professionnelle par les clauses sociales accompagne les
                acheteurs pour calibrer les heures et repérer les structures d'insertion
                capables de répondre."""
            ),
            key_figures(
                "L'objectif",
                ("≈ 600 000", "heures d'insertion 2022-2026", "Nantes Métropole, 2022"),
            ),
        ],
        levers=[7, 8],
        projects=["Clauses sociales dans la commande publique"],
    ),
    _update(
        "commande-publique",
        date(2024, 4, 9),
        "Marchés réservés : une fiche pratique pour les acheteurs",
        """Une fiche pratique rappelle quand et comment réserver un marché aux structures
        d'insertion, aux entreprises adaptées ou aux entreprises de l'ESS.""",
        [
            paragraph(
                """Le code de la commande publique permet de réserver certains marchés à des
                structures d'insertion par l'activité économique, à des entreprises adaptées ou
                à des établissements d'aide par le travail. La fiche précise les conditions et
                donne des exemples de lots adaptés."""
            ),
            callout(
                "Où la trouver",
                "La fiche est disponible auprès de la Direction de la Commande publique.",
                tone="tip",
            ),
        ],
        levers=[7],
    ),
    _update(
        "commande-publique",
        date(2025, 9, 23),
        "Achats responsables : point d'étape vers l'objectif de 2026",
        """À un an de l'échéance du SPAR, la direction fait le point sur la part des marchés
        comportant une clause sociale ou environnementale.""",
        [
            paragraph(
                """Le point d'étape compare la situation de départ, un marché sur trois avec une
                clause (Santé Achat, 2022), à l'objectif de 100 % en 2026. Les familles d'achats
                en retard font l'objet d'un plan d'action."""
            ),
        ],
        levers=[7, 8],
        projects=["Clauses sociales dans la commande publique"],
    ),
    # Direction de l'Espace public
    _update(
        "espace-public",
        date(2023, 5, 16),
        "Circuits courts : accueillir marchés paysans et points de retrait",
        """La direction recense les emplacements de l'espace public adaptés aux marchés paysans
        et aux points de retrait de produits locaux.""",
        [
            paragraph(
                """Le Solilab accueille un marché paysan chaque semaine et Kiosque paysan y a tenu
                un point de retrait en 2020. D'autres lieux pourraient accueillir ces
                initiatives dans les communes de la métropole, en lien avec les pôles de
                proximité."""
            ),
        ],
        sectors=[4],
        projects=["Kiosque paysan"],
    ),
    _update(
        "espace-public",
        date(2025, 4, 8),
        "Livraisons à vélo : coordonner aménagements et cyclo-logistique",
        """Les coopératives de livraison à vélo sont associées à la préparation des
        aménagements de voirie du centre-ville.""",
        [
            paragraph(
                """Les vélos cargos transportent jusqu'à 300 kg : largeur des pistes, aires de
                livraison et stationnement doivent en tenir compte. Les Coursiers Nantais et
                Toutenvélo Nantes partagent leur expérience du terrain."""
            ),
        ],
        sectors=[5],
        projects=["Cyclo-logistique coopérative"],
    ),
    # Direction des Déchets et de l'Économie circulaire
    _update(
        "dechets",
        date(2021, 9, 28),
        "Déchèteries : la collecte pour le réemploi se poursuit",
        """La Ressourcerie de l'Île continue de collecter les objets réemployables dans les
        déchèteries de la métropole, pour le compte de celle-ci.""",
        [
            paragraph(
                """Créée en 2004 et installée à Rezé, l'association donne une seconde vie aux
                objets collectés. Cette collecte est la base du réseau de réemploi prévu par la
                filière."""
            ),
        ],
        sectors=[2],
        projects=["Réseau de collecte et de réparation du réemploi"],
    ),
    _update(
        "dechets",
        date(2022, 10, 11),
        "Cafés, hôtels, restaurants : 200 professionnels accompagnés vers la transition",
        """Une délibération du 7 octobre 2022 lance un accompagnement de 200 professionnels de
        la restauration et de l'hôtellerie, avec des opérateurs de l'ESS.""",
        [
            paragraph(
                """Les opérateurs de l'ESS de ce dispositif sont notamment Les Boîtes Nomades, La
                Tricyclerie et Les Alchimistes : contenants réutilisables, collecte et
                compostage des biodéchets."""
            ),
            key_figures(
                "Le dispositif",
                ("200", "professionnels accompagnés", "Nantes Métropole, 2022"),
            ),
        ],
        sectors=[2],
    ),
    _update(
        "dechets",
        date(2023, 10, 18),
        "Bout' à Bout' ouvre son usine de lavage à Carquefou",
        """La plus grande usine de lavage de contenants en verre de France a ouvert le
        17 octobre 2023 à Carquefou.""",
        [
            key_figures(
                "L'usine",
                ("7 000 m²", "de site", "Nantes Métropole, 2023"),
                ("60 M", "contenants par an à pleine capacité", "Nantes Métropole, 2023"),
            ),
            paragraph(
                """Lauréate du premier Prix de l'innovation sociale de la métropole en 2017, Bout'
                à Bout' a levé 7,3 M€ en 2023 pour construire l'usine."""
            ),
        ],
        levers=[2],
        sectors=[2],
        projects=["Usine de lavage de Bout' à Bout'"],
        public=True,
    ),
    _update(
        "dechets",
        date(2024, 3, 26),
        "Rebois : le bois de chantier retrouve une seconde vie",
        """Gueule(s) de Bois transforme le bois de chantier avec Rebois, sur le site de
        réemploi Cyneo à Saint-Aignan-Grandlieu.""",
        [
            paragraph(
                """Le site Cyneo réunit plusieurs acteurs du réemploi des matériaux du bâtiment,
                dont Articonnex et la Miroiterie du Réemploi. Rebois y apporte un atelier de
                transformation du bois."""
            ),
        ],
        sectors=[1, 2],
        projects=["Rebois"],
    ),
    _update(
        "dechets",
        date(2025, 2, 11),
        "Bout' à Bout' : 3,5 millions de bouteilles lavées en 2024",
        """Pour sa première année pleine, l'usine de Carquefou a lavé 3,5 millions de
        bouteilles en 2024.""",
        [
            key_figures(
                "2024",
                ("3,5 M", "bouteilles lavées en 2024", "Informateur judiciaire, 2025"),
                ("60 M", "contenants par an à pleine capacité", "Nantes Métropole, 2023"),
            ),
            paragraph(
                """La montée en charge dépend du nombre de producteurs et de distributeurs qui
                adoptent la consigne."""
            ),
        ],
        sectors=[2],
        projects=["Usine de lavage de Bout' à Bout'"],
    ),
    _update(
        "dechets",
        date(2025, 6, 17),
        "Envie 44 fragilisée par l'appel d'offres de la filière électroménager",
        """L'entreprise d'insertion, présente à Nantes depuis 32 ans, s'inquiète de l'appel
        d'offres logistique de l'éco-organisme des équipements électriques et électroniques.""",
        [
            paragraph(
                """Envie 44 reconditionne environ 10 000 gros appareils par an et emploie 130
                personnes, dont 70 en insertion (Ecossolies, 2025). La direction suit la
                situation avec la Direction de l'Économie et de l'Emploi responsables."""
            ),
            callout(
                "Point de vigilance",
                "Les emplois d'insertion de la filière réemploi sont en jeu.",
                tone="important",
            ),
        ],
        levers=[8],
        sectors=[2],
        projects=["Réseau de collecte et de réparation du réemploi"],
    ),
    _update(
        "dechets",
        date(2026, 3, 10),
        "Réseau du réemploi : une carte des lieux de collecte et de réparation",
        """La direction publie en interne une carte des ressourceries, recycleries et ateliers
        de réparation de la métropole.""",
        [
            paragraph(
                """La carte réunit les lieux connus : la Ressourcerie de l'Île et Stations Services
                à Rezé, Envie 44 à Nantes, la recyclerie événementielle du Solilab. Les
                directions peuvent signaler les lieux manquants."""
            ),
        ],
        levers=[5],
        sectors=[2],
        projects=["Réseau de collecte et de réparation du réemploi"],
    ),
    _update(
        "dechets",
        date(2026, 9, 8),
        "Stations Services : des matériaux d'entreprises pour les chantiers",
        """La recyclerie de matières premières de Rezé propose aux services techniques ses
        matériaux de réemploi.""",
        [
            paragraph(
                """Créée en 2015, Stations Services revend les chutes des entreprises de 30 à 60 %
                moins cher que le neuf. Elle avait collecté 400 tonnes auprès de 80 entreprises
                en deux ans (20 Minutes, 2017)."""
            ),
        ],
        sectors=[2, 1],
    ),
    # Direction Énergies, Environnement, Risques
    _update(
        "energies",
        date(2021, 11, 16),
        "Min à Watt : le toit solaire citoyen du MIN",
        """Sur les 19 000 panneaux du toit du MIN, 1 666 sont gérés par la communauté citoyenne
        Min à Watt.""",
        [
            paragraph(
                """L'électricité produite par les panneaux citoyens est autoconsommée par les
                chambres froides du marché. Le projet relie énergie citoyenne et alimentation."""
            ),
            key_figures("Le toit", ("1 666", "panneaux citoyens", "France 3, 2018")),
        ],
        sectors=[8, 4],
        projects=["Min à Watt"],
    ),
    _update(
        "energies",
        date(2024, 2, 6),
        "Watt'Else, nouvelle communauté énergétique citoyenne",
        """Une nouvelle communauté de la coopérative CoWatt est créée ; la centrale de l'habitat
        participatif Les Champs Libres produit depuis décembre 2023.""",
        [
            paragraph(
                """Les habitants financent et gouvernent ensemble des installations solaires,
                avec des parts de 100 €. La centrale des Champs Libres a une puissance de
                20 kWc."""
            ),
            key_figures("La centrale", ("20 kWc", "aux Champs Libres", "CoWatt, 2023")),
        ],
        sectors=[8],
        projects=["Communauté énergétique Watt'Else"],
        public=True,
    ),
    _update(
        "energies",
        date(2025, 5, 13),
        "Énergie citoyenne : recenser les toitures publiques disponibles",
        """La direction lance avec les communes volontaires un recensement des toitures
        publiques qui pourraient accueillir des projets solaires citoyens.""",
        [
            paragraph(
                """Dans le modèle de CoWatt, des collectifs locaux trouvent les toits et les
                citoyens financent les installations. Un recensement partagé des toitures
                publiques faciliterait ce travail."""
            ),
            callout(
                "Communes",
                "Les communes volontaires peuvent se signaler auprès de la direction.",
                tone="tip",
            ),
        ],
        levers=[4, 5],
        sectors=[8],
    ),
    _update(
        "energies",
        date(2026, 6, 9),
        "Conférence ouverte de la transition énergétique : la contribution de l'ESS",
        """La filière énergie citoyenne prépare sa contribution au suivi évaluatif de la
        feuille de route de la transition énergétique.""",
        [
            paragraph(
                """Depuis 2018, la Conférence ouverte de la transition énergétique suit les
                33 engagements de la feuille de route. Les coopératives citoyennes y présentent
                la puissance installée et le nombre de coopérateurs."""
            ),
        ],
        levers=[1],
        sectors=[8],
    ),
    # Direction des Mobilités
    _update(
        "mobilites",
        date(2021, 10, 12),
        "Labo mobilité inclusive : un premier état des lieux",
        """Le Labo mobilité inclusive des Ecossolies dresse la liste des solutions de mobilité
        pour les personnes en insertion.""",
        [
            bullets(
                [
                    "Déclic Mobilité à Saint-Herblain ;",
                    "Mobil Actif et ses scooters à petit prix ;",
                    "Vélo Égaux et AGIR pour le vélo ;",
                    "l'auto-école sociale du Solilab.",
                ],
                intro="Premières solutions repérées :",
            ),
        ],
        levers=[3],
        sectors=[7],
        projects=["Labo mobilité inclusive"],
    ),
    _update(
        "mobilites",
        date(2022, 10, 11),
        "Le pacte logistique urbaine est voté : quelle place pour les coopératives ?",
        """Le conseil métropolitain a voté le 7 octobre 2022 le pacte pour une logistique
        urbaine durable et résiliente, qui compte 58 actions.""",
        [
            key_figures(
                "Le pacte",
                ("58", "actions", "Nantes Métropole, 2022"),
                ("11", "actions à court terme", "Nantes Métropole, 2022"),
                ("200+", "acteurs associés", "Nantes Métropole, 2022"),
            ),
            paragraph(
                """Les coopératives de livraison à vélo, dont Les Coursiers Nantais, lauréats de
                l'appel à projets FLUX, sont parties prenantes du pacte."""
            ),
        ],
        levers=[5],
        sectors=[5],
        projects=["Cyclo-logistique coopérative"],
        public=True,
    ),
    _update(
        "mobilites",
        date(2023, 9, 19),
        "Toutenvélo s'installe à Nantes",
        """Une nouvelle Scop de cyclo-logistique livre des charges jusqu'à 300 kg : Nantes est
        la onzième ville du réseau Toutenvélo.""",
        [
            paragraph(
                """Né à Rennes en 2009, le réseau de coopératives étend la livraison à vélo aux
                charges lourdes. Son arrivée renforce la filière logistique urbaine durable."""
            ),
        ],
        sectors=[5],
        projects=["Cyclo-logistique coopérative"],
    ),
    _update(
        "mobilites",
        date(2024, 6, 11),
        "Location solidaire de scooters : une solution pour l'accès à l'emploi",
        """Mobil Actif loue des scooters 2,50 € par jour pour 40 km depuis l'ancienne gare de
        Basse-Indre.""",
        [
            paragraph(
                """Portée par l'association Les Eaux Vives, la location solidaire répond aux
                besoins des personnes qui commencent un emploi ou une formation sans moyen de
                transport. Sa première antenne, à Nozay, fonctionne depuis quinze ans."""
            ),
        ],
        levers=[8],
        sectors=[7],
        projects=["Labo mobilité inclusive"],
    ),
    _update(
        "mobilites",
        date(2025, 11, 28),
        "Quatrième forum du pacte logistique urbaine",
        """Le quatrième forum annuel du pacte logistique a réuni en novembre 2025 les acteurs
        de l'instance de gouvernance ouverte.""",
        [
            paragraph(
                """Le forum fait le point sur les 58 actions du pacte avec les sept groupes
                thématiques. Les acteurs de la cyclo-logistique y ont présenté leurs
                résultats."""
            ),
        ],
        sectors=[5],
        projects=["Cyclo-logistique coopérative"],
    ),
    _update(
        "mobilites",
        date(2026, 2, 17),
        "L'auto-école sociale du Solilab, maillon de la mobilité inclusive",
        """Le Labo mobilité inclusive met en avant l'auto-école sociale installée au Solilab,
        qui prépare au permis des personnes en insertion.""",
        [
            paragraph(
                """Le permis de conduire reste une condition d'accès à de nombreux emplois. Les
                auto-écoles sociales adaptent la formation aux personnes qui en sont
                éloignées."""
            ),
        ],
        sectors=[7],
        projects=["Labo mobilité inclusive"],
    ),
    # Direction de l'Habitat
    _update(
        "habitat",
        date(2022, 3, 21),
        "Labo Habitat inclusif : 180 participants à la journée territoriale",
        """La journée territoriale du 18 mars 2022, à la Manufacture des Tabacs, a réuni 180
        participants autour de l'habitat inclusif.""",
        [
            key_figures(
                "La journée",
                ("180", "participants", "Ecossolies, 2022"),
                ("≈ 100", "acteurs mobilisés par le Labo", "Ecossolies, 2022"),
            ),
            paragraph(
                """Porteurs de projets, bailleurs, financeurs et collectivités ont partagé leurs
                expériences d'habitat partagé et accompagné."""
            ),
        ],
        levers=[3],
        sectors=[3],
        projects=["Labo Habitat inclusif"],
        public=True,
    ),
    _update(
        "habitat",
        date(2023, 6, 13),
        "Hacoopa : un habitat inclusif pour personnes âgées à Orvault",
        """La SCIC Hacoopa, née du Prix de l'innovation sociale 2018, développe une alternative
        à l'Ehpad ; sa première maison est à Orvault.""",
        [
            paragraph(
                """Fondée en juillet 2019 par la Scop Titi Floris, Titi Services, Macoretz et
                ADT 44, la coopérative associe habitants, salariés et partenaires."""
            ),
        ],
        sectors=[3],
        projects=["Labo Habitat inclusif"],
    ),
    _update(
        "habitat",
        date(2025, 1, 21),
        "Avis de l'instance Longévité : ce qui concerne l'habitat inclusif",
        """L'instance de gouvernance ouverte Longévité a rendu le 17 janvier 2025 son premier
        avis évaluatif ; la direction en tire les points utiles à l'habitat inclusif.""",
        [
            paragraph(
                """La feuille de route Longévité compte 25 engagements. L'habitat inclusif y
                contribue en offrant des alternatives à l'Ehpad et en favorisant le maintien à
                domicile."""
            ),
        ],
        sectors=[3],
    ),
    # Direction Santé publique
    _update(
        "sante",
        date(2023, 10, 5),
        "Le centre de santé du Breil est ouvert",
        """Le centre de santé du Breil a ouvert le 3 octobre 2023, rue de la Jalotterie, géré
        par l'association Accompagnement Soins et Santé.""",
        [
            paragraph(
                """Le projet est né d'un diagnostic de santé participatif mené avec le conseil
                citoyen. Il répond au manque de médecins dans les quartiers prioritaires."""
            ),
            key_figures(
                "L'enjeu",
                (
                    "49",
                    "médecins pour 100 000 habitants en quartier prioritaire",
                    "ORS, cité par Nantes Métropole, 2024",
                ),
                ("93", "en moyenne", "ORS, cité par Nantes Métropole, 2024"),
            ),
        ],
        levers=[8],
        sectors=[9],
        projects=["Centre de santé du Breil"],
        public=True,
    ),
    _update(
        "sante",
        date(2024, 1, 23),
        "Maison de santé Nantes Nord : ouverture rue des Renards",
        """La maison de santé de Nantes Nord a ouvert en janvier 2024 : 900 m² pour 15 à 20
        professionnels.""",
        [
            paragraph(
                """Elle suit l'ouverture en 2022 de la maison de santé de Bellevue. Ces lieux
                complètent l'offre de soins de proximité dans les quartiers prioritaires."""
            ),
        ],
        sectors=[9],
    ),
    _update(
        "sante",
        date(2026, 1, 13),
        "Centre de santé communautaire du Clos Toreau : le projet avance",
        """L'association Faire soin porte un projet de centre de santé communautaire au Clos
        Toreau.""",
        [
            paragraph(
                """Comme au Breil, le projet associe les habitants à la définition des besoins.
                La direction suit le projet avec la Direction de l'Habitat."""
            ),
        ],
        sectors=[9],
        projects=["Centre de santé du Breil"],
    ),
    # Direction Culture
    _update(
        "culture",
        date(2022, 9, 20),
        "Transfert, terrain d'expérimentation du réemploi",
        """À Rezé, le lieu culturel temporaire Transfert a travaillé avec des acteurs du
        réemploi pour ses décors et ses aménagements.""",
        [
            paragraph(
                """Transfert a noué des partenariats avec Stations Services, la Ressourcerie de
                l'Île et Les Nomades, une friperie mobile : un exemple de coopération entre
                culture et réemploi."""
            ),
        ],
        sectors=[10, 2],
    ),
    _update(
        "culture",
        date(2025, 10, 14),
        "Coopérations culturelles : un recensement des mutualisations",
        """La direction recense les mutualisations entre structures culturelles (lieux,
        matériel, emplois partagés) pour étoffer la filière culture et citoyenneté.""",
        [
            paragraph(
                """Aucune source publique ne décrit encore une filière culture de l'ESS à Nantes.
                Le recensement doit permettre de fixer des objectifs à la filière."""
            ),
            callout(
                "Contribuer",
                "Les structures connues de vos services peuvent être signalées à la direction.",
                tone="tip",
            ),
        ],
        sectors=[10],
    ),
    # Direction du Dialogue citoyen
    _update(
        "dialogue-citoyen",
        date(2023, 3, 7),
        "Grand débat « Fabrique de nos villes » : les acteurs de l'ESS invités",
        """Le quatrième grand débat métropolitain s'est ouvert le 6 mars 2023 pour quatre
        mois ; les acteurs de l'ESS sont invités à y contribuer.""",
        [
            paragraph(
                """Après la Loire, la transition énergétique et la longévité, ce grand débat
                porte sur la fabrique de la ville. L'urbanisme transitoire, dont le Solilab est
                un exemple, fait partie des sujets."""
            ),
        ],
        levers=[5, 4],
    ),
    _update(
        "dialogue-citoyen",
        date(2024, 10, 8),
        "Évaluation concertée : constituer le panel des acteurs",
        """La direction aide la coordination ESS à constituer le panel d'acteurs qui choisira
        les indicateurs de la feuille de route.""",
        [
            paragraph(
                """Le panel s'inspire des instances de gouvernance ouverte de la métropole, comme
                l'IGO Longévité ou celle du pacte logistique. Il associera acteurs de l'ESS,
                entreprises, habitants et agents."""
            ),
        ],
        levers=[1],
    ),
    _update(
        "dialogue-citoyen",
        date(2026, 1, 9),
        "Conseil de développement : ateliers sur l'état de la citoyenneté",
        """Le Conseil de développement poursuit ses ateliers « État des lieux de la
        citoyenneté », dont une séance le 8 janvier 2026.""",
        [
            paragraph(
                """Créé en 1996 sous le nom de Conférence consultative d'agglomération, le
                Conseil de développement est l'assemblée citoyenne de la métropole. Ses travaux
                intéressent la filière culture et citoyenneté."""
            ),
        ],
        sectors=[10],
    ),
    # Mission Alimentation
    _update(
        "alimentation",
        date(2021, 5, 18),
        "Kiosque paysan structure sa plateforme logistique",
        """Lauréat du Prix de l'innovation sociale 2019, Kiosque paysan organise la logistique
        partagée de producteurs et de distributeurs bio et locaux.""",
        [
            paragraph(
                """Ses membres vont des producteurs (GAB 44, Terroirs 44) aux distributeurs
                (Scopeli) et aux livreurs à vélo (VeloJO). La plateforme limite les trajets et
                rend les produits locaux plus accessibles."""
            ),
        ],
        levers=[5],
        sectors=[4, 5],
        projects=["Kiosque paysan"],
    ),
    _update(
        "alimentation",
        date(2022, 11, 22),
        "Le projet alimentaire territorial obtient le niveau 2 du label",
        """Premier PAT labellisé en Pays de la Loire en 2018, le projet alimentaire territorial
        de la métropole a obtenu en 2022 le niveau 2 du label.""",
        [
            paragraph(
                """La feuille de route du PAT compte 8 engagements et 30 actions jusqu'en 2030.
                La filière alimentation et circuits courts de la feuille de route ESS y
                contribue."""
            ),
        ],
        sectors=[4],
    ),
    _update(
        "alimentation",
        date(2024, 10, 18),
        "Appel à coopération alimentation durable : cinq lauréats",
        """Le CCAS a désigné le 17 octobre 2024 les cinq lauréats de son appel à coopération
        pour une alimentation durable et accessible, dotés de 750 000 € sur trois ans.""",
        [
            key_figures(
                "L'appel",
                ("5", "lauréats", "Nantes Métropole, 2024"),
                ("750 000 €", "sur trois ans", "Nantes Métropole, 2024"),
            ),
            paragraph(
                """Parmi les lauréats, Coopain, porté par la SCIC Commun'île, et un projet
                d'épicerie sociale au Breil."""
            ),
        ],
        levers=[2],
        sectors=[4],
        projects=["Appel à coopération alimentation durable"],
        public=True,
    ),
    _update(
        "alimentation",
        date(2025, 3, 18),
        "Caisse commune de l'alimentation : de nouveaux foyers rejoignent l'expérimentation",
        """Après 20 premiers foyers de Bellevue, Chantenay et Sainte-Anne, 80 foyers
        supplémentaires rejoignent la caisse commune de l'alimentation.""",
        [
            paragraph(
                """L'expérimentation, portée par VRAC, court jusqu'en août 2026. Elle associe
                notamment la Banque alimentaire 44, le GAB 44, Kiosque paysan et MicroMarché."""
            ),
        ],
        levers=[1],
        sectors=[4],
        projects=["Caisse commune de l'alimentation"],
    ),
    _update(
        "alimentation",
        date(2025, 10, 24),
        "Une épicerie sociale ouvre au Breil",
        """L'épicerie sociale « Au 5, fruits et légumes » a ouvert le 23 octobre 2025 au Breil,
        portée par l'Accoord et ses partenaires.""",
        [
            paragraph(
                """L'épicerie est l'un des projets lauréats de l'appel à coopération
                alimentation durable. L'Arbre de Liberté, La Boîte à Récup et le Panier du Breil
                y participent."""
            ),
        ],
        sectors=[4],
        projects=["Appel à coopération alimentation durable"],
    ),
    # Direction du Numérique
    _update(
        "numerique",
        date(2021, 3, 9),
        "Fracture numérique : relire le rapport de la Maison du Libre",
        """Le rapport de la Maison du Libre sur la fracture numérique dans la métropole,
        présenté en septembre 2020, sert de point de départ à la filière numérique
        responsable.""",
        [
            paragraph(
                """Présenté à PiNG le 24 septembre 2020, le rapport décrit les difficultés
                d'accès au numérique des habitants. La direction en partage une synthèse avec les
                directions qui accueillent du public."""
            ),
        ],
        sectors=[6],
        projects=["Reconditionnement informatique solidaire"],
    ),
    _update(
        "numerique",
        date(2024, 9, 17),
        "Postes réformés : étudier la piste du reconditionnement solidaire",
        """La direction étudie comment orienter les ordinateurs réformés vers des associations
        de reconditionnement comme Nâga.""",
        [
            paragraph(
                """Nâga reconditionne depuis 2013 des ordinateurs sous logiciels libres pour ses
                adhérents. Les conditions juridiques de cession des matériels sont examinées avec
                la Direction de la Commande publique."""
            ),
        ],
        levers=[7],
        sectors=[6],
        projects=["Reconditionnement informatique solidaire"],
    ),
    # Direction de la Communication
    _update(
        "communication",
        date(2023, 10, 3),
        "Mois de l'ESS : un kit de communication pour les communes",
        """Pour le Mois de l'ESS, la direction met à disposition des communes un kit pour
        présenter les acteurs de l'ESS de leur territoire.""",
        [
            paragraph(
                """Le kit reprend les chiffres clés de l'ESS de la métropole, chacun avec sa
                source : 36 000 emplois (CRESS, 2016), près de 16 % de l'emploi salarié privé
                (Nantes Métropole, 2024)."""
            ),
        ],
        levers=[6, 5],
    ),
    _update(
        "communication",
        date(2024, 3, 19),
        "Grand RDV des engagéEs : plus de 1 400 participants",
        """La deuxième édition du Grand RDV des engagéEs, le 14 mars 2024, a réuni plus de
        1 400 personnes autour de l'économie responsable.""",
        [
            key_figures(
                "L'événement",
                ("1 400+", "participants", "Informateur judiciaire, 2024"),
                ("2e", "édition, après celle du 28 mars 2023", "Nantes Métropole, 2024"),
            ),
            paragraph(
                """Les acteurs de l'ESS y ont côtoyé les entreprises engagées dans la démarche de
                la Plateforme RSE."""
            ),
        ],
        levers=[6],
        public=True,
    ),
    _update(
        "communication",
        date(2026, 9, 15),
        "Contenus prêts pour le public : mode d'emploi",
        """Comment marquer une page « prête pour le public », ce que relit la Direction de la
        Communication et ce qui est transmis au site public.""",
        [
            bullets(
                [
                    "vérifier que chaque chiffre cite sa source et son année ;",
                    "retirer les informations internes du corps du texte ;",
                    "choisir l'audience « prêt pour le public » dans les paramètres de la page.",
                ],
                intro="Avant de marquer une page :",
            ),
            callout(
                "Ce qui n'est jamais transmis",
                """Le propriétaire du contenu, la date de revue et la direction propriétaire
                restent internes.""",
            ),
        ],
        levers=[6],
    ),
]
