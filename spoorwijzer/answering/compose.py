"""The deterministic composer: short Dutch answers from rule results and cited passages.

Layer: answer composition (pure). Answer first, then the why, then the sources. Every date comes
from the calculator report; every other claim carries a [n] citation to a verbatim quote.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from spoorwijzer.answering.citations import (
    CitationBook,
    basis_of,
    pick_sentences,
    select_support,
)
from spoorwijzer.deadlines import DeadlineReport, Kind, MilestoneDate
from spoorwijzer.knowledge import KnownError
from spoorwijzer.language.date_mentions import find_dates
from spoorwijzer.language.dutch_dates import format_date, format_date_long
from spoorwijzer.language.named_days import find_named_days
from spoorwijzer.language.sentences import split_sentences
from spoorwijzer.language.synonyms import expand_query
from spoorwijzer.language.wording import DOMAIN_STEMS, content_stems, overlap
from spoorwijzer.records import AnswerDate, Citation
from spoorwijzer.retrieval.hybrid import Passage
from spoorwijzer.rules.claims import CLAIMS_SOURCE_ID, ClaimMatch
from spoorwijzer.rules.spoor2 import Spoor2Decision
from spoorwijzer.understanding.routing import Intent

DISCLAIMER = "Geen juridisch advies."
REDUNDANT_OVERLAP = 0.75  # share of words two lead sentences may share before one is dropped
REPEATS_ERROR_OVERLAP = 0.4  # share of a known error's words that a question must repeat
SCOPE_TEXT = (
    "Spoorwijzer beantwoordt vragen over ziekteverzuim onder de Wet verbetering poortwachter: "
    "re-integratie in spoor 1 en spoor 2, de termijnen van de eerste twee ziektejaren, de rol "
    "van bedrijfsarts, arbeidsdeskundige en UWV, loonsancties en de WIA-aanvraag."
)

# Which milestones a deadline question asks about, by the words it uses.
_REPORT_WORDS = (
    r"42e|42-?ste|\b42\s+(?:weken|wk)\b|ziekmelding bij uwv|aangifte langdurig|"
    r"(?:bij|aan) (?:het )?uwv "
    r"(?:melden|doorgeven)|melden bij (?:het )?uwv|uwv (?:\w+ )?(?:melden|inlichten)|"
    r"melding (?:bij|aan|naar) (?:het )?uwv|uwv-?melding|\bweek 42\b"
)
_MILESTONE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (_REPORT_WORDS, ("melding_42e_week_uiterlijk",)),
    (r"probleemanalyse|\bpa\b", ("probleemanalyse_uiterlijk", "plan_van_aanpak_uiterlijk")),
    # the plan follows the analysis: its deadline depends on the analysis's
    (r"plan van aanpak|\bpva\b", ("probleemanalyse_uiterlijk", "plan_van_aanpak_uiterlijk")),
    (
        r"eerstejaars|eerste ?jaars|jaarevaluatie|(?:evaluatie|gesprek|evaluatiegesprek) na "
        r"(?:een|1|het eerste) jaar|\beje\b",
        ("eerstejaarsevaluatie_uiterlijk",),
    ),
    (
        r"spoor 2|tweede spoor|2e spoor",
        ("eerstejaarsevaluatie_uiterlijk", "spoor2_uiterlijk_gestart"),
    ),
    (
        r"eindevaluatie|re-?integratieverslag|\briv\b|actueel oordeel|"
        r"(?:papieren|documenten|stukken|dossier)\s+(?:\w+\s+){0,2}?(?:naar|bij|voor)\s+(?:het\s+)?uwv",
        (
            "reintegratieverslag_eindevaluatie_uiterlijk",
            "wia_aanvraag_uiterlijk",
            "einde_wachttijd",
        ),
    ),
    (
        r"wia[^.?!]{0,40}(?:aanvra|aangevraagd)|aanvra\w*[^.?!]{0,30}wia|wia-aanvraag|"
        r"wanneer (?:\w+ )?(?:de )?wia\b",
        (  # the application's deadline lies before the end of the wachttijd it leads to
            "uwv_wia_brief_circa",
            "reintegratieverslag_eindevaluatie_uiterlijk",
            "wia_aanvraag_uiterlijk",
            "einde_wachttijd",
        ),
    ),
    (
        r"loon\w*\s+(?:door)?betal|loondoorbetaling|wachttijd|\bwt\b|104|einddatum|eindigt|"
        r"hoe ?lang\s+(?:loopt|duurt)\s+(?:het|dit|dat|de wachttijd)\s+nog\s*(?:door\s*)?"
        r"(?:[?.!]|$)|"
        r"einde (?:van )?(?:de )?(?:twee|2) jaar|(?:twee|2) jaar (?:\w+ ){0,2}?(?:om|voorbij)\b|"
        # "telt die tijd mee voor de twee jaar?", "wanneer houdt het betalen op?"
        r"(?:voor|van|in) de (?:twee|2) jaar\b|"
        r"\b(?:houdt|stopt|eindigt)\s+(?:\w+\s+)?(?:het\s+)?(?:door)?betalen\b|"
        r"\b(?:door)?betalen\s+(?:\w+\s+)?(?:op|stoppen)\b|"
        # "tot wanneer moet ik hem nog doorbetalen?", "hoe lang moet ik nog doorbetalen?"
        r"\b(?:tot wanneer|hoe ?lang)\s+(?:\w+\s+){0,5}?doorbetal|"
        r"loonsanctie|verleng",
        ("wia_aanvraag_uiterlijk", "einde_wachttijd", "einde_loondoorbetaling", "wia_ingangsdatum"),
    ),
    (r"(?:wia|uitkering)[^.?!]{0,30}ingaan|ingangsdatum", ("wia_ingangsdatum",)),
    (r"\biva\b", ("vervroegde_iva_aanvraag_uiterlijk", "vervroegde_iva_vroegste_ingang")),
    (r"uit dienst|contract|dienstverband", ("ziek_uit_dienst_melding_uwv",)),
    (r"aow", ("einde_loondoorbetaling",)),
    (  # "alle belangrijke data op een rij": every main milestone
        r"\balle\s+(?:\w+\s+)?(?:data|datums|termijnen|deadlines|momenten|stappen)|op een rij|"
        r"\boverzicht\b|tijdlijn",
        (
            "probleemanalyse_uiterlijk",
            "plan_van_aanpak_uiterlijk",
            "melding_42e_week_uiterlijk",
            "eerstejaarsevaluatie_uiterlijk",
            "reintegratieverslag_eindevaluatie_uiterlijk",
            "wia_aanvraag_uiterlijk",
            "einde_wachttijd",
        ),
    ),
)
_SHIFTED_KEYS = ("melding_42e_week_uiterlijk", "einde_wachttijd", "wia_ingangsdatum")
RECENT_EVALUATION = timedelta(weeks=6)
_SUMMARY_KEYS = (
    "probleemanalyse_uiterlijk",
    "plan_van_aanpak_uiterlijk",
    "melding_42e_week_uiterlijk",
    "eerstejaarsevaluatie_uiterlijk",
    "spoor2_uiterlijk_gestart",
    "reintegratieverslag_eindevaluatie_uiterlijk",
    "wia_aanvraag_uiterlijk",
    "einde_wachttijd",
    "wia_ingangsdatum",
)

# "Welke termijnen zijn verstreken en welke komen nog?", "alle deadlines op een rij": every
# main milestone, also when the story names one ("de eerstejaarsevaluatie zit er al op").
_EVERY_DEADLINE = re.compile(
    r"\b(?:welke|alle|overige|andere|resterende)\s+(?:[\w-]+\s+)?"
    r"(?:[\w-]*termijnen|deadlines|mijlpalen|data|datums)\b|"
    r"\b(?:termijnen|deadlines|datums|data)\s+op\s+een\s+rij\b|\btijdlijn\b|"
    # "wat komt er nog aan?", "zijn er nog data die eerder vallen?"
    r"\bwat\s+(?:komt|staat)\s+(?:er\s+)?(?:nog\s+)?(?:aan|te\s+wachten)\b|"
    r"\bnog\s+(?:andere\s+|meer\s+)?(?:data|datums|termijnen|deadlines)\b|"
    r"\b(?:all|which)\s+(?:the\s+)?deadlines\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MilestoneScope:
    """What decides the milestones a deadline part states, besides its own words.

    `skip`: milestones another part of the same answer already states (the spoor 2 part).
    `melding_made`: whether the user told the 42e-weeksmelding was made (None: not told). Not
    made or not told: a passed one is named as overdue; made: named only when a question asks.
    `asked_elsewhere`: the message's other parts; the milestones they name are stated too.
    """

    skip: Collection[str] = ()
    melding_made: bool | None = None
    asked_elsewhere: str = ""


@dataclass
class Draft:
    """An answer before the guards: text, citations, and the facts the text was built from."""

    text: str
    citations: tuple[Citation, ...]
    intent: Intent
    dates: tuple[AnswerDate, ...] = ()
    verdict: str | None = None
    refused: bool = False
    warnings: list[str] = field(default_factory=list)
    claim: str | None = None  # the known claim a verdict is about


def _cited(book: CitationBook, passage: Passage, sentences: Sequence[str]) -> str:
    """The sentences with the passage's legal basis and one citation marker."""
    text = " ".join(sentences)
    number = book.cite(passage, text)
    basis = basis_of(passage)
    body = text.rstrip(".")
    # A basis with a date in it ("sinds 1 juli 2013") is left out: only quoted dates may appear.
    if basis and basis.lower() not in text.lower() and not find_dates(basis):
        return f"{body} ({basis}) [{number}]."
    return f"{body} [{number}]."


