"""Golden tests for the second legal review (amendments A1-A9), from the spec's own arithmetic.

Every expected date is D+x or a plain sum of days typed by hand from poortwachter-facts.md.
"""

from __future__ import annotations

from datetime import date

import pytest

from spoorwijzer.deadlines import (
    CaseFacts,
    DeadlineInputError,
    Kind,
    Leave,
    SickPeriod,
    compute_deadlines,
    parse_sick_period,
)
from spoorwijzer.deadlines.serialize import report_to_dict
from spoorwijzer.deadlines.workdays import first_atw_werkdag_on_or_after
from spoorwijzer.language.dutch_dates import DateInputError

TODAY = date(2025, 11, 23)
D = date(2025, 1, 6)  # Example A: D+294 = 27-10-2025, D+566 = 26-7-2026, D+622 = 20-9-2026
B = date(2025, 10, 15)  # Example B: einde wachttijd D+727 = 12-10-2027


def ongoing(first_day: date, **options: object) -> CaseFacts:
    return CaseFacts(periods=(SickPeriod(first_day),), **options)  # type: ignore[arg-type]


def note_of(facts: CaseFacts, key: str) -> str:
    milestone = compute_deadlines(facts, today=TODAY).get(key)
    assert milestone is not None
    assert milestone.note is not None
    return milestone.note


# A1 ---------------------------------------------------------------------------------------------


def test_a1_melding_on_a_werkdag_has_no_uwv_wording_note() -> None:
    """D+294 on a Monday: no flag, no UWV-werkdag note, advice to report in week 42."""
    melding = compute_deadlines(ongoing(D), today=TODAY).get("melding_42e_week_uiterlijk")

    assert melding is not None
    assert melding.date == date(2025, 10, 27)
    assert melding.non_working_day is None
    assert melding.note is not None
    assert "art. 38 lid 1 Ziektewet" in melding.note
    assert "maandag 20 oktober 2025 t/m zondag 26 oktober 2025" in melding.note
    assert "eerste werkdag" not in melding.note
    assert "Algemene termijnenwet" not in melding.note


def test_a1_dev_11_and_dev_12() -> None:
    """dev-11: 16-6-2025 gives 6-4-2026; dev-12: 7-3-2025 gives 26-12-2025 (both feestdagen)."""
    dev11 = compute_deadlines(ongoing(date(2025, 6, 16)), today=TODAY).dates()
    dev12 = compute_deadlines(ongoing(date(2025, 3, 7)), today=TODAY).dates()

    assert dev11["melding_42e_week_uiterlijk"] == date(2026, 4, 6)
    assert dev12["melding_42e_week_uiterlijk"] == date(2025, 12, 26)
    assert dev12["eerstejaarsevaluatie_uiterlijk"] == date(2026, 3, 5)


def test_a1_late_melding_is_noted() -> None:
    """A melding made after D+294 is called late, by how many days."""
    note = note_of(ongoing(D, melding_42e_gedaan=date(2025, 11, 3)), "melding_42e_week_uiterlijk")

    assert "7 dagen te laat" in note


def test_a1_timely_melding_adds_nothing() -> None:
    """A melding in week 42 is not called late."""
    note = note_of(ongoing(D, melding_42e_gedaan=date(2025, 10, 22)), "melding_42e_week_uiterlijk")

    assert "te laat" not in note.replace("Te laat melden", "")


# A2 / A3 ----------------------------------------------------------------------------------------


def test_a2_eje_is_statutory_and_spoor2_stays_practice() -> None:
    """EJE D+363 is statutory (art. 4 lid 2 sub b); spoor 2 stays 'geen veilige termijn'."""
    report = compute_deadlines(ongoing(D), today=TODAY)
    eje = report.get("eerstejaarsevaluatie_uiterlijk")
    spoor2 = report.get("spoor2_uiterlijk_gestart")

    assert eje is not None
    assert spoor2 is not None
    assert eje.date == date(2026, 1, 4)
    assert eje.kind is Kind.WETTELIJK
    assert "art. 4 lid 2 sub b Regeling procesgang" in eje.basis
    assert eje.note is not None
    assert "UWV-praktijk" in eje.note
    assert spoor2.kind is Kind.UWV_PRAKTIJK
    assert spoor2.note is not None
    assert "geen veilige termijn" in spoor2.note


