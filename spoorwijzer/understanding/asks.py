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
from dataclasses import dataclass, replace
from enum import StrEnum

from spoorwijzer.language.dutch_dates import MONTHS, WEEKDAYS
from spoorwijzer.language.sentences import split_sentences
from spoorwijzer.understanding.routing import VAT, WW_BENEFIT, is_in_domain


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
_TRACK_NAMED = (
    r"(?:spoor\s?2|spoor twee|het tweede spoor|tweede spoor|2e spoor|2de spoor|tweede-spoor)"
    r"(?:-?\s?traject)?"
)
_TRACK = (
    rf"(?:{_TRACK_NAMED}|"
    # in other words: "een re-integratietraject bij een andere werkgever", "externe re-integratie"
    r"(?:een\s+)?(?:re-?integratie(?:-?traject)?|traject)\s+(?:bij|naar|richting)\s+een\s+"
    r"(?:andere|nieuwe)\s+werkgever|(?:een\s+)?externe?\s+re-?integratie(?:-?traject)?\b(?!-?bureau))"
)
_SPOOR2 = re.compile(
    rf"\b(?:moet(?:en)?|hoeft|hoeven)\s+(?:(?:we|ik|er|dan|al|nu|nog|wij|jullie|hij|zij|u|met|geen|"
    rf"wel|een|ook|dat|het|die|ze|hem|haar|via|in|naar)\s+){{0,5}}{_TRACK}|"
    # "Nu al spoor 2 of kan het tot na de EJE?", "Spoor 2 now or wait?", "… gehouden is een
    # tweede spoortraject in te zetten"
    rf"\b(?:nu|meteen|direct)\s+(?:al\s+)?{_TRACK}\s*(?:of\b|\?|$)|{_TRACK}\s+(?:now|yes or no)\b|"
    rf"\b(?:gehouden|verplicht)\s+(?:is\s+|zijn\s+)?(?:om\s+)?(?:tot\s+)?(?:een\s+|het\s+)?{_TRACK}|"
    rf"{_TRACK}[- ]?(?:verplichting|plicht)|"
    rf"(?:wat|hoe)\s+(?:nu\s+|dan\s+|moet er gebeuren\s+|zit het\s+|gebeurt er\s+)?met\s+"
    rf"(?:het\s+|dat\s+)?{_TRACK}|{_TRACK}\s+(?:dus|dan|nu|al|nodig)\s*\?|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,2}}(?:al|nu|nog|direct|meteen)\s+(?:\w+\s+){{0,2}}"
    rf"(?:starten|beginnen|inzetten|in te zetten|opstarten|doen|in)|"
    rf"(?:wanneer|vanaf wanneer|per wanneer)\s+(?:\w+\s+){{0,3}}{_TRACK}|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,3}}(?:nodig|verplicht|aan de orde|noodzakelijk|aangewezen|vereist|"
    rf"opstarten|"
    rf"inzetten|starten|beginnen|gestart|ingezet|opgestart)|"
    # "Mijn vader vraagt of spoor 2 dan toch moet."
    rf"\bof\s+(?:(?:nu|thans|al|dan|toch)\s+)?(?:het\s+|de\s+|een\s+)?{_TRACK}\s+(?:\w+\s+){{0,3}}?"
    rf"(?:moet|dient|nodig|verplicht|aangewezen)\b|(?:starten|beginnen|inzetten)\s+(?:\w+\s+){{0,3}}{_TRACK}|"
    rf"(?:is|wordt)\s+(?:het\s+)?(?:tijd|nodig)\s+(?:voor\s+)?{_TRACK}|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,2}}(?:overslaan|achterwege|niet nodig)|"
    rf"(?:wachten|wacht|uitstellen|haast)\s+(?:\w+\s+){{0,4}}{_TRACK}|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,4}}(?:wachten|uitstellen|uit te stellen)|"
    # "Moeten we voor die resterende uren spoor 2 doen?", "Zetten we spoor 2 in vóór het AD?",
    # "spoor 2 laten we nog even liggen", "Wachten we het AD af?" (the timing of spoor 2).
    rf"(?<!wat )(?<!hoe )\b(?:moet(?:en)?|hoeft|hoeven)\s+(?:\w+\s+){{0,6}}?{_TRACK}\s+"
    rf"(?:doen|in|inzetten|starten|beginnen|opstarten)\b|"
    rf"\b(?:zetten|starten|beginnen)\s+(?:we|wij|jullie|ik)\s+(?:\w+\s+){{0,2}}?(?:met\s+)?{_TRACK}|"
    rf"{_TRACK}\s+(?:\w+\s+){{0,2}}?laten\s+(?:we|wij|ik)\b|"
    r"\bwachten\s+(?:we|wij|ik)\s+(?:\w+\s+){0,3}?(?:ad|arbeidsdeskundige?|ad-rapport|rapport)"
    r"\s+af\b",
    _F,
)
_DATES = re.compile(
    r"\bwanneer\b|uiterlijk|uiterste|laatste dag|eerste dag|tot wanneer|vanaf wanneer|"
    r"welke datum|welke data|\bdatum\b(?!\s+(?:waarop|dat|van de ziekmelding))|\bdata\b|"
    r"termijn|deadline|welke dag|einddatum|"
    r"hoe lang nog|hoe lang (?:moet|duurt|loopt)|tot hoe lang|per wanneer|"
    r"wat zijn de (?:stappen en )?(?:termijnen|data|deadlines)|"
    r"wanneer (?:is|moet|eindigt|stopt|loopt)|(?:te )?laat (?:met|voor|gemeld)|al verstreken|"
    r"verlopen|hoeveel (?:tijd|weken|dagen)|in welke week|welke week|tijdlijn|planning|"
    r"(?:moet|moeten) (?:ik|we|wij) (?:\w+\s+){0,3}(?:melden|aanvragen|indienen|opsturen)|"
    r"(?:iets|wat)\s+(?:\w+\s+){0,2}(?:bij|aan|naar) (?:het )?uwv (?:melden|doorgeven|doen|regelen|"
    r"sturen|opsturen|indienen)|"
    r"\bte laat\s*[?!]*\s*$|\b(?:nog\s+)?op tijd\b(?=[^.!]*\?)|"
    r"\b(?:zijn|ben|is|was|waren)\s+(?:we|wij|ik|ze|hij|het|dat|dit)\s+(?:\w+\s+)?te laat\b|"
    r"(?:42e?|42ste)[- ]?(?:weeks?|wk)?[- ]?melding\s+(?:\w+\s+){0,3}?(?:nog|al)\s+(?:\w+\s+)?"
    r"(?:doen|gedaan|indienen|versturen)|"
    # "Moet de probleemanalyse al klaar zijn?": whether its deadline has come
    r"\bmoet\w*\s+(?:de|het|die|dat|een)\s+(?:\w+\s+){1,2}?al\s+(?:klaar|af|gedaan|ingediend|"
    r"verstuurd|gemaakt|opgesteld|gehouden|er)\b|"
    r"\b(?:had|hadden)\s+(?:de|het|die|dat)\s+(?:\w+\s+){1,2}?(?:er\s+)?al\s+(?:\w+\s+)?"
    r"(?:moeten|gemoeten)\b|"
    # English: "when do we have to notify UWV", "when is the report due", "deadlines"
    r"\bwhen\s+(?:do|must|should|will)\s+(?:we|i)\s+(?:\w+\s+){0,3}?(?:notify|report|file|"
    r"apply|submit|send|hold|start)\b|\bwhen\s+is\s+(?:\w+\s+){1,5}?due\b|\bdeadlines?\b",
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
    r"wat zijn de consequenties|hoe zit het (?:met|als)|hoe werkt dat als|^\s*(?:en\s+)?"
    r"(?:probleem|erg|en nu|wat nu)\s*\?|\b(?:is|wordt) (?:dat|dit|het) (?:erg|een probleem|"
    r"slim|verstandig|handig|genoeg|voldoende|te laat)\b|kan ik het zelf|zelf (?:doen|regelen)|"
    r"wat betekent (?:dat|dit|het) (?:nu\s+)?voor (?:ons|mij|mijn|onze|hem|haar)\b|"
    r"hoe erg is (?:dat|dit|het)\b|"
    r"(?:kunnen|kan) (?:we|ik|wij) (?:er|daar) (?:\w+\s+)?(?:iets|wat) (?:aan|tegen) doen|"
    # "wat moet wanneer", "volgende stap?", "wat moet er nu gebeuren"
    r"\bwat moet(?:en)? (?:er )?(?:wanneer|allemaal|nu)\b|"
    r"wat moet er (?:\w+\s+)?gebeuren|"
    # "wat wij nu het beste zouden kunnen doen", English "what do we need to do"
    r"\bwat\s+(?:wij|we|ik)\s+(?:nu\s+)?(?:het beste\s+)?(?:zouden|kunnen|moeten|kan|moet)\s+"
    r"(?:\w+\s+)?doen\b|\bwhat\s+(?:do|should|must|can)\s+(?:we|i)\s+(?:\w+\s+){0,2}?do\b|"
    r"\bwhat now\b|\bwhat(?:'s| is| are) (?:the |our |my )?next steps?\b",
    _F,
)
# "wanneer hadden PA en plan van aanpak er moeten zijn?" (late, so also what to do now), "volgende
# stap?": what to do, unless the part verifies a claim ("… had in week 6 moeten, klopt dat?").
_LATE_OR_NEXT = re.compile(
    r"\b(?:had|hadden)\s+(?:[\w-]+\s+){1,8}?(?:moeten|gemoeten)\b|"
    r"\b(?:volgende|eerstvolgende) stap(?:pen)?\b",
    _F,
)
_COSTS = re.compile(
    # "wanneer houdt het betalen op?" asks the end of the wachttijd, not what it costs
    r"\bkost(?:en|t)?\b|wie betaalt|(?<!door)(?<!door )betalen(?!\s+(?:\w+\s+)?op\b)|"
    r"hoeveel\s+(?:\w+\s+){0,3}?doorbetal|\bprijs|tarief|vergoed\w*|factuur|"
    r"(?<!vaste )(?<!de )(?<!zonder )(?<!een )(?<!totale )\bduur\b(?!\s+van\b)|"
    r"financier\w*|budget|declarer\w*|hoeveel geld|transitievergoeding|loonkosten|"
    r"verzuimverzeker\w*|\bwho\s+pays\b|\bhow\s+much\b[^.?!]{0,40}\bcost\b|"
    r"\b(?:the|what|which|any)\s+costs?\b(?!\s+us\b)|\bcosts?\s+(?:of|for)\b",
    _F,
)
_EXPLAIN = re.compile(
    r"wat (?:is|zijn|betekent|betekenen|houdt|houden|doet|doen) (?:precies\s+)?"
    r"(?:een|het|de|nou|eigenlijk|dat)?\s*(?:\w+[- ]?){1,4}(?:\s+in\b|\?|$)|"
    # a term before more words: "wat is een FML idd, zie …", "wat is een loonsanctie eigenlijk en
    # duurt …", "wat is dat juist, een plan van aanpak" (not "wat is dan handig, …")
    r"wat (?:is|zijn|betekent|betekenen) (?:precies\s+|nou\s+)?(?:een|het|de|dat|die)\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+(?:\s+(?:eigenlijk|precies|nou|juist|idd))?(?:,|\s+en\b)|"
    r"wat wordt bedoeld met|"
    r"wat bedoelen ze met|wat betekent|wat houdt (?:\w+\s+){1,4}in|uitleg over|leg (?:eens )?uit|"
    r"verschil (?:is |zit )?tussen|wie is (?:de|een)|wat doet (?:de|een)|"
    r"wat houdt [^?]{1,80}?\bin\b|\buitleggen\b",
    _F,
)
# "Wat is die eerstejaarsevaluatie waar de arbodienst over spreekt, en wanneer moet die?": a term
# to explain beside its date (not "wat is de laatste dag …", which asks the date itself).
_TERM_THEN_DATE = re.compile(
    r"\bwat (?:is|zijn|betekent|houdt) (?:eigenlijk\s+|precies\s+)?"
    r"(?:een|het|de|die|dat|dit|deze)\s+"
    r"(?!laatste\b|uiterste\b|datum\b|deadline\b|termijn\b|einddatum\b|eerste ziektedag\b)"
    r"[\w'-]+(?:\s+[\w'-]+)?\s*(?:,\s*)?(?:waar\w*|die|dat|precies|eigenlijk|in)?\b[^?]*?"
    r"\ben\s+(?:\w+\s+){0,2}?wanneer\b",
    _F,
)
_PROCESS = re.compile(
    r"hoe verloopt|hoe gaat (?:dat|het|zo'?n)|hoe werkt|"
    r"wie (?:doet|regelt|kiest|zoekt|bepaalt|maakt|schrijft|beslist|beoordeelt|stelt|houdt|"
    r"vraagt|begeleidt|heeft gelijk)|"
    r"wat gebeurt er|hoe lang duurt|welke partij|wie moet|hoe ziet .{0,30} eruit|hoe vind ik|"
    r"welk bureau|waar vind ik|hoe kies|hoe lang (?:moet|moeten) (?:we|ik|je|wij) (?:\w+\s+){0,4}?"
    r"wachten|\bhoe\s+(?:pak|pakken|regel|regelen|organiseer|organiseren|richt|richten|begin|"
    r"beginnen|start|starten|zet|zetten)\s+(?:ik|we|wij|je|u|jullie)\b|"
    r"\bwat\s+(?:staat|moet|komt|hoort)\s+(?:er\s+in\b|erin\b)|"
    # "hoe meld ik iemand ziek uit dienst", "wat het verslag dient te bevatten"
    r"\bhoe\s+(?:meld|melden|vraag|vragen|dien|dienen|doe|doen)\s+(?:ik|we|wij|je|u)\b|"
    r"\b(?:moet|dient|dienen|moeten)\s+(?:\w+\s+){0,2}?(?:te\s+)?bevatten\b|wat\s+(?:moet|hoort)\s+"
    r"(?:er\s+)?in\s+(?:het|de|een)\b|\bwat\s+doet\s+(?:het\s+)?uwv\b|"
    r"\bwat\s+riskeren\s+(?:wij|we|ik)\b",
    _F,
)
# Who passes on a rule of thumb to be checked (not the bedrijfsarts or arbeidsdeskundige: what
# they say is a judgement about the case, read as a fact of the story).
# ... not the employee: "mijn werknemer zegt: ik kom niet" tells the case (only "mijn werknemer
# zegt dat hij spoor 2 mag weigeren" passes on a rule to check).
_THIRD_PARTY = (
    r"(?:collega|collega's|casemanager|arbodienst|arbo-?dienst|adviseur|accountant|boekhouder|"
    r"verzekeraar|verzuimverzekeraar|jurist|advocaat|hr|hr-afdeling|p&o|leidinggevende|"
    r"manager|directeur|baas|re-integratiebureau|bureau|coach|vakbond|buurman|vriend|zwager|oom|"
    r"brancheorganisatie|salarisadministratie|begeleider|teamleider|collega-\w+|neef|nicht|"
    r"vader|moeder|broer|zus|schoonvader|schoonzoon|kennis|werkgever|wg|klant|cli[eë]nt|"
    r"legal|afdeling(?:\s+(?:hr|p&o|personeelszaken))?|verzekering|verzuimverzekering)"
)
_ADVISER = r"(?:" + _THIRD_PARTY + r"|werknemer|medewerker|medewerkster|werkneemster)"
# "Mijn verzuimverzekering zegt UWV betaalt het bureau", "mijn vrouw … zegt spoor twee moet je
# pas …": someone else's statement told without "dat" (a verb follows within four words).
_STATEMENT_VERB = (
    r"(?:is|zijn|moet|moeten|mag|mogen|hoeft|hoef|hoeven|kan|kunnen|betaalt|betalen|vergoedt|"
    r"telt|tellen|loopt|lopen|geldt|gelden|stopt|stoppen|eindigt|heeft|hebben|krijgt|krijg|"
    r"wordt|worden|schort|schuift|gaat)\b"
)
_SAYS_WITHOUT_DAT = (
    r"(?:zegt|zei|beweert|beweerde|roept|riep)\s*:?(?=\s+(?!dat\b|het\b|niks\b|niets\b|nog\b|"
    r"ook\b|wel\b|niet\b)(?:[\w-]+\s+){0,3}?" + _STATEMENT_VERB + r")"
)
_VERIFY = re.compile(
    r"klopt (?:het|dat|dit)\b|klopt het dat|klopt toch\b|is het (?:niet|toch) (?:zo|waar) dat|"
    # "Klopt: spoor 2 mag wachten …?", "Stelling: …"
    r"^\s*(?:klopt(?:\s+(?:dit|het))?|stelling)\s*:|"
    r"(?<!wat )is (?:het|dat|dit) (?:zo|waar|correct|juist)|"  # not "wat is dat juist, een …"
    r"\btoch\s*[?!.]*\s*$|\btoch\b\s*\?|"
    r"\b(?:is|zijn|mag|mogen|moet|moeten|hoeft|hoeven|kan|kunnen|tellen|telt|geldt|gelden|heeft|"
    r"hebben|krijgt|krijg je|wordt|worden|leidt|stopt|eindigt|betaalt|betekent|betekenen|schort|"
    r"schorten|schuift|schuiven|duurt|duren|begint|beginnen|loopt|lopen)\s+(?:\w+\s+){0,4}?toch\b"
    r"(?!\s+(?:nog|al|maar|even|wel)\b)(?!\s+ook\s+(?:nog|al|maar)\b)[^.?!]*\?|"
    # a tag question: "Het deskundigenoordeel is niet bindend hè?", "…, right?"
    # "…, of niet?" (not "Spoor 2 opstarten of niet?": a choice between two)
    r"\b(?:hè|hé|he|right|niet dan)\s*\?\s*$|,\s*of niet\s*\?\s*$|"
    r"\b(?:isn't it|is it not|isn't that so|aren't they|don't we|don't they|can't (?:she|he|we))"
    r"\s*\?\s*$|\b(?:that's|that is|thats) (?:right|correct|true)\b|"
    # "…, klopt?", "Klopt die redenering?"
    r",\s*klopt\s*\?\s*$|\bklopt (?:die|deze|zijn|haar|mijn|onze|hun) (?:redenering|stelling|"
    r"uitspraak|bewering|gedachte|opvatting|aanname)\b|"
    r"\b(?:i read|i heard|someone said|they say) that\b|"
    r"(?:iemand|collega|collega's|mijn (?:collega|baas|"
    r"leidinggevende|manager|directeur|vriend|vriendin|buurman|buurvrouw|partner|accountant|"
    r"schoonvader|zwager|man|vrouw)|men|internet|een blog|een artikel|het artikel|een site|"
    r"iedereen|ze op internet|ik|(?:onze|mijn|de|het|een|ons)\s+(?:\w+\s+)?" + _ADVISER + r") "
    r"(?:\w+\s+){0,3}(?:zegt|zei|zeggen|beweert|beweerde|stelt|stelde|vindt|vond|meent|"
    r"schrijft|schreef|las|lees|hoorde|hoor|heb gelezen|heb gehoord|leest|adviseert|"
    r"adviseerde|roept)\b[^.?!]{0,40}?\bdat\b|"
    r"(?:mijn (?:collega|baas|vriend|vriendin|buurman|buurvrouw|partner|man|vrouw)|"
    r"(?:onze|mijn|de|het|een|ons)\s+(?:\w+\s+)?"
    + _THIRD_PARTY
    + r")\s+(?:\w+\s+){0,5}?"
    + _SAYS_WITHOUT_DAT
    + r"|"
    r"(?:je|men) hoort (?:vaak|wel eens|overal) dat|(?:ik|we) (?:dacht|dachten|meende) dat|"
    r"(?:ik heb|ik had) (?:\w+\s+){0,3}(?:gelezen|gehoord) dat|\bfabel\b|\bmythe\b|feit of fabel|"
    r"waar of niet|echt waar|is het echt|geldt (?:echt|nog steeds)|klopt dat\s*\?|"
    r"\b(?:dat )?zegt de wet\b|\bvolgens de wet\b|\bdat staat in de wet\b|"
    r"\bdat staat (?:zo )?in (?:art\.?|artikel)\s*\d",  # "…, dat staat in art. 64 WIA"
    _F,
)
# Weaker ways to put a statement up: a view held ("wg denkt dat …", "P&O hanteert het
# uitgangspunt dat …", "wij gaan ervan uit dat …"), English ("my colleague says …", "is it true
# that …", "Correct?"), a tag ("…, juist?", "…, heb ik begrepen."). They also carry news of the
# case ("Wij gaan ervan uit dat hij in maart terugkomt", "Hij is sinds 3 maart ziek, heb ik
# begrepen"): a claim only when the statement states a rule (`_states_a_rule`).
_HELD_VIEW = (
    r"(?:hanteert|hanteren|hanteer)\s+(?:het|als)\s+(?:uitgangspunt|standpunt|regel)|"
    r"(?:gaat|gaan)\s+(?:er\s*van|ervan)\s+uit|(?:is|zijn)\s+van mening"
)
_ENGLISH_SAYS = (
    r"(?:says|said|claims|claimed|thinks|believes|insists|told (?:me|us)|tells (?:me|us)|"
    r"assumed|assume|figured|thought|(?:was|were) told|told (?:her|him|them))"
)
_HEARSAY_TAG = (
    r"heb ik (?:begrepen|gelezen|gehoord)|begreep ik|voor zover ik weet|las ik|hoorde ik|"
    r"zeggen ze|zegt men|lijkt (?:me|mij)(?: zo)?|denk ik|neem ik aan|vermoed ik|"
    r"als ik (?:het goed heb|me niet vergis)"
)
_VERIFY_WEAK = re.compile(
    r"(?:iemand|collega|collega's|mijn\s+\w+|men|ik|(?:onze|mijn|de|het|een|ons)\s+(?:\w+\s+)?"
    + _ADVISER
    + r")\s+(?:\w+\s+){0,3}(?:denkt|denken|dacht|zeet|claimt|claimde)\b[^.?!]{0,40}?\bdat\b|"
    rf"\b(?:{_HELD_VIEW})\s+dat\b|"
    r"\b(?:ons|het)\s+beleid\s+is\s*(?::|dat\b)|\bis\s+(?:het|ons)\s+beleid\s*(?::|dat\b)|"
    # "Mijn voorganger schreef dat …": anyone of ours, when what follows states a rule
    r"(?:mijn|onze|m'n)\s+(?:vorige\s+|oude\s+)?[\w-]+\s+(?:\w+\s+){0,3}(?:zegt|zei|schreef|"
    r"schrijft|beweert|beweerde|stelt|stelde)\b[^.?!]{0,40}?\bdat\b|"
    r"^\W*(?:de\s+)?(?:wg|werkgever|ww|werknemer)\s+(?:stelt|zegt|meent|denkt|vindt)\s*(?::|dat\b)|"
    # "Ik heb begrepen dat …", "Ons is door de adviseur medegedeeld dat …", "Als ik het goed
    # begrijp, …"
    r"\b(?:ik|we|wij)\s+(?:heb|hebben|had|hadden)\s+(?:\w+\s+){0,3}begrepen\s+dat\b|"
    r"\b(?:ons|mij|me)\s+(?:is|werd)\s+(?:[\w-]+\s+){0,8}?(?:medegedeeld|meegedeeld|verteld|"
    r"gezegd)\s+dat\b|^\W*als ik het goed (?:begrijp|snap|zie)\b|"
    rf"\b{_ENGLISH_SAYS}\s+(?:that\s+)?\w+|\bis it (?:true|correct)\b|"
    r"(?:^|[.!]\s+)(?:correct|right|juist|true|klopt)\s*\?\s*$|"
    r",\s*(?:juist|correct)\s*\?\s*$|"
    rf",\s*(?:{_HEARSAY_TAG})\s*[.!?]?\s*$",
    _F,
)
# A statement about a person of the story needs a verb of rules to state one ("… dat hij spoor 2
# mag weigeren"); "… dat hij niet kan komen" tells the case.
_STORY_SUBJECT = re.compile(r"^\s*(?:hij|ze|zij|die|hem|haar|mijn|onze|ons)\b", _F)
_RULE_VERB = re.compile(
    r"\b(?:mag|mogen|hoef|hoeft|hoeven|moet|moeten|verplicht|recht op|bindend|telt|tellen|geldt)\b",
    _F,
)
# "… zegt dat ik te laat ben", "de werknemer zegt dat hij nog ziek is": the case, unless a verb
# of rules states a rule.
_OWN_SUBJECT = re.compile(
    r"^\s*(?:ik|we|wij|hij|zij|ze)\s+(?:\w+\s+){0,2}?(?:ben|is|zijn|was|waren)\b", _F
)
_MONTH_NAME = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b", _F)


