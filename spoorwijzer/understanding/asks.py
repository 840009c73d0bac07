"""Every ask in a message: dates, the spoor 2 decision, what to do, a claim, costs, a term, scope.

Layer: understanding (pure). A message is split into its parts (sentences, and clauses joined by
"en" / "of" that each ask something); high-precision rules label each part. An optional
classifier (`ask_classifier`, logistic regression on the e5 embeddings) adds labels the rules
miss; the rules win where they fire. A claim is only a claim when the user asserts it or asks
to verify it ("klopt het dat …", "mijn collega zegt …", "… toch?", or a plain general
statement); its statement is extracted with its polarity (negations counted).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from spoorwijzer.language.sentences import split_sentences


class Ask(StrEnum):
    """What a part of a message asks for."""

    DATES = "dates"
    SPOOR2_DECISION = "spoor2_decision"
    WHAT_TO_DO = "what_to_do"
    CLAIM = "claim"
    COSTS = "costs"
    EXPLAIN_TERM = "explain_term"
    OUT_OF_SCOPE = "out_of_scope"
    PROCESS = "process"


# The order in which parts are answered when a message holds several asks of equal weight.
ASK_PRIORITY = (
    Ask.SPOOR2_DECISION,
    Ask.CLAIM,
    Ask.DATES,
    Ask.WHAT_TO_DO,
    Ask.COSTS,
    Ask.EXPLAIN_TERM,
    Ask.PROCESS,
    Ask.OUT_OF_SCOPE,
)

_F = re.IGNORECASE
_TRACK = r"(?:spoor\s?2|spoor twee|het tweede spoor|tweede spoor|2e spoor|2de spoor|tweede-spoor)"
_SPOOR2 = re.compile(
    rf"\bmoet(?:en)?\s+(?:(?:we|ik|er|dan|al|nu|nog|wij|jullie|hij|zij|u|met)\s+){{0,5}}{_TRACK}|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,2}}(?:al|nu|nog|direct|meteen)\s+(?:\w+\s+){{0,2}}"
    rf"(?:starten|beginnen|inzetten|in te zetten|opstarten|doen|in)|"
    rf"(?:wanneer|vanaf wanneer|per wanneer)\s+(?:\w+\s+){{0,3}}{_TRACK}|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,3}}(?:nodig|verplicht|aan de orde|noodzakelijk|opstarten|"
    rf"inzetten|starten|beginnen)|(?:starten|beginnen|inzetten)\s+(?:\w+\s+){{0,3}}{_TRACK}|"
    rf"(?:is|wordt)\s+(?:het\s+)?(?:tijd|nodig)\s+(?:voor\s+)?{_TRACK}|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,2}}(?:overslaan|achterwege|niet nodig)",
    _F,
)
_DATES = re.compile(
    r"\bwanneer\b|uiterlijk|uiterste|tot wanneer|vanaf wanneer|welke datum|welke data|"
    r"\bdatum\b|\bdata\b|termijn|deadline|welke dag|einddatum|hoe lang nog|hoe lang (?:moet|duurt|"
    r"loopt)|tot hoe lang|wat zijn de (?:stappen en )?(?:termijnen|data|deadlines)|per wanneer|"
    r"wanneer (?:is|moet|eindigt|stopt|loopt)|(?:te )?laat (?:met|voor|gemeld)|al verstreken|"
    r"verlopen|hoeveel (?:tijd|weken|dagen)|in welke week|welke week|tijdlijn|planning|"
    r"(?:moet|moeten) (?:ik|we|wij) (?:\w+\s+){0,3}(?:melden|aanvragen|indienen|opsturen)|"
    r"(?:iets|wat)\s+(?:\w+\s+){0,2}(?:bij|aan) (?:het )?uwv (?:melden|doorgeven)|"
    r"42e?[- ]?weeks?[- ]?melding|42ste week|ziekmelding bij (?:het )?uwv",
    _F,
)
_WHAT_TO_DO = re.compile(
    r"wat (?:moet|kan|kunnen|moeten|mag|mogen|doe|doen) (?:ik|we|wij|je|u)\b|"
    r"wat (?:nu|te doen)\b|wat als\b|wat dan\b|hoe (?:moet|kan|pak|ga) (?:ik|we|je)\b|"
    r"welke stappen|wat zijn (?:mijn|onze) (?:opties|mogelijkheden|plichten|verplichtingen)|"
    r"wat gebeurt er als|wat zijn de gevolgen|"
    r"wat staat (?:mij|ons) te doen|waar moet ik (?:op letten|beginnen)|hoe nu verder|"
    r"(?:mag|kan|moet) ik (?:hem|haar|de werknemer|mijn werknemer|de medewerker|ontslaan|"
    r"opzeggen|het loon)|mag (?:hij|zij) (?:\w+\s+){0,2}(?:weigeren|op vakantie)|"
    r"wat zijn de consequenties|hoe zit het (?:met|als)|hoe werkt dat als",
    _F,
)
_COSTS = re.compile(
    r"\bkost(?:en|t)?\b|wie betaalt|betalen|\bprijs|tarief|vergoed\w*|factuur|\bduur\b|"
    r"financier\w*|budget|declarer\w*|hoeveel geld|transitievergoeding|loonkosten|"
    r"verzuimverzeker\w*",
    _F,
)
_EXPLAIN = re.compile(
    r"wat (?:is|zijn|betekent|betekenen|houdt|houden|doet|doen) (?:precies\s+)?"
    r"(?:een|het|de|nou|eigenlijk|dat)?\s*(?:\w+[- ]?){1,4}(?:\s+in\b|\?|$)|wat wordt bedoeld met|"
    r"wat bedoelen ze met|wat betekent|wat houdt (?:\w+\s+){1,4}in|uitleg over|leg (?:eens )?uit|"
    r"verschil tussen|wie is (?:de|een)|wat doet (?:de|een)",
    _F,
)
_PROCESS = re.compile(
    r"hoe verloopt|hoe gaat (?:dat|het|zo'?n)|hoe werkt|wie (?:doet|regelt|kiest|zoekt|bepaalt)|"
    r"wat gebeurt er|hoe lang duurt|welke partij|wie moet|hoe ziet .{0,30} eruit|hoe vind ik|"
    r"welk bureau|waar vind ik|hoe kies",
    _F,
)
_VERIFY = re.compile(
    r"klopt (?:het|dat|dit)\b|klopt het dat|is (?:het|dat|dit) (?:zo|waar|correct|juist)|"
    r"\btoch\s*[?!.]*\s*$|\btoch\b\s*\?|(?:iemand|collega|collega's|mijn (?:collega|baas|"
    r"leidinggevende|manager|directeur|vriend|vriendin|buurman|buurvrouw|partner|accountant|"
    r"schoonvader|zwager|man|vrouw)|men|internet|een blog|een artikel|het artikel|een site|"
    r"iedereen|ze op internet|ik) (?:\w+\s+){0,3}(?:zegt|zei|zeggen|beweert|beweerde|"
    r"schrijft|schreef|las|lees|hoorde|hoor|heb gelezen|heb gehoord|leest)\b[^.?!]{0,40}?\bdat\b|"
    r"(?:je|men) hoort (?:vaak|wel eens|overal) dat|(?:ik|we) (?:dacht|dachten|meende) dat|"
    r"(?:ik heb|ik had) (?:\w+\s+){0,3}(?:gelezen|gehoord) dat|\bfabel\b|\bmythe\b|feit of fabel|"
    r"waar of niet|echt waar|is het echt|geldt (?:echt|nog steeds)|klopt dat\s*\?",
    _F,
)
_VERIFY_STRIP = re.compile(
    r"^(?:[^.?!]*?\b(?:klopt het dat|is het waar dat|is het zo dat|klopt het als|"
    r"(?:zegt|zei|zeggen|beweert|beweerde|schrijft|schreef|las|lees|hoorde|hoor|hoort|gelezen|"
    r"gehoord|dacht|dachten|meende)\s+(?:\w+\s+){0,3}?dat))\s*",
    _F,
)
_TAIL_STRIP = re.compile(
    r"(?:,?\s*(?:toch|klopt dat|klopt dit|klopt het|of niet|echt waar|is dat zo|is dat waar|"
    r"feit of fabel|waar of niet)\s*[?!.]*\s*)+$",
    _F,
)
_NEGATION = re.compile(r"\b(?:niet|geen|nooit|niets|niks|hoeft niet|hoeven niet)\b", _F)
_GENERAL = re.compile(
    r"\b(?:altijd|nooit|mag|mogen|moet|moeten|hoeft|hoeven|kan|kunnen|geldt|telt|tellen|"
    r"is|zijn|wordt|worden|heb je|heeft|krijgt|krijg je|betaalt|stopt|eindigt|vervalt|"
    r"leidt)\b",
    _F,
)
_PERSONAL = re.compile(
    r"\b(?:ik|mijn|mij|we|wij|ons|onze|hij|zij|haar|hem|medewerker|werknemer van ons|"
    r"collega van mij)\b",
    _F,
)
_QUESTION_WORD = re.compile(
    r"^\s*(?:wat|wanneer|hoe|wie|welke|waar|waarom|hoeveel|moet|mag|kan|kunnen|moeten|mogen|"
    r"is|zijn|heb|hebben|heeft|krijg|krijgt|geldt|wordt|telt)\b",
    _F,
)
_OUT_OF_SCOPE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\bww\b|ww-uitkering|werkloosheid|vaststellingsovereenkomst|\bvso\b", _F),
        "Over de WW na een vaststellingsovereenkomst gaat Spoorwijzer niet; kijk op uwv.nl of "
        "vraag een arbeidsrechtadvocaat of het Juridisch Loket.",
    ),
    (
        re.compile(r"belgi\w*|vlaander\w*|\briziv\b|mutualiteit|ziekenfonds", _F),
        "Spoorwijzer volgt alleen het Nederlandse recht; voor België kunt u terecht bij uw "
        "ziekenfonds (mutualiteit), het RIZIV of een Belgische sociaal juridisch adviseur.",
    ),
    (
        re.compile(r"pensioen(?!gerechtigde leeftijd)", _F),
        "Voor pensioenopbouw tijdens ziekte kunt u terecht bij het pensioenfonds of op "
        "mijnpensioenoverzicht.nl.",
    ),
    (
        re.compile(r"30%-?regeling|\bbtw\b|loonheffing|aangifte inkomstenbelasting", _F),
        "Voor belastingzaken kunt u terecht bij de Belastingdienst.",
    ),
    (
        re.compile(r"\baov\b|arbeidsongeschiktheidsverzekering voor zelfstandigen|als zzp", _F),
        "Voor een arbeidsongeschiktheidsverzekering (AOV) voor zelfstandigen kunt u terecht bij "
        "uw verzekeraar.",
    ),
)
_CLAUSE_SPLIT = re.compile(
    r"(?:,\s*|\s+)(?:en|maar|of)\s+(?=(?:wat|wanneer|hoe|moet|mag|kan|kunnen|moeten|wie|welke|"
    r"klopt|is het|hoeveel|waar)\b)|;\s*",
    _F,
)


@dataclass(frozen=True, slots=True)
class ClaimAsk:
    """A statement the user asserts or asks to verify, with its polarity."""

    statement: str
    negations: int  # number of negation words: odd means the statement is negated

    @property
    def negated(self) -> bool:
        """True when the statement says something is not so."""
        return self.negations % 2 == 1


@dataclass(frozen=True, slots=True)
class AskPart:
    """One part of a message and what it asks."""

    text: str
    asks: tuple[Ask, ...]
    referral: str | None = None


@dataclass(frozen=True, slots=True)
class AskReading:
    """Every ask in a message, the main one first."""

    asks: tuple[Ask, ...]
    parts: tuple[AskPart, ...]
    claim: ClaimAsk | None
    referrals: tuple[str, ...]
    confident: bool  # False: the reading fell back to the safest default

    def has(self, ask: Ask) -> bool:
        """True when the message holds this ask."""
        return ask in self.asks

    def part_text(self, ask: Ask) -> str:
        """The text of the parts that hold this ask (the whole message when none does)."""
        texts = [p.text for p in self.parts if ask in p.asks]
        return " ".join(texts) if texts else " ".join(p.text for p in self.parts)


Classifier = Callable[[str], dict[str, float]]


def asks_spoor2(text: str) -> bool:
    """True when the text asks whether (or when) spoor 2 must start for this case."""
    return bool(_SPOOR2.search(text))


def split_parts(text: str) -> list[str]:
    """Sentences, and clauses that each ask something ("…, en wat als …?")."""
    parts: list[str] = []
    for sentence in split_sentences(text):
        pieces = [p.strip(" ,") for p in _CLAUSE_SPLIT.split(sentence)]
        parts.extend(p for p in pieces if len(p.split()) >= 2)
    return parts or [text.strip()]


def _rule_asks(part: str) -> list[Ask]:
    found: list[Ask] = []
    if _SPOOR2.search(part):
        found.append(Ask.SPOOR2_DECISION)
    if _VERIFY.search(part):
        found.append(Ask.CLAIM)
    if _DATES.search(part):
        found.append(Ask.DATES)
    if _COSTS.search(part):
        found.append(Ask.COSTS)
    if _EXPLAIN.search(part) and not _WHAT_TO_DO.search(part):
        found.append(Ask.EXPLAIN_TERM)
    if _WHAT_TO_DO.search(part):
        found.append(Ask.WHAT_TO_DO)
    if _PROCESS.search(part):
        found.append(Ask.PROCESS)
    return found


def _is_plain_statement(part: str) -> bool:
    """A general rule stated as a sentence, not a question, not about the user's own case."""
    stripped = part.strip()
    return (
        not stripped.endswith("?")
        and not _QUESTION_WORD.match(stripped)
        and bool(_GENERAL.search(stripped))
        and not _PERSONAL.search(stripped)
        and len(stripped.split()) >= 4
    )