@pytest.mark.parametrize("key", ["probleemanalyse_uiterlijk", "plan_van_aanpak_uiterlijk"])
def test_a3_pa_and_pva_allow_reasoned_deviation(key: str) -> None:
    """Both first-year steps note art. 5: deviate with reasons and record them."""
    for facts in (ongoing(D), ongoing(D, probleemanalyse=date(2025, 2, 10))):
        note = note_of(facts, key)

        assert "gemotiveerd" in note
        assert "art. 5 Regeling procesgang" in note
        assert "leg de reden vast" in note


def test_a3_pva_only_when_the_pa_shows_possibilities() -> None:
    """The PvA is due only when the PA shows possibilities to promote return (art. 4 lid 1)."""
    note = note_of(ongoing(D), "plan_van_aanpak_uiterlijk")

    assert "art. 4 lid 1 Regeling procesgang" in note
    assert "mogelijkheden" in note


# A4 ---------------------------------------------------------------------------------------------


def test_a4_uwv_letter_names_the_statutory_day() -> None:
    """The letter stays circa D+616; its statutory latest day is D+622 (89 weeks)."""
    report = compute_deadlines(ongoing(D), today=TODAY)
    letter = report.get("uwv_wia_brief_circa")

    assert letter is not None
    assert letter.date == date(2026, 9, 14)
    assert "art. 64 lid 2 WIA" in letter.basis
    assert letter.note is not None
    assert "20 september 2026" in letter.note


def test_a4_late_letter_without_melding_date_states_the_condition() -> None:
    """Letter 1-10-2026: application until 29-10-2026, if the melding came before D+566."""
    report = compute_deadlines(ongoing(D, uwv_brief=date(2026, 10, 1)), today=TODAY)
    aanvraag = report.get("wia_aanvraag_uiterlijk")

    assert aanvraag is not None
    assert aanvraag.date == date(2026, 10, 29)
    assert aanvraag.note is not None
    assert "vóór 26 juli 2026" in aanvraag.note
    assert "81 weken" in aanvraag.note


def test_a4_late_letter_with_timely_melding_drops_the_condition() -> None:
    """Melding on D+294: the protection applies and the note does not repeat the condition."""
    report = compute_deadlines(
        ongoing(D, uwv_brief=date(2026, 10, 1), melding_42e_gedaan=date(2025, 10, 27)),
        today=TODAY,
    )
    aanvraag = report.get("wia_aanvraag_uiterlijk")

    assert aanvraag is not None
    assert aanvraag.date == date(2026, 10, 29)
    assert aanvraag.note is not None
    assert "Dit geldt alleen" not in aanvraag.note


@pytest.mark.parametrize("melding", [date(2026, 7, 26), date(2026, 8, 10)], ids=["D+566", "later"])
def test_a4_no_protection_without_melding_before_81_weeks(melding: date) -> None:
    """Melding on or after D+566: the late letter does not extend the application term."""
    report = compute_deadlines(
        ongoing(D, uwv_brief=date(2026, 10, 1), melding_42e_gedaan=melding), today=TODAY
    )
    aanvraag = report.get("wia_aanvraag_uiterlijk")

    assert aanvraag is not None
    assert aanvraag.date == date(2026, 10, 18)
    assert aanvraag.note is not None
    assert "geldt de verlenging tot 4 weken na de brief niet" in aanvraag.note


def test_a4_melding_just_before_81_weeks_is_protected() -> None:
    """Melding on D+565 (25-7-2026) is before the day the wachttijd lasted 81 weeks."""
    dates = compute_deadlines(
        ongoing(D, uwv_brief=date(2026, 10, 1), melding_42e_gedaan=date(2026, 7, 25)),
        today=TODAY,
    ).dates()

    assert dates["wia_aanvraag_uiterlijk"] == date(2026, 10, 29)