def _states_a_rule(statement: str) -> bool:
    """True when a statement put up by a weak cue states a rule, not news of the case."""
    statement = _CONCESSION.sub(" ", statement)  # "ook al heeft UWV nog niet beslist"
    return not (
        is_case_detail(statement)
        or _CASE_NEWS.search(statement)
        or _MONTH_NAME.search(statement)
        or (_STORY_SUBJECT.match(statement) and not _RULE_VERB.search(statement))
    )


_VERIFY_STRIP = re.compile(
    r"^(?:[^.?!]*?\bbeleid\s*(?:is\s*)?(?::|dat)|"  # "Bij ons is het beleid: …"
    r"\s*(?:klopt(?:\s+(?:dit|het))?|stelling)\s*:|"  # "Klopt: …"
    r"[^.?!]*?\b(?:klopt het (?:niet )?dat|is het (?:niet )?waar dat|is het (?:niet )?zo dat|"
    r"klopt het als|"
    r"(?:zegt|zei|zeggen|beweert|beweerde|schrijft|schreef|las|lees|hoorde|hoor|hoort|gelezen|"
    r"gehoord|dacht|dachten|meende|vindt|vond|meent|denkt|denken|stelt|stelde|zeet|claimt|claimde|"
    r"begrepen|medegedeeld|meegedeeld|verteld|"
    rf"{_HELD_VIEW})"
    r"\s+(?:[\w&'-]+\s+){0,3}?dat|" + _SAYS_WITHOUT_DAT + r"|"
    r"is it (?:true|correct)(?:\s+(?:that|dat))?|"
    rf"{_ENGLISH_SAYS}(?:\s+that)?))\s*",
    _F,
)
_TAIL_STRIP = re.compile(
    r"(?:,?\s*(?:toch|klopt dat|klopt dit|klopt het|of niet|echt waar|is dat zo|is dat waar|"
    rf"feit of fabel|waar of niet|juist|correct|klopt|{_HEARSAY_TAG}|"
    r"(?:that's|that is|thats) (?:right|correct|true)(?: isn't it)?|isn't it)\s*[?!.]*\s*)+$",
    _F,
)
_MID_TOCH = re.compile(r"\s+toch\s+", _F)
_RIGHT_TAG = re.compile(r",\s*right\s*[?!.]*\s*$", _F)  # "…, right?" ("is always right" stays)
_NEGATION = re.compile(
    r"\b(?:niet|geen|nooit|niets|niks|hoeft niet|hoeven niet|not|cannot|never)\b|n't\b", _F
)
_GENERAL = re.compile(
    r"\b(?:altijd|nooit|mag|mogen|moet|moeten|hoeft|hoeven|kan|kunnen|geldt|telt|tellen|"
    r"is|zijn|wordt|worden|heb je|heeft|krijgt|krijg je|betaalt|stopt|eindigt|vervalt|"
    r"leidt|loopt|lopen|gaat|gaan|valt|vallen|begeleidt|bepaalt|beslist|kost|kosten|duurt|"
    r"hoort|horen|geldt|blijft|blijven|houdt|kun|levert|leveren|geeft|geven|schuift|schuiven|"
    r"begint|beginnen|start|starten|bepalen|bepaalt|betekent|ontvangt|mogen|stelt|stellen|"
    r"maakt|maken|bouwt|bouwen|hoef|blijf)\b|"
    r"\s=\s",  # "Spoor 2 = weggegooid geld": a statement in shorthand
    _F,
)
# Words of the user's own story ("er is nog geen probleemanalyse"), never of a general rule.
_STORY_MARKER = re.compile(
    r"\bnog (?:geen|niet|nooit|steeds)\b|\bnog niks\b|\book nooit\b|\binmiddels\b|"
    r"\bal\s+(?:\w+\s+)?(?:maanden|weken|jaren)\b|"
    r"^\s*(?:werknemer|medewerker|medewerkster|werkneemster|wn)\s+(?!(?:mag|moet|hoeft|kan|kun|"
    r"mogen|moeten|hoeven|heeft recht|is verplicht|krijgt)\b)\w+|"
    r"\b(?:heeft|hebben)\s+(?:\w+\s+){0,6}?(?:opgelegd|gestuurd|ontvangen|gekregen)\b|"
    r"\b(?:kom|kwam|kwamen|komen)\s+er\s+(?:\w+\s+)?achter\b|\bzie\s+(?:net|nu pas)\b|"
    r"\bnet\s+(?:ontdekt|gezien|gehoord|gemerkt|gelezen)\b|"
    r"\b(?:begin|half|medio|eind)\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december)\b|"
    r"\bgisteren\b|\bvandaag\b|\bvorige (?:week|maand)\b|\btot nu toe\b|\bmomenteel\b|"
    r"\bop dit moment\b|\bbij ons\b|\bhier\b|\bvorig jaar\b|"
    # "Zo'n 3 weken terug heeft een monteur zich ziek gemeld": an event of the story
    r"(?<!binnen )(?<!over )(?<!na )\b\w+\s+(?:dagen|weken|maanden|week|maand|jaar)\s+"
    r"(?:terug|geleden)\b(?!\s+(?:kan|kunnen|komt|komen|keert|in|naar|bij|op)\b)|"
    r"\b(?:heeft|hebben|had)\s+(?:\w+\s+){0,4}?zich\s+(?:\w+\s+)?ziek\s?gemeld\b",
    _F,
)
# "De bedrijfsarts verwacht dat …" outside a condition: a judgement in the user's own case.
_DOCTOR_SAYS = re.compile(
    r"\b(?:bedrijfsarts|\bba\b|arbo-?arts|arbeidsdeskundige|psycholoog|huisarts|specialist|"
    r"(?<![\w-])arts|verzekeringsarts|bedrijfsgeneeskundige)\s+"
    r"(?:\w+\s+){0,3}?(?:zegt|zei|stelt|vast|verwacht|verwachten|schrijft|schreef|adviseert|"
    r"ziet|vindt|oordeelt|concludeert|gezegd|aangegeven|geschreven|geadviseerd|gesteld|"
    r"vastgesteld|geconcludeerd|gemeld|laten weten)\b"
    # "stelt vast of …", "zegt welk werk …": the role in general, not a judgement in this case
    r"(?!\s+(?:vast\s+)?(?:of|welk\w*|wat|hoe|over|wanneer)\b)",
    _F,
)
# "ik als werkgever" speaks of any employer, not of the user's own case.
_ROLE = re.compile(r"\b(?:ik|je|wij|we|u)\s+als\s+(?:werkgever|werknemer|ondernemer)\b", _F)
_PERSONAL = re.compile(
    r"\b(?:ik|mijn|mij|we|wij|ons|onze|hij|zij|haar|hem|medewerker|werknemer van ons|"
    r"collega van mij)\b",
    _F,
)
_QUESTION_WORD = re.compile(
    r"^\s*(?:wat|wanneer|hoe|wie|welke|waar|waarom|hoeveel|moet|mag|kan|kunnen|moeten|mogen|"
    r"is|zijn|heb|hebben|heeft|krijg|krijgt|geldt|wordt|telt|kunt|kun|zou|zouden|weet|weten|"
    r"(?:tot|vanaf|per|sinds) wanneer)\b",
    _F,
)
_OUT_OF_SCOPE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"vaststellingsovereenkomst|\bvso\b", _F),
        "Over de WW na een vaststellingsovereenkomst gaat Spoorwijzer niet; kijk op uwv.nl of "
        "vraag een arbeidsrechtadvocaat of het Juridisch Loket.",
    ),
    (
        re.compile(WW_BENEFIT + r"|ww-uitkering|werkloosheid", _F),
        "Over de WW gaat Spoorwijzer niet: die vraagt de werknemer zelf aan bij UWV; kijk op "
        "uwv.nl of werk.nl.",
    ),
    (
        re.compile(
            r"belgi\w*|vlaander\w*|\briziv\b|mutualiteit|ziekenfonds|\bbvba\b|\bin (?:gent|"
            r"antwerpen|brussel|luik|leuven|brugge|hasselt|mechelen)\b",
            _F,
        ),
        "Spoorwijzer volgt alleen het Nederlandse recht; voor België kunt u terecht bij uw "
        "ziekenfonds (mutualiteit), het RIZIV of een Belgische sociaal juridisch adviseur.",
    ),
    (
        re.compile(r"pensioen(?!gerechtigde leeftijd)|premievrije? voortzetting", _F),
        "Voor pensioenopbouw tijdens ziekte kunt u terecht bij het pensioenfonds of op "
        "mijnpensioenoverzicht.nl.",
    ),
    (
        re.compile(
            r"30%-?regeling|" + VAT + r"|loonheffing|aangifte inkomstenbelasting|fiscaal|"
            r"aftrekbaar|"
            r"\bfiscus\b|bijtelling|belastingvrij|fooienpot|\bfooien\b|belastingdienst|"
            r"inkomstenbelasting|belasting\s+(?:over|betalen|afdragen)|vennootschapsbelasting|"
            r"\bvpb\b|code inkomstenverhouding",
            _F,
        ),
        "Voor belastingzaken kunt u terecht bij de Belastingdienst.",
    ),
    (
        re.compile(r"participatiewet|banenafspraak|doelgroepregister|loonkostensubsidie", _F),
        "Over de Participatiewet en de banenafspraak gaat Spoorwijzer niet; kijk op uwv.nl of "
        "vraag het werkgeversservicepunt van uw gemeente.",
    ),
    (
        re.compile(
            r"\baov\b|arbeidsongeschiktheidsverzekering voor zelfstandigen|als zzp|\bzzp\b|"
            r"eenmanszaak(?![^.?!]*(?:werknemer|medewerker|personeel|\bman\b))|"
            r"zonder personeel",
            _F,
        ),
        "Voor een arbeidsongeschiktheidsverzekering (AOV) voor zelfstandigen kunt u terecht bij "
        "uw verzekeraar.",
    ),
    (
        re.compile(
            r"hoe hoog\s+(?:\w+\s+){0,3}?(?:wia-?)?uitkering|hoogte van (?:de|zijn|haar)\s+"
            r"(?:wia-?)?uitkering",
            _F,
        ),
        "Hoe hoog een WIA-uitkering wordt, beslist UWV op de aanvraag; kijk op uwv.nl of vraag "
        "het UWV.",
    ),
    (
        re.compile(
            r"\bbonus\b|dertiende maand|eindejaarsuitkering|auto van de zaak|lease-?auto|"
            r"telefoon van de zaak|reiskostenvergoeding",
            _F,
        ),
        "Over bonussen en andere arbeidsvoorwaarden tijdens ziekte gaat "
        "Spoorwijzer niet; kijk in de cao of de arbeidsovereenkomst, of vraag het Juridisch Loket.",
    ),
    (
        re.compile(r"\bwoo\b|woo-verzoek|\bwob\b|wet open overheid|openbaarheid van bestuur", _F),
        "Over een Woo-verzoek (Wet open overheid) gaat Spoorwijzer niet; vraag de juridische "
        "afdeling of kijk op rijksoverheid.nl.",
    ),
    (
        re.compile(
            r"(?:welke|beste|vergelijk\w*)[^.?!]{0,40}verzuimverzekering|verzuimverzekering"
            r"[^.?!]{0,40}(?:het beste|vergelijk\w*)|welke verzekeraar",
            _F,
        ),
        "Spoorwijzer vergelijkt geen verzekeringen; vraag een onafhankelijk adviseur.",
    ),
)
# "Klopt het dat je na de EJE nog … hebt om spoor 2 te starten?" asks the claim, not the decision.
_VERIFY_START = re.compile(
    r"^\s*(?:klopt (?:het|dat)|is het (?:waar|zo|correct|juist)|klopt het echt|"
    r"(?:so\s+)?i (?:read|heard) that)\b",
    _F,
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
    cued: bool = True  # False: a plain statement, without "klopt het dat" or "toch?"
    # The part before, when the statement names its topic only by "daar" or "ervoor" ("Wat is
    # een deskundigenoordeel, en klopt het dat de werkgever daar nooit voor betaalt?")
    context: str = ""

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

    @property
    def asking_parts(self) -> tuple[AskPart, ...]:
        """The parts that ask something (the others are the story)."""
        return tuple(p for p in self.parts if p.asks)

    def part_text(self, ask: Ask) -> str:
        """The parts that hold this ask, with the context they need.

        Context: the statements without an ask ("Mijn werknemer weigert mee te werken."), and
        for a short part that refers back ("wie kan het aanvragen") the part before it.
        Without any part holding the ask, the whole message.
        """
        if not any(ask in p.asks for p in self.parts):
            return " ".join(p.text for p in self.parts)
        texts: list[str] = []
        for index, part in enumerate(self.parts):
            if not part.asks:
                texts.append(part.text)
            elif ask in part.asks:
                before = self.parts[index - 1].text if index else ""
                if before and _refers_back(part.text) and before not in texts:
                    texts.append(before)
                texts.append(part.text)
        return " ".join(texts)


# A thing-pronoun ("het", "dat", "ervoor") in a short part refers to the part before it.
_BACK_REFERENCE = re.compile(r"\b(?:het|dat|dit|die|deze|daar\w*|er(?:voor|op|over|mee|aan))\b", _F)


def _refers_back(part: str) -> bool:
    """True for a short part whose subject is in the part before ("en wat kost het?")."""
    return len(part.split()) <= SHORT_PART_WORDS and bool(_BACK_REFERENCE.search(part))


Classifier = Callable[[str], dict[str, float]]


def asks_spoor2(text: str) -> bool:
    """True when the text asks whether (or when) spoor 2 must start for this case."""
    return bool(_SPOOR2.search(_TIME_CLAUSE.sub(" ", text)))


def mentions_track(text: str) -> bool:
    """True when the text names spoor 2 ("tweede spoor", "2e spoor", "spoortraject" …)."""
    return bool(_TRACK_MENTION.search(text))


def referral_for(text: str) -> str | None:
    """The referral for a text about a field outside Spoorwijzer's (tax, WW, pension …), if any."""
    return next((r for pattern, r in _OUT_OF_SCOPE if pattern.search(text)), None)


# A clause of a referred text: "…, of betaalt UWV die kosten?" asks about our field.
_CLAUSE = re.compile(r"[,;:]\s*|[.?!]\s+|\s+(?:en|of|maar)\s+", _F)
MIN_CLAUSE_WORDS = 3  # "premievrije voortzetting?" names the field of the clause before


def referred_throughout(text: str) -> bool:
    """True when every clause of the text is about a field outside ours.

    "Zijn de kosten van het re-integratiebureau aftrekbaar voor de vennootschapsbelasting, en
    moet er btw op?" is; "…aftrekbaar voor de vennootschapsbelasting, of betaalt UWV die
    kosten?" is not.
    """
    clauses = [c for c in _CLAUSE.split(text) if len(c.split()) >= MIN_CLAUSE_WORDS]
    return bool(clauses) and all(referral_for(c) for c in clauses)


def split_parts(text: str) -> list[str]:
    """Sentences, and clauses that each ask something ("…, en wat als …?")."""
    parts: list[str] = []
    for sentence in split_sentences(text):
        pieces = [p.strip(" ,") for p in _CLAUSE_SPLIT.split(sentence)]
        parts.extend(p for p in pieces if len(p.split()) >= 2 or p.endswith("?"))
    return parts or [text.strip()]


# A question about spoor 2 that asks for a decision ("spoor 2 dan maar?", "wat betekent dat voor
# spoor 2?", "moet er al een tweede spoor komen?"), not what it is or costs, nor a rule about it
# ("ben ik verplicht een bureau in te huren voor spoor 2?" is a claim to check).
# Named as spoor 2 (its other words, "een traject bij een andere werkgever", only in a decision)
_TRACK_MENTION = re.compile(_TRACK_NAMED + r"|spoortraject|tweede-spoortraject", _F)
_DECISION_WORD = re.compile(
    r"\b(?:nodig|vervallen|stoppen|beslissen|beslissing|nu|al|meteen|direct|ja of nee|dan maar|"
    r"betekent dat|iets met|bezig|komen|starten|beginnen|inzetten|overslaan|achterwege|"
    r"opstarten|laten zitten|laten liggen|parkeren|stopzetten|afbreken|zit het|hoe zit)\b",
    _F,
)
_SHORT_TRACK_QUESTION = 4  # "Spoor 2?", "Spoor 2 dan?": a decision asked in a word or two
# "Moeten we nu starten?" in a message about spoor 2.
_START_NOW = re.compile(
    r"^\s*(?:en\s+)?(?:moet|moeten|kunnen|kan|mogen|mag)\s+(?:ik|we|wij|u|jullie)\s+"
    r"(?:dan|nu|al|meteen|direct|nog)\b(?:\s+\w+){0,3}\s*\?|"
    r"^\s*(?:en\s+)?(?:moet|moeten|kunnen|kan|mogen|mag)\s+(?:ik|we|wij|u|jullie)\s+"
    r"(?:\w+\s+){0,3}?(?:het traject|dat traject|het|dat|dit)\s+(?:\w+\s+)?(?:stoppen|stopzetten|"
    r"afbreken|parkeren|laten zitten|laten liggen|uitstellen|starten|opstarten)\s*\?",
    _F,
)


# "Moet er dan toch een tweede spoor komen?": a question that starts with its verb uses "toch"
# for "still, after all" — a question about the case, not a statement to verify ("Spoor 2 is
# toch pas na een jaar?", "…, toch?").
_VERB_FIRST = re.compile(
    r"^\s*(?:en\s+|maar\s+)?(?:moet|moeten|mag|mogen|kan|kunnen|is|zijn|hoeft|hoeven|heeft|"
    r"hebben|krijgt|krijg|wordt|worden|geldt|telt|tellen|ga|gaat|gaan)\b",
    _F,
)
_MID_TOCH_WORD = re.compile(
    r"\b(?:dan|nu)\s+toch\b|\btoch\s+(?:nog|maar)\b|"
    r"^\s*(?:en\s+|maar\s+)?\w+\s+(?:we|wij|ik|jullie)\s+(?:\w+\s+){0,3}?toch\b",
    _F,
)


# More ways to put a statement up for checking: "Een te late melding geeft toch geen sanctie?"
# (a statement with "toch" asked as a question, any verb), "kan iemand uitleggen of …", "mijn
# arbodienst zegt: …", "… moet ik altijd volgen, zegt mijn collega.", "… is volgens mij …".
# The subject is a person of the story ("De werknemer wil toch graag terug, kan dat?"), or a
# question follows after a comma: no statement to check.
_STATEMENT_TOCH = re.compile(
    r"^(?!\s*(?:wat|wanneer|hoe|wie|welke|waar|waarom|hoeveel)\b)"
    r"(?!\s*(?:de|mijn|onze|ons)?\s*(?:werknemer|medewerker|medewerkster|werkneemster|hij|zij|ze)\b)"
    r"[^?,]*?\w\s+toch\b(?!\s+(?:nog|al|maar|even)\b)[^?,]*\?",
    _F,
)
# Someone else is asked to say whether a statement holds ("kan iemand uitleggen of …"); a doubt
# of the user's own ("ik vraag me af of …") asks about the case.
_EMBEDDED_CHECK = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:uitleggen|vertellen|bevestigen|weet iemand|weet u|weten jullie)\s+"
    r"(?:\w+\s+){0,2}?of\b",
    _F,
)
_SAID_BY = re.compile(
    r"(?:\b(?:mijn|onze|ons|de|het|een)\s+(?:\w+\s+)?|^\W*)" + _THIRD_PARTY + r"\s+"
    r"(?:zegt|zei|zeggen|schrijft|schreef|stelt|stelde|beweert|beweerde|meldt|meldde)\s*:|"
    r"[,]?\s*(?:zegt|zei|zeggen|vindt|vond|denkt|dacht|beweert|beweerde|stelt)\s+"
    r"(?:mijn|onze|ons|de|het|een)\s+(?:\w+\s+)?" + _THIRD_PARTY + r"\s*[.!]?\s*$",
    _F,
)
_OPINION = re.compile(
    r"\bvolgens (?:mij|(?:mijn|onze|ons|de|het)\s+(?:\w+\s+)?" + _THIRD_PARTY + r")\b,?", _F
)