def extract_claim(part: str) -> ClaimAsk:
    """The statement inside a verification ask, without "klopt het dat" or "toch?"."""
    statement = _VERIFY_STRIP.sub("", part.strip())
    statement = _TAIL_STRIP.sub("", statement).strip(" ,?!.")
    return ClaimAsk(statement or part.strip(), len(_NEGATION.findall(statement)))


CLASSIFIER_MIN_PROBABILITY = 0.5


def read_asks(text: str, classify: Classifier | None = None) -> AskReading:
    """Find every ask in a message.

    Args:
        text: The user's message (without injected instructions).
        classify: Optional classifier: text -> {ask label: probability}.

    Returns:
        The asks, main first, with the parts they come from and any claim.
    """
    parts: list[AskPart] = []
    claim: ClaimAsk | None = None
    referrals: list[str] = []
    for piece in split_parts(text):
        asks = _rule_asks(piece)
        referral = next((r for pattern, r in _OUT_OF_SCOPE if pattern.search(piece)), None)
        if referral is not None:
            asks.append(Ask.OUT_OF_SCOPE)
            referrals.append(referral)
        if not asks and _is_plain_statement(piece):
            asks.append(Ask.CLAIM)
        if Ask.CLAIM in asks and claim is None:
            claim = extract_claim(piece)
        if asks:
            parts.append(AskPart(piece, tuple(asks), referral))
        else:
            parts.append(AskPart(piece, ()))
    found = [a for part in parts for a in part.asks]
    confident = bool(found)
    if classify is not None:
        scores = classify(text)
        for label, probability in scores.items():
            ask = Ask(label)
            if probability < CLASSIFIER_MIN_PROBABILITY or ask in found:
                continue
            if ask is Ask.CLAIM:
                continue  # a claim needs a verification cue or a plain statement (rules only)
            if ask is Ask.OUT_OF_SCOPE and not referrals:
                continue  # without a referral the chain's scope check decides
            found.append(ask)
        confident = confident or max(scores.values(), default=0) >= CLASSIFIER_MIN_PROBABILITY
    if not found:
        found = [Ask.WHAT_TO_DO]  # the safest reading: explain what applies, and ask
    ordered = tuple(dict.fromkeys(_main_first(found)))
    return AskReading(ordered, tuple(parts), claim, tuple(dict.fromkeys(referrals)), confident)


def _main_first(found: Sequence[Ask]) -> list[Ask]:
    """The first-mentioned ask leads unless a decision or claim is asked: those lead."""
    unique = list(dict.fromkeys(found))
    leading = [a for a in (Ask.SPOOR2_DECISION, Ask.CLAIM) if a in unique]
    rest = [a for a in unique if a not in leading]
    return [*leading, *rest]
