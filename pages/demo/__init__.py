"""The real demo content of the intranet: the ESS roadmap of Nantes Métropole.

Data lives in one module per kind of content (``roadmap``, ``levers``, ``sectors``, ``policies``,
``projects``, ``directorates``, ``updates``, ``organisations``, ``communes``, ``accounts``),
written in French from the facts in the shared domain notes, every figure with its year and
source. ``stream`` builds StreamField blocks for those modules, ``illustrations`` draws the
images, ``roles`` creates the groups and their permissions, and ``loader`` puts everything into
the database idempotently. The ``load_demo`` management command only calls the loader.
"""