# A lead sentence that refers back to text we do not show is no answer on its own.
_ANAPHORIC = re.compile(
    r"(?:is dat|is dit|dat|dit|die|deze|daarom|daarnaast|daarbij|ook dan|hierbij|hiervoor|"
    r"bovendien|verder|dan)\b",
    re.IGNORECASE,
)


def _support_paragraphs(
    book: CitationBook,
    passages: Sequence[Passage],
    question: str,
    *,
    limit: int,
    first_sentences: int = 2,
    exclude_sources: frozenset[str] = frozenset({CLAIMS_SOURCE_ID}),
) -> list[str]:
    chosen = select_support(passages, limit=2 * limit, exclude_sources=exclude_sources)
    lines: list[str] = []
    leads: list[set[str]] = []
    for passage in chosen:
        if len(lines) == limit:
            break
        sentences = pick_sentences(passage, question, first_sentences if not lines else 1)
        sentences = [s for s in sentences if not book.quoted(s)]  # said in an earlier part
        if not sentences or not relevant_to(question, passage, sentences):
            continue
        if _ANAPHORIC.match(sentences[0]):
            continue  # "Is dat allemaal niet het geval, …" needs the text before it
        words = content_stems(sentences[0])
        if any(_redundant(words, earlier) for earlier in leads):
            continue
        leads.append(content_stems(" ".join(sentences)))
        lines.append(_cited(book, passage, sentences))
    return lines


