"""Golden tests: every worked example of poortwachter-facts.md gives exactly its dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from spoorwijzer.deadlines import (
    CaseFacts,
    DeadlineInputError,
    Kind,
    Leave,
    SickPeriod,
    Status,
    compute_deadlines,
)

TODAY = date(2025, 11, 23)


def ongoing(first_day: date, **options: object) -> CaseFacts:
    return CaseFacts(periods=(SickPeriod(first_day),), **options)  # type: ignore[arg-type]


def dates_of(facts: CaseFacts, today: date = TODAY) -> dict[str, date]:
    return compute_deadlines(facts, today=today).dates()


# Example A (§1.11): eerste ziektedag maandag 6 januari 2025.
EXAMPLE_A = {
    "eerste_ziektedag": date(2025, 1, 6),
    "probleemanalyse_uiterlijk": date(2025, 2, 16),  # D+41
    "plan_van_aanpak_uiterlijk": date(2025, 3, 2),  # D+55
    "melding_42e_week_uiterlijk": date(2025, 10, 27),  # D+294 (amendment A1)
    "eerstejaarsevaluatie_uiterlijk": date(2026, 1, 4),  # D+363
    "spoor2_uiterlijk_gestart": date(2026, 2, 15),  # EJE + 42
    "uwv_wia_brief_circa": date(2026, 9, 14),  # D+616
    "reintegratieverslag_eindevaluatie_uiterlijk": date(2026, 10, 4),  # einde - 91
    "wia_aanvraag_uiterlijk": date(2026, 10, 18),  # einde - 77
    "einde_wachttijd": date(2027, 1, 3),  # D+727
    "wia_ingangsdatum": date(2027, 1, 4),  # D+728
}

# Example B (§1.11): eerste ziektedag woensdag 15 oktober 2025.
EXAMPLE_B = {
    "eerste_ziektedag": date(2025, 10, 15),
    "probleemanalyse_uiterlijk": date(2025, 11, 25),
    "plan_van_aanpak_uiterlijk": date(2025, 12, 9),
    "melding_42e_week_uiterlijk": date(2026, 8, 5),
    "eerstejaarsevaluatie_uiterlijk": date(2026, 10, 13),
    "spoor2_uiterlijk_gestart": date(2026, 11, 24),
    "uwv_wia_brief_circa": date(2027, 6, 23),
    "reintegratieverslag_eindevaluatie_uiterlijk": date(2027, 7, 13),
    "wia_aanvraag_uiterlijk": date(2027, 7, 27),
    "einde_wachttijd": date(2027, 10, 12),
    "wia_ingangsdatum": date(2027, 10, 13),
}


@pytest.mark.parametrize(
    ("example", "key"),
    [(EXAMPLE_A, key) for key in EXAMPLE_A] + [(EXAMPLE_B, key) for key in EXAMPLE_B],
    ids=[f"A-{k}" for k in EXAMPLE_A] + [f"B-{k}" for k in EXAMPLE_B],
)
def test_worked_example_gives_each_milestone(example: dict[str, date], key: str) -> None:
    """Each milestone of worked examples A and B has its exact date."""
    result = dates_of(ongoing(example["eerste_ziektedag"]))

    assert result[key] == example[key]


def test_plain_case_has_exactly_the_canonical_milestones() -> None:
    """Without optional facts the report holds the eleven canonical keys in legal order."""
    report = compute_deadlines(ongoing(date(2025, 1, 6)), today=TODAY)

    assert [m.key for m in report.milestones] == list(EXAMPLE_A)


@pytest.mark.parametrize(
    ("first_day", "deadline", "reason", "uwv_werkdag"),
    [
        (date(2025, 6, 16), date(2026, 4, 6), "Tweede Paasdag", "dinsdag 7 april 2026"),
        (date(2025, 7, 7), date(2026, 4, 27), "Koningsdag", "dinsdag 28 april 2026"),
        (date(2025, 3, 6), date(2025, 12, 25), "Eerste Kerstdag", "maandag 29 december 2025"),
        (date(2025, 3, 7), date(2025, 12, 26), "Tweede Kerstdag", "maandag 29 december 2025"),
        (date(2025, 1, 4), date(2025, 10, 25), "zaterdag", "maandag 27 oktober 2025"),
        (date(2025, 8, 4), date(2026, 5, 25), "Tweede Pinksterdag", "dinsdag 26 mei 2026"),
        (date(2025, 7, 24), date(2026, 5, 14), "Hemelvaartsdag", "vrijdag 15 mei 2026"),
        (date(2024, 3, 13), date(2025, 1, 1), "Nieuwjaarsdag", "donderdag 2 januari 2025"),
    ],
    ids=[
        "2e-paasdag-dev-11",
        "koningsdag",
        "kerst",
        "2e-kerstdag-dev-12",
        "weekend",
        "2e-pinksterdag",
        "hemelvaart",
        "nieuwjaar",
    ],
)
def test_melding_42e_week_stays_on_day_295_and_is_flagged(
    first_day: date, deadline: date, reason: str, uwv_werkdag: str
) -> None:
    """A1: D+294 whatever the weekday; the day is flagged and UWV's werkdag is only a note."""
    report = compute_deadlines(ongoing(first_day), today=TODAY)
    melding = report.get("melding_42e_week_uiterlijk")

    assert melding is not None
    assert melding.date == deadline == first_day + timedelta(days=294)
    assert melding.non_working_day == reason
    assert melding.note is not None
    assert reason in melding.note
    assert f"eerste werkdag na de 42e ziekteweek' (dat zou {uwv_werkdag} zijn)" in melding.note
    assert "niet de wettelijke termijn" in melding.note
    assert "in week 42" in melding.note