# "The company doctor (bedrijfsarts) now says she can't …": a judgement in the case, no claim.
_DOCTOR_SAYS_EN = re.compile(
    r"\b(?:bedrijfsarts|company doctor|doctor|physician|ba|arbo-?arts)\b[^.?!]{0,30}?"
    r"\b(?:says|said|thinks|believes|told)\b",
    _F,
)
_CASE_NEWS = re.compile(
    r"\beraan\s+(?:komt|komen|zit te komen)\b|\bbinnenkort\b|\bmorgen\b|\bvolgende week\b|"
    r"\bover\s+\w+\s+(?:dagen|weken)\b",
    _F,
)


def verifies(part: str) -> bool:
    """True when the part asks to verify a statement ("klopt het dat …", "… toch?")."""
    sentence = re.split(r"[.!]\s+", part.strip())[-1]
    probe = _DOCTOR_SAYS_EN.sub(" ", part)
    if not _VERIFY.search(probe) and _VERIFY_WEAK.search(probe):
        # "Spoor 2 dus, neem ik aan." states too little; a lone "Correct?" verifies the sentence
        # before it
        statement = extract_claim(part).statement
        return _states_a_rule(statement) and (
            len(statement.split()) >= MIN_CLAIM_WORDS or len(part.split()) < MIN_CLAIM_WORDS
        )
    if not _VERIFY.search(probe):
        return (
            (_STATEMENT_TOCH.search(sentence) is not None and not _VERB_FIRST.match(sentence))
            or _EMBEDDED_CHECK.search(part) is not None
            or _SAID_BY.search(part) is not None
            or (_OPINION.search(part) is not None and _is_plain_statement(_OPINION.sub("", part)))
        )
    if _VERB_FIRST.match(sentence) and _MID_TOCH_WORD.search(sentence):
        return bool(_VERIFY.search(_MID_TOCH_WORD.sub(" ", part)))
    said = re.split(r"(?<=\?)\s+", part.strip())[-1]  # "wanneer …? mijn zoon zegt dat …"
    reported = _VERIFY_STRIP.sub("", said)
    if reported == said:
        return True
    # "Ik hoor van P&O dat de eerstejaarsevaluatie eraan komt", "mijn schoonzoon zegt dat ik te
    # laat ben": news about the case, no rule.
    return not (
        _CASE_NEWS.search(reported)
        or (_OWN_SUBJECT.match(reported) and not _RULE_VERB.search(reported))
        # "De bedrijfsarts zegt dat mijn werknemer 20 uur aangepast werk kan doen": a judgement
        or (_DOCTOR_SAYS.search(said) is not None and not _RULE_VERB.search(reported))
        # "mijn zus zei dat dat ook ergens moet": too little said to check
        or _too_little_said(reported)
    )


