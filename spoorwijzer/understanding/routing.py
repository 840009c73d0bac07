"""Route a question: deadline, obligation, process, claim check, or out of scope.

Layer: pure rules over the question text. The retrieval-based scope check (nothing relevant
above a threshold) is applied by the answer chain on top of these rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from spoorwijzer.language.synonyms import english_gloss


class Intent(StrEnum):
    """What kind of answer a question needs."""

    DEADLINE = "deadline"
    OBLIGATION = "obligation"
    PROCESS = "process"
    CLAIM = "claim"
    OUT_OF_SCOPE = "out_of_scope"


# Words that place a question inside Spoorwijzer's domain.
_DOMAIN = re.compile(
    r"spoor|re-?[iï]ntegr|poortwachter|\bziek|verzuim|arbeidsongeschikt|bedrijfsarts|"
    r"arbeidsdeskundig|\bwia\b|wia-|\biva\b|\bwga\b|loonsanctie|loondoorbetal|loon\s+doorbetal|"
    r"wachttijd|probleemanalyse|plan van aanpak|eerstejaarsevaluatie|\beje\b|deskundigenoordeel|"
    r"42e|\b42\s*(?:ste\s*)?[- ]?(?:weken|weeks?)[- ]?(?:melding|notification|report)|"
    r"passend werk|passende arbeid|loonstop|"
    r"\bgbm\b|benutbare|uitgevallen|viel uit|"
    r"hersteld|zwangerschap|bevalling|casemanager|arbodienst|\brivs?\b|ziektewet|eigenrisicodrager|"
    r"7:6[25]\d|\buwv\b|104 weken|aangepast werk|gedeeltelijk werk|werkhervatting|"
    r"eigen (?:functie|werk|job)\b|terug naar (?:zijn|haar) (?:werk|functie|job)|klachten\b|"
    r"\buitval|\b(?:valt|viel|vielen|vallen)\s+(?:\w+\s+){0,4}?uit\b|opzegverbod|"
    r"ontslagvergunning|no-risk|vangnet|beter ?gemeld|hersteldmeld|\bfml\b|inzetbaarheidsprofiel|"
    r"functionele mogelijkheden|\bpva\b|ontsla\w*|transitievergoeding|verzuimverzeker|\bezd\b|"
    r"\bba\b|mankeer\w*|thuis\s?gebleven|loon\s+(?:\w+\s+)?(?:stoppen|stopzetten|opschorten)|"
    r"\bzit\s+(?:\w+\s+)?thuis\b|"
    # a sick employee's health in other words: "dezelfde kwaal", "vragen wat ze heeft"
    r"\bkwaal\b|\baandoening\b|\bdiagnose\b|\bvragen\s+wat\s+(?:hij|ze|zij)\s+(?:precies\s+)?heeft\b|"
    r"\b(?:een|het|de)\s+do\b|\bdo\s+(?:aan)?vragen\b|\bdo\s+aangevraagd\b",  # deskundigenoordeel
    re.IGNORECASE,
)
# "de ww is een jaar ziek", "ww werkt mee": in a casemanager's shorthand "ww" is the werknemer,
# not the WW benefit.
_EMPLOYEE_VERB = (
    r"(?:is|was|werkt|werkte|heeft|had|wil|kan|zit|zat|wordt|ziek|meldt|weigert|geeft|doet|"
    r"komt|gaat|moet|mag|krijgt|blijft|valt|stelt|zegt|denkt|vindt)\b"
)
WW_BENEFIT = (
    r"(?:(?<!\bde )(?<![-:\n] )(?<!^)(?<!\n)\bww\b|"
    r"(?:\bde |^|\n|[-:] )ww\b(?!\s+(?:(?!die\b|dat\b|in\b|als\b|na\b|bij\b|voor\b|van\b|op\b|"
    r"wanneer\b)\w+\s+){0,3}?" + _EMPLOYEE_VERB + r"))"
)

# "btw" the tax, not "btw" for "by the way" ("btw de wachttijd is toch …", "btw, hoe zit …"):
# the chat word opens a clause, and a comma or a clause's first word follows it. Inside a
# clause ("of ik btw moet rekenen") it is the tax.
VAT = (
    r"(?:(?<![.!?,;:(\n])(?<![.!?,;:(\n]\s)(?<!^)\bbtw\b(?!\s*,)|"
    r"\bbtw\b(?!\s*,|\s+(?:de|het|een|ik|we|wij|hij|zij|ze|die|dat|dit|mijn|m'n|onze|ons|"
    r"hoe|wat|wanneer|waarom|moet|moeten|mag|kan|kun|heb|heeft|hebben|nog|ook|wel|niet|is|was|"
    r"klopt|weet|zit|zijn|wordt|als)\b))"
)

# Topics that are clearly elsewhere, with where to go instead.
_ELSEWHERE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(WW_BENEFIT + r"|ww-uitkering|werkloosheid", re.I),
        "Voor de WW (werkloosheidsuitkering) kunt u terecht bij UWV (uwv.nl en werk.nl).",
    ),
    (
        re.compile(r"pensioen", re.I),
        "Voor uw pensioenopbouw kunt u terecht bij uw pensioenfonds of op "
        "mijnpensioenoverzicht.nl.",
    ),
    (
        re.compile(r"\baov\b|arbeidsongeschiktheidsverzekering|zelfstandige", re.I),
        "Voor een arbeidsongeschiktheidsverzekering (AOV) voor zelfstandigen kunt u terecht bij uw "
        "verzekeraar.",
    ),
    (
        re.compile(r"30%-?regeling|belasting|" + VAT + r"|loonheffing|aangifte inkomsten", re.I),
        "Voor belastingzaken zoals de 30%-regeling kunt u terecht bij de Belastingdienst.",
    ),
    (
        re.compile(r"recept|soep|koken|voetbal|weer\s*bericht|vakantiebestemming|film", re.I),
        "Daarvoor kunt u beter een algemene zoekmachine of een ander hulpmiddel gebruiken.",
    ),
)
_DEADLINE = re.compile(
    r"wanneer|uiterlijk|uiterste|tot wanneer|vanaf wanneer|datum|termijn|deadline|welke dag|"
    r"eindigt|einddatum|schuift|telling|eerste ziektedag|hoe lang nog|welke data",
    re.IGNORECASE,
)
_CLAIM_CUES = re.compile(
    r"klopt (?:het|dat)|is (?:het|dat) (?:zo|waar)|\btoch\b|iemand zei|zegt dat|zei dat|"
    r"ik hoorde|hoorde dat|\bfabel|mythe|\bfeit\b|beweert|las dat|gelezen dat",
    re.IGNORECASE,
)
_YES_NO_START = re.compile(
    r"^\s*(?:(?:als|stel)\b[^,]*,\s*)?(?:ben|is|zijn|leidt|betekent|mag|moet|kan|kun|heeft|hoeft|"
    r"krijg|krijgt|geldt|telt|tellen|stopt|loopt|wordt|hoef)\b",
    re.IGNORECASE,
)
_OBLIGATION = re.compile(
    r"\bmoet|\bmoeten|verplicht|\bmag\b|\bmogen|\bhoeft|\bhoeven|wat kan ik|wat moet ik|"
    r"mijn plicht|wat doe ik|weigert|weigeren",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Route:
    """The router's decision, and for out-of-scope questions where to go instead."""

    intent: Intent
    referral: str | None = None