def test_a4_receipt_plus_28_on_a_saturday_names_the_atw_werkdag() -> None:
    """Letter 3-10-2026: receipt + 28 = za 31-10-2026 is the safe date; the Atw runs to 2-11."""
    report = compute_deadlines(ongoing(D, uwv_brief=date(2026, 10, 3)), today=TODAY)
    aanvraag = report.get("wia_aanvraag_uiterlijk")

    assert aanvraag is not None
    assert aanvraag.date == date(2026, 10, 31)
    assert aanvraag.non_working_day == "zaterdag"
    assert aanvraag.note is not None
    assert "Algemene termijnenwet" in aanvraag.note
    assert "maandag 2 november 2026" in aanvraag.note


def test_a4_late_letter_within_the_normal_term_keeps_it() -> None:
    """With a 26-week extension the 4 weeks end earlier: the normal deadline stays."""
    note = note_of(
        ongoing(D, uwv_brief=date(2026, 10, 1), verlenging_weken=26), "wia_aanvraag_uiterlijk"
    )

    assert "die dus blijft" in note


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 4, 3), date(2026, 4, 7)),  # Goede Vrijdag, weekend, Tweede Paasdag
        (date(2025, 5, 5), date(2025, 5, 6)),  # 5 mei (art. 3 lid 1 Atw)
        (date(2026, 10, 30), date(2026, 10, 30)),  # an ordinary Friday
    ],
    ids=["goede-vrijdag", "5-mei", "werkdag"],
)
def test_a4_atw_werkdag_skips_goede_vrijdag_and_5_mei(day: date, expected: date) -> None:
    """The Atw list (art. 3) includes Goede Vrijdag and 5 mei."""
    assert first_atw_werkdag_on_or_after(day) == expected


# A5 ---------------------------------------------------------------------------------------------


def sanction(**options: object) -> dict[str, date]:
    return compute_deadlines(ongoing(B, loonsanctie_weken=52, **options), today=TODAY).dates()


def test_a5_decision_deadline_is_six_weeks_before_the_end() -> None:
    """Einde wachttijd 12-10-2027 - 42 days = 31-8-2027; the full sanction ends 10-10-2028."""
    report = compute_deadlines(ongoing(B, loonsanctie_weken=52), today=TODAY)
    decision = report.get("loonsanctie_besluit_uwv_uiterlijk")

    assert decision is not None
    assert decision.date == date(2027, 8, 31)
    assert decision.kind is Kind.WETTELIJK
    assert decision.note is not None
    assert "tijdig besluit" in decision.note
    assert report.dates()["einde_loondoorbetaling"] == date(2028, 10, 10)


def test_a5_no_sanction_milestone_without_a_sanction() -> None:
    """Without a loonsanctie there is no decision milestone."""
    assert (
        compute_deadlines(ongoing(B), today=TODAY).get("loonsanctie_besluit_uwv_uiterlijk") is None
    )


def test_a5_timely_decision_keeps_the_full_sanction() -> None:
    """A decision on the deadline itself changes nothing."""
    assert sanction(loonsanctie_besluit=date(2027, 8, 31))["einde_loondoorbetaling"] == date(
        2028, 10, 10
    )


def test_a5_late_decision_shortens_by_the_delay() -> None:
    """Decision 10-9-2027, 10 days late: 364 - 10 days, so the sanction ends 30-9-2028."""
    report = compute_deadlines(
        ongoing(B, loonsanctie_weken=52, loonsanctie_besluit=date(2027, 9, 10)), today=TODAY
    )
    end = report.get("einde_loondoorbetaling")

    assert end is not None
    assert end.date == date(2028, 9, 30)
    assert "ingekort met 10 dagen" in end.basis
    assert any("art. 25 lid 14 WIA" in note for note in report.notes)


