"""Claims put as a position, dossier lists line by line, English mixed in, 'ww' as werknemer."""

from __future__ import annotations

import datetime as dt

import pytest

from spoorwijzer.language.sentences import end_lines
from spoorwijzer.language.synonyms import english_gloss, expand_query
from spoorwijzer.understanding.asks import count_negations, extract_claim, read_asks
from spoorwijzer.understanding.dossier import read_messages
from spoorwijzer.understanding.routing import is_in_domain

TODAY = dt.date(2026, 12, 7)


def facts(*messages: str) -> dict[str, object]:
    return {name: fact.value for name, fact in read_messages(messages, TODAY).facts.items()}


def asks(message: str) -> list[str]:
    return [str(ask) for ask in read_asks(message).asks]


@pytest.mark.parametrize(
    ("message", "statement"),
    [
        (
            "Onze afdeling P&O hanteert het uitgangspunt dat de wachttijd tijdens vakantie "
            "wordt opgeschort.",
            "de wachttijd tijdens vakantie wordt opgeschort",
        ),
        (
            "Wij hanteren het standpunt dat wij na de eerstejaarsevaluatie nog zes weken hebben.",
            "wij na de eerstejaarsevaluatie nog zes weken hebben",
        ),
        (
            "Mijn begeleider vindt dat ik een zieke medewerker mag vragen wat hij mankeert.",
            "ik een zieke medewerker mag vragen wat hij mankeert",
        ),
        (
            "- wg stelt: met verzuimverzekering ligt re-integratieplicht bij verzekeraar",
            "met verzuimverzekering ligt re-integratieplicht bij verzekeraar",
        ),
        (
            "3. wg denkt dat spoor 2 verplicht is zodra de ww een jaar ziek is, juist?",
            "spoor 2 verplicht is zodra de ww een jaar ziek is",
        ),
        (
            "My colleague in legal says een deskundigenoordeel is niet bindend voor ons.",
            "een deskundigenoordeel is niet bindend voor ons",
        ),
        (
            "Is it true that UWV begeleidt de re-integratie during the first two years?",
            "UWV begeleidt de re-integratie during the first two years",
        ),
        ("Spoor 2 = weggegooid geld en tijd.", "Spoor 2 = weggegooid geld en tijd"),
    ],
)
def test_a_position_held_is_a_claim_to_check(message: str, statement: str) -> None:
    reading = read_asks(message)
    assert "claim" in [str(a) for a in reading.asks]
    assert reading.claim is not None
    assert reading.claim.statement == statement


@pytest.mark.parametrize(
    "message",
    [
        # news about the case told by someone else, no rule
        "Ik hoor van P&O dat de eerstejaarsevaluatie eraan komt. Wanneer moet die uiterlijk?",
        # the company doctor's judgement, in English
        "The company doctor (bedrijfsarts) now says she can't do her own role anymore. "
        "Do we have to start spoor 2?",
        "Ik denk dat hij niet meer terugkomt. Wanneer moet spoor 2 starten?",
    ],
)
def test_no_claim_in_news_or_a_judgement(message: str) -> None:
    assert "claim" not in asks(message)


@pytest.mark.parametrize(
    ("message", "out_of_scope"),
    [
        ("3. wg denkt dat spoor 2 verplicht is zodra de ww een jaar ziek is, juist?", False),
        ("- ww werkt goed mee. Spoor 2 nu starten?", False),
        ("Heb ik na een vso recht op ww?", True),
        ("Hoeveel WW krijgt een werknemer die we ontslaan?", True),
        ("Kan hij de WW aanvragen als zijn contract afloopt?", True),
    ],
)
def test_ww_as_the_werknemer_or_the_benefit(message: str, out_of_scope: bool) -> None:
    assert ("out_of_scope" in asks(message)) is out_of_scope


def test_english_negation_counts_for_polarity() -> None:
    assert count_negations("we can't fire someone during the first two years") == 1
    assert count_negations("the contract does not end") == 1
    assert extract_claim("Is it true that we cannot fire him?").statement == "we cannot fire him"