@pytest.mark.parametrize(
    ("first_day", "deadline"),
    [
        (date(2025, 6, 13), date(2026, 4, 3)),  # Goede Vrijdag
        (date(2025, 7, 15), date(2026, 5, 5)),  # 5 mei (dev-41)
        (date(2024, 7, 15), date(2025, 5, 5)),  # 5 mei in a lustrum year
    ],
    ids=["goede-vrijdag-2026", "5-mei-2026", "5-mei-2025-lustrum"],
)
def test_goede_vrijdag_and_5_mei_are_plain_days_for_the_melding(
    first_day: date, deadline: date
) -> None:
    """Goede Vrijdag and 5 mei are no flagged feestdag for the 42e-weeksmelding."""
    melding = compute_deadlines(ongoing(first_day), today=TODAY).get("melding_42e_week_uiterlijk")

    assert melding is not None
    assert melding.date == deadline
    assert melding.non_working_day is None
    assert melding.note is not None
    assert "eerste werkdag" not in melding.note


def test_interruption_of_14_days_is_added_up() -> None:
    """Worked example §2.1: 14 days fit, then ill again: same D, dates shift by 14 days."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 2, 3), date(2025, 3, 9)), SickPeriod(date(2025, 3, 24)))
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == date(2025, 2, 3)
    assert report.dates()["melding_42e_week_uiterlijk"] == date(2025, 12, 8)
    assert report.dates()["einde_wachttijd"] == date(2027, 2, 14)
    assert report.dates()["wia_ingangsdatum"] == date(2027, 2, 15)
    assert report.counting[1].added_up
    assert report.counting[1].gap_days == 14
    assert "samengeteld" in report.counting[1].explanation


@pytest.mark.parametrize(
    ("new_start", "added_up", "expected_d", "expected_end"),
    [
        (date(2025, 3, 28), True, date(2025, 1, 6), date(2027, 1, 30)),  # gap 27: D+727+27
        (date(2025, 3, 29), False, date(2025, 3, 29), date(2027, 3, 26)),  # gap 28: new D
    ],
    ids=["gap-27-added-up", "gap-28-new-period"],
)
def test_samentelling_boundary_is_28_days(
    new_start: date, added_up: bool, expected_d: date, expected_end: date
) -> None:
    """An interruption of 27 days is added up; one of 28 days starts a new period."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 1, 6), date(2025, 2, 28)), SickPeriod(new_start))
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.counting[1].added_up is added_up
    assert report.eerste_ziektedag == expected_d
    assert report.dates()["einde_wachttijd"] == expected_end