def test_a5_decision_after_the_wachttijd_means_no_sanction() -> None:
    """Decision 13-10-2027, after the end: no sanction, WIA from 13-10-2027."""
    report = compute_deadlines(
        ongoing(B, loonsanctie_weken=52, loonsanctie_besluit=date(2027, 10, 13)), today=TODAY
    )

    assert report.get("einde_loondoorbetaling") is None
    assert report.dates()["wia_ingangsdatum"] == date(2027, 10, 13)
    assert any("geen loonsanctie" in note for note in report.notes)


def test_a5_decision_on_the_last_day_is_still_before_the_end() -> None:
    """Decision on 12-10-2027 itself: 42 days late, the sanction is 322 days (ends 29-8-2028)."""
    assert sanction(loonsanctie_besluit=date(2027, 10, 12))["einde_loondoorbetaling"] == date(
        2028, 8, 29
    )


def test_a5_short_sanction_eaten_by_the_delay_disappears() -> None:
    """4 weeks sanction, decision 41 days late: nothing is left."""
    report = compute_deadlines(
        ongoing(B, loonsanctie_weken=4, loonsanctie_besluit=date(2027, 10, 11)), today=TODAY
    )

    assert report.get("einde_loondoorbetaling") is None


def test_a5_bekorting_six_weeks_after_a_timely_finding() -> None:
    """Report 10-1-2028, finding 24-1-2028 (within 3 weeks): end 24-1 + 42 = 6-3-2028."""
    report = compute_deadlines(
        ongoing(
            B,
            loonsanctie_weken=52,
            herstel_gemeld=date(2028, 1, 10),
            herstel_vastgesteld=date(2028, 1, 24),
        ),
        today=TODAY,
    )
    end = report.get("einde_loondoorbetaling")

    assert end is not None
    assert end.date == date(2028, 3, 6)
    assert "bekorting na herstel" in end.basis
    assert report.dates()["wia_ingangsdatum"] == date(2028, 3, 7)


def test_a5_bekorting_earlier_when_uwv_decided_late() -> None:
    """Report 10-1-2028, finding 1-3-2028 (late): end = (10-1 + 21) + 42 = 13-3-2028."""
    report = compute_deadlines(
        ongoing(
            B,
            loonsanctie_weken=52,
            herstel_gemeld=date(2028, 1, 10),
            herstel_vastgesteld=date(2028, 3, 1),
        ),
        today=TODAY,
    )

    assert report.dates()["einde_loondoorbetaling"] == date(2028, 3, 13)
    assert any("later dan 3 weken" in note for note in report.notes)


def test_a5_bekorting_with_finding_only() -> None:
    """Finding 1-2-2028 without a report date: end 1-2 + 42 = 14-3-2028, with a caveat."""
    report = compute_deadlines(
        ongoing(B, loonsanctie_weken=52, herstel_vastgesteld=date(2028, 2, 1)), today=TODAY
    )

    assert report.dates()["einde_loondoorbetaling"] == date(2028, 3, 14)
    assert any("niet nagaan" in note for note in report.notes)


def test_a5_reported_repair_without_finding_keeps_the_full_sanction() -> None:
    """Only a report 10-1-2028: the end stays 10-10-2028; the note gives 13-3-2028 at the latest."""
    report = compute_deadlines(
        ongoing(B, loonsanctie_weken=52, herstel_gemeld=date(2028, 1, 10)), today=TODAY
    )

    assert report.dates()["einde_loondoorbetaling"] == date(2028, 10, 10)
    assert any("uiterlijk 13 maart 2028" in note for note in report.notes)


def test_a5_bekorting_never_later_than_the_full_sanction() -> None:
    """Finding 20-9-2028: + 42 days falls after 10-10-2028, so the full sanction stays."""
    report = compute_deadlines(
        ongoing(B, loonsanctie_weken=52, herstel_vastgesteld=date(2028, 9, 20)), today=TODAY
    )

    assert report.dates()["einde_loondoorbetaling"] == date(2028, 10, 10)
    assert any("niet korter" in note for note in report.notes)