# A question that starts with any verb followed by its subject ("Bouwt een zieke werknemer …?",
# "Stopt de loondoorbetaling …?"): Dutch puts the verb first in a yes/no question. The first word
# is none of the words that start other sentences; the second opens a subject.
_QUESTION_LEAD = re.compile(
    r"^\s*(?:\d+[.)]\s*|[-*•]\s*|(?:vraag|even checken|snelle vraag|check)\s*:\s*|"
    r"hoe zit (?:het|dat)(?:\s+(?:nou|nu|eigenlijk|precies|dan))*\s*(?:met\s+[^:?]{1,40})?[:?]\s*|"
    r"(?:en|maar|dus|of|oké|ok|oke|nou|ja|nee)\s*,?\s+)+",
    re.IGNORECASE,
)
# Words that open a subject ("Bouwt een zieke werknemer …?"); none of them is a verb.
_SUBJECT_START = frozenset(
    [
        "een",
        "de",
        "het",
        "die",
        "dat",
        "deze",
        "dit",
        "ik",
        "je",
        "jij",
        "u",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "jullie",
        "men",
        "er",
        "mijn",
        "onze",
        "ons",
        "zijn",
        "haar",
        "hun",
        "uw",
        "iemand",
        "niemand",
        "zo'n",
        "elke",
        "iedere",
        "alle",
        "iedereen",
    ]
)
# ... and the words that start other sentences: question words, prepositions, conjunctions and
# the adverbs that open a story ("Inmiddels een jaar verder, wat nu?").
_NOT_A_VERB = _SUBJECT_START | frozenset(
    [
        "wat",
        "wie",
        "waar",
        "wanneer",
        "hoe",
        "welke",
        "welk",
        "waarom",
        "hoeveel",
        "hoelang",
        "waarvoor",
        "waardoor",
        "waarmee",
        "in",
        "op",
        "bij",
        "na",
        "voor",
        "tijdens",
        "met",
        "van",
        "aan",
        "over",
        "tot",
        "sinds",
        "vanaf",
        "om",
        "als",
        "of",
        "en",
        "maar",
        "want",
        "dus",
        "ook",
        "nou",
        "ja",
        "nee",
        "graag",
        "alvast",
        "even",
        "toch",
        "nog",
        "al",
        "dan",
        "nu",
        "misschien",
        "eigenlijk",
        "hallo",
        "hoi",
        "beste",
        "dag",
        "goedemorgen",
        "spoor",
        "uwv",
        "stel",
        "zodra",
        "omdat",
        "hierbij",
        "volgens",
        "inmiddels",
        "gisteren",
        "vandaag",
        "morgen",
        "binnenkort",
        "kortom",
        "straks",
        "toen",
        "daarna",
        "intussen",
        "ondertussen",
        "vorige",
        "afgelopen",
        "eerst",
        "daarom",
        "helaas",
        "gelukkig",
        "natuurlijk",
        "uiteraard",
        "overigens",
        "trouwens",
        "tja",
        "sindsdien",
        "verder",
        "echter",
        "bovendien",
        "vervolgens",
    ]
)
# "…, wat nu?": the question comes after the comma, the start tells the story.
_LATER_QUESTION = re.compile(
    r",\s*(?:en\s+)?(?:wat|hoe|wanneer|welke|waarom|moet|mag|kan|klopt)\b", re.IGNORECASE
)