# Words every question in this domain shares; they say nothing about what a part is about.
GENERIC_STEMS = DOMAIN_STEMS | frozenset(
    {
        "zieke",
        "reïnte",
        "traject",
        "moeten",
        "hoeft",
        "hoeven",
        "mogen",
        "kunnen",
        "doen",
        "gaan",
        "zegt",
        "graag",
        "vraag",
        "vraagj",
        "weten",
        "precie",
        "eigenl",
        "nou",
        "even",
        "iemand",
        "mensen",
        "sinds",
        "thuis",
        "allema",  # "allemaal"
        "mn",  # "m'n"
    }
)
RELEVANT_SHARED_TERMS = 1  # a supporting sentence shares a key term with its ask ...
RELEVANT_SIMILARITY = 0.88  # ... or its passage is this close to the ask (e5 cosine)


# Side topics that pad an answer when the question does not raise them: (in the sentence,
# in the question). A supporting sentence about one of them needs the question to raise it.
SIDE_TOPICS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(said, re.IGNORECASE), re.compile(asked, re.IGNORECASE))
    for said, asked in (
        (r"uit dienst|einde (?:van het )?dienstverband|tijdelijke? contract",
         r"uit dienst|dienstverband|contract|ontslag|einde"),
        (r"zwanger|bevalling|wazo", r"zwanger|bevalling|verlof|wazo"),
        (r"\baow", r"\baow|pensioen|leeftijd|ouder"),
        (r"burn-?out|depressi|kanker|psychisch", r"burn-?out|depressi|kanker|psychisch"),
        (r"\biva\b", r"\biva\b|volledig en duurzaam"),
        (r"vakantie", r"vakantie|verlof"),
        (r"week 93|wia-aanvraag|wia aanvra",
         r"\bwia\b|week 93|aanvra|uwv-brief|brief|re-?integratieverslag|\briv\b|toets"),
        (r"no-risk|vangnet", r"no-risk|vangnet|ziektewet|zwanger|contract"),
        (r"eigenrisicodrager", r"eigenrisicodrager|\berd\b"),
        (r"deskundigenoordeel", r"deskundigenoordeel|oneens|second opinion|weiger"),
        (r"loonstop|stopzetten|opschort",
         r"weiger|meewerk|loonstop|stopzet|opschort|sanctie|loon\s+(?:\w+\s+)?stop|"
         r"komt?\s+(?:\w+\s+)?niet|niet\s+(?:op|naar)\s+(?:de\s+)?(?:afspra|bedrijfsarts)"),
    )
)  # fmt: skip