def test_english_words_get_a_dutch_gloss_only_in_an_english_message() -> None:
    gloss = english_gloss("Is it true that we can't fire someone during sickness?")
    assert "ontslaan ontslag" in gloss
    assert "ziek ziekte" in gloss
    assert english_gloss("Mag ik hem ontslaan tijdens ziekte?") == []
    assert english_gloss("Is het zo dat we zijn contract mogen laten aflopen?") == []
    assert "ontslaan" in expand_query("Can we fire an employee who is sick?")
    assert is_in_domain("Is it true that we can't fire someone during the first two years?")


def test_list_lines_end_their_sentences() -> None:
    text = "Dossier 12\n- AD-onderzoek afgerond\n- ww werkt goed mee\nVraag: spoor 2?"
    assert end_lines(text) == (
        "Dossier 12. - AD-onderzoek afgerond. - ww werkt goed mee. Vraag: spoor 2?"
    )
    assert end_lines("hij kan zijn\neigen werk niet") == "hij kan zijn\neigen werk niet"
    assert end_lines("- AD afgerond. \n- ww werkt mee") == "- AD afgerond. - ww werkt mee"
    assert end_lines("regel een\r\nRegel twee") == "regel een\nRegel twee"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Dossier 88\n- FML: eigen werk n.v.t., wel benutbare mogelijkheden\n"
            "- AD-onderzoek afgerond, geen passende functies intern\n- ww werkt goed mee\n"
            "Vraag: inzet 2e spoor per direct?",
            {
                "arbeidsdeskundig_onderzoek": "gedaan",
                "medewerking": "ja",
                "intern_passend_werk": "nee",
            },
        ),
        (
            "Een arbeidsdeskundig onderzoek hebben we (nog) niet laten doen. Spoor 2 verplicht?",
            {"arbeidsdeskundig_onderzoek": "niet_gedaan"},
        ),
        (
            "BA says own job is a no-go. We haven't done an arbeidsdeskundig onderzoek yet.",
            {
                "oordeel_bedrijfsarts": "eigen_werk_niet",
                "arbeidsdeskundig_onderzoek": "niet_gedaan",
            },
        ),
        (
            "The bedrijfsarts says she can't go back to her recruiter role but could do other "
            "work. We actually have an opening in our backoffice.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk", "intern_passend_werk": "ja"},
        ),
        (
            "The company doctor says she could do other, less stressful work. We're only 12 "
            "people and honestly there's no other role here.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk", "intern_passend_werk": "nee"},
        ),
        (
            "De bedrijfsarts concludeert dat hij zijn eigen werkzaamheden niet meer kan "
            "verrichten, doch wel arbeid van lichtere aard.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        (
            "BA acht werknemer ongeschikt voor eigen werk, belastbaar voor ander werk.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        (
            "Uit het onderzoek blijkt dat binnen de organisatie geen passende arbeid "
            "beschikbaar is.",
            {"intern_passend_werk": "nee"},
        ),
        (
            "BA heeft hem per 1 december volledig hersteld verklaard voor zijn eigen werk.",
            {"oordeel_bedrijfsarts": "volledig_hersteld"},
        ),
    ],
)
def test_story_facts_in_lists_formal_words_and_english(
    message: str, expected: dict[str, str]
) -> None:
    read = facts(message)
    for name, value in expected.items():
        assert read.get(name) == value, (name, read)


