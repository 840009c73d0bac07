"""Domain synonyms and abbreviations, used to widen a question before lexical search.

Layer: pure data. Each group lists spellings users type for one concept; a question that
contains one member is searched with all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    (
        "weigert",
        "weigeren",
        "niet meewerken",
        "meewerken",
        "mee te werken",
        "zelf kiezen",
        "meedoet",
        "meedoen",
        "mee te doen",
    ),
    ("kost", "kosten", "tarief", "investeren", "geld"),
)

# Wordings of one topic that only the claim matcher treats as the same (not the search: "loon
# betalen" is no question about costs).
CLAIM_EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("investeren", "zelf betalen", "traject betalen", "bureau betalen", "bekostigen"),
    ("grote bedrijven", "grote jongens", "grote werkgevers", "grote organisaties"),
    ("verzekeraar", "verzuimverzekering", "verzuimverzekeraar"),
    (
        "wat hij heeft",
        "wat ze heeft",
        "wat zij heeft",
        "wat hij mankeert",
        "wat ze mankeert",
        "wat er aan de hand is",
        "diagnose",
    ),
    ("achterwege blijven", "overslaan", "over te slaan", "overgeslagen"),
    ("terugkeer", "terugkomt", "terugkomen", "terug kan", "terugkeren", "keert terug"),
    ("hoe lang", "hoelang"),
    (
        "doorbetalen",
        "doorbetaald",
        "door te betalen",
        "doorbetaling",
        "loondoorbetaling",
        "doorbetaalt",
        "loon te betalen",
        "loon betalen",
        "loon meer te betalen",
    ),
    ("nooit meer iets", "voorgoed klaar", "definitief klaar", "klaar mee", "voorgoed van af"),
    ("bouwt op", "bouwen op", "opbouwt", "opbouwen", "opgebouwd", "opbouw"),
    ("ophouden", "stoppen", "stopt", "ophoudt", "kappen"),
    ("schort op", "opgeschort", "opschorten", "schort", "stilstaan", "staan stil"),
    ("tijdens", "gedurende"),
    ("beslist", "besloten", "beslissen", "besluit"),
    # "UWV betaalt het bureau" speaks of what "UWV vergoedt de kosten" says
    (
        "uwv vergoedt de kosten",
        "uwv betaalt bureau",
        "uwv betaalt re-integratiebureau",
        "uwv betaalt traject",
        "betaalt uwv bureau",
        "betaalt uwv re-integratiebureau",
        "uwv pays re-integratiebureau",
    ),
    # "… dat staat in de wet" says it is a legal duty
    (
        "wettelijke verplichting",
        "wettelijk verplicht",
        "staat in de wet",
        "zegt de wet",
        "volgens de wet",
    ),
)

# Opposite wordings of one predicate: a statement that uses one side of a pair says the
# opposite of a claim that uses the other ("spoor 1 loopt door naast spoor 2" against "spoor 1
# stopt zodra spoor 2 start"): the topic agrees, the polarity flips.
OPPOSITE_PAIRS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (
            "loopt door",
            "loopt gewoon door",
            "gaat door",
            "gaat gewoon door",
            "blijft lopen",
            "doorlopen",
            "langer loon",
            "langer doorbetalen",
            "blijven doorbetalen",
            "door blijven betalen",
            "doorbetalen tot",
            "door te betalen tot",
            "betalen tot de",
            "loopt gewoon",
            "doorloopt",
            "tegelijk lopen",
            "tegelijk doorlopen",
            "naast elkaar",
            "tegelijkertijd",
        ),
        (
            "stopt",
            "stoppen",
            "eindigt",
            "schort",
            "opschorten",
            "staan stil",
            "staat stil",
            "stilstaan",
            "ophoudt",
            "houdt op",
            "ophield",
        ),
    ),
    (
        ("vrijblijvend", "optioneel", "alleen handig", "vrijwillig"),
        ("verplicht", "verplichting", "moet worden opgesteld"),
    ),
    (
        ("zelf kiezen", "vrij kiezen", "vrijwillig meedoen", "mag zelf weten"),
        (
            "verplicht mee te werken",
            "verplicht mee te doen",
            "verplicht om mee te werken",
            "moet meewerken",
            "moet meedoen",
            "moet gewoon meewerken",
            "moet gewoon meedoen",
        ),
    ),
    (("adviserend", "maar een advies", "alleen een advies", "vrijblijvend advies"), ("bindend",)),
    (("gratis", "kosteloos", "voor niets"), ("kosten", "kost", "investeren", "betalen")),
    (
        ("zonder vaste duur", "maatwerk"),
        (
            "duurt altijd",
            "duurt minimaal",
            "minimaal een half jaar",
            "zes maanden duren",
            "vaste duur van",
        ),
    ),
    (
        ("andere ziekte", "andere oorzaak", "andere klachten", "andere kwaal", "andere aandoening"),
        ("dezelfde ziekte", "dezelfde oorzaak", "dezelfde klachten", "dezelfde kwaal"),
    ),
    (
        (
            "opnieuw met tellen",
            "begint opnieuw",
            "opnieuw tellen",
            "telt opnieuw",
            "opnieuw beginnen",
        ),
        ("bij elkaar op", "opgeteld", "samengeteld", "bij elkaar geteld"),
    ),
    (("in dienst",), ("uit dienst", "ontslagen")),
    (
        ("onder het minimumloon", "minder dan het minimumloon", "onder het minimum"),
        ("minstens het", "ten minste het", "minimaal het"),
    ),
    (
        ("al in het eerste", "meteen", "direct al", "eerder dan"),
        ("pas als", "pas na", "pas aanvragen"),
    ),
)


# A negated wording that means one side of a pair ("loopt niet door" says "stopt"): read as that
# side, its "niet" cancels the negation the statement's count already holds.
NEGATED_MEANINGS: tuple[tuple[str, str], ...] = (
    ("loopt niet door", "stopt"),
    ("loopt niet meer door", "stopt"),
    ("gaat niet door", "stopt"),
    ("gaat niet meer door", "stopt"),
    ("loopt niet gewoon door", "stopt"),
    # "geen loon meer hoeven te betalen" says the pay "stopt"
    ("geen loon meer", "stopt"),
    ("niet meer doorbetalen", "stopt"),
    # "nooit minder dan het minimumloon" says "minstens"
    ("nooit minder dan", "minstens"),
    ("niet minder dan", "minstens"),
    # "heeft geen vaste duur" says what "zonder vaste duur" says
    ("geen vaste duur", "zonder vaste duur"),
    # "het niet eens zijn met de bedrijfsarts" is "het oneens zijn"; "niet eens mag vragen" is
    # "not even" (a negation)
    ("het niet eens", "het oneens"),
    ("er niet mee eens", "het oneens"),
    ("niet eens met", "oneens met"),
)


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    """True when the text uses a phrase; its words may stand up to two words apart.

    "loopt de wachttijd door" uses "loopt door".
    """
    return any(
        re.search(
            r"(?<![\w-])"
            + r"\s+(?:[\w-]+\s+){0,2}?".join(map(re.escape, p.split()))
            + r"(?![\w-])",
            text,
        )
        for p in phrases
    )


def opposed(statement: str, claim: str) -> int:
    """How many turns the statement's wording adds to its polarity against the claim.

    A predicate worded as the claim's opposite ("loopt door" against "stopt") turns it once; a
    negated wording read as one side ("loopt niet door") turns it once more, which cancels the
    "niet" the statement's negation count already holds. Only the parity matters.
    """
    said, known = statement.lower(), claim.lower()
    count = 0
    for negated, meaning in NEGATED_MEANINGS:
        # the very words, not spread out; a claim with the same words needs no reading
        if negated in said and negated not in known:
            said = said.replace(negated, meaning)
            count += 1  # cancels the "niet" counted as a negation of the statement
    for one, other in OPPOSITE_PAIRS:
        for mine, theirs in ((one, other), (other, one)):
            if _has(said, mine) and not _has(said, theirs) and _has(known, theirs):
                count += 1
                break
    return count


def claim_words(statement: str) -> str:
    """Words the claim matcher also reads in a statement.

    Its equivalents, and the other side of every opposite pair it uses ("loopt door" also
    speaks of what "stopt" does).
    """
    said = statement.lower()
    words = [
        w
        for one, other in OPPOSITE_PAIRS
        for mine, theirs in ((one, other), (other, one))
        if _has(said, mine)
        for w in theirs
    ]
    words += [w for group in CLAIM_EQUIVALENTS if _has(said, group) for w in group]
    words += [meaning for negated, meaning in NEGATED_MEANINGS if _has(said, (negated,))]
    return " ".join(words)


_INDEX = {member: group for group in SYNONYM_GROUPS for member in group}
EXPANSION_CACHE_SIZE = 2048  # distinct texts widened (questions, parts, claim statements)

# English words in a mixed message ("Is it true that the employee can just opt out of spoor 2?"),
# glossed in Dutch so search, relevance and the claim matcher meet the Dutch notes.
ENGLISH_GLOSS: tuple[tuple[str, str], ...] = (
    (r"employees?|staff member|worker", "werknemer"),
    (r"employer", "werkgever"),
    (r"sick(?:ness)?|ill|illness|disease", "ziek ziekte"),
    (r"fire|dismiss(?:al)?|let (?:him|her|them) go|lay off", "ontslaan ontslag"),
    (r"opt out|refuse[sd]?|say no", "weigeren zelf kiezen"),
    (r"co-?operate", "meewerken"),
    (r"at the same time|simultaneously|in parallel|run together", "tegelijk gelijktijdig"),
    (r"first two years", "eerste twee jaar"),
    (r"two years", "twee jaar"),
    (r"first year", "eerste jaar"),
    (r"notification|notify|report to", "melding melden"),
    (r"company doctor|occupational (?:physician|doctor)", "bedrijfsarts"),
    (r"own (?:job|role|work|position)", "eigen werk"),
    (r"other (?:work|job|role)", "ander werk"),
    (
        r"keep (?:on )?paying|continue (?:to pay|paying)|(?:carry|go) on paying",
        "blijven doorbetalen",
    ),
    (r"salary|wages?", "loon"),
    (r"pay(?:s|ing)?|paid", "betalen loon"),
    (r"costs?|expensive|free of charge", "kosten"),
    (r"holiday|vacation", "vakantie"),
    (r"binding", "bindend"),
    (r"insurance|insurer", "verzuimverzekering verzekeraar"),
    (r"action plan|plan of action", "plan van aanpak"),
    (r"problem analysis", "probleemanalyse"),
    (r"benefits?", "uitkering"),
    (r"re-?integration", "re-integratie"),
    (r"second track|track (?:2|two)", "spoor 2"),
    (r"first track|track (?:1|one)", "spoor 1"),
    (r"must|have to|has to|required|mandatory|obliged|obligat\w+", "moet verplicht"),
    (r"can|may|allowed", "mag kan"),
    (r"during", "tijdens"),
    (r"contract|employment", "dienstverband contract"),
    (r"ends?|stops?|terminat\w+", "eindigt stopt"),
    (r"letter from (?:the )?uwv|uwv letter", "brief"),
    (r"impose[sd]?|imposing", "opgelegd"),
    (r"objection|object to|appeal against|do (?:something|anything) about", "bezwaar"),
    (r"sanction|penalty", "loonsanctie"),
    (r"deadline|time limit", "termijn uiterlijk"),
    (r"too late", "te laat"),
    (r"expert opinion", "deskundigenoordeel"),
    (r"recover(?:s|ed|ing|y)|better again|back at work", "hersteld"),
    (r"relapse[sd]?|sick again|ill again", "opnieuw ziek"),
    (r"part[- ]time|partially|half days", "gedeeltelijk"),
    (r"first[- ]year evaluation|year evaluation", "eerstejaarsevaluatie"),
    (r"extend(?:s|ed|ing)?|extension", "verlenging verlengen"),
)
_ENGLISH = tuple(
    (re.compile(rf"\b(?:{words})\b", re.IGNORECASE), gloss) for words, gloss in ENGLISH_GLOSS
)
# English-only words (not "is", "we", "do": Dutch has them too, "een DO aanvragen").
_ENGLISH_CUE = re.compile(
    r"\b(?:the|that|our|does|what|when|should|it|true|they|with|and|she|he|has|have|can|who|"
    r"you|your|there|this|my|his)\b",
    re.I,
)


def english_gloss(text: str) -> list[str]:
    """The Dutch words for the English ones in a message written (partly) in English."""
    if len(_ENGLISH_CUE.findall(text)) < 2:
        return []
    return [gloss for pattern, gloss in _ENGLISH if pattern.search(text)]


@lru_cache(maxsize=EXPANSION_CACHE_SIZE)
def expand_query(question: str) -> str:
    """Return the question followed by the synonyms of every concept it mentions.

    Cached: one answer widens the same texts again for each claim and passage it weighs.
    """
    lowered = question.lower()
    extra: list[str] = []
    for member, group in _INDEX.items():
        if re.search(rf"(?<![\w-]){re.escape(member)}(?![\w-])", lowered):
            extra.extend(m for m in group if m != member and m not in extra)
    extra.extend(english_gloss(question))
    return f"{question} {' '.join(extra)}" if extra else question