def test_long_interruption_starts_new_period() -> None:
    """Eval dev-08: fit for more than 4 weeks, so 7 april 2025 is the new eerste ziektedag."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 1, 6), date(2025, 2, 28)), SickPeriod(date(2025, 4, 7)))
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == date(2025, 4, 7)
    assert report.dates()["melding_42e_week_uiterlijk"] == date(2026, 1, 26)
    assert report.dates()["einde_wachttijd"] == date(2027, 4, 4)
    assert "nieuwe eerste ziektedag" in report.counting[1].explanation


def test_pregnancy_leave_with_same_cause_is_added_up() -> None:
    """Worked example §2.2 (adjacent periods): the 112 leave days do not count; 19 juli 2027."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 4, 1), date(2025, 6, 30)), SickPeriod(date(2025, 10, 21))),
        leave=Leave(date(2025, 7, 1), date(2025, 10, 20)),
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == date(2025, 4, 1)
    assert report.dates()["einde_wachttijd"] == date(2027, 7, 19)
    assert report.dates()["wia_ingangsdatum"] == date(2027, 7, 20)
    assert "dezelfde oorzaak" in report.counting[1].explanation
    assert any("Ziektewet-uitkering" in note for note in report.notes)


def test_pregnancy_leave_with_other_cause_starts_new_period() -> None:
    """Different cause after the leave: no samentelling, the later sickness has its own D."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 4, 1), date(2025, 6, 30)), SickPeriod(date(2025, 10, 21))),
        leave=Leave(date(2025, 7, 1), date(2025, 10, 20), same_cause=False),
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == date(2025, 10, 21)
    assert "andere oorzaak" in report.counting[1].explanation


def test_leave_followed_by_long_fit_period_starts_new_period() -> None:
    """Same cause, but 4 weeks or more fit after the leave: the 28-day rule still applies."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 4, 1), date(2025, 6, 30)), SickPeriod(date(2025, 12, 1))),
        leave=Leave(date(2025, 7, 1), date(2025, 10, 20)),
    )
    report = compute_deadlines(facts, today=TODAY)

    assert report.eerste_ziektedag == date(2025, 12, 1)
    assert not report.counting[1].added_up


def test_vrijwillige_verlenging_moves_end_riv_and_application() -> None:
    """Worked example §2.3: 26 weeks extension from D = 6 januari 2025."""
    result = dates_of(ongoing(date(2025, 1, 6), verlenging_weken=26))

    assert result["einde_wachttijd"] == date(2027, 1, 3)
    assert result["einde_loondoorbetaling"] == date(2027, 7, 4)
    assert result["reintegratieverslag_eindevaluatie_uiterlijk"] == date(2027, 4, 4)
    assert result["wia_aanvraag_uiterlijk"] == date(2027, 4, 18)
    assert result["wia_ingangsdatum"] == date(2027, 7, 5)


def test_loonsanctie_extends_wage_payment_by_52_weeks() -> None:
    """Worked example §2.4: a full sanction from D = 15 oktober 2025 ends on 10 oktober 2028."""
    report = compute_deadlines(ongoing(date(2025, 10, 15), loonsanctie_weken=52), today=TODAY)
    end = report.get("einde_loondoorbetaling")

    assert report.dates()["einde_wachttijd"] == date(2027, 10, 12)
    assert end is not None
    assert end.date == date(2028, 10, 10)
    assert "bekorting" in end.basis
    assert report.dates()["wia_ingangsdatum"] == date(2028, 10, 11)


def test_late_wia_application_extends_by_the_delay() -> None:
    """Worked example §2.9: 21 days late, wage payment ends 24 januari 2027."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), wia_aangevraagd=date(2026, 11, 8)), today=TODAY
    )

    assert report.dates()["einde_loondoorbetaling"] == date(2027, 1, 24)
    assert any("21 dagen te laat" in note for note in report.notes)


def test_timely_wia_application_changes_nothing() -> None:
    """An application before the deadline adds no einde_loondoorbetaling."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), wia_aangevraagd=date(2026, 9, 20)), today=TODAY
    )

    assert report.get("einde_loondoorbetaling") is None


def test_late_uwv_letter_gives_four_weeks_to_apply() -> None:
    """A letter after week 89 allows the application until 4 weeks after its receipt."""
    report = compute_deadlines(ongoing(date(2025, 1, 6), uwv_brief=date(2026, 10, 1)), today=TODAY)
    aanvraag = report.get("wia_aanvraag_uiterlijk")

    assert aanvraag is not None
    assert aanvraag.date == date(2026, 10, 29)
    assert aanvraag.note is not None
    assert "4 weken na de brief" in aanvraag.note


def test_timely_uwv_letter_keeps_week_93() -> None:
    """A letter within 89 weeks leaves the application deadline at week 93."""
    result = dates_of(ongoing(date(2025, 1, 6), uwv_brief=date(2026, 9, 14)))

    assert result["wia_aanvraag_uiterlijk"] == date(2026, 10, 18)