def relevant_to(question: str, passage: Passage, sentences: Sequence[str]) -> bool:
    """True when the sentences (or their section) concern the ask, not a neighbouring topic."""
    said_text = " ".join(sentences)
    for said, asked in SIDE_TOPICS:
        if said.search(said_text) and not asked.search(question):
            return False
    key_terms = content_stems(expand_query(question)) - GENERIC_STEMS  # "EJE": its full name
    said_stems = content_stems(" ".join([passage.chunk.section, *sentences]))
    return len(key_terms & said_stems) >= RELEVANT_SHARED_TERMS or passage.similarity >= (
        RELEVANT_SIMILARITY
    )


def _redundant(words: set[str], earlier: set[str]) -> bool:
    """A lead sentence that mostly repeats an earlier one adds nothing."""
    smaller = min(len(words), len(earlier))
    return smaller > 0 and len(words & earlier) / smaller >= REDUNDANT_OVERLAP


def _corrections(errors: Sequence[tuple[Passage, KnownError]]) -> list[str]:
    lines = []
    for passage, error in errors:
        lines.append(
            f'Let op: {passage.chunk.publisher} schrijft "{error.quote}". Dat klopt niet: '
            f"{error.correction} ({error.rule})"
        )
    return lines


def known_errors_for(
    question: str, passages: Sequence[Passage], *, near_rank: int = 0
) -> list[tuple[Passage, KnownError]]:
    """Known errors the question repeats (shared words), or among the first `near_rank` passages."""
    found: list[tuple[float, Passage, KnownError]] = []
    for rank, passage in enumerate(passages):
        for error in passage.known_errors:
            if any(error == e for _, _, e in found):
                continue
            shared = overlap(question, error.quote)
            if rank < near_rank or shared >= REPEATS_ERROR_OVERLAP:
                found.append((shared, passage, error))
    found.sort(key=lambda item: -item[0])
    return [(passage, error) for _, passage, error in found[:1]]


def compose_refusal(referral: str | None, *, reason: str | None = None) -> Draft:
    """A polite Dutch refusal that says what Spoorwijzer covers and where to go instead."""
    parts = [reason or "Deze vraag valt buiten wat Spoorwijzer behandelt.", SCOPE_TEXT]
    if referral:
        parts.append(referral)
    return Draft(" ".join(parts), (), Intent.OUT_OF_SCOPE, refused=True)


def _named_milestones(text: str) -> list[str]:
    """The milestones a text names by its words, in the order of `_MILESTONE_WORDS`."""
    lowered = text.lower()
    named: list[str] = []
    for pattern, milestone_keys in _MILESTONE_WORDS:
        if re.search(pattern, lowered):
            named.extend(k for k in milestone_keys if k not in named)
    return named