def _asks_track_decision(part: str) -> bool:
    """A question part about spoor 2 with a decision word, or a bare "spoor 2?"."""
    asked = re.split(r"[.!]\s+", part.strip())[-1]  # the question after any story sentence
    # "WAT BETEKENT DAT VOOR DAT TWEEDE SPOOR." asks without its question mark
    put = asked.endswith("?") or bool(_QUESTION_WORD.match(asked) or _MODAL_START.match(asked))
    if not put or not _TRACK_MENTION.search(asked) or verifies(asked):
        return False
    short = len(asked.split()) <= _SHORT_TRACK_QUESTION and not _QUESTION_WORD.match(asked)
    return bool(_DECISION_WORD.search(asked)) or short  # "Wat is spoor 2?" asks what it is


def _decides_track_before(before: str, part: str) -> bool:
    """A short question about the spoor 2 named just before ("Is dat nu echt al nodig?")."""
    return (
        part.rstrip().endswith("?")
        and _refers_back(part)
        and not _TRACK_MENTION.search(part)
        and bool(_TRACK_MENTION.search(before))
        and bool(_DECISION_WORD.search(part))
        and not verifies(part)
    )


# "Is een AD verplicht voordat we spoor 2 starten?": spoor 2 as the time of another question.
_TIME_CLAUSE = re.compile(r"\b(?:voordat|nadat|alvorens)\s+[^,.?!]*(?=[.?!]|$)", _F)