def test_late_letter_whose_four_weeks_end_earlier_changes_nothing() -> None:
    """With an extension, a late letter's 4 weeks end before week 93 of the extended period."""
    result = dates_of(ongoing(date(2025, 1, 6), uwv_brief=date(2026, 10, 1), verlenging_weken=26))

    assert result["wia_aanvraag_uiterlijk"] == date(2027, 4, 18)


def test_vervroegde_iva_earliest_start() -> None:
    """Worked example §2.5: application 1 april 2025 gives IVA at the earliest 10 juni 2025."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), iva_aanvraag=date(2025, 4, 1)), today=TODAY
    )

    assert report.dates()["vervroegde_iva_vroegste_ingang"] == date(2025, 6, 10)
    assert report.dates()["vervroegde_iva_aanvraag_uiterlijk"] == date(2026, 4, 19)


def test_vervroegde_iva_early_application_waits_for_13_weeks() -> None:
    """An application in week 3 still gives a wachttijd of at least 13 weeks (D+91)."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), iva_aanvraag=date(2025, 1, 20)), today=TODAY
    )

    assert report.dates()["vervroegde_iva_vroegste_ingang"] == date(2025, 4, 7)


def test_vervroegde_iva_after_week_68_falls_back_to_104_weeks() -> None:
    """An application after D+475 has no early start and says the normal wachttijd applies."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), iva_aanvraag=date(2026, 5, 1)), today=TODAY
    )

    assert report.get("vervroegde_iva_vroegste_ingang") is None
    assert any("gewone wachttijd" in note for note in report.notes)


def test_early_probleemanalyse_brings_plan_van_aanpak_forward() -> None:
    """PA in week 4: the PvA is due 14 days later, before week 8."""
    result = dates_of(ongoing(date(2025, 1, 6), probleemanalyse=date(2025, 1, 30)))

    assert result["plan_van_aanpak_uiterlijk"] == date(2025, 2, 13)


def test_late_probleemanalyse_gives_pva_two_weeks_later_and_warns() -> None:
    """Eval dev-43: PA on 7 maart 2025 gives a PvA deadline of 21 maart 2025, no cap."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), probleemanalyse=date(2025, 3, 7)), today=TODAY
    )
    pva = report.get("plan_van_aanpak_uiterlijk")

    assert pva is not None
    assert pva.date == date(2025, 3, 21)
    assert pva.note is not None
    assert "onverwijld" in pva.note


