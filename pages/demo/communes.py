"""The 24 communes of Nantes Métropole.

Populations: the 2021 census figure where the source gives it (wikizero, Insee 2021), otherwise
the 2019 figure (soft.lk, copy of the Wikipedia article). INSEE codes come from the wikisort
table; the ten the table leaves blank (Rezé, Saint-Aignan-Grandlieu, Saint-Herblain,
Saint-Jean-de-Boiseau, Saint-Léger-les-Vignes, Sainte-Luce-sur-Loire, Saint-Sébastien-sur-Loire,
Sautron, Thouaré-sur-Loire, Vertou) are the official codes of Insee's Code officiel géographique.
"""

# (name, INSEE code, population, census year)
COMMUNES = [
    ("Basse-Goulaine", "44009", 9555, 2021),
    ("Bouaye", "44018", 8144, 2021),
    ("Bouguenais", "44020", 20410, 2021),
    ("Brains", "44024", 2811, 2021),
    ("Carquefou", "44026", 20510, 2021),
    ("La Chapelle-sur-Erdre", "44035", 20331, 2021),
    ("Couëron", "44047", 23057, 2021),
    ("Indre", "44074", 4130, 2021),
    ("Mauves-sur-Loire", "44094", 3312, 2021),
    ("La Montagne", "44101", 6488, 2021),
    ("Nantes", "44109", 323204, 2021),
    ("Orvault", "44114", 27209, 2019),
    ("Le Pellerin", "44120", 5358, 2021),
    ("Rezé", "44143", 42919, 2019),
    ("Saint-Aignan-Grandlieu", "44150", 3954, 2019),
    ("Saint-Herblain", "44162", 47715, 2019),
    ("Saint-Jean-de-Boiseau", "44166", 5987, 2019),
    ("Saint-Léger-les-Vignes", "44171", 1939, 2019),
    ("Sainte-Luce-sur-Loire", "44172", 15319, 2019),
    ("Saint-Sébastien-sur-Loire", "44190", 27493, 2019),
    ("Sautron", "44194", 8478, 2019),
    ("Les Sorinières", "44198", 9031, 2021),
    ("Thouaré-sur-Loire", "44204", 10482, 2019),
    ("Vertou", "44215", 25541, 2019),
]
