"""ESS structures and partners of the roadmap (facts §3 and §6).

The first twenty are the canonical organisations of the demo; the last five are added because
projects name them as partners. A website is given only where a source names it; a commune only
where a source places the organisation in the métropole. Sectors are given by number.
"""

ORGANISATIONS = [
    {
        "name": "Les Ecossolies",
        "legal_form": "association",
        "sectors": [2, 3, 4, 7],
        "commune": "Nantes",
        "website": "https://ecossolies.fr",
        "description": "Association créée en 2004 avec Nantes Métropole, reconnue pôle "
        "territorial de coopération économique (PTCE) en 2011, qui fédère et accompagne les "
        "acteurs de l'ESS depuis le Solilab.",
    },
    {
        "name": "Lieux Communs",
        "legal_form": "scic",
        "sectors": [1],
        "commune": "Nantes",
        "website": "https://lieuxcommuns.coop",
        "description": "SCIC qui gère le Solilab, branche immobilière des Ecossolies (ex-SCIC "
        "Ecossimo), partenaire de la foncière dédiée à l'ESS.",
    },
    {
        "name": "SAMOA",
        "legal_form": "public_body",
        "sectors": [1],
        "commune": "Nantes",
        "website": "",
        "description": "Aménageur de l'île de Nantes, propriétaire du site du Solilab, qui a "
        "aussi mené la démolition de l'ancien MIN avec un fort taux de réemploi.",
    },
    {
        "name": "RTES",
        "legal_form": "network",
        "sectors": [],
        "commune": None,
        "website": "https://www.rtes.fr",
        "description": "Réseau des collectivités territoriales pour une économie solidaire, basé "
        "à Lille, présidé depuis 2019 par Mahel Coppey, vice-présidente de Nantes Métropole.",
    },
    {
        "name": "Avise",
        "legal_form": "association",
        "sectors": [],
        "commune": None,
        "website": "https://www.avise.org",
        "description": "Agence d'ingénierie pour entreprendre autrement, créée en 2002, qui a "
        "conçu le dispositif local d'accompagnement avec l'État et documente la co-construction.",
    },
    {
        "name": "Envie 44",
        "legal_form": "siae",
        "sectors": [2],
        "commune": "Nantes",
        "website": "",
        "description": "Entreprise d'insertion qui reconditionne environ 10 000 gros appareils "
        "électroménagers par an et emploie 130 personnes à Nantes, dont 70 en insertion (2025).",
    },
    {
        "name": "La Ressourcerie de l'Île",
        "legal_form": "association",
        "sectors": [2],
        "commune": "Rezé",
        "website": "",
        "description": "Association de réemploi créée en 2004 (ex-Ecorev), installée à Rezé, qui "
        "collecte dans les déchèteries de la métropole pour le compte de celle-ci.",
    },
    {
        "name": "Stations Services",
        "legal_form": "association",
        "sectors": [2, 10],
        "commune": "Rezé",
        "website": "",
        "description": "Recyclerie de matières premières créée en 2015 à Rezé, qui revend les "
        "chutes des entreprises et a ouvert le Grand magasin en centre-ville en 2018.",
    },
    {
        "name": "Bout' à Bout'",
        "legal_form": "company",
        "sectors": [2],
        "commune": "Carquefou",
        "website": "",
        "description": "Pionnière du retour de la consigne, association en 2016 puis entreprise "
        "en 2021, qui a ouvert à Carquefou en 2023 la plus grande usine de lavage de contenants "
        "en verre de France.",
    },
    {
        "name": "Hacoopa",
        "legal_form": "scic",
        "sectors": [3],
        "commune": None,
        "website": "",
        "description": "SCIC créée en juillet 2019 après le Prix de l'innovation sociale 2018, "
        "qui développe un habitat inclusif pour personnes âgées ; sa première maison est à "
        "Orvault.",
    },
    {
        "name": "CoWatt",
        "legal_form": "cooperative",
        "sectors": [8],
        "commune": "Nantes",
        "website": "https://cowatt.fr",
        "description": "Coopérative solaire citoyenne créée en 2017 par Alisée et Elise, qui "
        "finance des installations photovoltaïques avec des parts de 100 € détenues par des "
        "habitants.",
    },
    {
        "name": "Les Coursiers Nantais",
        "legal_form": "scop",
        "sectors": [5],
        "commune": "Nantes",
        "website": "",
        "description": "Coopérative de livraison à vélo, association en 2017 puis Scop en 2020, "
        "lauréate de l'appel à projets FLUX de la métropole.",
    },
    {
        "name": "Kiosque paysan",
        "legal_form": "other",
        "sectors": [4, 5],
        "commune": "Nantes",
        "website": "",
        "description": "Plateforme logistique partagée des produits bio et locaux réunissant "
        "producteurs et distributeurs, lauréate du Prix de l'innovation sociale 2019.",
    },
    {
        "name": "VRAC",
        "legal_form": "association",
        "sectors": [4],
        "commune": "Nantes",
        "website": "",
        "description": "Association qui porte la caisse commune de l'alimentation, "
        "expérimentation de sécurité sociale de l'alimentation dans des quartiers nantais.",
    },
    {
        "name": "Nâga",
        "legal_form": "association",
        "sectors": [6],
        "commune": "Nantes",
        "website": "",
        "description": "Association créée en 2013 qui collecte et reconditionne des ordinateurs "
        "sous logiciels libres pour les confier à ses adhérents.",
    },
    {
        "name": "Titi Floris",
        "legal_form": "scop",
        "sectors": [3, 7],
        "commune": None,
        "website": "",
        "description": "Scop de transport et d'accompagnement de personnes en situation de "
        "handicap, cofondatrice de la SCIC Hacoopa.",
    },
    {
        "name": "Accompagnement Soins et Santé",
        "legal_form": "association",
        "sectors": [9],
        "commune": "Nantes",
        "website": "",
        "description": "Association qui gère le centre de santé du Breil, ouvert en octobre 2023 "
        "avec le soutien de la métropole.",
    },
    {
        "name": "Banque des Territoires",
        "legal_form": "public_body",
        "sectors": [],
        "commune": None,
        "website": "https://www.banquedesterritoires.fr",
        "description": "Direction de la Caisse des Dépôts au service des territoires, qui apporte "
        "2,4 M€ à la foncière immobilière dédiée à l'ESS (2024).",
    },
    {
        "name": "France Active Pays de la Loire",
        "legal_form": "association",
        "sectors": [],
        "commune": None,
        "website": "",
        "description": "Financeur solidaire régional, anciennement Fondes, partenaire du fonds "
        "d'amorçage ESS Nantes Factory et de la candidature Territoire French Impact.",
    },
    {
        "name": "CRESS Pays de la Loire",
        "legal_form": "network",
        "sectors": [],
        "commune": "Nantes",
        "website": "https://www.cress-pdl.org",
        "description": "Chambre régionale de l'économie sociale et solidaire, dont l'observatoire "
        "produit les chiffres de l'emploi dans l'ESS.",
    },
    {
        "name": "Trajet",
        "legal_form": "association",
        "sectors": [1],
        "commune": "Saint-Aignan-Grandlieu",
        "website": "",
        "description": "Association d'insertion qui a ouvert avec Réagir Ensemble le chantier "
        "d'insertion Eco Construire en novembre 2022.",
    },
    {
        "name": "Gueule(s) de Bois",
        "legal_form": "association",
        "sectors": [1, 2],
        "commune": "Saint-Aignan-Grandlieu",
        "website": "",
        "description": "Association d'atelier bois partagé qui transforme le bois de chantier "
        "avec le projet Rebois, sur le site Cyneo.",
    },
    {
        "name": "L'Amarrez",
        "legal_form": "other",
        "sectors": [2],
        "commune": "Rezé",
        "website": "",
        "description": "Entreprise à but d'emploi du Territoire zéro chômeur de longue durée de "
        "Rezé, incubée aux Ecossolies en 2024.",
    },
    {
        "name": "Toutenvélo Nantes",
        "legal_form": "scop",
        "sectors": [5],
        "commune": "Nantes",
        "website": "",
        "description": "Scop de cyclo-logistique installée à Nantes en septembre 2023, qui livre "
        "des charges jusqu'à 300 kg.",
    },
    {
        "name": "Commun'île",
        "legal_form": "scic",
        "sectors": [4],
        "commune": None,
        "website": "",
        "description": "SCIC qui porte Coopain, l'un des cinq lauréats de l'appel à coopération "
        "alimentation durable du CCAS (2024).",
    },
]