@pytest.mark.parametrize(
    ("message", "periods"),
    [
        (
            "Employee was sick from 3 Aug until 30 Aug 2026, back full-time from 31 August, "
            "then sick again on 27 September.",
            [["2026-08-03", "2026-08-30"], ["2026-09-27", None]],
        ),
        (
            "- EZD 12-01-2026 (griep), hersteld per 26-01\n- opnieuw ziek 9-02 t/m 1-03, "
            "hersteld per 2-03\n- opnieuw ziek vanaf 16-03, loopt nog",
            [["2026-01-12", "2026-01-25"], ["2026-02-09", "2026-03-01"], ["2026-03-16", None]],
        ),
        (
            "Trainer was ziek vanaf 7 september, kwam maandag 19 oktober terug en werkte die dag. "
            "Sinds dinsdag 20 oktober is hij weer ziek.",
            [["2026-09-07", "2026-10-18"], ["2026-10-20", None]],
        ),
        (  # a plan that came on a day is no return to work
            "Eerste ziektedag 6 januari 2025. De probleemanalyse kwam op 7 maart 2025.",
            [["2025-01-06", None]],
        ),
        (
            "Dossier 2291\n- functie: magazijnmedewerker\n- EZD: woensdag wk 45\nVraag: PA?",
            [["2026-11-04", None]],
        ),
    ],
)
def test_sick_periods_in_lists_and_english(message: str, periods: list[list[str | None]]) -> None:
    assert facts(message)["ziekteperiodes"] == periods


def test_partial_work_is_no_new_period_and_no_judgement() -> None:
    read = facts(
        "Medewerker inkoop ziek sinds 11 mei. Sinds 2 november werkt ze weer halve dagen "
        "aangepast werk. Begint de 104 weken opnieuw?"
    )
    assert read["ziekteperiodes"] == [["2026-05-11", None]]
    assert "oordeel_bedrijfsarts" not in read
    # the bedrijfsarts's own words still count
    assert (
        facts("De bedrijfsarts zegt dat ze 20 uur aangepast werk kan doen.")["oordeel_bedrijfsarts"]
        == "ander_werk_mogelijk"
    )


def test_a_weekday_of_a_week_after_verzuimt_sinds() -> None:
    dossier = read_messages(
        ["Cliënt verzuimt sinds dinsdag week 38. Graag de datum van de EJE."],
        dt.date(2026, 10, 20),
    )
    assert dossier.facts["ziekteperiodes"].value == [["2026-09-15", None]]


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        (
            "Bij aangepast werk loopt de wachttijd gewoon door, heb ik begrepen.",
            "Bij aangepast werk loopt de wachttijd gewoon door",
        ),
        (
            "De kosten van het bureau komen voor rekening van de werkgever, voor zover ik weet.",
            "De kosten van het bureau komen voor rekening van de werkgever",
        ),
    ],
)
def test_a_hearsay_tag_makes_a_claim(message: str, claim: str) -> None:
    reading = read_asks(message)
    assert reading.claim is not None
    assert reading.claim.statement == claim


def test_either_or_is_no_yes_no_question() -> None:
    from spoorwijzer.understanding.routing import is_yes_no_question

    assert not is_yes_no_question("Begint de 104 weken nu opnieuw of loopt hij door?")
    assert is_yes_no_question("Mag ik haar vragen of ze lang weg blijft?")
    assert is_yes_no_question("Is dat een feit of een fabel?")


def test_staying_employed_is_the_opposite_of_leaving() -> None:
    from spoorwijzer.language.synonyms import opposed

    said = "tijdens spoor 2 blijft hij gewoon bij ons in dienst"
    assert opposed(said, "Spoor 2 betekent dat de werknemer uit dienst gaat") % 2 == 1
    assert opposed("de wachttijd loopt gewoon door", "Gedeeltelijk werken stopt de 104 weken") == 1


def test_a_deskundigenoordeel_by_its_abbreviation_is_in_scope() -> None:
    assert is_in_domain("Een DO aanvragen kost ons toch niks?")
    assert not is_in_domain("What do you think of the weather?")


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        (
            "Mag ik z'n bedrijfsbus aan een ander geven, hoe zit dat met de bijtelling?",
            "out_of_scope",
        ),
        ("Kan ik de fooienpot belastingvrij uitkeren?", "out_of_scope"),
        ("Ik vraag mij af wat wij nu het beste zouden kunnen doen.", "what_to_do"),
        ("EZD was 24 Aug. What do we need to do now?", "what_to_do"),
        (
            "Ik verzoek u te berichten of het tweede spoor dient te worden gestart.",
            "spoor2_decision",
        ),
        ("Mijn vader vraagt of spoor 2 dan toch moet.", "spoor2_decision"),
    ],
)
def test_more_asks_in_formal_english_and_tax_words(message: str, ask: str) -> None:
    assert ask in asks(message)


