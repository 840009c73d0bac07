"""Qualitative case facts from a story: the bedrijfsarts's judgement, internal work, prospects.

Layer: understanding (pure). A lexicon of Dutch phrasings per fact, each with the value it
means; negated phrasings ("geen passend werk", "kan niet meer rijden") are listed as their own
entries and tried first, so "geen" never reads as "wel". A diagnosis is recognised only to be
left out: Spoorwijzer never repeats or stores it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spoorwijzer.language.relative_dates import NUMBER_PATTERN, duration_days
from spoorwijzer.language.sentences import (
    end_lines,
    sentence_at,
    sentence_start,
    split_sentences,
)

_FLAGS = re.IGNORECASE

# The employee's own work, as employers name it ("zijn eigen werk", "haar werk als
# verpleegkundige", "z'n oude functie").
_OWN_WORK = (
    r"(?:(?:zijn|haar|z'n|zn|d'r|het|de)\s+)?(?:eigen|oude|huidige)\s+(?:werk|functie|baan|"
    r"beroep|vak|job|taken|werkzaamheden)|(?:zijn|haar|z'n|zn|d'r)\s+(?:werk|functie|baan|"
    r"beroep|vak|job)\b(?:\s+als\s+\w+)?|\bwerk\s+als\s+\w+"
)
# A word between the work and its negation that is no turn of the sentence ("wel", "maar").
_GAP = r"(?:(?!wel\b|maar\b|en\b|ook\b|wil\b|weet\b|of\b|is\b)[\w']+\s+)"
# What follows a negation that rules the work out ("eigen werk niet meer", "… niet,").
_RULED_OUT = (
    r"(?=\s+(?:meer|doen|kan|kunnen|lukt|lukken|gaat|passend|haalbaar|mogelijk|uitvoeren|terug|"
    r"aan)\b|\s*[,.;:!?'\"]|\s*$)"
)
_MOTOR = (
    r"rijden|tillen|staan|bukken|sjouwen|lopen|knielen|klimmen|traplopen|werken als|op de|"
    r"in de|aan de|achter de|met (?:zijn|haar) handen"
)
_DOCTOR = (
    r"(?:bedrijfsarts|bedrijfarts|\bba\b|arbo-?\s?arts|arbeidsgeneesheer|arbeidsarts|"
    r"dokter|\barts\b)"
)
# "helemaal niks kan", only when the doctor says it (the employee's own view is no judgement).
_NOTHING = (
    r"(?:helemaal|echt|voorlopig|momenteel|nu|op dit moment)\s+(?:\w+\s+){0,2}?(?:niks|niets)\s+"
    r"(?:kan|mogelijk|in)|(?<!ik )(?<!we )(?<!wij )(?:kan|kon)\s+(?:\w+\s+){0,3}?(?:helemaal|echt|"
    r"momenteel|nu)\s+(?:niks|niets)\b|tot niets in staat|(?:zelfs|ook)\s+geen\s+(?:\w+\s+)?"
    r"(?:uurtje|halfuurtje|paar uurtjes)|helemaal geen mogelijkheden|"
    r"(?:op dit moment|momenteel|voorlopig)\s+geen\s+(?:\w+\s+)?mogelijkheden\b(?!\s+(?:in|voor))|"
    r"(?:niet\s+(?:kan|kon)|(?:kan|kon)\s+(?:\w+\s+)?niet)\s+werken(?!\s+(?:als|in|aan|bij|met|"
    r"op\s+(?:de|het|zijn|haar))\b)|,\s*helemaal\s+(?:niks|niets)\b|"
    r"geen (?:enkele )?(?:mogelijkheden om te werken|"
    r"werkhervatting)|geen sprake (?:is )?van belastbaarheid|te ziek om|volledig uitgeschakeld|"
    r"(?<!niet )(?:volledig|100\s?%)\s+arbeidsongeschikt(?!\s+(?:verklaard\s+)?voor\s+(?:zijn|"
    r"haar)\s+"
    r"(?:eigen\s+)?(?:functie|werk|job))|voor (?:alle|al het|welk) werk"
)
_OTHER_WORK = r"(?:ander|aangepast|licht|lichter|passend|administratief|zittend|kantoor)e?"

# (fact, value, pattern); within one fact the first matching entry wins.
_LEXICON: tuple[tuple[str, str, str], ...] = (
    # The bedrijfsarts's judgement (no diagnosis: only what the employee can and cannot do).
    # A change to "now there are possibilities" outranks the GBM period it ends.
    (
        "oordeel_bedrijfsarts",
        "ander_werk_mogelijk",
        r"\b(?:nu|opeens|inmiddels|weer)\s+(?:\w+\s+)?wel\s+(?:\w+\s+)?mogelijkheden",
    ),
    (
        "oordeel_bedrijfsarts",
        "gbm",
        r"geen benutbare mogelijkheden|\bgbm\b|(?:bedrijfsarts|\bba\b|arbo-?arts)\b[^.?!]{0,50}?"
        r"(?:ziet\s+(?:\w+\s+){0,4}?geen\s+(?:\w+\s+)?mogelijkheden(?!\s+(?:in|voor)\s+(?:de\s+|"
        r"zijn\s+|haar\s+)?eigen)|(?:nu\s+)?(?:nog\s+)?helemaal\s+(?:niks|niets)\s+kan)|"
        rf"{_DOCTOR}[^.?!]{{0,80}}?(?:{_NOTHING})|(?:{_NOTHING})[^.?!]{{0,60}}?{_DOCTOR}",
    ),
    (
        "oordeel_bedrijfsarts",
        "marginaal",
        r"marginale mogelijkheden|(?:uiterst|zeer|heel erg) beperkt belastbaar|\bmarginaa?l|"
        r"(?:zeer|heel) (?:beperkte|minimale?) mogelijkheden|mogelijkheden zijn (?:\w+\s+){0,3}?"
        r"(?:zeer beperkt|minimaal)|hooguit\s+(?:een\s+)?(?:uurtje|uur|1 uur)\s+per\s+dag|"
        r"hooguit\s+(?:een\s+)?(?:[1-4]|een|twee|drie|vier|paar)\s+(?:uur|uurtjes)\s+per\s+week|"
        r"minimaal iets kan|"
        # "maar een paar uurtjes per week", "slechts een uurtje per dag"
        rf"{_DOCTOR}[^.?!]{{0,60}}?(?:maar|slechts|alleen)\s+(?:een\s+)?(?:paar|[1-4]|een|twee|"
        r"drie|vier)\s+(?:uur|uurtjes)\s+per\s+week(?![^.?!]*\b(?:bouwt|opbouw\w*|op naar)\b)|"
        rf"{_DOCTOR}[^.?!]{{0,60}}?(?:maar|slechts|alleen)\s+(?:een\s+)?(?:half)?uurtje\s+per\s+dag",
    ),
    (
        "oordeel_bedrijfsarts",
        "volledig_hersteld",
        r"(?<!niet )(?<!nog )(?:volledig|helemaal|100\s?%)\s+(?:hersteld|beter)|hersteld gemeld|"
        r"weer volledig aan het werk|(?<!niet )(?<!nog )(?:volledig|100\s?%)\s+(?:belastbaar|"
        r"inzetbaar|geschikt)|"
        r"weer\s+(?:100\s?%\s+|"
        r"volledig\s+)(?:zijn|haar)\s+(?:eigen\s+)?(?:werk|functie)|geen (?:medische )?"
        r"(?:beperkingen|belemmeringen) meer|volledige hervatting(?![^.?!]{0,30}\bniet\b)|"
        r"(?<!geen )(?<!nog geen )volle (?:contract)?uren|"
        r"\bis hersteld\b|\bhersteld is\b",
    ),
    (
        "oordeel_bedrijfsarts",
        "eigen_werk_niet",  # "kan ook geen ander werk": not "ander werk mogelijk"
        r"(?:kan|kon|mag)\s+(?:ook\s+)?(?:geen|niet)\s+(?:\w+\s+)?(?:ander|aangepast|licht)e?\s+"
        r"werk",
    ),
    (
        "oordeel_bedrijfsarts",
        "ander_werk_mogelijk",
        rf"(?:kan|kon|mag)\s+(?:wel\s+)?(?:(?!niet\b|geen\b|nooit\b)\w+\s+){{0,4}}?{_OTHER_WORK}\s*werk|"
        r"(?<!geen )(?<!niet )\b(?:ander|aangepast|licht)e?\s+werk\s+(?:is\s+)?(?:wel\s+)?"
        r"mogelijk\b|"
        r"\baw\s+(?:is\s+)?(?:wel|mogelijk|kan|ja|ok)\b|can\s+do\s+other\s+work|"
        # "wel benutbare mogelijkheden" (the bedrijfsarts's own term), "andere taken wel"
        r"\bwel\s+(?:\w+\s+)?benutbare\s+mogelijkheden\b|"
        r"\b(?:ander|aangepast|licht)e?\s+(?:taken|werkzaamheden|functies?|arbeid|dingen|"
        r"klussen)\s+(?:\w+\s+)?wel\b|"
        r"other\s+work\s+(?:is\s+)?(?:possible|fine|ok)|"
        r"(?:can|could)\s+(?:still\s+)?do\s+(?:other|light|lighter|office|desk|adapted|seated)\b"
        r"[^.?!]{0,30}?\bwork|"
        r"(?:fit|suitable)\s+for\s+other\s+(?:work|roles?|jobs?)|"
        # "doch wel arbeid van lichtere aard", "belastbaar voor ander werk", "inzetbaar in …"
        r"\bwel\s+(?:\w+\s+)?(?:arbeid|werk)\s+van\s+(?:lichtere|andere|aangepaste)\s+aard|"
        r"\b(?:belastbaar|inzetbaar)\s+(?:voor|in|op)\s+(?:\w+\s+)?"
        r"(?:ander|aangepast|licht|passend)|"
        # "niet meer 's nachts …, wel overdag"; "geen zwaar werk meer" (lighter work can)
        r",\s*(?:maar\s+)?wel\s+overdag\b|geen\s+(?:fysiek\s+|lichamelijk\s+)?zwaar\s+werk|"
        r"geen\s+zware\s+(?:taken|arbeid|werkzaamheden)|"
        # "zegt dat de administratieve functie … passend is"
        r"(?<!geen )(?<!geen andere )\b(?:functie|werk|plek|baan|taken)\b(?:(?!niet\b|geen\b)"
        r"[^.?!]){0,60}?\b(?:passend|geschikt)\s+(?:is|zijn)\b(?![^.?!]*\?)|"
        rf"\b{_OTHER_WORK}\s+\w*werk\s+wel\b|\bwel\s+(?:\w+\s+)?{_OTHER_WORK}\s*werk|"
        rf"\b{_OTHER_WORK}\s*werk\s+(?:kan|kon|mag|gaat|lukt)\b(?!\s+(?:niet|geen))|"
        # "licht administratief werk zonder lang staan wel gaat", "Dagwerk van een paar uur kan
        # volgens de arts wel"
        rf"\b{_OTHER_WORK}\s+(?:\w+\s+)?werk\b(?:(?!niet\b|geen\b)[^.?!,]){{0,40}}?\bwel\s+"
        r"(?:gaat|kan|lukt|mogelijk)\b|"
        r"\b\w+werk\b(?:(?!niet\b|geen\b|eigen\b)[^.?!,]){0,40}?\b(?:kan|mag|gaat|lukt)\s+"
        r"(?:(?!niet\b|geen\b)\w+\s+){0,4}?wel\b|"
        r"\b\w*werk\s+(?:kan|mag)\s+(?:hij|ie|ze|zij)\s+wel\b|"
        # "ander werk zonder rijden en zonder tillen kan wel"
        rf"\b{_OTHER_WORK}\s+werk\b(?:(?!niet\b|geen\b|eigen\b)[^.?!]){{0,60}}?\b(?:kan|mag|gaat|"
        r"lukt)\s+wel\b|"
        r"\bmaar\s+(?:\w+\s+){1,3}?(?:kan|mag)\s+(?:hij|ie|ze|zij)\s+wel\b|"
        r"(?:kan|mag)\s+(?:(?:hij|ie|ze|zij)\s+)?(?:wel\s+)?(?:halve dagen|parttime|deeltijd|"
        r"(?:\d+|twee|drie|vier)\s+uur)|wel belastbaar|beperkt belastbaar|"
        r"\bwel\s+(?:\w+\s+)?iets\s+(?:zittends|lichts|lichters|anders|administratiefs)\b|"
        r"mogelijkheden (?:voor|in) (?:ander|aangepast|licht|passend)|"
        r"(?:ziet|zien)\s+(?:\w+\s+){0,2}?mogelijkheden\s+(?:voor|in)\s+(?:\w+\s+)?werk|"
        r"\b(?:\d+|twee|drie|vier|vijf|zes|halve)\s+(?:uur|dagen)\s+(?:per\s+(?:dag|week)\s+)?"
        rf"(?:{_OTHER_WORK}\s*werk|(?:kan|mag)\s+werken)|"
        r"(?<!geen )(?<!geen benutbare )(?:benutbare\s+)?mogelijkheden\s+(?:aanwezig|zijn er|"
        r"ziet)(?!\s+(?:niet|geen))|(?:ziet|"
        r"zien)\s+(?:\w+\s+){0,2}?(?<!geen )(?:benutbare\s+)?mogelijkheden(?!\s+"
        r"(?:in|voor)\s+(?:de\s+|zijn\s+|haar\s+)?eigen)|mogelijkheden\s+(?:zijn\s+|liggen\s+)?"
        r"(?:voor|in)\s+(?:\w+\s+)?(?:ander|aangepast|licht)|(?<!niet )\bgeschikt\s+(?:geacht|"
        r"verklaard|"
        r"bevonden)?\s*(?:voor|tot)\s+(?:\w+\s+)?(?:ander|passend|aangepast|licht)|"
        r"(?<!niet )in staat geacht tot|(?<!geen )passende arbeid|passend geacht|"
        r"\bmaar\s+(?:(?!niet\b|geen\b|nog\b)\w+\s+){0,8}?(?:kan|kunnen|zou|gaat|gaan|mag|mogen)\s+"
        r"(?:(?!niet\b|geen\b|nog\b)\w+\s+){0,3}?(?:wel|prima|goed)\b|"
        r"\bmaar\s+(?:(?!niet\b|geen\b)\w+\s+){0,8}?zou(?:den)?\s+(?:\w+\s+){0,3}?kunnen|"
        r"\bwel\s+(?:werken|aan de slag|op kantoor|achter de)\b|"
        r"(?:weer\s+)?beginnen met (?:werken|\d+\s+uur|twee uur|drie uur)|mag\s+"
        r"(?:\w+\s+){0,4}?(?:weer\s+)?(?:aan de slag|re-integreren|opbouwen|meedraaien)\b|"
        r"\b[1-9]\d?\s?%\s+arbeidsgeschikt|\w*werk\s+(?:\w+\s+){0,3}?(?<!niet )(?<!niet meer )"
        r"haalbaar\b|goed te doen|"
        r"geen bezwaar tegen (?:\w+\s+){0,3}?\w*werk|best wat "
        r"doen|binnen die grenzen kan|adviseert\s+(?:\w+\s+){0,4}?(?:aangepast|licht|ander)|"
        r"(?:\d+|twee|drie|vier)\s+(?:dagdelen|ochtenden|middagen)\s+per\s+week|"
        rf"{_DOCTOR}\s+(?:vindt|acht|noemt)\s+(?:het|dat|dit|die\s+\w+|dat\s+werk)\s+(?:ook\s+)?"
        r"(?:passend|geschikt)",
    ),
    (
        "oordeel_bedrijfsarts",
        "eigen_werk_niet",
        rf"(?:{_OWN_WORK})\s+{_GAP}{{0,5}}?(?:niet|nooit)\b{_RULED_OUT}|"
        # "Bedrijfsarts acht hervatting in eigen functie uitgesloten", "volgens de FML …
        # terugkeer in de bedongen arbeid uitgesloten" (a judgement: the doctor is named)
        rf"(?:{_DOCTOR}|\bfml\b)[^.?!]{{0,60}}?"
        r"\b(?:hervatting|terugkeer|werkhervatting)\s+(?:in|naar)\s+(?:de\s+|het\s+|zijn\s+|haar\s+)?"
        r"(?:eigen|oude|bedongen)\s+(?:functie|werk|arbeid|werkzaamheden)\s+(?:is\s+)?"
        r"(?:(?:definitief|volledig|geheel|helemaal)\s+)?(?:uitgesloten|niet\s+(?:meer\s+)?(?:mogelijk|"
        r"haalbaar|reëel))\b|"
        # "geen terugkeer in haar eigen werk", "niet kan terugkeren in de eigen functie"
        r"geen\s+terugkeer\s+(?:\w+\s+){0,2}?(?:in|naar)\s+(?:zijn|haar|het|de)\s+eigen\b|"
        r"(?:niet|nooit)\s+(?:meer\s+)?(?:kan\s+|kon\s+)?terug(?:keren|komen)?\s+(?:in|naar)\s+"
        r"(?:zijn|haar|het|de)\s+eigen\b|"
        # "Bedrijfsarts zegt: de steiger op gaat niet meer", "zegt dat orderpicken niet meer gaat"
        rf"{_DOCTOR}[^.?!]{{0,40}}?\b(?:zegt|zei|stelt|vindt|geeft aan|meldt|denkt)\b\s*:?\s*"
        r"(?:dat\s+)?(?:(?!niet\b|geen\b|wel\b)[\w']+\s+){0,5}?(?:(?:gaat|lukt)\s+niet\s+meer|"
        r"niet\s+meer\s+(?:gaat|lukt))\b|"
        # "kan de bouw nooit meer op", "niet meer de bouw op kan"
        r"(?<!ik )(?<!we )(?:kan|mag)\s+(?:\w+\s+){0,4}?(?:nooit|niet)\s+meer\s+(?:op|in|af)\b|"
        r"(?:niet|nooit)\s+meer\s+(?:de|het)\s+\w+\s+(?:op|in)\s+(?:kan|mag)\b|"
        # "BEDRIJFSARTS ZEGT: NOOIT MEER HET DAK OP", "arts zegt nooit meer rijden"
        rf"{_DOCTOR}[^.?!]{{0,40}}?\b(?:zegt|zei|stelt)\b\s*:?\s*(?:nooit|niet)\s+meer\s+"
        r"(?:(?:de|het)\s+\w+\s+(?:op|in)|(?!terug)\w+en)\b|"
        # abbreviations and English: "BA: EW niet", "not her own job anymore"
        r"\bew\s+(?:is\s+)?(?:niet|nooit|nee)\b|not\s+(?:his|her|their)\s+own\s+(?:job|work)|"
        r"can(?:'t|not)\s+do\s+(?:his|her|their)\s+own\s+(?:job|work)|"
        r"can(?:'t|not)\s+(?:go\s+back\s+to|return\s+to|do)\s+(?:his|her|their)\s+(?:own\s+)?"
        r"(?:\w+\s+)?(?:role|job|work|position)|"
        r"own\s+(?:job|role|work)\s+is\s+(?:a\s+)?(?:no[- ]go|not\s+possible|out\b)|"
        rf"(?<!wil )(?<!wilt )(?<!weet )(?:niet|nooit)\s+(?:meer\s+)?{_GAP}{{0,3}}?(?:in|naar|"
        rf"bij)\s+"
        rf"(?:{_OWN_WORK})|"
        r"geen\s+(?:\w+\s+)?mogelijkheden\s+(?:in|voor)\s+(?:de\s+|zijn\s+|haar\s+)?"
        r"(?:eigen\s+)?(?:functie|werk)|"
        rf"(?:kan|mag|kon|mocht)\s+(?:\w+\s+){{0,4}}?(?:nooit|niet)\s+meer\s+(?:{_MOTOR})|"
        rf"(?:nooit|niet)\s+meer\s+(?:kan|kunnen)\s+(?:{_MOTOR})|"
        rf"(?:nooit|niet)\s+meer\s+(?:{_MOTOR})\s+(?:\w+\s+){{0,3}}?(?:kan|kunnen|mag|mogen)\b|"
        r"ongeschikt voor (?:zijn|haar|het) eigen (?:werk|functie)|eigen werk is (?:niet meer|"
        r"uitgesloten)|(?:kan|kon|mag)\s+(?:\w+\s+){0,4}?geen\s+\w*werk\s+meer\b|"
        r"(?:kan|kon)\s+(?:\w+\s+){0,2}?niet\s+(?:meer\s+)?terug\s+naar\s+(?:zijn|haar)\s+"
        r"(?:job|werk|functie|baan)|terugkeer\s+(?:in|naar)\s+(?:zijn|haar|het)\s+eigen\s+"
        r"(?:werk|functie)\s+(?:\w+\s+){0,2}?(?:niet|nooit)\s+(?:meer\s+)?(?:gaat|lukt|mogelijk)|"
        rf"(?:{_OWN_WORK})[^.?!]{{0,60}}?(?:bedrijfsarts|\bba\b)\s+zegt\s+dat\s+(?:dat|het)\s+"
        r"niet\s+meer\s+(?:kan|gaat|lukt)|"
        r"arbeidsongeschikt\s+(?:verklaard\s+)?voor\s+(?:zijn|haar)\s+(?:eigen\s+)?(?:functie|"
        r"werk|job)|ongeschikt\s+(?:is\s+|verklaard\s+|geacht\s+)?(?:om|voor)\b|"
        r"(?:niet|nooit)\s+meer\s+(?:terug\s+)?(?:kan\s+|komen\s+|keren\s+)?als\s+\w+|"
        r"(?<!ik )(?<!we )(?<!wij )(?:kan|mag)\s+"
        r"(?!haar\b|hem\b)(?:\w+\s+){0,4}?(?:nooit|niet)\s+meer\s+"
        r"(?!werken\b|wachten\b|zeggen\b|bereiken\b|vinden\b)\w+en\b|verleden tijd|"
        r"(?:gaat|zal)\s+(?:\w+\s+){0,4}?niet\s+meer\s+lukken|wordt het niet meer|"
        r"te zwaar (?:blijft|is)|(?:geen|niet)[^.?!]{0,40}bedongen werk|"
        r"niet meer (?:kan\s+)?hervatten|niet\s+meer\s+terug\s+(?:kan\s+)?(?:in|op|naar)\s+"
        r"(?:de|het)\s+\w+|\b\w*werk\s+(?:is\s+)?uitgesloten|"
        rf"(?:{_OWN_WORK})\s*\([^)]{{0,60}}\)\s*(?:is\s+)?(?:niet|nooit)\s+meer|"
        r"(?:structureel|blijvend|definitief)\s+(?:niet|nooit)\s+meer\b",
    ),
    # Arbeidsdeskundig onderzoek.
    (
        "arbeidsdeskundig_onderzoek",
        "niet_gedaan",
        r"(?:nog\s+)?geen\s+(?:arbeidsdeskundige?|ad[- ]onderzoek|arbeidsdeskundig onderzoek)|"
        r"arbeidsdeskundige?\s+(?:\w+\s+){0,3}?(?:nog\s+)?niet\s+(?:\w+\s+){0,2}?"
        r"(?:geweest|ingeschakeld|gekeken|bij betrokken)|niet\s+(?:\w+\s+){0,2}?naar\s+(?:\w+\s+)?"
        r"gekeken door (?:een|de) arbeidsdeskundige",
    ),
    (
        "arbeidsdeskundig_onderzoek",
        "gepland",
        r"arbeidsdeskundige?\s+(?:\w+\s+){0,4}?(?:komt|gepland|ingepland|ingeschakeld|aangevraagd|"
        r"volgende week|binnenkort|kan pas|pas over)|\bad(?:[- ]onderzoek)?\s+(?:\w+\s+){0,2}?"
        r"(?:gepland|ingepland|aangevraagd)|wacht\w*\s+(?:\w+\s+){0,3}?tot\s+"
        r"(?:de|een)\s+arbeidsdeskundige|(?:ad[- ]onderzoek|arbeidsdeskundig onderzoek)\s+"
        r"(?:\w+\s+){0,3}?(?:gepland|aangevraagd|ingepland)|"
        # "We've booked an arbeidsdeskundig onderzoek, it's planned for next week"
        r"(?<!n't )(?<!not )\b(?:booked|scheduled|planned)\s+(?:an?\s+)?"
        r"(?:arbeidsdeskundig|ad\b(?!\s+hoc))",
    ),
    (
        "arbeidsdeskundig_onderzoek",
        "gedaan",
        r"arbeidsdeskundige?\s+(?:\w+\s+){0,4}?(?:heeft|concludeerde|concludeert|zegt|stelde|"
        r"oordeelde|adviseert|adviseerde|rapport)|(?:ad[- ]onderzoek|arbeidsdeskundig onderzoek|"
        r"ad-rapport)\s+(?:(?!niet\b|nog\b|geen\b)\w+\s+){0,3}?(?:gedaan|afgerond|uitgevoerd|"
        r"geweest|laat zien|wijst)|"
        r"(?:ad[- ]onderzoek|arbeidsdeskundig onderzoek)\s+gehad|volgens de arbeidsdeskundige|"
        # "dat hebben we samen met de arbeidsdeskundige bekeken"
        r"\b(?:hebben|heeft|hebt|heb)\b[^.?!]{0,60}?(?:met|door)\s+de\s+arbeidsdeskundige\s+"
        r"(?:\w+\s+){0,2}?(?:bekeken|onderzocht|doorgelopen)\b(?!\s+(?:worden|of)\b)|"
        r"\b(?:de\s+)?(?:ad|arbeidsdeskundige)\s+(?:zegt|zei|schrijft|stelt)\s*:|"
        r"\bna\s+het\s+(?:ad[- ]onderzoek|arbeidsdeskundig(?:e)?\s+onderzoek)\b|"
        r"\b(?:het\s+)?ad-rapport\s+(?:\w+\s+){0,2}?(?:zegt|stelt|concludeert|laat)|"
        r"\b(?:de\s+)?ad(?::|\s+(?:zegt|stelt|concludeert|heeft|adviseert))\s"
        r"(?!\s*(?:nog\s+)?(?:niet|geen|nooit)\b)|"
        r"\b(?:ad-|arbeidsdeskundig\s+)rapport\s+is\s+(?:binnen|klaar|er)|"
        r"rapport\s+van\s+de\s+arbeidsdeskundige|"
        r"\b(?:ad|arbeidsdeskundig onderzoek)\s+(?:heeft\s+)?(?:plaatsgevonden|afgerond)",
    ),
    # Work in the own organisation.
    (
        "intern_passend_werk",
        "nee",
        r"geen\s+(?:\w+\s+)?(?:passend|ander|aangepast|vervangend)e?\s+(?:werk|functie|taken)|"
        r"intern\s+(?:is\s+)?(?:er\s+)?(?:niets|niks|geen)|(?:niets|niks|geen werk)\s+"
        r"(?:\w+\s+){0,3}?(?:intern|binnen (?:ons|het|de eigen) (?:bedrijf|organisatie))|"
        r"geen mogelijkheden (?:binnen|in) (?:de eigen organisatie|het bedrijf|ons bedrijf)|"
        r"(?:kunnen|kan) (?:hem|haar) (?:nergens|niet) (?:anders )?(?:kwijt|plaatsen|inzetten)|"
        r"\bintern\s+(?:\w+\s+){0,4}?(?:niets|niks)\b|\b(?:ik|wij|we)\s+(?:heb|hebben)\s+"
        r"(?:\w+\s+){0,2}?(?:niets|niks)\s+(?:anders|voor)|\b(?:dat|die|zulk werk|zo'?n functie)\s+"
        r"(?:hebben|heb)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,2}?niet\b(?!\s+ge\w+)|\balleen\s+buiten\s+"
        r"(?:ons|het eigen|de eigen)\s+(?:bedrijf|organisatie)|\bnoch\s+(?:naar\s+)?iets anders|"
        r"(?:binnen|bij)\s+ons(?:\s+bedrijf)?\s+(?:\w+\s+){0,2}?(?:niks|niets)\s+passends|"
        r"\b(?:niks|niets)\s+passends|\b(?:ik|we|wij)\s+(?:heb|hebben)\s+(?:\w+\s+){0,2}?geen\s+"
        r"\w*werk\b|\b(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,2}?geen\s+\w*werk\b|"
        r"\b(?:\w*werk|zoiets)\s+(?:hebben|heb)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,2}?niet\b"
        r"(?!\s+ge\w+)|"
        r"\bintern\s+(?:hebben|heb)\s+(?:wij|we|ik)\s+(?:dat|dit|zoiets|dat soort werk)\s+niet\b|"
        r"niet\s+(?:meer\s+)?terug\s+(?:kan|kunnen)\s+(?:in|bij)\s+ons(?:\s+bedrijf)?\b|"
        r"(?:kan|kunnen)\s+niet\s+(?:meer\s+)?terug\s+(?:in|bij)\s+ons(?:\s+bedrijf)?\b|"
        r"spoor\s*(?:1|een|één)\s+(?:is\s+)?(?:niet\s+(?:meer\s+)?(?:haalbaar|mogelijk)|"
        r"uitgesloten|kansloos)|geen\s+intern\w*\s+(?:passend\s+werk|pw|plek|werk|functie)\b|"
        r"\bno\s+other\s+(?:roles|jobs|positions|work|functions)|geen\s+(?:\w+\s+)?vacatures?\b|"
        r"\b(?:we|i)\s+(?:don'?t|do not)\s+have\s+(?:any\s+)?(?:other\s+)?(?:jobs?|roles?|work|"
        r"positions?|anything)\b|\bthere(?:'s| is) no\s+(?:other\s+)?(?:role|job|work|position)\b|"
        r"\b(?:we|i)\s+have\s+no\s+(?:\w+\s+)?(?:jobs?|roles?|work|positions?)\b|"
        # "ik heb 6 man en alleen chauffeurs": only the job the employee can no longer do
        r"\b(?:ik heb|we hebben|wij hebben|hebben we|heb ik)\s+(?:\w+\s+){0,3}?(?:alleen|enkel|"
        r"uitsluitend)\s+\w+(?:s|en)\b(?=\s*(?:[.,;!?]|$))|"
        r"bij\s+ons\s+(?:\w+\s+){0,3}?(?:kan|kunnen)\s+(?:\w+\s+)?niet\s+(?:meer\s+)?terug|"
        r"(?:bij ons|op de \w+|in (?:de|het|ons|onze) \w+|hier)\s+is\s+alles\s+(?:\w+\s+)?"
        r"(?:zwaar|fysiek|schoonmaken|productie|rijden|\w*werk)\b",
    ),
    (
        "intern_passend_werk",
        "ja",
        r"(?:er is|we hebben|hebben we)\s+(?:\w+\s+){0,3}?(?:passend|ander|aangepast)e?\s+"
        r"(?:werk|functie)|intern\s+(?:wel\s+)?(?:passend|ander)e?\s+werk|\b(?:wij|we)\s+hebben\s+"
        r"(?:(?!geen\b)\w+\s+){0,3}?(?:een\s+)?(?:vacature|plek|functie\s+(?:\w+\s+){0,3}?vrij)|"
        r"\b(?:hebben\s+(?:we|wij)|(?:we|wij)\s+hebben)\s+(?:\w+\s+)?wel\s+(?:een\s+)?"
        r"(?:plek|plekje|plaats|plaatsje|functie|baan|vacature|job)\b|"
        r"\b(?:die|deze|zo'?n)\s+(?:functie|plek|baan|job)\s+hebben\s+(?:we|wij)\b(?!\s+niet)|"
        r"\bintern\s+een\s+plek|interne\s+functie\s+die\s+(?:\w+\s+){0,3}?passend|"
        r"werkt\s+(?:nu\s+)?"
        r"(?:al\s+)?(?:\d+\s?%\s+|halve dagen\s+)?(?:in|op)\s+(?:aangepast|ander|passend)e?\s+werk|"
        r"\bdraait\s+(?:nu\s+)?(?:al\s+)?(?:halve dagen|\d+\s+uur|parttime|\w+\s+dagen)\s+"
        r"(?:op|in|bij|mee)\b|(?:is|er is|staat)\s+(?:\w+\s+){0,4}?(?:een\s+)?vacature\b",
    ),
    # Cooperation.
    (
        "medewerking",
        "nee",
        r"(?:werkt|wil)\s+(?:\w+\s+)?niet\s+(?:mee|meewerken)\b|weigert|komt\s+(?:\w+\s+){0,2}?"
        r"niet\s+(?:op|naar)|niet\s+op\s+(?:komen dagen|afspraken)|houdt zich niet aan|"
        r"\b(?:hij|ze|zij|werknemer|medewerker|medewerkster|wn)\s+(?:\w+\s+){0,4}?niet\s+"
        r"(?:\w+\s+){0,6}?verschenen|(?:kwam|komt)\s+(?:\w+\s+){0,3}?niet\s+opdagen|"
        r"\bniet\s+(?:kom|komen)\s+opdagen|"  # "al 2 keer niet kom(en) opdagen" (typed short)
        # English, of the employee: "Driver did not come to the bedrijfsarts appointment", "he
        # does nothing, not even answering the phone", "she refuses"
        r"\b(?:he|she|driver|employee|worker)\b[^.?!]{0,40}?(?:\b(?:did\s*n[o']t|does\s*n[o']t|"
        r"didn't|doesn't)\s+(?:come|show up|turn up)\b(?!\s+(?:to|for)\s+work)|"
        r"\bnot (?:even )?answering\b|\brefuses\b)",
    ),
    ("medewerking", "nee", r"\bwil\s+(?:die|dat|deze|het)\s+(?:werk\s+|functie\s+|plek\s+)?niet\b"),
    (
        "medewerking",
        "nee",
        r"(?<!ik )(?<!we )(?<!wij )\bwil\s+(?:(?:hij|ze|zij|die)\s+)?niet\s+(?:\w+\s+){0,5}?"
        r"(?:meedoen|meewerken)\b|(?<!ik )(?<!we )(?<!wij )\bwil\s+(?:(?:hij|ze|zij|die)\s+)?"
        r"niet\s+naar\s+de\s+(?:bedrijfsarts|arbeidsdeskundige|arbo\w*)",
    ),
    (
        "medewerking",
        "nee",
        r"\bdoet\s+niet\s+mee|(?:reageert|reageerde)\s+(?:helemaal\s+|totaal\s+)?niet\s+(?:op|meer)\b|"
        r"(?:afspraak|afspraken|spreekuur)\s+(?:\w+\s+){0,5}?laten\s+schieten|"
        r"niet\s+(?:meer\s+)?gereageerd\s+op\b|neemt\s+(?:\w+\s+){0,2}telefoon\s+"
        r"niet\s+op|"
        r"zonder\s+(?:overleg|reden|bericht)\s+(?:\w+\s+){0,4}?"
        r"(?:afgezegd|weggebleven|op vakantie)|"
        r"\b(?:hij|ze|zij)\s+(?:heeft\s+)?(?:\w+\s+){0,5}?(?:afspraken|gesprekken)\s+(?:\w+\s+){0,5}?"
        r"afgezegd|(?<!zeker )\bonwillig\b(?!\s+is)|"
        r"niet\s+(?:komen|gekomen)\s+opdagen|gewaarschuwd\s+omdat\s+(?:hij|ze|zij)",
    ),
    (
        "medewerking",
        "ja",
        r"\bwerkt\s+(?:(?!niet\b|geen\b|slecht\b)\w+\s+){0,2}?mee\b|"
        r"\bdoet\s+(?:(?!niet\b|geen\b)\w+\s+){0,3}?mee\b|(?<!niet )(?<!niet erg )gemotiveerd|"
        r"wil graag|zet\s+zich\s+(?:er\s+)?(?:\w+\s+){0,2}?in\b|houdt zich aan\s+"
        r"(?:alle\s+)?(?:de\s+)?afspraken|komt\s+(?:\w+\s+){0,2}?afspraken\s+na|"
        r"(?:verleent|volledige|goede)\s+medewerking|medewerking\s+is\s+(?:prima|goed|uitstekend)|"
        r"geen\s+(?:klagen|problemen)\s+(?:met|over)\s+de\s+medewerking|doet alles wat|"
        r"\bmeewerkend|constructief|staat open voor|wil\s+(?:echt\s+)?weer\s+aan\s+het\s+werk|"
        r"gehoor gegeven|gaat trouw|is er elke",
    ),
    ("deskundigenoordeel", "ja", r"deskundigenoordeel\s+(?:\w+\s+){0,3}?(?:aangevraagd|gevraagd)"),
    # UWV.
    (
        "melding_42e_gedaan",
        "nee",
        r"(?:nog\s+)?geen\s+(?:42e?|42ste)[- ]?(?:weeks?|wk)?[- ]?melding|"
        # "Ik heb nog niks naar UWV gestuurd"
        r"\bnog\s+(?:niks|niets)\s+(?:naar|bij|aan)\s+(?:het\s+)?uwv\s+(?:\w+\s+)?"
        r"(?:gestuurd|gemeld|doorgegeven|ingediend)|"
        r"(?:42e?|42ste)[- ]?(?:weeks?|wk)?[- ]?melding\s+(?:\w+\s+){0,3}?(?:nog\s+niet|"
        r"niet(?!\s+(?:te\s+laat|tot|na|later|eerder|hoeft|mag)\b)|nooit|gemist|vergeten)|"
        r"(?:niet|nooit)\s+(?:\w+\s+){0,3}?gemeld bij (?:het )?uwv|vergeten (?:te )?melden|"
        r"(?:niks|niets)\s+(?:\w+\s+){0,2}?(?:bij|aan|met)\s+(?:het\s+)?uwv\s+(?:\w+\s+)?gedaan",
    ),
    (
        "melding_42e_gedaan",
        "ja",
        r"(?:42e?|42ste)[- ]?(?:weeks?|wk)?[- ]?melding\s+(?:\w+\s+){0,3}?(?:gedaan|ingediend|"
        r"verstuurd|gemeld)|(?:al|wel)\s+(?:\w+\s+)?gemeld bij (?:het )?uwv",
    ),
    (
        "uwv_brief_ontvangen",
        "nee",
        r"geen\s+(?:\w+\s+){0,2}?brief|brief\s+(?:\w+\s+){0,4}?(?:niet|nooit)\s+(?:\w+\s+)?"
        r"(?:ontvangen|gehad|gekregen)",
    ),
    (
        "uwv_brief_ontvangen",
        "ja",
        r"brief\s+(?:\w+\s+){0,4}?(?:ontvangen|gehad|gekregen)|(?:kreeg|kregen|ontving)\s+"
        r"(?:\w+\s+){0,3}?brief",
    ),
    (
        "eigenrisicodrager_zw",
        "nee",
        r"(?:geen|niet)\s+(?:\w+\s+)?eigenrisicodrager",
    ),
    (
        "eigenrisicodrager_zw",
        "ja",
        r"(?:eigenrisicodrager|\berd\b)[^.?!]{0,60}\b(?:zw|ziektewet)\b|"
        r"(?:eigenrisicodrager|\berd\b)(?!\s+(?:\w+\s+)?(?:voor\s+)?(?:de\s+)?wga\b)(?!-wga)",
    ),
)
_COMPILED = tuple((fact, value, re.compile(pattern, _FLAGS)) for fact, value, pattern in _LEXICON)

# "over drie tot vier maanden": the later bound decides (the safe side for the advice).
_UP_TO = rf"(?:\s*(?:tot|à|a|-|of)\s*({NUMBER_PATTERN}))?"
_PROSPECT = re.compile(
    rf"\b(?:binnen|over|na|in|nog|de komende)\s+(?:de\s+)?(?:ongeveer\s+|zo'?n\s+)?"
    rf"({NUMBER_PATTERN}|een half|anderhalf){_UP_TO}\s+(maand|maanden|week|weken|jaar)\b"
    r"(?!\s+(?:ziek|ziekte|verzuim|thuis))"
    r"[^.?!]{0,80}?(?:terug|hervat|hersteld|aan het werk|aan de slag|weer "
    r"(?:werk|beginnen)|eigen (?:werk|functie)|volledig|structureel|oppakken|"
    r"weer\s+(?:kan|gaat)\b)",
    _FLAGS,
)
# "over een maand of zes": the number after "of" is the estimate.
_PROSPECT_ROUGHLY = re.compile(
    rf"\b(?:over|na|binnen)\s+een\s+(maand|week|jaar)\s+of\s+({NUMBER_PATTERN})\b", _FLAGS
)
# A return not expected soon, or without a term: no concrete prospect within 3 months.
_NOT_SOON = re.compile(
    r"niet binnen (?:de\s+)?(?:3|drie) maanden|niet op korte termijn|(?:geen|kan geen)\s+"
    r"(?:\w+\s+)?termijn|datum is er niet|prognose (?:is\s+)?onduidelijk|(?:nog\s+)?(?:heel\s+)?"
    r"lang (?:kan\s+)?duren|nog wel een tijd|minstens (?:een half jaar|\w+ maanden)|minimaal "
    r"(?:\w+\s+)?maanden|niet voor volgend jaar|durft (?:hij|ze|zij) niet te zeggen|"
    r"niet (?:kan\s+)?inschatten|over een jaartje|weet niemand|(?:arts|ba)\s+twijfelt|"
    r"(?:onzeker|niet zeker|de vraag)\s+of\s+(?:\w+\s+){0,4}?(?:terug|herstel|hervat)",
    _FLAGS,
)
_PROSPECT_REVERSED = re.compile(
    # "weer helemaal de kas in kan, maar pas over ongeveer vijf maanden"
    r"(?:terug|hervat|hersteld|aan het werk|eigen (?:werk|functie)|weer (?:aan de slag|"
    r"beginnen)|weer\s+(?:\w+\s+){0,4}?(?:in|op)\s+kan\b)[^.?!]{0,60}?\b(?:binnen|over|na|in)\s+"
    rf"(?:ongeveer\s+|zo'?n\s+)?({NUMBER_PATTERN}|een half|anderhalf)"
    rf"{_UP_TO}\s+(maand|maanden|week|weken|jaar)",
    _FLAGS,
)
_NO_PROSPECT = re.compile(
    r"\bzicht\s+op\s+(?:terugkeer|herstel|hervatting)\s*:\s*(?:geen|nul|nee|0)\b|"  # "…: nul"
    r"geen\s+(?:\w+\s+)?zicht\s+op\s+(?:\w+\s+)?(?:terugkeer|herstel|hervatting)|"
    r"\bno\s+(?:real\s+)?(?:prospect|chance|sign)\s+of\s+(?:\w+\s+){0,2}?(?:coming back|return\w*|"
    r"recover\w*)|"
    r"(?:nooit|niet)\s+meer\s+terug(?!\s+(?:\w+\s+)?(?:in|naar)\s+(?:zijn|haar|z'n|zn|het|de)\s+"
    r"(?:eigen|oude))(?!\s+(?:kan\s+|komen\s+|keren\s+)?als\s)|komt\s+(?:\w+\s+)?niet\s+meer\s+terug|blijvend|"
    r"verwacht\w*\s+geen\s+(?:volledige\s+)?(?:terugkeer|herstel|hervatting)|"
    r"geen\s+(?:verdere\s+)?opbouw\s+meer|terugkeer\s+(?!in\s+(?:het\s+|zijn\s+|haar\s+)?"
    r"(?:eigen|bedongen)\b)(?:\w+\s+){0,6}?(?:niet meer mogelijk|"
    r"uitgesloten|van de baan|niet te verwachten|niet meer realistisch|niet meer aan de orde|"
    r"zit er (?:dus )?niet in|lijkt er (?:\w+\s+)?niet in te zitten)|"
    r"geen\s+(?:enkel\w*\s+)?(?:perspectief|kans|zicht)\s+(?:\w+\s+)?"
    r"(?:op|dat)\b|ziet\s+geen\s+terugkeer(?!\s+(?:meer\s+)?in\s+(?:het\s+|zijn\s+|haar\s+)?"
    r"(?:eigen|bedongen))|niet meer bij ons terug|"
    r"zicht op terugkeer is er (?:\w+\s+){0,3}?niet\b|"
    r"terug(?:keer)?\s+(?:naar|in)\s+(?:zijn|haar|het)\s+eigen\s+(?:\w+\s+)?zit\s+er\s+"
    r"(?:\w+\s+){0,3}?niet\s+(?:meer\s+)?in\b",
    _FLAGS,
)
# A prospect that is not concrete ("misschien", "onzeker") is no prospect within 3 months.
HEDGED = re.compile(
    r"\b(?:misschien|onzeker|wellicht|hopelijk|mogelijk(?!heden)|niet zeker|"
    r"weet (?:\w+\s+)?niet)\b",
    _FLAGS,
)
# A sentence about a hypothetical or general case states no fact of this case.
HYPOTHETICAL = re.compile(
    r"\b(?:als|wanneer|indien) (?:je|men|iemand|een werknemer|een medewerker|mijn werknemer|"
    r"mijn medewerker)\b|\bstel dat\b|^\s*bij\s+(?:geen|marginale|gbm|een|"
    r"iemand)\b|\bwat (?:betekent|betekend|betekenen|houdt)\b|"
    r"\bwat is (?:een |de |het )?'?(?:gbm|fml|marginale|geen benutbare)|"
    r"\bmocht (?:de|het|er|blijken)\b|\b(?:meestal|doorgaans)\b|\bbedoel\w*\b|"
    r"\bhetzelfde als\b|"
    # "maar administratie zou ze wel kunnen" tells what she can do
    r"\bzou(?:den)?\s+(?:het|er|je|ik|we|wij|hij|zij|ze|u)\b(?!\s+wel\s+(?:kunnen|kan|mogen)\b)",
    _FLAGS,
)
# A condition about this case ("als er binnen 3 maanden zicht is") states nothing: only that
# clause is left out, the rest of the sentence still counts.
_CONDITION = re.compile(
    r"\b(?:als|wanneer|indien)\s+(?:hij|zij|ze|er|de|het|die|dat)\b[^,.?!]*", _FLAGS
)
# "Er is bij ons wel passend werk" is about the organisation, not the doctor's judgement.
_INTERNAL_WORK_EXISTS = re.compile(
    r"\b(?:er\s+(?:is|zijn)|(?:we|wij)\s+hebben|hebben\s+(?:we|wij))\b[^,.?!]{0,80}?\b(?:passend|"
    r"ander|aangepast|licht)\w*\s+(?:werk|functie)\w*",
    _FLAGS,
)
_EMPLOYER_VIEW = re.compile(
    r"\b(?:ik|we|wij)\s+(?:zie|zien|denk|denken|verwacht|verwachten|vrees|vrezen|schat|"
    r"schatten|vind|vinden)\b[^,.?!]*|\b(?:volgens mij|mijns inziens|naar mijn idee)\b[^,.?!]*",
    _FLAGS,
)
_FUTURE = re.compile(
    r"\b(?:binnen|over|per|verwacht\w*|voorzie\w*|prognose|duren|duurt|straks|zodra|na een|"
    r"zal|zullen|hopelijk|op termijn)\b|\btot\s+(?:hij|ze|zij|ie)\b",
    _FLAGS,
)
# "per 1 december volledig hersteld verklaard": a recovery declared, not one foreseen.
_DECLARED = re.compile(r"\b(?:hersteld|beter)\s+(?:verklaard|gemeld)\b", _FLAGS)
_RELAPSE = re.compile(
    r"\b(?:weer|opnieuw)\s+(?:\w+\s+)?(?:ziek|uitgevallen|uitval|klachten)|\bvalt\s+(?:\w+\s+){0,3}?"
    r"(?:weer|opnieuw)\s+uit|\bherval",
    _FLAGS,
)
_DIAGNOSIS = re.compile(
    r"burn-?out|overspannen|depressi\w*|kanker|tumor|hernia|\bms\b|multiple sclerose|"
    r"long covid|post-covid|hartinfarct|herseninfarct|beroerte|diabetes|angststoornis|"
    r"ptss|psychose|borstkanker|chemo\w*|bestraling|whiplash|reuma\w*|artrose|parkinson|"
    r"longontsteking|hartklachten|rugklachten|nekklachten|psychische klachten|verslav\w*|"
    r"alcohol\w*|zwangerschapsvergiftiging|bekkeninstabiliteit",
    _FLAGS,
)


# Internal work told in the employer's own words: a sentence about the organisation ("bij ons",
# "in de zaak", "we hebben") that says no work exists, or that a place is free or found.
_ORGANISATION = re.compile(
    r"\b(?:bij ons|intern\w*|binnen (?:de|het|onze|ons|mijn) \w+|in (?:de|het|ons|onze|mijn|een) "
    r"(?:\w+\s+)?(?:bedrijf|zaak|salon|fabriek|winkel|restaurant|bakkerij|organisatie|school|"
    r"zorginstelling|ziekenhuis|vestiging|werkplaats|magazijn|keuken|kapsalon|\w+bedrijf)\w*|"
    r"(?:we|wij|ik)\s+(?:hebben|heb)|hebben\s+(?:we|wij)|heb\s+ik|er\s+(?:is|bestaat|zijn)|"
    r"(?:we|wij)\s+zijn\s+een\s+\w+|op\s+"
    r"(?:de|het)\s+(?:zaak|bouw|school|afdeling\w*|kantoor)|onze?\s+(?:enige|zaak|afdeling\w*)|"
    r"\bhier\b|afdelingen|afdelingsmanagers|vestiging\w*|klein bedrijf|in huis|"
    r"(?:we|wij)\s+(?:hebben\s+)?(?:\w+\s+)?gekeken|op (?:school|de zaak)|"
    r"binnen (?:de|onze) (?:\w+\s+)?organisatie|\bhere\b|in-house|internally|\bin our\b|"
    r"bij (?:de )?(?:verkoop|logistiek|inkoop)\w*)",
    _FLAGS,
)
_WORK_NOUN = (
    r"(?:\w*werk|functies?|plek\w*|plaats|baan\w*|taken|kantoor\w*|vacatures?|job|klus\w*|"
    r"arbeid)\b"
)
_NO_WORK = re.compile(
    rf"\b(?:niks|niets|nergens|geen\s+(?:\w+\s+){{0,2}}?{_WORK_NOUN}|negatief|niet gelukt|bezet|"
    r"wegbezuinigd|opgeheven|niemand|nop|zit er niet in|(?:is|zijn) er (?:bij ons |hier )?"
    r"(?:gewoon )?niet|hebben (?:we|wij) (?:gewoon |echt )?niet\b(?!\s+ge\w+)|alleen (?:\w+\s+)?"
    r"\w*werk|alles is (?:\w+\s+){0,2}?\w*werk|al het werk is|alles\s+is\s+(?:\w+\s+)?"
    r"(?:fysiek|zwaar)|niet (?:aanwezig|beschikbaar|voorhanden)|geen enkele|geen van|"
    r"naar iemand anders|"
    # "lichte klusjes heb ik in mijn bedrijf niet"
    r"\b(?:heb\s+ik|hebben\s+(?:we|wij))\s+(?:(?!nog\b)\w+\s+){0,4}?niet\b"
    r"(?!\s+(?:ge\w+|meer\s+ge\w+|naar|over))"
    r")",
    _FLAGS,
)
_WORK_WORD = re.compile(
    rf"\b{_WORK_NOUN}|\bpassend\w*\b|herplaats|\b(?:balie|receptie|administratie|planning|"
    r"secretariaat|onthaal|fysiek|neerzetten|plaatsen|kwijt|inzetten|past|aansluit|takenpakket|"
    r"toonbank|kantine|werkplek|lichter|mogelijkheden|iets)\b",
    _FLAGS,
)
_WORK_FOUND = re.compile(
    r"\b(?:is|zijn)\s+(?:er\s+)?wel\s+(?:\w+\s+){0,2}?(?:\w*werk|functies?|plek\w*|taken)\b|"
    r"(?:plek|functie|werk|taken|vacature|job|werkplek|baan|plaats)\b[^.?!]{0,60}?\b(?:vrij|"
    r"beschikbaar|gevonden|gecreëerd|geregeld|vacant|vrijgekomen|ingericht|terecht|passend is|"
    r"kunnen regelen)\b|\b(?:gevonden|geregeld|gecreëerd|beschikbaar)\s+[^.?!]{0,40}?"
    r"(?:plek|functie|werk|taken)|\b(?:kan|kunnen)\s+(?:\w+\s+){0,5}?(?:laten meedraaien|op "
    r"kantoor zetten|overnemen|aan de slag|terecht|inwerken)\b|\b(?:plek|plaats)\s+(?:voor\s+"
    r"(?:hem|haar)|genoeg)|\bpassend werk is er wel|\bgenoeg (?:licht|passend|ander)\w* werk|"
    r"\b(?:werkt|draait)\s+(?:al\s+|inmiddels\s+|nu\s+)?(?:\w+\s+){0,5}?(?:in|op|mee\s+op)\s+"
    r"(?:aangepast\w*|ander\w*|passend\w*|onze|de)\s+(?:werk|taken|afdeling\w*|\w+afdeling)|"
    r"\b(?:samengesteld|ingericht|aangeboden|kunnen regelen)\b|"
    r"\bintern\s+wel\s+(?:\w+\s+){0,2}?(?:gevonden|iets)\b|"
    r"\b(?:een|de)\s+(?:\w+\s+)?(?:functie|vacature|plek)\s+(?:als\s+\w+\s+)?open\b|"
    r"\b(?:we\s+)?(?:actually\s+)?have\s+an?\s+(?:opening|vacancy|suitable\s+(?:role|job))\b|"
    r"\b(?:we|wij)\s+hebben\s+(?:(?!geen\b|nergens\b)\w+\s+){0,2}?(?:een\s+)?(?:vaste\s+)?"
    r"(?:plek|functie|werkplek|takenpakket)\b|\b(?:is|zijn)\s+(?:een\s+)?(?:aangepaste\s+)?(?:plek|werkplek|taken)\b",
    _FLAGS,
)


# "We hebben gekeken maar er is niks": nothing for the employee, said of the organisation.
_NOTHING_HERE = re.compile(
    r"\ber\s+is\s+(?:nu\s+|gewoon\s+|echt\s+)?(?:niks|niets)(?:\s+(?:meer|anders|passends))?"
    r"\s*(?:[.,;!?]|$)|(?:niks|niets)\s+(?:meer\s+)?(?:anders|voor\s+(?:hem|haar))|"
    r"\bintern\s+nop\b|\bno\s+(?:other|suitable|alternative)\s+(?:role|job|position|work)s?\b|"
    r"\bvoor\s+(?:hem|haar)\s+is\s+er\s+niets|"
    # "we hebben alleen chauffeurs": only the work the employee can no longer do
    r"\b(?:we|wij|ik)\s+(?:hebben|heb)\s+(?:hier\s+|bij ons\s+)?(?:alleen|enkel|uitsluitend)\s+"
    r"(?!de\b|het\b|een\b|die\b|dat\b|maar\b)(?:\w+\s+){0,2}?\w*(?:ers|s|sters)\b",
    _FLAGS,
)
_STILL_POSSIBLE = re.compile(r"\b(?:dat|die|dit)\s+kan\s+(?:hij|ze|zij)\s+wel\b", _FLAGS)


def _work_found(sentence: str) -> re.Match[str] | None:
    """A place found or free in the sentence, unless "geen" stands right before it."""
    found = _WORK_FOUND.search(sentence)
    if found and re.search(r"\bgeen\s+(?:\w+\s+){0,2}$", sentence[: found.start()], _FLAGS):
        return None  # "geen administratieve functie vrij"
    return found


def _internal_work(text: str) -> StoryFact | None:
    """Internal work from a sentence about the organisation: none there ("nee"), or a place."""
    for sentence in split_sentences(text):
        if not _ORGANISATION.search(sentence) or not (
            _WORK_WORD.search(sentence) or _NOTHING_HERE.search(sentence)
        ):
            continue
        none = _NO_WORK.search(sentence) or _NOTHING_HERE.search(sentence)
        if none and not _work_found(sentence) and not _STILL_POSSIBLE.search(sentence):
            return StoryFact("intern_passend_werk", "nee", sentence.strip())
    for sentence in split_sentences(text):
        found = _work_found(sentence) or (
            None if _ELSEWHERE.search(sentence) else _PLACED.search(sentence)
        )
        if (
            found
            and not _NO_WORK.search(sentence)
            and not HEDGED.search(sentence)
            and not _NOT_YET_FREE.search(sentence)
            and not sentence.rstrip().endswith("?")  # "… tot die functie vrij is?" asks
        ):
            return StoryFact("intern_passend_werk", "ja", found.group(0))
    return None


# "die over een half jaar vrijkomt", "tot die functie vrij is": a place later, none today.
_NOT_YET_FREE = re.compile(
    r"\b(?:over|na)\s+(?:een|\d+|twee|drie|vier|vijf|zes|half|anderhalf)\b[^.?!]{0,30}?"
    r"\b(?:vrij|vrijkomt|beschikbaar)\b|\btot\s+(?:die|de|het|een)\s+\w+\s+(?:\w+\s+)?vrij\b",
    _FLAGS,
)
# A placement elsewhere or one that ended: "bij een andere werkgever", "kan dat niet meer".
_ELSEWHERE = re.compile(
    r"andere werkgever|\bextern|\bbuiten\s+(?:de|ons|onze)|\belders\b|re-?integratiebureau|"
    r"\bkan\s+(?:\w+\s+)?(?:dat|die|dit)\s+(?:\w+\s+)?niet\s+meer|\bwas\s+(?:\w+\s+){0,4}?geplaatst",
    _FLAGS,
)
# "We hebben hem intern op een andere afdeling geplaatst in aangepast werk": placed, so work
# exists in the organisation.
_PLACED = re.compile(
    r"\b(?:intern\s+)?(?:her)?geplaatst\s+(?:\w+\s+){0,3}?(?:in|op)\s+(?:een\s+|de\s+|het\s+)?"
    r"(?:andere?\s+|aangepast\w*\s+|passend\w*\s+)?(?:afdeling|werk|functie|plek|taken)\b|"
    r"\b(?:intern|binnen\s+(?:ons|onze|het)\s+\w+)\s+(?:\w+\s+){0,6}?(?:her)?geplaatst\b",
    _FLAGS,
)


# The arbeidsdeskundig onderzoek told in other words: a sentence that names it, read by its cue.
_RESEARCH = re.compile(
    r"arbeidsdeskundig\w*|arbeidskundig\w*|\bad\b(?!\s+hoc)|\bad-(?:rapport|onderzoek)", _FLAGS
)
_RESEARCH_STATE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "niet_gedaan",
        re.compile(
            r"\bnog\s+(?:niet|nooit|geen)\b|\bniet\s+(?:\w+\s+)?(?:gedaan|uitgevoerd|betrokken|"
            r"geweest|gekomen|ingeschakeld)\b|\bgeen\s+(?:\w+\s+){0,2}?laten\s+doen|"
            r"\bniks\s+aangevraagd|\btot nu toe niet\b|\bnooit\b|\bno\b|\bnot\s+(?:\w+\s+)?yet\b|"
            r"\bniet\s+(?:\w+\s+)?laten\s+doen\b|\(nog\)\s+niet\b|\b(?:haven|hasn|didn)'?t\b",
            _FLAGS,
        ),
    ),
    (
        "gepland",
        re.compile(
            r"\b(?:komt|gepland|ingepland|aangevraagd|besteld|opdracht gegeven|afspraak|eerste "
            r"gesprek|volgende week|morgen|binnenkort|zodra|vindt plaats)\b",
            _FLAGS,
        ),
    ),
    (
        "gedaan",
        re.compile(
            r"\b(?:rapport|eindrapport|uitgevoerd|afgerond|gehad|gebeurd|geweest|blijkt|conclusie|"
            r"laten kijken|gedaan|vastgesteld|bevestigd|klaar|geconcludeerd|gekeken|confirmed|"
            r"assessed|concluded|looked)\b|\buit het\b|\b(?:arbeidsdeskundig\w*|ad)\s*:\s",
            _FLAGS,
        ),
    ),
)


def _research(text: str) -> StoryFact | None:
    """The arbeidsdeskundig onderzoek from a sentence that names it: not done, planned or done."""
    for sentence in split_sentences(text):
        if not _RESEARCH.search(sentence) or sentence.rstrip().endswith("?"):
            continue  # "moet een AD altijd?" asks, it tells nothing
        for value, cue in _RESEARCH_STATE:
            if cue.search(sentence):
                return StoryFact("arbeidsdeskundig_onderzoek", value, sentence.strip())
    return None


# A letter from UWV about something else than the WIA application: a loonsanctie, a fine.
_OTHER_LETTER = re.compile(
    r"loonsanctie|langer\s+(?:\w+\s+){0,3}?doorbetalen|\bboete\b|deskundigenoordeel", _FLAGS
)


# The 42e-weeksmelding told in other words: a sentence that names the report to UWV, read by
# its state ("staat nog open", "is er doorgeglipt", "UWV heeft de ontvangst bevestigd").
_REPORT_42 = re.compile(
    r"\b42(?:e|ste)?\b|\b\w*melding\s+(?:\w+\s+){0,3}?(?:bij|aan)\s+(?:het\s+)?uwv|"
    r"\buwv\b[^.?!]{0,40}\b(?:ziek\s?gemeld|melding)|ziek\s?gemeld\s+bij\s+(?:het\s+)?uwv|"
    r"melding van langdurig|langdurig verzuim",
    _FLAGS,
)
_REPORT_UNSURE = re.compile(
    r"\btwijfel|\bweet (?:ik )?niet of\b|\bnavragen\b|\bof\b[^.?!]*\bal\b|"
    # "ik kan nergens terugvinden of de 42e melding gedaan is"
    r"\bof\b[^.?!]*\b(?:gedaan|gebeurd|verstuurd|ingediend|gemeld)\b",
    _FLAGS,
)
_REPORT_STATE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"\bniet\s+vergeten\b", _FLAGS)),
    (
        "nee",
        re.compile(
            r"\bnog\s+(?:niet|geen|steeds\s+niet)\b|\b(?:niet|nooit)\s+(?:\w+\s+){0,2}?(?:gedaan|"
            r"verstuurd|ingediend|gemeld|gebeurd|verzonden)\b|\bvergeten\b|\bgemist\b|doorgeglipt|\bstaat\s+(?:\w+\s+)?open\b|"
            r"\bwist\s+(?:\w+\s+)?niet\b",
            _FLAGS,
        ),
    ),
    (
        "ja",
        re.compile(
            r"\b(?:gedaan|verstuurd|ingediend|bevestig\w*|gebeurd|doorgegeven|gemeld|verzonden)\b",
            _FLAGS,
        ),
    ),
)


def _report_42(text: str) -> StoryFact | bool:
    """The 42e-weeksmelding from a sentence that names it: made or not.

    True when a sentence names it unsure ("ik twijfel of die al gedaan is"): nothing is told.
    False when no sentence tells it.
    """
    for sentence in split_sentences(text):
        named = _REPORT_42.search(sentence)
        if not named or sentence.rstrip().endswith("?"):
            continue
        if _REPORT_UNSURE.search(sentence):
            return True
        for value, cue in _REPORT_STATE:
            # "gedaan" after the report ("… ziek gemeld en … de melding bij UWV" is no report)
            told = sentence if value == "nee" else sentence[named.start() :]
            if cue.search(told):
                return StoryFact("melding_42e_gedaan", value, sentence.strip())
    return False


@dataclass(frozen=True, slots=True)
class StoryFact:
    """One qualitative fact and the user's words it was read from."""

    name: str
    value: str
    quote: str