def _milestone_keys(question: str, report: DeadlineReport, scope: MilestoneScope) -> list[str]:
    keys: list[str] = list(_SUMMARY_KEYS) if _EVERY_DEADLINE.search(question) else []
    keys.extend(k for k in _named_milestones(question) if k not in keys)
    if keys:  # a part that names none gets every main milestone, below
        # then those another part of the message names ("Loopt de teller van de 104 weken
        # door? Wanneer moet ik de 42e-weeksmelding doen?")
        keys.extend(k for k in _named_milestones(scope.asked_elsewhere) if k not in keys)
    skip, melding_made = scope.skip, scope.melding_made
    if melding_made and not _asks_about_report(question):
        keys = [k for k in keys if k != "melding_42e_week_uiterlijk"]  # "… is gedaan. EJE?"
    if len(report.counting) > 1 or report.get("einde_loondoorbetaling") is not None:
        keys.extend(k for k in _SHIFTED_KEYS if k not in keys)
    if report.get("einde_loondoorbetaling") is not None and any(
        k in keys for k in ("einde_wachttijd", "wia_aanvraag_uiterlijk")
    ):
        keys.extend(
            k
            for k in (
                "einde_wachttijd",
                "einde_loondoorbetaling",
                "reintegratieverslag_eindevaluatie_uiterlijk",
                "wia_aanvraag_uiterlijk",
                "wia_ingangsdatum",
            )
            if k not in keys
        )
    if not keys:
        keys = list(_SUMMARY_KEYS)
    present = [
        k for k in keys if (m := report.get(k)) is not None and not m.lapsed and k not in skip
    ]
    coming = [
        m.key
        for m in sorted(report.milestones, key=lambda m: m.date)
        if m.date >= report.today and not m.lapsed and m.key in _SUMMARY_KEYS
    ]
    # the next deadline coming up; when that is the one asked, the one after it
    upcoming = next((k for k in coming if k not in present), None)
    if upcoming is not None and upcoming not in skip and keys != list(_SUMMARY_KEYS):
        present.append(upcoming)
    # A 42e-weeksmelding whose last day passed, not told as made, is an overdue duty (a fine):
    # named with every deadline answer while the wachttijd runs.
    melding = report.get("melding_42e_week_uiterlijk")
    end = report.get("einde_wachttijd")
    if (
        not melding_made
        and melding is not None
        and not melding.lapsed
        and melding.date < report.today
        and (end is None or report.today <= end.date)
        and melding.key not in present
        and melding.key not in skip
    ):
        present.append(melding.key)
    # An eerstejaarsevaluatie that passed in the last six weeks (the time UWV allows to start
    # spoor 2 after it) is a duty to catch up on now: named with every deadline answer.
    evaluation = report.get("eerstejaarsevaluatie_uiterlijk")
    if (
        evaluation is not None
        and not evaluation.lapsed
        and report.today - RECENT_EVALUATION <= evaluation.date < report.today
        and evaluation.key not in present
        and evaluation.key not in skip
    ):
        present.append(evaluation.key)
    order = [m.key for m in report.milestones]
    return sorted(present, key=order.index)


_REPORT_MADE = re.compile(r"\b(?:gedaan|gemeld|ingediend|verstuurd|doorgegeven)\b", re.I)


def _asks_about_report(question: str) -> bool:
    """True when a question sentence (or a message without one) names the 42e-weeksmelding."""
    sentences = split_sentences(question)
    asked = [s for s in sentences if s.rstrip().endswith("?")]
    # no question mark: the sentences that do not tell the melding was made
    asked = asked or [s for s in sentences if not _REPORT_MADE.search(s)]
    return re.search(_REPORT_WORDS, " ".join(asked or [question]).lower()) is not None


def keys_are_summary(question: str, report: DeadlineReport) -> bool:
    """True when the question names no milestone, so the answer lists the main ones."""
    named = _named_milestones(question)
    return not named and len(report.counting) <= 1 and report.get("einde_loondoorbetaling") is None


def _milestone_line(milestone: MilestoneDate, today: date, *, approximate: bool = False) -> str:
    line = f"- **{milestone.label}:** {format_date_long(milestone.date)}"
    if milestone.key == "einde_loondoorbetaling":
        line += f" ({milestone.basis})"
    return line + f" — {status_phrase(milestone, today, approximate=approximate)}."


def status_phrase(milestone: MilestoneDate, today: date, *, approximate: bool = False) -> str:
    """Where a date stands today, in Dutch: passed (with what to do now), soon, or later."""
    days = (milestone.date - today).days
    probably = "waarschijnlijk " if approximate else ""
    if days < 0:
        ago = "gisteren" if days == -1 else f"{-days} dagen geleden"
        action = PASSED_ACTIONS.get(milestone.key)
        if action is None and milestone.kind is not Kind.INFORMATIEF:
            action = "doe het nu alsnog"
        # a date that only informs ("WIA-uitkering kan ingaan") asks nothing to be done
        return f"**{probably}verstreken** ({ago})" + (f": {action}" if action else "")
    if days == 0:
        return "**vandaag**"
    if days <= SOON_DAYS:
        ahead = "morgen" if days == 1 else f"over {days} dagen"
        return f"**{ahead}**" + (" (ongeveer)" if approximate else "")
    weeks = days // 7
    return f"over ruim {weeks} weken" if weeks < 9 else "later"