def _rule_asks(part: str) -> list[Ask]:
    found: list[Ask] = []
    main = _TIME_CLAUSE.sub(" ", part)
    if _SPOOR2.search(main) or _asks_track_decision(main):
        found.append(Ask.SPOOR2_DECISION)
    if verifies(part):
        found.append(Ask.CLAIM)
    if _DATES.search(part):
        found.append(Ask.DATES)
    if _COSTS.search(part):
        found.append(Ask.COSTS)
    if (
        _EXPLAIN.search(part) and not _WHAT_TO_DO.search(part) and Ask.DATES not in found
    ) or _TERM_THEN_DATE.search(part):
        found.append(Ask.EXPLAIN_TERM)
    if _WHAT_TO_DO.search(part) or (_LATE_OR_NEXT.search(part) and Ask.CLAIM not in found):
        found.append(Ask.WHAT_TO_DO)
    if _PROCESS.search(part):
        found.append(Ask.PROCESS)
    return found


# The condition of "Als hij …, moet de werkgever …" may name a person; the rule is general.
# "Als klein bedrijf heb ik geen …" is no condition: "als" names a role, the verb follows it.
_CONDITION_CLAUSE = re.compile(
    r"^\s*(?:(?:ook|zelfs|alleen|pas)\s+)?(?:als|wanneer|indien|zolang|tenzij)\b"
    r"(?!(?:\s+[\w-]+){1,3}\s+(?:heb|hebt|heeft|hebben|ben|bent|is|zijn|moet|moeten|hoef|hoeft|"
    r"hoeven|kan|kun|kunt|kunnen|mag|mogen|wil|wordt|word|worden)\s+(?:ik|je|jij|u|we|wij|"
    r"hij|zij|ze|men|jullie)\b)[^,]{3,160},",
    _F,
)
# A date or "sinds" makes a sentence part of the user's own story, not a general rule.
_CASE_DETAIL = re.compile(
    r"\bsinds\b|\b\d{1,2}[-/]\d{1,2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}\s+(?:jan(?:uari)?|feb(?:ruari)?|"
    r"maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|sept?(?:ember)?|okt(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b\.?",
    _F,
)