def read_story_facts(text: str) -> list[StoryFact]:
    """Every qualitative fact a message states, at most one value per fact.

    Args:
        text: One user message.

    Returns:
        The facts found, in lexicon order.
    """
    text = end_lines(text)  # "- AD-onderzoek afgerond\n- ww werkt goed mee": two items
    text = " ".join(s for s in split_sentences(text) if not HYPOTHETICAL.search(s))
    text = _CONDITION.sub(" ", text)
    found: dict[str, StoryFact] = {}
    # The employer's own view ("ik zie hem niet meer terugkomen") is no bedrijfsarts judgement.
    judged = _INTERNAL_WORK_EXISTS.sub(" ", _EMPLOYER_VIEW.sub(" ", text))
    internal = _internal_work(text)
    if internal is not None and internal.value == "nee":  # "intern ander werk zit er niet in"
        found["intern_passend_werk"] = internal
    report = _report_42(text)  # read by the sentence that names it, before the lexicon
    if isinstance(report, StoryFact):
        found["melding_42e_gedaan"] = report
    for fact, value, pattern in _COMPILED:
        if fact in found or (value == "volledig_hersteld" and _RELAPSE.search(text)):
            continue  # a recovery before a relapse is part of the periods, not a judgement
        if fact == "melding_42e_gedaan" and report is True:
            continue  # "ik twijfel of die al gedaan is" tells nothing
        match = pattern.search(judged if fact == "oordeel_bedrijfsarts" else text)
        if match and _no_judgement(value, text, match):
            continue
        if match and fact in _TOLD_NOT_ASKED and _asked(text, match):
            continue  # "moet de 42e-weeksmelding al gedaan zijn?" asks, it does not tell
        if (
            match
            and fact == "uwv_brief_ontvangen"
            and _OTHER_LETTER.search(sentence_at(text, match.start()))
        ):
            continue  # a loonsanctie or a deskundigenoordeel: not the letter about the WIA
        if match:
            found[fact] = StoryFact(fact, value, match.group(0))
    if internal is not None and "intern_passend_werk" not in found:
        found["intern_passend_werk"] = internal
    research = _research(text)
    if research is not None and "arbeidsdeskundig_onderzoek" not in found:
        found["arbeidsdeskundig_onderzoek"] = research
    prospect = _prospect(text)
    if prospect is not None:
        found["zicht_op_terugkeer"] = prospect
    return list(found.values())