SOON_DAYS = 28  # "binnen 4 weken", as the calculator's status
PASSED_ACTIONS = {
    "probleemanalyse_uiterlijk": "laat de bedrijfsarts de probleemanalyse nu maken en leg vast "
    "waarom het later is",
    "plan_van_aanpak_uiterlijk": "stel het plan van aanpak nu op met de werknemer",
    "melding_42e_week_uiterlijk": "meld nu alsnog bij UWV; te laat melden kan een boete "
    "opleveren, geen loonsanctie",
    "eerstejaarsevaluatie_uiterlijk": "houd de eerstejaarsevaluatie nu alsnog en neem daarin het "
    "besluit over spoor 2",
    "spoor2_uiterlijk_gestart": "start spoor 2 direct, als er geen zicht is op terugkeer in de "
    "eigen organisatie; UWV kan anders een loonsanctie opleggen",
    "reintegratieverslag_eindevaluatie_uiterlijk": "maak de eindevaluatie en het "
    "re-integratieverslag nu af",
    "wia_aanvraag_uiterlijk": "de werknemer moet de WIA nu direct aanvragen",
    "uwv_wia_brief_circa": "is er geen brief gekomen, neem dan contact op met UWV",
    "ziek_uit_dienst_melding_uwv": "meld de werknemer nu alsnog ziek uit dienst bij UWV",
    "einde_wachttijd": "de loondoorbetalingsplicht is voorbij, tenzij er een verlenging of "
    "loonsanctie loopt",
    "einde_loondoorbetaling": "de loondoorbetalingsplicht is voorbij",
    "loonsanctie_besluit_uwv_uiterlijk": "is er nog geen besluit, neem dan contact op met UWV",
}


def deadline_topics(
    report: DeadlineReport, question: str, *, melding_made: bool | None = None
) -> list[str]:
    """The labels of the milestones a deadline question asks about (search topics)."""
    keys = _milestone_keys(question, report, MilestoneScope(melding_made=melding_made))
    return [m.label for key in keys if (m := report.get(key)) is not None]


def without_dates(text: str) -> str:
    """The text with its dates removed, so searching it finds rules rather than dates."""
    return _cut(text, [(m.start, m.end) for m in find_dates(text)])


def without_named_days(text: str, today: date) -> str:
    """The text without days named after a holiday or season ("sinds de herfstvakantie").

    Such a day dates the story; searching it would find the notes on vacation.
    """
    return _cut(text, [(d.start, d.end) for d in find_named_days(text, today)])