def test_late_eerstejaarsevaluatie_does_not_move_spoor_2() -> None:
    """Eval dev-44: an EJE on 31 januari 2026 leaves spoor 2 at 15 februari 2026."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), eerstejaarsevaluatie=date(2026, 1, 31)), today=TODAY
    )
    spoor2 = report.get("spoor2_uiterlijk_gestart")
    eje = report.get("eerstejaarsevaluatie_uiterlijk")

    assert spoor2 is not None
    assert spoor2.date == date(2026, 2, 15)
    assert spoor2.note is not None
    assert "geen veilige termijn" in spoor2.note
    assert "schuift deze datum niet op" in spoor2.note
    assert eje is not None
    assert eje.note is not None
    assert "later dan week 52" in eje.note


def test_early_eerstejaarsevaluatie_brings_spoor_2_forward() -> None:
    """An EJE in week 47 makes spoor 2 due 6 weeks after it."""
    result = dates_of(ongoing(date(2025, 1, 6), eerstejaarsevaluatie=date(2025, 11, 24)))

    assert result["spoor2_uiterlijk_gestart"] == date(2026, 1, 5)


def test_aow_before_end_of_wachttijd_ends_wage_after_6_weeks() -> None:
    """AOW during the wachttijd: wage 6 weeks after the AOW date, and no WIA milestones."""
    report = compute_deadlines(ongoing(date(2025, 1, 6), aow_datum=date(2026, 6, 1)), today=TODAY)
    keys = {m.key for m in report.milestones}

    assert report.dates()["einde_loondoorbetaling"] == date(2026, 7, 12)
    assert not keys & {
        "uwv_wia_brief_circa",
        "wia_aanvraag_uiterlijk",
        "wia_ingangsdatum",
        "reintegratieverslag_eindevaluatie_uiterlijk",
    }
    assert any("instemmen" in note for note in report.notes)


def test_aow_rule_for_sickness_before_july_2023_is_13_weeks() -> None:
    """For a sickness that started before 1 July 2023 the wage runs 13 weeks after AOW."""
    report = compute_deadlines(
        ongoing(date(2023, 3, 1), aow_datum=date(2024, 6, 1), verlenging_weken=13), today=TODAY
    )

    assert report.dates()["einde_loondoorbetaling"] == date(2024, 8, 30)
    assert any("telt niet mee" in note for note in report.notes)


def test_aow_shortly_before_end_is_capped_at_einde_wachttijd() -> None:
    """AOW a week before the end: wage still ends at the end of the wachttijd."""
    result = dates_of(ongoing(date(2025, 1, 6), aow_datum=date(2026, 12, 27)))

    assert result["einde_loondoorbetaling"] == date(2027, 1, 3)


def test_aow_within_a_year_after_wachttijd_mentions_exception() -> None:
    """AOW within one year after the wachttijd: the AOW exception to spoor 2 is shown."""
    report = compute_deadlines(ongoing(date(2025, 1, 6), aow_datum=date(2027, 6, 1)), today=TODAY)

    assert any("binnen 1 jaar na het einde van de wachttijd" in n for n in report.notes)
    assert report.get("wia_ingangsdatum") is not None


def test_aow_long_after_wachttijd_adds_nothing() -> None:
    """AOW more than a year after the wachttijd changes no milestone and adds no AOW note."""
    report = compute_deadlines(ongoing(date(2025, 1, 6), aow_datum=date(2030, 1, 1)), today=TODAY)

    assert report.dates() == EXAMPLE_A
    assert not any("AOW" in note for note in report.notes)


def test_contract_ending_during_wachttijd_adds_uwv_melding_on_last_werkdag() -> None:
    """Ziek uit dienst: report to UWV on the last werkdag of the contract (a Friday here)."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), einde_dienstverband=date(2025, 8, 31)), today=TODAY
    )

    assert report.dates()["ziek_uit_dienst_melding_uwv"] == date(2025, 8, 29)
    assert any("eigenrisicodrager" in note for note in report.notes)


def test_contract_ending_after_wachttijd_adds_nothing() -> None:
    """A contract that outlasts the wachttijd gives no ziek-uit-dienst milestone."""
    report = compute_deadlines(
        ongoing(date(2025, 1, 6), einde_dienstverband=date(2027, 6, 30)), today=TODAY
    )

    assert report.get("ziek_uit_dienst_melding_uwv") is None


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2025, 10, 28), Status.VERSTREKEN),
        (date(2025, 10, 27), Status.BINNEN_4_WEKEN),
        (date(2025, 9, 29), Status.BINNEN_4_WEKEN),
        (date(2025, 9, 28), Status.LATER),
    ],
    ids=["day-after", "same-day", "28-days-before", "29-days-before"],
)
def test_status_relative_to_today(today: date, status: Status) -> None:
    """Status is verstreken after the date, binnen 4 weken up to 28 days before, else later."""
    melding = compute_deadlines(ongoing(date(2025, 1, 6)), today=today).get(
        "melding_42e_week_uiterlijk"
    )

    assert melding is not None
    assert melding.status is status


def test_weekend_deadline_is_flagged_but_not_moved() -> None:
    """A deadline on a Sunday keeps its date and advises the werkdag before."""
    pa = compute_deadlines(ongoing(date(2025, 1, 6)), today=TODAY).get("probleemanalyse_uiterlijk")

    assert pa is not None
    assert pa.date == date(2025, 2, 16)
    assert pa.non_working_day == "zondag"
    assert pa.note is not None
    assert "vrijdag 14 februari 2025" in pa.note


def test_milestone_kinds_label_practice_honestly() -> None:
    """A2: the EJE is statutory; spoor 2's latest start stays UWV practice."""
    report = compute_deadlines(ongoing(date(2025, 1, 6)), today=TODAY)

    assert report.get("eerstejaarsevaluatie_uiterlijk").kind is Kind.WETTELIJK  # type: ignore[union-attr]
    assert report.get("spoor2_uiterlijk_gestart").kind is Kind.UWV_PRAKTIJK  # type: ignore[union-attr]
    assert report.get("wia_aanvraag_uiterlijk").kind is Kind.WETTELIJK  # type: ignore[union-attr]