@pytest.mark.parametrize(
    ("finding", "end"),
    [(date(2027, 9, 15), date(2027, 10, 27)), (date(2027, 8, 25), None)],
    ids=["ends-after-wachttijd", "ends-before-wachttijd"],
)
def test_a5_early_repair_never_ends_before_the_wachttijd(finding: date, end: date | None) -> None:
    """Finding + 42 before the end of the wachttijd: wage simply ends with the wachttijd."""
    report = compute_deadlines(
        ongoing(
            B,
            loonsanctie_weken=52,
            loonsanctie_besluit=date(2027, 8, 20),
            herstel_vastgesteld=finding,
        ),
        today=TODAY,
    )

    assert report.dates().get("einde_loondoorbetaling") == end


# A6 ---------------------------------------------------------------------------------------------


def test_a6_application_through_day_476_is_valid_with_a_warning() -> None:
    """Application on D+475 (26-4-2026): IVA from 26-4 + 70 = 5-7-2026; courts may be strict."""
    report = compute_deadlines(ongoing(D, iva_aanvraag=date(2026, 4, 26)), today=TODAY)
    aanvraag = report.get("vervroegde_iva_aanvraag_uiterlijk")

    assert report.dates()["vervroegde_iva_vroegste_ingang"] == date(2026, 7, 5)
    assert aanvraag is not None
    assert aanvraag.date == date(2026, 4, 19)
    assert aanvraag.basis.startswith("art. 23 lid 6 en art. 66 WIA")
    assert any("strikt" in note for note in report.notes)


def test_a6_application_after_day_476_falls_back() -> None:
    """Application on D+476 (27-4-2026): no early start."""
    report = compute_deadlines(ongoing(D, iva_aanvraag=date(2026, 4, 27)), today=TODAY)

    assert report.get("vervroegde_iva_vroegste_ingang") is None
    assert any("gewone wachttijd" in note for note in report.notes)


def test_a6_safe_application_has_no_strictness_warning() -> None:
    """Application on D+468 (19-4-2026): IVA from 28-6-2026, no extra warning in the notes."""
    report = compute_deadlines(ongoing(D, iva_aanvraag=date(2026, 4, 19)), today=TODAY)

    assert report.dates()["vervroegde_iva_vroegste_ingang"] == date(2026, 6, 28)
    assert not any("veilige uiterste dag" in note for note in report.notes)


# A7 ---------------------------------------------------------------------------------------------

LEAVE = Leave(date(2025, 7, 1), date(2025, 10, 20))


def test_a7_gap_before_the_leave_means_a_new_period() -> None:
    """Last sick day 27-6 (3 days before the leave): the leave counts, a new D on 21-10-2025."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 4, 1), date(2025, 6, 27)), SickPeriod(date(2025, 10, 21))),
        leave=LEAVE,
    )
    report = compute_deadlines(facts, today=TODAY)
    step = report.counting[1]

    assert report.eerste_ziektedag == date(2025, 10, 21)
    assert report.dates()["einde_wachttijd"] == date(2027, 10, 18)
    assert not step.added_up
    assert step.gap_days == 115
    assert "niet direct aan" in step.explanation
    assert "RVI-register" in step.explanation
    assert "tekst van de wet" in step.explanation
    assert not any("Ziektewet-uitkering" in note for note in report.notes)


def test_a7_gap_after_the_leave_means_a_new_period() -> None:
    """Sick again on 24-10 (3 days after the leave): no samentelling across the leave."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 4, 1), date(2025, 6, 30)), SickPeriod(date(2025, 10, 24))),
        leave=LEAVE,
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == date(2025, 10, 24)
    assert "niet direct aan" in report.counting[1].explanation


