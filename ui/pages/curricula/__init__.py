"""Curricula page: read and search the modules, print handouts and tests, build the workshop agenda,
enter pre/post test scores and see the knowledge gain. One module per tab."""

from .agenda_tab import AgendaTab
from .modules_tab import ModulesTab
from .page import CurriculaPage
from .scores_tab import ScoresTab

__all__ = ["AgendaTab", "CurriculaPage", "ModulesTab", "ScoresTab"]