# "…, zolang UWV nog niet heeft beslist": a condition of a rule, no state of the user's case.
_RULE_CONDITION = re.compile(r"(?<=[\w,])\s+(?:zolang|ook als|zelfs als|tenzij)\b[^,.?!]*", _F)


def is_case_detail(part: str) -> bool:
    """True for a sentence of the user's own story: a date, "sinds", "nog geen", "vorige week"."""
    return bool(_CASE_DETAIL.search(part) or _STORY_MARKER.search(_RULE_CONDITION.sub(" ", part)))


def _is_plain_statement(part: str) -> bool:
    """A general rule stated as a sentence, not a question, not about the user's own case.

    One clause suffices ("Wij zijn klein, dat hele spoor 2 geldt alleen voor grote bedrijven."):
    a clause with a general verb, no person of the story and at least four words. A rule the
    user acts on ("…, dus ik plan het na de feestdagen") counts even when told of the own case.
    """
    stripped = part.strip()
    if (
        stripped.endswith("?")
        or _QUESTION_WORD.match(_LEADING_AND.sub("", stripped))  # "en wanneer moet … dan"
        or _ASKED_INDIRECTLY.search(stripped)
        or _CASE_DETAIL.search(stripped)
        or _CASE_NEWS.search(stripped)  # "… begint volgende week met het traject"
        # "Zolang UWV nog niet heeft beslist, moet …": the condition of a rule tells no story
        or _STORY_MARKER.search(
            _RULE_NOT_YET.sub(r"\1", _RULE_CONDITION.sub(" ", _CONDITION_CLAUSE.sub("", stripped)))
        )
    ):
        return False
    asserted = _ROLE.sub("", _CONDITION_CLAUSE.sub("", stripped))
    if _DOCTOR_SAYS.search(asserted):
        return False  # "de bedrijfsarts verwacht dat ze …": this case, not a rule
    if _concludes_a_rule(asserted):
        return True
    return any(
        _general_clause(clause)
        and not (index and _BACK_SUBJECT.match(clause))  # "…, en die is bezet"
        and not _ASKING_WORD.match(_ENUMERATION.sub("", clause))
        for index, clause in enumerate(_STATEMENT_CLAUSE.split(asserted))
    )


# "… hoeft spoor 2 nog niet": "nog niet" after a verb of rules is part of the rule.
_RULE_NOT_YET = re.compile(
    r"(\b(?:hoeft|hoeven|hoef|mag|mogen|moet|moeten)\b(?:\s+[\w-]+){0,3}?)\s+nog\s+(?=niet|geen)",
    _F,
)
_LEADING_AND = re.compile(r"^\s*(?:en|maar|of|ok|oke|dus)\b[\s,:]*", _F)
# "… dus nu vraag ik me af wanneer …", "Door de directie wordt gevraagd welke …": a question
# put as a sentence, no statement.
_ASKED_INDIRECTLY = re.compile(
    r"\b(?:vraag|vragen|vroeg)\s+(?:ik\s+|we\s+|wij\s+)?(?:me|mij|ons)\s+af\b|"
    r"\bik wil (?:graag |even |ook )?weten\b|\bbenieuwd\b|\bwordt (?:er |door \w+ )?gevraagd\b|"
    r"\b(?:graag|wil) (?:even )?(?:weten|horen)\b",
    _F,
)
# "…, dus ik plan het rustig in", "hij moet dus gewoon …": the user draws a conclusion.
_SO = re.compile(r"\bdus\b", _F)
_SO_CLAUSE = re.compile(r",\s*dus\s+", _F)
# What a conclusion may rest on: a rule's verb or a general statement ("… staat stil").
_RULE_WORD = re.compile(
    rf"{_RULE_VERB.pattern}|\b(?:heb je|heb ik|hebben we|heeft de werkgever)\s+(?:\w+\s+){{0,4}}"
    r"(?:tijd|recht)\b|\b(?:stopt|stoppen|staat stil|stilstaan|loopt door|vervalt|bouwt|bouwen|"
    r"betaalt|betalen|regelt|regelen|is verplicht|verplicht|bindend|optioneel|altijd|nooit)\b",
    _F,
)


