"""Deterministic Poortwachter deadline calculator: the only source of dates in an answer.

Layer: pure. Imports nothing from retrieval, LLM, store or UI code (enforced by import-linter).
"""

from spoorwijzer.deadlines.calculator import compute_deadlines
from spoorwijzer.deadlines.model import (
    CaseFacts,
    CountingStep,
    DeadlineInputError,
    DeadlineReport,
    Kind,
    Leave,
    MilestoneDate,
    SickPeriod,
    Status,
)
from spoorwijzer.deadlines.parsing import parse_sick_period
from spoorwijzer.deadlines.rules import MILESTONE_ORDER, RULES_BY_KEY

__all__ = [
    "MILESTONE_ORDER",
    "RULES_BY_KEY",
    "CaseFacts",
    "CountingStep",
    "DeadlineInputError",
    "DeadlineReport",
    "Kind",
    "Leave",
    "MilestoneDate",
    "SickPeriod",
    "Status",
    "compute_deadlines",
    "parse_sick_period",
]