def _verb_first(sentence: str) -> bool:
    words = re.findall(r"[\w'-]+", sentence.lower())
    return (
        len(words) >= 3
        and not _LATER_QUESTION.search(sentence)
        and words[0] not in _NOT_A_VERB
        and not words[0].isdigit()
        and words[1] in _SUBJECT_START
    )


def question_sentences(text: str) -> list[str]:
    """The sentences of a text that ask something (hold a question mark)."""
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if "?" in s]


# Two options, each with its verb: "…, of loopt hij door?" (not "vragen of hij …").
_EITHER_OR = re.compile(
    r"(?<!vragen )(?<!vraag )(?<!weten )(?<!weet )(?<!kijken )(?<!zien )(?<!nagaan )"
    r"(?<!kiezen )(?<!bepalen )(?<!bepaalt )(?<!beslissen )(?<!beslist )(?<!twijfel )"
    r"\bof\s+(?:loopt|lopen|gaat|gaan|begint|beginnen|telt|tellen|stopt|stoppen|blijft|"
    r"blijven|wordt|worden)\b",
    re.IGNORECASE,
)


def is_yes_no_question(question: str, *, rule_verbs_only: bool = False) -> bool:
    """True for a question that can be answered yes or no ("Mag hij spoor 2 weigeren?").

    `rule_verbs_only`: only a question that starts with a verb of rules ("mag", "is", "moet"
    …), not with any verb ("Bouwt een …?", "Moeten we …?").
    """
    for sentence in question_sentences(question):
        asked = _QUESTION_LEAD.sub("", sentence)
        if _EITHER_OR.search(asked):
            continue  # "Begint de 104 weken opnieuw of loopt hij door?" asks which, not yes or no
        if _YES_NO_START.search(asked) or (not rule_verbs_only and _verb_first(asked)):
            return True
    return False


def is_in_domain(question: str) -> bool:
    """True when the question uses any word of the Poortwachter / spoor 2 domain.

    English words count by their Dutch gloss ("fire someone during … sickness").
    """
    return bool(_DOMAIN.search(question) or _DOMAIN.search(" ".join(english_gloss(question))))


def route_question(  # noqa: PLR0911 - one return per route keeps the order of rules visible
    question: str, *, has_case_dates: bool, claim_match: bool
) -> Route:
    """Decide what kind of answer a question needs.

    Args:
        question: The question without injected instructions.
        has_case_dates: The question states dates of the case (a first sick day, ...).
        claim_match: A claim from claims.yaml matches the question closely.

    Returns:
        The route; out-of-scope routes carry a referral.
    """
    if not is_in_domain(question):
        referral = next((text for pattern, text in _ELSEWHERE if pattern.search(question)), None)
        return Route(Intent.OUT_OF_SCOPE, referral)
    for pattern, text in _ELSEWHERE[:4]:
        if pattern.search(question) and not re.search(r"spoor|re-?integra|ziek", question, re.I):
            return Route(Intent.OUT_OF_SCOPE, text)
    if has_case_dates and _DEADLINE.search(question):
        return Route(Intent.DEADLINE)
    if claim_match and (_CLAIM_CUES.search(question) or _YES_NO_START.search(question)):
        return Route(Intent.CLAIM)
    if has_case_dates:
        return Route(Intent.DEADLINE)
    if _OBLIGATION.search(question):
        return Route(Intent.OBLIGATION)
    return Route(Intent.PROCESS)