def test_the_other_disease_reads_as_the_opposite_of_the_same_one() -> None:
    from spoorwijzer.language.synonyms import opposed

    claim = "Ziekteperiodes tellen alleen bij elkaar op als het om dezelfde ziekte gaat."
    assert opposed("periodes worden opgeteld als het om een heel andere kwaal gaat", claim) == 1
    # two turns: another disease, and counting anew
    assert opposed("als het een andere ziekte is, dan begint alles opnieuw met tellen", claim) == 2


@pytest.mark.parametrize(
    ("message", "expected", "absent"),
    [
        (
            "Ziek sinds woensdag 14 oktober. Wat is die eerstejaarsevaluatie waar de arbodienst "
            "over spreekt, en tegen wanneer moet die gebeuren?",
            {"dates", "explain_term"},
            set(),
        ),
        (  # the date itself is asked, no term
            "Eerste ziektedag 1 april 2025. Wat is de laatste dag loondoorbetaling, en wanneer "
            "moeten RIV en WIA-aanvraag rond zijn?",
            {"dates"},
            {"explain_term"},
        ),
        (  # a question cut at "en" from the one after it is still answered
            "Wat doet UWV precies bij die toets van het re-integratieverslag en wat riskeren wij "
            "als werkgever?",
            {"process"},
            set(),
        ),
    ],
)
def test_a_term_beside_its_date_and_a_question_cut_at_en(
    message: str, expected: set[str], absent: set[str]
) -> None:
    found = set(asks(message))
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    "message",
    [
        "Hij is sinds 3 maart 2026 ziek, heb ik begrepen. Wanneer moet de 42e-weeksmelding?",
        "De eerste ziektedag was 5 januari 2026, voor zover ik weet. Wanneer loopt de wachttijd af?",
        "Wij gaan ervan uit dat hij in maart terugkomt. Wanneer is de eerstejaarsevaluatie?",
        "Werknemer zegt dat hij niet kan komen naar de bedrijfsarts. Mag ik zijn loon opschorten?",
        "De werkgever denkt dat hij in januari weer kan beginnen. Wanneer moet de EJE?",
    ],
)
def test_a_weak_cue_before_news_of_the_case_is_no_claim(message: str) -> None:
    assert "claim" not in asks(message)


@pytest.mark.parametrize(
    ("message", "out_of_scope"),
    [
        ("Hoe hoog is de WW die hij krijgt na zijn ontslag?", True),
        ("Wanneer gaat de WW in als hij ziek uit dienst gaat?", True),
        ("De bedrijfsarts zegt dat de fysieke belasting van zijn werk te hoog is. Spoor 2?", False),
    ],
)
def test_the_benefit_and_tax_words_stay_referred_only_when_meant(
    message: str, out_of_scope: bool
) -> None:
    assert ("out_of_scope" in asks(message)) is out_of_scope


def test_either_or_needs_the_verb_right_after_of() -> None:
    from spoorwijzer.understanding.routing import is_yes_no_question

    assert is_yes_no_question("Mag de werknemer zelf kiezen of hij gaat meedoen aan spoor 2?")
    assert is_yes_no_question("Stopt de wachttijd als hij een dag of drie gaat werken?")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (  # a visit is no return to work
            "Ze is ziek sinds 12 januari 2026. Ze kwam 14 april bij de bedrijfsarts op spreekuur.",
            {"ziekteperiodes": [["2026-01-12", None]]},
        ),
        (
            "FML: hij werkt niet meer in eigen functie, wel benutbare mogelijkheden voor ander werk.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
        (
            "Ze werkt al maanden niet, maar volgens de FML zijn er wel benutbare mogelijkheden voor "
            "ander werk.",
            {"oordeel_bedrijfsarts": "ander_werk_mogelijk"},
        ),
    ],
)
def test_visits_negated_work_and_the_fml(message: str, expected: dict[str, object]) -> None:
    read = facts(message)
    for name, value in expected.items():
        assert read.get(name) == value, (name, read)
    assert "medewerking" not in read