def _cut(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text without the spans (cut from the end; an overlapping span is cut once)."""
    kept_from = len(text)
    for start, end in sorted(spans, reverse=True):
        stop = min(end, kept_from)
        if start < stop:
            text = text[:start] + text[stop:]
            kept_from = start
    return text


def compose_deadline(
    question: str,
    report: DeadlineReport,
    passages: Sequence[Passage],
    *,
    periods_text: str,
    approximate: bool = False,
    book: CitationBook | None = None,
    scope: MilestoneScope | None = None,
) -> Draft:
    """Dates from the calculator first, with their status today, then notes and rules, cited.

    `scope`: what else decides the milestones stated (see MilestoneScope).
    """
    book = book or CitationBook()
    keys = _milestone_keys(question, report, scope or MilestoneScope())
    milestones = [m for key in keys if (m := report.get(key)) is not None]
    lines = (
        [
            "**Kort antwoord:**",
            *(_milestone_line(m, report.today, approximate=approximate) for m in milestones),
            "",
        ]
        if milestones  # every date asked already stands in an earlier part: no empty heading
        else []
    )
    summary = keys_are_summary(question, report)
    notes = [] if summary else [f"{m.label}: {m.note}" for m in milestones if m.note][:2]
    if len(report.counting) > 1:
        lines.append(
            "**Telling van de ziekteperiodes:** "
            + " ".join(step.explanation for step in report.counting[1:])
        )
        lines.append("")
    if notes:
        lines.append("**Toelichting:**")
        lines.extend(f"- {note}" for note in notes)
        lines.append("")
    support = _support_paragraphs(book, passages, question, limit=2)
    if support:
        lines.append("**Regels:**")
        lines.extend(f"- {line}" for line in support)
        lines.append("")
    corrections = _corrections(known_errors_for(question, passages))
    lines.extend(corrections)
    lines.append(
        f"*Berekend door Spoorwijzer uit: {periods_text} (eerste ziektedag "
        f"{format_date(report.eerste_ziektedag)}). {DISCLAIMER}*"
    )
    dates = [AnswerDate("eerste_ziektedag", report.eerste_ziektedag.isoformat())]
    dates += [
        AnswerDate(m.key, m.date.isoformat(), str(m.status))
        for m in milestones
        if m.key != "eerste_ziektedag"
    ]
    return Draft("\n".join(lines).strip(), book.citations, Intent.DEADLINE, tuple(dates))


def compose_missing_facts(
    question: str,
    passages: Sequence[Passage],
    problems: Sequence[str],
    *,
    book: CitationBook | None = None,
) -> Draft:
    """A deadline question without a usable first sick day: say what is missing."""
    book = book or CitationBook()
    if problems:
        first = " ".join(problems) + " Controleer de datum; Spoorwijzer rekent niet met een gok."
    else:
        first = (
            # no example date: the date guard would strip it as unbacked (and the sentence with it)
            "Om de termijnen te berekenen heb ik de eerste ziektedag nodig, met dag, maand en "
            "jaar. Noem ook herstel en hernieuwde ziekmeldingen met hun datum, want onderbrekingen "
            "korter dan 4 weken tellen mee."
        )
    lines = [first, ""]
    support = _support_paragraphs(book, passages, question, limit=2)
    lines.extend(support)
    lines.append(f"*{DISCLAIMER}*")
    return Draft("\n".join(lines).strip(), book.citations, Intent.DEADLINE)


FLIPPED_VERDICT = {"feit": "fabel", "fabel": "feit", "genuanceerd": "genuanceerd"}


def compose_claim(
    question: str,
    match: ClaimMatch,
    passages: Sequence[Passage],
    *,
    flipped: bool = False,
    book: CitationBook | None = None,
) -> Draft:
    """Verdict first (feit / fabel / genuanceerd), the explanation cited, then supporting rules.

    `flipped`: the user states the opposite of the known claim ("mag niet weigeren" against
    "mag weigeren"), so the verdict on the user's statement is the opposite one.
    """
    book = book or CitationBook()
    claim = match.claim
    number = book.cite(match.passage, claim.explanation)
    verdict = str(claim.verdict)
    if flipped:
        verdict = FLIPPED_VERDICT.get(verdict, verdict)
    lines = [
        f"**{verdict.capitalize()}.** {claim.explanation.rstrip('.')} [{number}].",
        "",
        f'Bekende bewering: "{claim.claim}" ({claim.verdict})'
        + (" — u stelt het omgekeerde." if flipped else ""),
        "",
    ]
    support = _support_paragraphs(
        book, passages, question + " " + claim.claim, limit=2, first_sentences=1
    )
    if support:
        lines.append("**Waarom:**")
        lines.extend(f"- {line}" for line in support)
        lines.append("")
    lines.extend(_corrections(known_errors_for(question, passages, near_rank=3)))
    lines.append(f"*{DISCLAIMER}*")
    return Draft(
        "\n".join(lines).strip(), book.citations, Intent.CLAIM, verdict=verdict, claim=claim.claim
    )


def compose_explanation(
    question: str,
    passages: Sequence[Passage],
    intent: Intent,
    *,
    decision: Spoor2Decision | None = None,
    book: CitationBook | None = None,
    limit: int = 4,
) -> Draft:
    """Obligation and process questions: the best passages, cited; a spoor 2 advice first."""
    book = book or CitationBook()
    lines: list[str] = []
    if decision is not None:
        lines.append(f"**Advies: {decision.advice}.** " + " ".join(decision.reasons))
        if decision.missing:
            lines.append("Nog nodig om zeker te zijn: " + "; ".join(decision.missing) + ".")
        lines.append("")
    support = _support_paragraphs(book, passages, question, limit=limit, first_sentences=3)
    if not support and decision is None:
        return compose_refusal(
            None,
            reason="Ik vind in de kennisbank van Spoorwijzer geen betrouwbare passage die deze "
            "vraag beantwoordt.",
        )
    if decision is None and support:
        support[0] = "**Kort antwoord:** " + support[0]
    for line in support:
        lines.extend([line, ""])
    lines.append("")
    lines.extend(_corrections(known_errors_for(question, passages)))
    lines.append(f"*{DISCLAIMER}*")
    return Draft("\n".join(lines).strip(), book.citations, intent)