def _prospect(text: str) -> StoryFact | None:
    """The prospect of return: the last one told wins ("niet 'binnen 3 maanden', maar …")."""
    not_soon = _NOT_SOON.search(text)
    if not_soon:
        return StoryFact("zicht_op_terugkeer", "later_dan_3_maanden", not_soon.group(0))
    roughly = _PROSPECT_ROUGHLY.search(text)
    if roughly:
        soon = _within_three_months(roughly.group(2), roughly.group(1))
        value = "binnen_3_maanden" if soon else "later_dan_3_maanden"
        return StoryFact("zicht_op_terugkeer", value, roughly.group(0))
    matches = _every_match(_PROSPECT, text) or _every_match(_PROSPECT_REVERSED, text)
    if matches:
        match = matches[-1]
        amount = match.group(2) or match.group(1)
        sentence = next((s for s in split_sentences(text) if match.group(0) in s), match.group(0))
        concrete = _within_three_months(amount, match.group(3)) and not HEDGED.search(sentence)
        value = "binnen_3_maanden" if concrete else "later_dan_3_maanden"
        return StoryFact("zicht_op_terugkeer", value, match.group(0))
    no = _NO_PROSPECT.search(text)
    return StoryFact("zicht_op_terugkeer", "geen", no.group(0)) if no else None