def test_a_forecast_beside_partial_work_is_no_recovery() -> None:
    read = facts(
        "Medewerker ziek sinds 2 februari 2026. Hij werkt weer halve dagen en de bedrijfsarts "
        "verwacht dat hij binnen 2 maanden weer volledig hersteld is. Moet spoor 2 starten?"
    )
    assert read.get("oordeel_bedrijfsarts") != "volledig_hersteld"


def test_an_opinion_on_who_draws_up_the_analysis_is_a_claim() -> None:
    assert "claim" in asks("Volgens mij stelt de bedrijfsarts de probleemanalyse op, niet ik.")
    # the doctor's judgement in the case is no claim
    assert "claim" not in asks("De bedrijfsarts stelt vast dat hij zijn eigen werk niet kan.")


@pytest.mark.parametrize(
    ("message", "first_day", "certainty"),
    [
        ("Hij is ziek sinds de maandag na Pasen.", "2026-04-06", "exact"),
        ("Ziek sinds de dag na Pasen.", "2026-04-06", "exact"),
        ("Ziek sinds 2e paasdag.", "2026-04-06", "exact"),
        ("Ziek sinds de dinsdag na Koningsdag.", "2026-04-28", "exact"),
        ("Hij viel uit begin van de zomervakantie.", "2026-07-01", "approximate"),
    ],
)
def test_days_named_after_a_feast(message: str, first_day: str, certainty: str) -> None:
    fact = read_messages([message], TODAY).facts["ziekteperiodes"]
    assert fact.value == [[first_day, None]]
    assert str(fact.certainty) == certainty


@pytest.mark.parametrize(
    ("message", "periods"),
    [
        ("Ziek sinds 3 maart, nee wacht, het was 4 maart.", [["2026-03-04", None]]),
        ("Hij is ziek sinds 12 mei, sorry ik bedoel 13 mei.", [["2026-05-13", None]]),
        ("EZD 5 jan (of was het 6 jan? nee 6 jan klopt).", [["2026-01-06", None]]),
        (  # a relapse is no correction
            "Ziek sinds 3 maart, hersteld per 1 april, sinds 20 april weer.",
            [["2026-03-03", "2026-03-31"], ["2026-04-20", None]],
        ),
        ("Hij is ziek sedert 14/09.", [["2026-09-14", None]]),
        ("Ziek sinds de 3e van vorige maand.", [["2026-11-03", None]]),
    ],
)
def test_a_date_corrected_in_the_same_message(
    message: str, periods: list[list[str | None]]
) -> None:
    assert facts(message)["ziekteperiodes"] == periods


@pytest.mark.parametrize(
    ("message", "periods"),
    [
        (
            "Ik heb twee zieke medewerkers: Jan is ziek sinds 3 maart en Piet sinds 10 mei. "
            "Wanneer moet voor Piet de 42e melding?",
            [["2026-05-10", None]],
        ),
        (
            "Kees is sinds 1 februari ziek, en zijn collega Ans sinds 15 september. Mijn vraag "
            "gaat over Ans: wanneer is haar probleemanalyse?",
            [["2026-09-15", None]],
        ),
        (  # no name in the question: both stay, and the answer asks
            "Kees is sinds 1 februari ziek en Ans sinds 15 september. Wanneer de 42e melding?",
            [["2026-02-01", None], ["2026-09-15", None]],
        ),
    ],
)
def test_two_employees_keep_the_one_asked_about(
    message: str, periods: list[list[str | None]]
) -> None:
    assert facts(message)["ziekteperiodes"] == periods


def test_system_shorthand_and_a_sanction_told_as_an_extension() -> None:
    assert facts("ZM 03-03, HM 01-04, ZM 20-04. Wanneer 42e?")["ziekteperiodes"] == [
        ["2026-03-03", "2026-03-31"],
        ["2026-04-20", None],
    ]
    sanction = facts(
        "In de brief van UWV staat: 'de re-integratie-inspanningen zijn onvoldoende geweest; de "
        "wachttijd wordt verlengd met 52 weken.'"
    )
    assert sanction.get("loonsanctie_weken") == 52
    assert "verlenging_weken" not in sanction
    assert facts("We willen de loondoorbetaling met 26 weken verlengen.")["verlenging_weken"] == 26
    assert "out_of_scope" in asks("Volgens de Participatiewet moet ik toch iemand aannemen?")