_PLANNED = re.compile(rf"\b(?:gepland|ingepland|afspraak|{'|'.join(WEEKDAYS)})\b", _F)


def _too_little_said(statement: str) -> bool:
    """A short statement of small words only: nothing a claim could be about."""
    words = statement.split()
    return (
        len(words) < SHORT_CLAIM_WORDS
        and all(len(w) < NAMING_WORD_LETTERS for w in words)
        and not is_in_domain(statement)  # "dat UWV dan boetes geeft", "dat spoor 2 moet"
    )


def _concludes_a_rule(sentence: str) -> bool:
    """A rule with the user's conclusion from it, in a sentence without case details.

    "Tijdens ziekte bouwt hij geen vakantiedagen op, dus die hoef ik niet uit te betalen." and
    "ik heb hem met een no-riskpolis aangenomen, dus hoef ik niks te doen" ask for a verdict;
    "Ze is dus bijna twee jaar thuis" and "dus spoor 2 is gestart" tell the story.
    """
    if not _SO.search(sentence) or len(sentence.split()) < 2 * MIN_CLAIM_WORDS:
        return False
    if _PLANNED.search(sentence):  # news of the case left out already (_is_plain_statement)
        return False  # "Het gesprek staat gepland op vrijdag, dus ik wacht dat af."
    if _STORY_SUBJECT.match(sentence) and not _RULE_VERB.search(sentence):
        return False
    return bool(_RULE_WORD.search(sentence))


def _premise(statement: str) -> str:
    """The rule in "<rule>, dus <what the user does>", or the statement when it has none.

    A premise that tells the case ("ik heb een no-riskpolis, dus hoef ik niks") is no rule of
    its own, and a conclusion in the domain's words ("…, dus wie het volgt krijgt geen
    loonsanctie") is part of the rule: then the whole statement is the claim.
    """
    head, *conclusion = _SO_CLAUSE.split(statement, maxsplit=1)
    if not conclusion or is_in_domain(conclusion[0]):
        return statement
    return head if _general_clause(head) else statement


def _general_clause(clause: str) -> bool:
    """A clause with a general verb, no person of the story in its main part, four words."""
    return bool(
        _GENERAL.search(clause)
        and not _PERSONAL.search(_SUBORDINATE.split(clause)[0])
        and len(clause.split()) >= MIN_CLAIM_WORDS
    )


# "1) wanneer …, 2) moeten we …": numbered questions in one sentence.
_ASKING_WORD = re.compile(
    r"^\s*(?:wat|wanneer|hoe|wie|welke|waar|waarom|hoeveel|(?:tot|vanaf|per|sinds) wanneer)\b", _F
)
_ENUMERATION = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[a-c][.)]|[-*•])\s*")
# "…, en die is bezet": a clause whose subject points back into the story.
_BACK_SUBJECT = re.compile(r"^\s*(?:en|maar)?\s*(?:die|ze|hij|zij)\s+\w+", _F)
# A pronoun after "dat" / "of" ("… na de datum dat hij zich ziek meldde") belongs to a
# subordinate clause; the statement itself stays general.
_SUBORDINATE = re.compile(
    r"\b(?:dat|of|die|omdat|zodat|wanneer|nadat|voordat|zolang|waarin|waarbij|als|indien|"
    r"zodra)\b",
    _F,
)


_STATEMENT_CLAUSE = re.compile(r",\s*|:\s*|;\s*")


# A hedge before the statement ("Als ik me niet vergis stopt …"): no part of its polarity.
_LEADING_TAG = re.compile(
    r"^\s*(?:als ik me niet vergis|voor zover ik weet|naar mijn weten|als ik het goed heb|"
    r"als ik het goed (?:begrijp|snap|zie))\s*,?\s*",
    _F,
)


def extract_claim(part: str) -> ClaimAsk:
    """The statement inside a verification ask, without "klopt het dat" or "toch?"."""
    stripped = _ENUMERATION.sub("", part.strip())
    # "… hoef ik hem toch geen loon meer te betale? anders weet ik het ook nie meer": the
    # question that verifies is the statement, the words after it a comment
    questions = [q for q in re.split(r"(?<=\?)\s+", stripped) if q.strip()]
    if len(questions) > 1:
        checked = [q for q in questions if _VERIFY.search(q) or _VERIFY_WEAK.search(q)]
        long_enough = [q for q in questions if len(q.split()) >= MIN_CLAIM_WORDS]
        stripped = (checked or long_enough or [stripped])[0]
    # "Als de bedrijfsarts zegt dat …, moet …": that "zegt dat" is the condition, not a cue.
    stripped = _LEADING_TAG.sub("", stripped)  # "Als ik me niet vergis stopt …"
    statement = stripped if _CONDITION_CLAUSE.match(stripped) else _VERIFY_STRIP.sub("", stripped)
    statement = _RIGHT_TAG.sub("", _TAIL_STRIP.sub("", statement)).strip(" ,?!.")
    statement = _MID_TOCH.sub(" ", statement)  # "Spoor 2 is toch alleen …" states "… is alleen …"
    # "… loopt volgens mij gewoon door", "…, zegt mijn boekhouder", "Weet iemand of …"
    statement = _OPINION.sub(" ", _SAID_BY.sub("", statement))
    statement = _EMBEDDED_CHECK.sub("", statement).strip()
    statement = _premise(re.sub(r"\s+", " ", statement).strip(" ,?!."))
    # The polarity is the main clause's: "Als hij niet meer kan, moet …" asserts "moet …".
    asserted = _CONDITION_CLAUSE.sub("", statement)
    return ClaimAsk(statement or part.strip(), count_negations(asserted))


# "wel of niet", "of niet" name both options: no negation.
_BOTH_OPTIONS = re.compile(r"\b(?:wel\s+)?of\s+(?:niet|geen)\b", _F)


# "…, ook als UWV nog niet heeft beslist" ("…, ook niet als …", "… zolang UWV nog niet …"): a
# concession or condition after the main clause, not its polarity.
_CONCESSION = re.compile(
    r"(?:,\s*|(?<=\w)\s+)(?:ook|zelfs)\s+(?:niet\s+)?(?:als|wanneer|indien)\b[^.?!]*|"
    r"(?:,\s*|(?<=\w)\s+)(?:ook|zelfs)\s+al\b[^.?!]*|"  # "…, ook al heeft UWV nog niet beslist"
    r"(?<=\w)\s+(?:zolang|tenzij)\b[^,.?!]*|"  # after the main clause, not "Zolang …, …"
    # "… mag op vakantie, mits het zijn herstel niet schaadt": a proviso, not the polarity (a
    # condition with "als" stays: claims count theirs too, "Als hij … niet meer kan, …")
    r"(?:,\s*|(?<=\w)\s+)mits\b[^.?!]*",
    _F,
)


def count_negations(statement: str) -> int:
    """Negation words in a statement ("niet", "geen", "nooit" …).

    "Wel of niet" and a concession ("…, ook als … niet …", "…, ook al …") are left out.
    """
    statement = _GBM_TERM.sub(" gbm ", statement)  # a term of the bedrijfsarts, no negation
    statement = _CONCESSION.sub(" ", statement)
    statement = _ALSO_NOT.sub(r"\1", statement)  # "niets mag vragen, ook niet hoe lang": one
    return len(_NEGATION.findall(_BOTH_OPTIONS.sub(" ", statement)))


# "Bij geen benutbare mogelijkheden hoeft …": the judgement's name, the same as "bij GBM".
_GBM_TERM = re.compile(r"\bgeen\s+benutbare\s+mogelijkheden\b", _F)
# "Je mag niets vragen, ook niet hoe lang": the second negation repeats the first.
_ALSO_NOT = re.compile(
    r"(\b(?:niet|geen|nooit|niets|niks)\b[^.?!]*?),?\s*(?:en\s+)?ook\s+niet\b", _F
)


CLASSIFIER_MIN_PROBABILITY = 0.5
# Beside asks the rules found, the classifier adds one at the same bar. Tried: 0.7 raised ask
# precision on 260 tuning messages (0.78 -> 0.84, recall 0.92 -> 0.89), but on the held-out
# holdout-3 fewer asks were answered (0.72 -> 0.69), so the bar stays at 0.5.
CLASSIFIER_BESIDE_RULES = 0.5
MIN_CLAIM_WORDS = 4  # "Is dat zo?" holds no statement of its own
SHORT_CLAIM_WORDS = 5  # a statement this short must name something ("dat dat ook ergens moet")
NAMING_WORD_LETTERS = 8  # … in a word this long ("vakantiedagen", "loonsanctie")
SHORT_PART_WORDS = 8  # a part this short usually refers back ("en wat kost het?")