def test_a7_short_non_adjacent_leave_is_an_ordinary_interruption() -> None:
    """Sick to 20-6, leave 25-6..4-7, sick from 10-7: 19 calendar days, added up; +19 days."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 4, 1), date(2025, 6, 20)), SickPeriod(date(2025, 7, 10))),
        leave=Leave(date(2025, 6, 25), date(2025, 7, 4)),
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == date(2025, 4, 1)
    assert report.counting[1].added_up
    assert report.counting[1].gap_days == 19
    assert report.dates()["einde_wachttijd"] == date(2027, 4, 17)
    assert "korter dan 4 weken" in report.counting[1].explanation


def test_a7_adjacent_other_cause_is_an_ordinary_interruption() -> None:
    """Adjacent but another cause: the leave counts in the gap, so a new period."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 4, 1), date(2025, 6, 30)), SickPeriod(date(2025, 10, 21))),
        leave=Leave(date(2025, 7, 1), date(2025, 10, 20), same_cause=False),
    )
    step = compute_deadlines(facts, today=TODAY).counting[1]

    assert not step.added_up
    assert step.gap_days == 112
    assert "andere oorzaak" in step.explanation


# A8 ---------------------------------------------------------------------------------------------

LAPSING = {
    "melding_42e_week_uiterlijk",
    "eerstejaarsevaluatie_uiterlijk",
    "spoor2_uiterlijk_gestart",
    "uwv_wia_brief_circa",
    "reintegratieverslag_eindevaluatie_uiterlijk",
}


def test_a8_contract_end_lapses_later_employer_milestones() -> None:
    """Contract ends zo 31-8-2025: melding and RIV on vr 29-8-2025; later milestones lapse."""
    report = compute_deadlines(ongoing(D, einde_dienstverband=date(2025, 8, 31)), today=TODAY)
    lapsed = {m.key for m in report.milestones if m.lapsed}

    assert report.dates()["ziek_uit_dienst_melding_uwv"] == date(2025, 8, 29)
    assert report.dates()["reintegratieverslag_uit_dienst_uiterlijk"] == date(2025, 8, 29)
    assert lapsed == LAPSING
    for key in LAPSING:
        milestone = report.get(key)
        assert milestone is not None
        assert not milestone.applies_to_employer
        assert milestone.note is not None
        assert milestone.note.startswith("Vervalt met het einde van het dienstverband")
    assert report.get("wia_aanvraag_uiterlijk").lapsed is False  # type: ignore[union-attr]
    assert report_to_dict(report)["milestones"][3]["lapsed"] is True


def test_a8_only_milestones_after_the_contract_end_lapse() -> None:
    """Contract ends 31-12-2025: the melding (27-10-2025) stays, the EJE (4-1-2026) lapses."""
    report = compute_deadlines(ongoing(D, einde_dienstverband=date(2025, 12, 31)), today=TODAY)

    assert report.get("melding_42e_week_uiterlijk").lapsed is False  # type: ignore[union-attr]
    assert report.get("eerstejaarsevaluatie_uiterlijk").lapsed is True  # type: ignore[union-attr]


def test_a8_eigenrisicodrager_keeps_every_milestone() -> None:
    """An eigenrisicodrager ZW keeps the duties: nothing lapses and no RIV-uit-dienst milestone."""
    report = compute_deadlines(
        ongoing(D, einde_dienstverband=date(2025, 8, 31), eigenrisicodrager_zw=True), today=TODAY
    )

    assert not any(m.lapsed for m in report.milestones)
    assert report.get("reintegratieverslag_uit_dienst_uiterlijk") is None
    assert report.dates()["ziek_uit_dienst_melding_uwv"] == date(2025, 8, 29)
    assert any("eigenrisicodrager" in note for note in report.notes)


def test_a8_no_riv_when_less_than_six_weeks_sick() -> None:
    """Contract ends vr 7-2-2025, 32 days after D: melding yes, RIV no."""
    report = compute_deadlines(ongoing(D, einde_dienstverband=date(2025, 2, 7)), today=TODAY)

    assert report.dates()["ziek_uit_dienst_melding_uwv"] == date(2025, 2, 7)
    assert report.get("reintegratieverslag_uit_dienst_uiterlijk") is None


