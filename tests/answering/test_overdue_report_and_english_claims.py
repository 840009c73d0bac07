"""A passed 42e-weeksmelding not told as made is named; English claims get a Dutch verdict."""

from __future__ import annotations

from datetime import date
from typing import Any

TODAY = date(2026, 12, 7)


def _keys(answer: Any) -> dict[str, str | None]:
    return {d.key: d.status for d in answer.dates}


def test_a_passed_report_is_named_beside_the_evaluation_asked(assistant: Any) -> None:
    answer = assistant.answer(
        "Onze verzorgende is sinds maandag 29 december 2025 ziek. Wanneer moet de "
        "eerstejaarsevaluatie uiterlijk gehouden zijn?",
        today=TODAY,
    )
    keys = _keys(answer)
    assert "eerstejaarsevaluatie_uiterlijk" in keys
    assert keys.get("melding_42e_week_uiterlijk") == "verstreken"
    assert "verstreken" in answer.text


def test_a_report_told_as_made_is_not_named_again(assistant: Any) -> None:
    answer = assistant.answer(
        "Onze verzorgende is sinds maandag 29 december 2025 ziek. De 42e-weeksmelding is "
        "gedaan. Wanneer moet de eerstejaarsevaluatie uiterlijk gehouden zijn?",
        today=TODAY,
    )
    assert "melding_42e_week_uiterlijk" not in _keys(answer)


def test_the_report_asked_in_other_words(assistant: Any) -> None:
    answer = assistant.answer(
        "Ziek sinds woensdag 10 september 2025. Zijn we te laat met die melding van week 42?",
        today=date(2026, 9, 3),
    )
    assert _keys(answer).get("melding_42e_week_uiterlijk") == "verstreken"


def test_an_english_claim_is_matched_with_its_polarity(assistant: Any) -> None:
    answer = assistant.answer(
        "Is it true that we can't fire someone during the first two years of sickness because "
        "of the illness?",
        today=TODAY,
    )
    assert answer.verdict == "feit"
    assert answer.claim is not None
    assert "ontslagen" in answer.claim


def test_the_deadline_after_the_one_asked_is_named(assistant: Any) -> None:
    answer = assistant.answer(
        "Mijn verkoopster is sinds 14 april 2026 ziek. Wanneer moet ik de 42e-weeksmelding doen?",
        today=TODAY,
    )
    keys = _keys(answer)
    assert keys.get("melding_42e_week_uiterlijk") == "later"
    assert "eerstejaarsevaluatie_uiterlijk" in keys  # the next one after it
    assert "einde_wachttijd" not in keys


def test_a_first_sick_report_gets_the_first_steps(assistant: Any) -> None:
    answer = assistant.answer(
        "wat moet ik allemaal doen als iemand van mn personeel ziek wordt", today=TODAY
    )
    assert not answer.refused
    for step in ("eerste ziektedag", "bedrijfsarts", "loon door"):
        assert step in answer.text
    assert any(c.source_id == "notitie-ziekmelding-eerste-stappen" for c in answer.citations)


def test_the_riv_check_is_answered_with_the_wia_application_it_belongs_to(assistant: Any) -> None:
    answer = assistant.answer(
        "Wat doet UWV precies bij die toets van het re-integratieverslag en wat riskeren wij als "
        "werkgever?",
        today=TODAY,
    )
    assert not answer.refused
    assert "toetst UWV het re-integratieverslag" in answer.text


def test_no_overdue_report_for_an_employee_who_recovered(assistant: Any) -> None:
    answer = assistant.answer(
        "Onze medewerker was ziek van 5 januari 2026 tot en met 20 maart 2026 en is sindsdien "
        "volledig hersteld. Wanneer had de probleemanalyse er moeten zijn?",
        today=TODAY,
    )
    assert "melding_42e_week_uiterlijk" not in _keys(answer)


def test_the_pay_after_two_years_is_matched_to_its_own_claim(assistant: Any) -> None:
    answer = assistant.answer(
        "klopt het dat ik na 2 jaar ziekte gewoon geen loon meer hoef te betalen, ook als uwv "
        "nog niks besloten heeft over de wia?",
        today=TODAY,
    )
    assert answer.verdict == "feit"
    assert answer.claim is not None
    assert answer.claim.startswith("De loondoorbetaling stopt na 104 weken")
    assert "ziekteperiodes" not in answer.dossier.get("facts", {})


def test_an_english_opposite_wording_turns_the_verdict(assistant: Any) -> None:
    answer = assistant.answer(
        "I assumed we keep paying his salary until UWV has decided on his WIA, even if that's "
        "after the two years.",
        today=TODAY,
    )
    assert answer.verdict == "fabel"  # the known claim says the pay stops after 104 weeks


def test_a_misspelled_term_is_answered_not_refused(assistant: Any) -> None:
    answer = assistant.answer(
        "wat is dat eigenlijk een probleemanalise, mijn schoonzoon had het erover", today=TODAY
    )
    assert not answer.refused
    assert "probleemanalyse" in answer.text


def test_a_deadline_passed_yesterday_is_named_so(assistant: Any) -> None:
    answer = assistant.answer(
        "mn schoonmaakster is sins 12 okt thuis met haar schouder. wanneer moet het plan van "
        "aanpak klaar zijn?",
        today=TODAY,
    )
    assert "6 december 2026" in answer.text
    assert "(gisteren)" in answer.text
    assert "1 dagen" not in answer.text


def test_a_holiday_that_dates_the_story_brings_no_notes_on_vacation(assistant: Any) -> None:
    answer = assistant.answer(
        "hoi, mn vrachtwagenchauffeur zit sinds de herfstvakantie thuis met zn rug, arts zegt "
        "nooit meer rijden. ik heb 6 man en alleen chauffeurs. wat nu?",
        today=TODAY,
    )
    assert "herfstvakantie" in answer.text  # the assumed first sick day names it
    assert "op vakantie" not in answer.text
    assert "vakantieaanvraag" not in answer.text
