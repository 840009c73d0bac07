"""Domain synonyms and abbreviations, used to widen a question before lexical search.

Layer: pure data. Each group lists spellings users type for one concept; a question that
contains one member is searched with all of them.
"""

from __future__ import annotations

import re

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("spoor 2", "tweede spoor", "2e spoor", "tweede spoortraject", "2e spoortraject"),
    ("spoor 1", "eerste spoor", "1e spoor"),
    ("riv", "re-integratieverslag", "reïntegratieverslag"),
    ("toets", "toetst", "riv-toets", "beoordeelt"),
    ("eje", "eerstejaarsevaluatie", "eerstejaars evaluatie"),
    ("gbm", "geen benutbare mogelijkheden"),
    ("pva", "plan van aanpak"),
    ("pa", "probleemanalyse"),
    ("fml", "functionele mogelijkhedenlijst", "inzetbaarheidsprofiel", "belastbaarheid"),
    ("ad", "arbeidsdeskundige", "arbeidsdeskundig onderzoek"),
    ("do", "deskundigenoordeel"),
    ("42e-weeksmelding", "42e weeks melding", "ziekmelding bij uwv", "aangifte langdurige ziekte"),
    ("wvp", "wet verbetering poortwachter", "poortwachter"),
    ("iva", "vervroegde iva", "verkorte wachttijd"),
    ("loonstop", "loon stopzetten", "loon stoppen"),
    ("verlenging", "vrijwillige verlenging", "uitstel wia"),
    ("ziekteperiodes samentellen", "samentelling", "samengeteld", "optellen"),
    (
        "re-integratiebureau",
        "re-integratiebedrijf",
        "re-integratiecoach",
        "extern bureau",
        "jobcoach",
        "spoor 2-bureau",
    ),
    ("inhuren", "in te huren", "inschakelen", "in te schakelen", "inkopen", "uitbesteden"),
    ("ontslaan", "ontslag", "opzeggen", "ontslagvergunning"),
    ("weigert", "weigeren", "niet meewerken", "meewerken", "zelf kiezen", "meedoet", "meedoen"),
    ("kost", "kosten", "tarief", "investeren", "geld"),
)

_INDEX = {member: group for group in SYNONYM_GROUPS for member in group}


def expand_query(question: str) -> str:
    """Return the question followed by the synonyms of every concept it mentions."""
    lowered = question.lower()
    extra: list[str] = []
    for member, group in _INDEX.items():
        if re.search(rf"(?<![\w-]){re.escape(member)}(?![\w-])", lowered):
            extra.extend(m for m in group if m != member and m not in extra)
    return f"{question} {' '.join(extra)}" if extra else question
