"""Facade of the page models: import them from ``pages.models``.

Import direction inside the package: ``base`` and ``reference`` import nothing from their
siblings; ``policies`` and ``directorates`` import ``base``; ``roadmap`` and ``projects``
import ``base`` and ``directorates``. Other apps import from here; ``pages`` imports no app.
"""

from pages.models.base import Audience, IntranetPage
from pages.models.directorates import DirectorateIndexPage, DirectoratePage, UpdatePage
from pages.models.policies import PolicyIndexPage, PolicyLink, PolicyLinkKind, PolicyPage
from pages.models.projects import ProjectIndexPage, ProjectPage, ProjectStatus
from pages.models.reference import Commune, LegalForm, Organisation
from pages.models.roadmap import (
    HomePage,
    LeverIndexPage,
    LeverPage,
    RoadmapPage,
    SectorIndexPage,
    SectorPage,
    StandardPage,
)

__all__ = [
    "Audience",
    "Commune",
    "DirectorateIndexPage",
    "DirectoratePage",
    "HomePage",
    "IntranetPage",
    "LegalForm",
    "LeverIndexPage",
    "LeverPage",
    "Organisation",
    "PolicyIndexPage",
    "PolicyLink",
    "PolicyLinkKind",
    "PolicyPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectStatus",
    "RoadmapPage",
    "SectorIndexPage",
    "SectorPage",
    "StandardPage",
    "UpdatePage",
]