THREE_MONTHS = 3.05  # months; "binnen 13 weken" (3.0 months) still counts


def _within_three_months(amount: str, unit: str) -> bool:
    """True for a term of at most three months ("over 6 weken", "binnen 3 maanden")."""
    return duration_days(amount, unit) / (365 / 12) <= THREE_MONTHS


# Facts a question about them does not state ("moet een AD altijd worden gedaan?").
_TOLD_NOT_ASKED = frozenset({"melding_42e_gedaan", "medewerking", "arbeidsdeskundig_onderzoek"})


_TOLD_BEFORE_QUESTION = re.compile(
    r",\s*(?:en\s+)?(?:wanneer|wat|hoe|moet|moeten|kan|kunnen|mag|is|wie|welke)\b", _FLAGS
)


def _no_judgement(value: str, text: str, match: re.Match[str]) -> bool:
    """A wording of a judgement that tells something else in its sentence.

    "binnen 2 maanden weer volledig" is a prospect, not a recovery today; "werkt inmiddels 30 uur
    aangepast werk" is work being done, not what the bedrijfsarts judged.
    """
    sentence = sentence_at(text, match.start())
    if value == "volledig_hersteld":
        return bool(_FUTURE.search(sentence)) and not _DECLARED.search(sentence)
    return value == "ander_werk_mogelijk" and _work_done(text, match)