def test_finished_last_period_says_dates_assume_continued_sickness() -> None:
    """When the last period has ended the dates are projected and the report says so."""
    facts = CaseFacts(periods=(SickPeriod(date(2025, 1, 6), date(2025, 3, 31)),))
    report = compute_deadlines(facts, today=TODAY)

    assert report.dates()["einde_wachttijd"] == date(2027, 1, 3)
    assert any("eindigde op 31 maart 2025" in note for note in report.notes)


def test_added_up_periods_warn_about_the_shift_assumption() -> None:
    """Samentelling adds a note that shifting the first-year steps is an assumption."""
    facts = CaseFacts(
        periods=(SickPeriod(date(2025, 2, 3), date(2025, 3, 9)), SickPeriod(date(2025, 3, 24)))
    )
    report = compute_deadlines(facts, today=TODAY)

    assert any("aanname" in note for note in report.notes)


def test_first_sick_day_in_future_is_noted() -> None:
    """A first sick day after today is computed but flagged."""
    report = compute_deadlines(ongoing(date(2026, 1, 5)), today=TODAY)

    assert any("na vandaag" in note for note in report.notes)


def test_interruption_days_before_counts_only_earlier_gaps() -> None:
    """Counted-day arithmetic: a date in the second period sees the first gap only."""
    from spoorwijzer.deadlines.counting import compute_counted_periods

    counted = compute_counted_periods(
        (SickPeriod(date(2025, 2, 3), date(2025, 3, 9)), SickPeriod(date(2025, 3, 24)))
    )

    assert counted.interruption_days_before(date(2025, 3, 1)) == 0
    assert counted.interruption_days_before(date(2025, 4, 1)) == 14


INVALID_CASES = [
    (CaseFacts(periods=()), "minstens één ziekteperiode"),
    (CaseFacts(periods=(SickPeriod(date(2025, 3, 1), date(2025, 2, 1)),)), "eindigt vóór"),
    (
        CaseFacts(
            periods=(SickPeriod(date(2025, 1, 6), date(2025, 3, 1)), SickPeriod(date(2025, 2, 1)))
        ),
        "overlappen",
    ),
    (
        CaseFacts(periods=(SickPeriod(date(2025, 1, 6)), SickPeriod(date(2025, 5, 1)))),
        "loopt nog",
    ),
    (CaseFacts(periods=(SickPeriod(date(2013, 6, 30)),)), "vóór 1 juli 2013"),
    (
        CaseFacts(periods=(SickPeriod(date(2025, 1, 6)),), verlenging_weken=10),
        "minimaal 13 weken",
    ),
    (
        CaseFacts(periods=(SickPeriod(date(2025, 1, 6)),), verlenging_weken=-1),
        "minimaal 13 weken",
    ),
    (
        CaseFacts(periods=(SickPeriod(date(2025, 1, 6)),), loonsanctie_weken=60),
        "ten hoogste 52 weken",
    ),
    (
        CaseFacts(periods=(SickPeriod(date(2025, 1, 6)),), probleemanalyse=date(2025, 1, 1)),
        "vóór de eerste ziektedag",
    ),
    (
        CaseFacts(
            periods=(SickPeriod(date(2025, 1, 6), date(2025, 2, 1)), SickPeriod(date(2025, 6, 1))),
            leave=Leave(date(2025, 1, 20), date(2025, 5, 1)),
        ),
        "tussen twee ziekteperiodes",
    ),
    (
        CaseFacts(
            periods=(SickPeriod(date(2025, 1, 6), date(2025, 2, 1)), SickPeriod(date(2025, 6, 1))),
            leave=Leave(date(2025, 5, 1), date(2025, 3, 1)),
        ),
        "eindigt vóór het begint",
    ),
]


@pytest.mark.parametrize(
    ("facts", "message"),
    INVALID_CASES,
    ids=[
        "no-period",
        "reversed",
        "overlap",
        "ongoing-not-last",
        "before-2013",
        "short-extension",
        "negative-extension",
        "long-sanction",
        "pa-before-d",
        "leave-overlaps",
        "leave-reversed",
    ],
)
def test_invalid_facts_raise_dutch_error(facts: CaseFacts, message: str) -> None:
    """Impossible or contradictory facts raise DeadlineInputError with a Dutch message."""
    with pytest.raises(DeadlineInputError, match=message):
        compute_deadlines(facts, today=TODAY)