def read_asks(text: str, classify: Classifier | None = None) -> AskReading:
    """Find every ask in a message.

    Args:
        text: The user's message (without injected instructions).
        classify: Optional classifier: text -> {ask label: probability}.

    Returns:
        The asks, main first, with the parts they come from and any claim.
    """
    parts, claim, referrals = _read_parts(split_parts(text))
    parts = _every_question_answered(parts)
    if _TRACK_MENTION.search(text):
        parts = [
            AskPart(p.text, (*p.asks, Ask.SPOOR2_DECISION), p.referral)
            if _START_NOW.match(p.text) and Ask.SPOOR2_DECISION not in p.asks
            else p
            for p in parts
        ]
    found = [a for part in parts for a in part.asks]
    confident = bool(found)
    if classify is not None:
        scores = classify(text)
        referred_only = (
            set(found) == {Ask.OUT_OF_SCOPE}
            and all(p.asks for p in parts)
            and not _TRACK_MENTION.search(text)  # "Geldt spoor 2 ook in ons Belgische filiaal?"
        )
        if not (claim is not None and set(found) <= {Ask.CLAIM, Ask.OUT_OF_SCOPE}) and not (
            referred_only  # "Hoe hoog wordt de WW-uitkering na zijn ontslag?": refer it whole
        ):
            floor = CLASSIFIER_BESIDE_RULES if found else CLASSIFIER_MIN_PROBABILITY
            found.extend(_classified(scores, found, referrals, floor))  # a lone claim: a verdict
        confident = confident or max(scores.values(), default=0) >= CLASSIFIER_MIN_PROBABILITY
    if not found:
        found = [Ask.WHAT_TO_DO]  # the safest reading: explain what applies, and ask
    ordered = tuple(dict.fromkeys(_main_first(found)))
    return AskReading(ordered, tuple(parts), claim, tuple(dict.fromkeys(referrals)), confident)


# "klopt dat? mijn verkoopster wil …": the check verifies the part before, whatever follows
_VERIFIES_BACK = re.compile(
    r"^\W*(?:en\s+)?(?:klopt\s+(?:dat|dit|het)|is\s+dat\s+(?:zo|waar|juist|correct)|"
    r"(?:is\s+)?that\s+(?:true|right|correct)|correct|juist|klopt)\s*\?",
    _F,
)
# "… dat de werkgever daar nooit voor hoeft te betalen": the topic is in the part before
_TOPIC_BEFORE = re.compile(r"\b(?:daar\w*|er(?:voor|op|over|mee|aan|bij|uit))\b", _F)


_MODAL_START = re.compile(
    r"^\s*(?:en\s+|maar\s+)?(?:mag|mogen|moet|moeten|kan|kunnen|hoeft|hoeven|kun)\b", _F
)


def _every_question_answered(parts: list[AskPart]) -> list[AskPart]:
    """A question beside other asks that no rule names still gets an answer from the sources.

    "Tegen wanneer moeten we de probleemanalyse hebben? En moet dat plan van aanpak er dan
    meteen ook bij?": the second question is answered as what to do, not left out.
    """
    if not any(p.asks for p in parts):
        return parts  # one question: the classifier reads it
    following = [q.text for q in parts[1:]] + [""]
    return [
        AskPart(
            p.text,
            (Ask.WHAT_TO_DO if _MODAL_START.match(p.text) else Ask.PROCESS,),
            p.referral,
        )
        if not p.asks and _is_question(p.text, after)
        else p
        for p, after in zip(parts, following, strict=True)
    ]


MIN_CUT_QUESTION_WORDS = 4


def _is_question(text: str, after: str) -> bool:
    """A question, also one cut at "en" from the question after it ("Wat doet UWV …, en …?")."""
    return (
        text.rstrip().endswith("?")
        or bool(_ASKED_INDIRECTLY.search(text))
        or bool(
            _ASKING_WORD.match(text)
            and len(text.split()) >= MIN_CUT_QUESTION_WORDS  # not "Wat precies en wanneer?"
            and after.rstrip().endswith("?")
        )
    )


# A part the user marks as another subject: "En los daarvan: …", "Ander onderwerp: …".
_ANOTHER_TOPIC = re.compile(
    r"^\W*(?:en\s+|oh\s+|o\s+)?(?:los daarvan|los van dit|(?:een )?ander onderwerp|off[- ]?topic|"
    r"apart from that|unrelated|(?:on )?another (?:topic|note))\b",
    _F,
)
ANOTHER_TOPIC_REFERRAL = (
    "Die andere vraag valt buiten spoor 2 en de Wet verbetering poortwachter; daarvoor kunt u "
    "beter terecht bij een adviseur op dat gebied of uw brancheorganisatie."
)


def _read_parts(pieces: Sequence[str]) -> tuple[list[AskPart], ClaimAsk | None, list[str]]:
    """The asks of each part by the rules, the claim to check and the referrals."""
    parts: list[AskPart] = []
    claim: ClaimAsk | None = None
    referrals: list[str] = []
    for index, piece in enumerate(pieces):
        asks = _rule_asks(piece)
        if index > 0 and _decides_track_before(pieces[index - 1], piece):
            asks.append(Ask.SPOOR2_DECISION)  # "… begint al over spoor 2. Is dat nu al nodig?"
        referral = referral_for(piece)
        if referral is None and index > 0 and _ANOTHER_TOPIC.match(piece):
            # "En los daarvan: mag ik de prijzen verhogen?": a question of another field
            referral = None if is_in_domain(piece) else ANOTHER_TOPIC_REFERRAL
        if referral is not None:
            asks.append(Ask.OUT_OF_SCOPE)
            referrals.append(referral)
        plain = not verifies(piece) and _is_plain_statement(piece)
        if plain or (Ask.CLAIM in asks and not piece.rstrip().endswith("?")):
            # a statement asks nothing but a verdict, whatever words it uses
            asks = [Ask.CLAIM, *(a for a in asks if a is Ask.OUT_OF_SCOPE)]
        elif Ask.CLAIM in asks and _VERIFY_START.match(piece):
            asks = [a for a in asks if a is not Ask.SPOOR2_DECISION]  # the claim, not a decision
        if Ask.CLAIM in asks and claim is None:
            claim = replace(extract_claim(piece), cued=not plain)
            back = len(claim.statement.split()) < MIN_CLAIM_WORDS or _VERIFIES_BACK.match(piece)
            if back and index > 0:
                claim = extract_claim(pieces[index - 1])  # "… . Klopt dat?" verifies the last
                parts[-1] = AskPart(parts[-1].text, (*parts[-1].asks, Ask.CLAIM))
            elif index > 0 and _TOPIC_BEFORE.search(claim.statement):
                claim = replace(claim, context=pieces[index - 1])
        parts.append(AskPart(piece, tuple(asks), referral if asks else None))
    asked = [p for p in parts if p.asks and (Ask.CLAIM not in p.asks or verifies(p.text))]
    if asked and claim is not None and not any(verifies(p.text) for p in parts):
        # A plain statement beside a real question is the story, not a claim.
        parts = [AskPart(p.text, tuple(a for a in p.asks if a is not Ask.CLAIM)) for p in parts]
        claim = None
    return parts, claim, referrals


def with_extra_asks(reading: AskReading, extra: Sequence[Ask]) -> AskReading:
    """The reading with asks another reader found (a chat model), under the classifier's rules.

    A claim is never added (it needs the rules' cue), nor a scope refusal without a referral,
    nor anything beside a lone claim; the rules' asks keep their order and come first.
    """
    found = list(reading.asks)
    if reading.claim is not None and set(found) <= {Ask.CLAIM, Ask.OUT_OF_SCOPE}:
        return reading
    scores = {str(a): 1.0 for a in extra}
    added = _classified(scores, found, reading.referrals)
    if not added:
        return reading
    asks = tuple(dict.fromkeys(_main_first([*found, *added])))
    return replace(reading, asks=asks, confident=True)


def _classified(
    scores: dict[str, float],
    found: Sequence[Ask],
    referrals: Sequence[str],
    floor: float = CLASSIFIER_MIN_PROBABILITY,
) -> list[Ask]:
    """Asks the classifier adds with enough confidence, except those only rules may add."""
    added: list[Ask] = []
    for label, probability in scores.items():
        ask = Ask(label)
        if probability < floor or ask in found or ask in added:
            continue
        if ask is Ask.CLAIM:
            continue  # a claim needs a verification cue or a plain statement (rules only)
        if ask is Ask.OUT_OF_SCOPE and not referrals:
            continue  # without a referral the chain's scope check decides
        added.append(ask)
    return added


def _main_first(found: Sequence[Ask]) -> list[Ask]:
    """The first-mentioned ask leads unless a decision or claim is asked: those lead."""
    unique = list(dict.fromkeys(found))
    leading = [a for a in (Ask.SPOOR2_DECISION, Ask.CLAIM) if a in unique]
    rest = [a for a in unique if a not in leading]
    return [*leading, *rest]