# "werkt inmiddels 30 uur aangepast werk" (not "werkt niet meer in eigen functie").
_WORK_DONE = re.compile(r"\b(?:werkt|doet|draait)\b(?!\s+(?:\w+\s+)?(?:niet|geen)\b)", _FLAGS)
_JUDGED = re.compile(
    _DOCTOR + r"|\bfml\b|\bizp\b|inzetbaarheidsprofiel|functionele mogelijkheden", _FLAGS
)


def _work_done(text: str, match: re.Match[str]) -> bool:
    """True when the sentence tells work being done before the match, and no doctor judges it."""
    head = text[sentence_start(text, match.start()) : match.start()]
    return bool(_WORK_DONE.search(head)) and not _JUDGED.search(sentence_at(text, match.start()))


def _asked(text: str, match: re.Match[str]) -> bool:
    """True when the match stands in a question ("… al gedaan zijn?").

    A told clause before the question ("42e melding nog niet gedaan, wanneer had die
    gemoeten?") is no question.
    """
    end = min((i for mark in ".?!" if (i := text.find(mark, match.end())) >= 0), default=-1)
    if end < 0 or text[end] != "?":
        return False
    return not _TOLD_BEFORE_QUESTION.search(text[match.end() : end])


def _every_match(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match, overlapping ones too (a correction's prospect inside the first one's span)."""
    found: list[re.Match[str]] = []
    match = pattern.search(text)
    while match:
        found.append(match)
        match = pattern.search(text, match.start() + 1)
    return found


def mentions_diagnosis(text: str) -> bool:
    """True when the message names a diagnosis or complaint (never repeated, never stored)."""
    return bool(_DIAGNOSIS.search(text))