def test_a8_riv_from_exactly_six_weeks() -> None:
    """Last werkdag ma 17-2-2025 = D+42: exactly 6 weeks, so the RIV is due that day."""
    report = compute_deadlines(ongoing(D, einde_dienstverband=date(2025, 2, 17)), today=TODAY)

    assert report.dates()["reintegratieverslag_uit_dienst_uiterlijk"] == date(2025, 2, 17)


def test_a8_contract_end_also_with_aow_in_the_wachttijd() -> None:
    """AOW before the end and a contract end: the ziek-uit-dienst melding is still there."""
    report = compute_deadlines(
        ongoing(D, aow_datum=date(2026, 6, 1), einde_dienstverband=date(2026, 3, 31)),
        today=TODAY,
    )

    assert report.dates()["ziek_uit_dienst_melding_uwv"] == date(2026, 3, 31)


# A9 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("aow", [date(2026, 6, 1), date(2027, 6, 1)], ids=["during", "after"])
def test_a9_aow_exception_is_marked_uncertain(aow: date) -> None:
    """Both AOW exception notes say 'bron onzeker: controleer de Werkwijzer Poortwachter'."""
    report = compute_deadlines(ongoing(D, aow_datum=aow), today=TODAY)

    assert any("onzeker: controleer de Werkwijzer Poortwachter" in n for n in report.notes)


# New inputs: parsing and Dutch errors -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-06", SickPeriod(date(2025, 1, 6))),
        ("6 januari 2025", SickPeriod(date(2025, 1, 6))),
        ("2025-01-06:", SickPeriod(date(2025, 1, 6))),
        ("2025-01-06:2025-03-01", SickPeriod(date(2025, 1, 6), date(2025, 3, 1))),
        ("3 februari 2025 t/m 9 maart 2025", SickPeriod(date(2025, 2, 3), date(2025, 3, 9))),
    ],
)
def test_a_single_date_is_an_ongoing_period(text: str, expected: SickPeriod) -> None:
    """A period without a separator is one date: a period that is still ongoing."""
    assert parse_sick_period(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [("31-02-2025", "bestaat niet"), ("gisteren", "VAN:TOT"), ("2025-01-06:2025-02-30", "bestaat")],
)
def test_bad_period_text_gives_dutch_error(text: str, message: str) -> None:
    """Impossible or unreadable dates in a period raise a Dutch DateInputError."""
    with pytest.raises(DateInputError, match=message):
        parse_sick_period(text)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"melding_42e_gedaan": date(2024, 12, 1)}, "42e-weeksmelding .* vóór de eerste ziektedag"),
        ({"loonsanctie_besluit": date(2027, 8, 1)}, "duur van de loonsanctie"),
        ({"herstel_gemeld": date(2028, 1, 1)}, "duur van de loonsanctie"),
        (
            {
                "loonsanctie_weken": 52,
                "herstel_gemeld": date(2028, 2, 1),
                "herstel_vastgesteld": date(2028, 1, 1),
            },
            "vaststelling van het herstel .* vóór de datum van de melding",
        ),
        (
            {
                "loonsanctie_weken": 52,
                "loonsanctie_besluit": date(2027, 8, 1),
                "herstel_gemeld": date(2027, 7, 1),
            },
            "melding van het herstel .* vóór de datum van het besluit",
        ),
        (
            {
                "loonsanctie_weken": 52,
                "loonsanctie_besluit": date(2027, 8, 1),
                "herstel_vastgesteld": date(2027, 7, 1),
            },
            "vaststelling van het herstel .* vóór de datum van het besluit",
        ),
        ({"herstel_vastgesteld": date(2024, 1, 1), "loonsanctie_weken": 52}, "vóór de eerste"),
    ],
    ids=[
        "melding-before-d",
        "besluit-without-sanction",
        "herstel-without-sanction",
        "finding-before-report",
        "report-before-decision",
        "finding-before-decision",
        "finding-before-d",
    ],
)
def test_new_inputs_give_dutch_errors(options: dict[str, object], message: str) -> None:
    """Every new input is checked for order errors, with a Dutch message."""
    with pytest.raises(DeadlineInputError, match=message):
        compute_deadlines(ongoing(B, **options), today=TODAY)