def test_no_pay_any_more_reads_as_the_pay_stopping() -> None:
    from spoorwijzer.language.synonyms import opposed

    known = (
        "De loondoorbetaling stopt na 104 weken, ook als UWV nog niet over de WIA heeft beslist."
    )
    said = "ik na 2 jaar ziekte gewoon geen loon meer hoef te betalen"
    assert count_negations(said) % 2 == (count_negations("loon stopt") + opposed(said, known)) % 2
    # a claim in the very same words is not read twice
    same = "Zodra spoor 2 start, hoeft de werkgever geen loon meer door te betalen."
    assert opposed("zodra spoor 2 start hoef ik geen loon meer te betalen", same) == 0


def test_a_rule_term_is_no_duration_of_the_case() -> None:
    assert "ziekteperiodes" not in facts(
        "klopt het dat ik na 2 jaar ziekte gewoon geen loon meer hoef te betalen?"
    )
    assert facts("Na 11 maanden ziekte zegt de bedrijfsarts dat hij terug kan.")["ziekteperiodes"]


def test_news_told_today_is_no_sick_day() -> None:
    read = read_messages(
        [
            "Een jongen van ons is drie weken geleden ziek geworden 😕 vandaag belt hij dat het "
            "nog wel een maand of twee gaat duren. Wat moet ik doen?"
        ],
        TODAY,
    ).facts["ziekteperiodes"]
    assert read.value == [["2026-11-16", None]]
    assert str(read.certainty) == "approximate"
    assert facts("Ze heeft zich vandaag ziek gemeld.")["ziekteperiodes"] == [["2026-12-07", None]]


def test_a_week_worked_told_later_closes_the_open_period() -> None:
    dossier = read_messages(
        [
            "Lasser ziek sinds 19 januari. Wanneer moest de 42e-weeksmelding?",
            "Vergeten te zeggen: van maandag 2 t/m vrijdag 20 februari heeft hij gewoon volledig "
            "gewerkt, en sinds maandag 23 februari is hij weer uitgevallen.",
        ],
        TODAY,
    )
    assert dossier.facts["ziekteperiodes"].value == [
        ["2026-01-19", "2026-02-01"],
        ["2026-02-23", None],
    ]
    # work told after the range ("toen heeft hij een dag gewerkt") is no range worked
    assert facts(
        "mijn monteur was ziek vanaf drie maart tot en met twaalf april toen heeft hij een dag "
        "gewerkt en op veertien april was hij weer ziek"
    )["ziekteperiodes"] == [["2026-03-03", "2026-04-12"], ["2026-04-14", None]]


def test_recovered_after_a_sick_range_is_no_range_worked() -> None:
    assert facts(
        "Onze medewerker was ziek van 5 januari 2026 tot en met 20 maart 2026 en is sindsdien "
        "volledig hersteld."
    )["ziekteperiodes"] == [["2026-01-05", "2026-03-20"]]


def test_an_english_question_on_a_loonsanctie_letter_finds_the_objection_words() -> None:
    """ "We got a letter … imposed a loonsanctie … do something about it": brief, opgelegd, bezwaar."""
    gloss = english_gloss(
        "We got a letter from UWV that they imposed a loonsanctie of 52 weeks. Can we still do "
        "something about it?"
    )
    assert {"brief", "opgelegd", "bezwaar"} <= set(gloss)
    # English words that only look like these gloss nothing: a fine, a long-term plan, a review
    unrelated = english_gloss(
        "We got a parking fine for the company car and my employee is fine with the long-term "
        "plan after his performance review, can we deduct it from his salary?"
    )
    assert not {"loonsanctie", "termijn uiterlijk", "evaluatie", "opgelegd"} & set(unrelated)
