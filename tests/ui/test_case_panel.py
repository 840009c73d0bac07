"""The Dossier panel under AppTest: every fact editable in place, checked, removable, used next.

Real chain over the real knowledge index (the session `assistant` fixture, today 23-11-2025).
"""

from __future__ import annotations

import datetime as dt

from streamlit.testing.v1 import AppTest

from spoorwijzer.ui.fact_editor import DATE, KINDS, PERIODS, RANGE, WEEKS, choice_options
from spoorwijzer.understanding.dossier import FACT_LABELS, VALUE_LABELS, Dossier
from tests.ui.chat_app import ask, case_app, markdown_text

START = "Mijn werknemer is ziek sinds 6 januari 2025."


def _dossier(at: AppTest) -> Dossier:
    value = at.session_state["case_dossier"]
    assert isinstance(value, Dossier)
    return value


def test_every_fact_of_the_dossier_has_an_editor() -> None:
    """A fact added to FACT_LABELS without an editor kind fails here."""
    assert set(KINDS) == set(FACT_LABELS)
    assert all(len(choice_options(n)) > 2 for n, k in KINDS.items() if k == "choice")


def test_the_panel_shows_a_fitting_widget_for_every_fact_and_no_diagnosis(
    assistant: object,
) -> None:
    """Dates get a date field, weeks a number, choices VALUE_LABELS' words; no diagnosis."""
    at = ask(case_app(assistant), START)
    keys = {w.key for w in [*at.date_input, *at.number_input, *at.selectbox, *at.text_input]}

    assert any(e.label == "Alle gegevens bewerken" for e in at.expander)
    for name, kind in KINDS.items():
        if kind == DATE:
            assert at.date_input(key=f"fact_{name}").value is None
        elif kind == WEEKS:
            assert at.number_input(key=f"fact_{name}").value is None
        elif kind == RANGE:
            assert f"fact_{name}_start" in keys
            assert f"fact_{name}_end" in keys
        elif kind == PERIODS:
            assert at.date_input(key="fact_period_0_start").value == dt.date(2025, 1, 6)
            assert at.date_input(key="fact_period_0_end").value is None
        else:
            assert f"fact_{name}" in keys or f"panel_{name}" in keys, name
    options = at.selectbox(key="fact_arbeidsdeskundig_onderzoek").options
    assert options == ["onbekend", *(VALUE_LABELS[v] for v in ("niet_gedaan", "gepland", "gedaan"))]
    labels = " ".join(w.label for w in [*at.text_input, *at.date_input, *at.selectbox]).lower()
    assert "diagnose" not in labels
    assert "medisch" not in labels


def test_an_edited_number_is_marked_and_used_by_the_next_answer(assistant: object) -> None:
    """13 weeks of verlenging move the WIA application deadline to 17 januari 2027."""
    at = ask(case_app(assistant), START)
    at.number_input(key="fact_verlenging_weken").set_value(13).run()

    fact = _dossier(at).facts["verlenging_weken"]
    assert fact.value == 13
    assert "verlenging loondoorbetaling (weken)" in markdown_text(at).lower()
    assert "13 _(aangepast in de app)_" in markdown_text(at)
    at = ask(at, "Wanneer moet de WIA-aanvraag uiterlijk?")

    assert "17 januari 2027" in at.chat_message[-1].markdown[0].value
    assert "18 oktober 2026" not in at.chat_message[-1].markdown[0].value


def test_a_date_before_the_first_sick_day_is_refused_at_its_field(assistant: object) -> None:
    """The calculator's Dutch reason shows at the field; the dossier and the typed date stay."""
    at = ask(case_app(assistant), START)
    at.date_input(key="fact_probleemanalyse").set_value(dt.date(2024, 12, 1)).run()

    assert any("vóór de eerste ziektedag" in e.value for e in at.error)
    assert "probleemanalyse" not in _dossier(at).facts
    assert at.date_input(key="fact_probleemanalyse").value == dt.date(2024, 12, 1)
    at.date_input(key="fact_probleemanalyse").set_value(dt.date(2025, 2, 20)).run()

    assert _dossier(at).get("probleemanalyse") == "2025-02-20"
    assert not [e for e in at.error if "vóór de eerste ziektedag" in e.value]


def test_a_fact_can_be_removed(assistant: object) -> None:
    """A yes/no fact from the chat is removed with its 'Verwijder' button."""
    at = ask(case_app(assistant), START + " De 42e-weeksmelding is al gedaan.")
    assert _dossier(at).get("melding_42e_gedaan") == "ja"
    assert at.selectbox(key="fact_melding_42e_gedaan").value == "ja"
    at.button(key="remove_melding_42e_gedaan").click().run()

    assert "melding_42e_gedaan" not in _dossier(at).facts
    assert at.selectbox(key="fact_melding_42e_gedaan").value == "—"
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", None]]


def test_a_done_date_marks_the_melding_done_on_that_day(assistant: object) -> None:
    """A date in 'Gedaan op' stores the day and shows 'ja'."""
    at = ask(case_app(assistant), START)
    at.date_input(key="fact_melding_42e_gedaan_date").set_value(dt.date(2025, 10, 20)).run()

    assert _dossier(at).get("melding_42e_gedaan") == "2025-10-20"
    assert at.selectbox(key="fact_melding_42e_gedaan").value == "ja"


def test_sick_periods_are_rows_and_impossible_ones_lose_nothing(assistant: object) -> None:
    """A second row that overlaps gives a Dutch error at the periods; a valid end fixes it."""
    at = ask(case_app(assistant), START)
    at.button(key="add_period").click().run()
    at.date_input(key="fact_period_1_start").set_value(dt.date(2025, 3, 1)).run()

    assert any("loopt nog" in e.value for e in at.error)
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", None]]
    assert at.date_input(key="fact_period_1_start").value == dt.date(2025, 3, 1)
    at.date_input(key="fact_period_0_end").set_value(dt.date(2025, 3, 10)).run()

    assert any("De ziekteperiodes overlappen" in e.value for e in at.error)
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", None]]
    at.date_input(key="fact_period_0_end").set_value(dt.date(2025, 2, 14)).run()

    assert _dossier(at).get("ziekteperiodes") == [
        ["2025-01-06", "2025-02-14"],
        ["2025-03-01", None],
    ]
    assert not [e for e in at.error if "overlappen" in e.value or "loopt nog" in e.value]
    assert "aangepast in de app" in markdown_text(at)


def test_a_period_ending_before_it_starts_or_a_half_leave_says_why(assistant: object) -> None:
    """End before start, or a leave without its last day: a Dutch error, nothing stored."""
    at = ask(case_app(assistant), START)
    at.date_input(key="fact_period_0_end").set_value(dt.date(2025, 1, 2)).run()

    assert any("eindigt op 2 januari 2025" in e.value for e in at.error)
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", None]]
    at.date_input(key="fact_zwangerschapsverlof_start").set_value(dt.date(2025, 5, 1)).run()

    assert any("laatste verlofdag" in e.value for e in at.error)
    assert "zwangerschapsverlof" not in _dossier(at).facts


def test_a_removed_period_row_and_the_first_day_field_agree(assistant: object) -> None:
    """Removing the only period clears the first sick day at the top of the panel too."""
    at = ask(case_app(assistant), START)
    at.button(key="remove_period_0").click().run()

    assert "ziekteperiodes" not in _dossier(at).facts
    assert at.text_input(key="panel_first_day").value == ""


def test_the_editor_is_filled_again_after_a_page_switch(assistant: object) -> None:
    """Going to Termijnen and back (which drops the widgets' state) shows the dossier again."""
    at = ask(case_app(assistant), START)
    at.session_state["test_page"] = "termijnen"
    at.run()
    at.session_state["test_page"] = "vraag"
    at.run()

    assert at.date_input(key="fact_period_0_start").value == dt.date(2025, 1, 6)
    assert at.date_input(key="fact_probleemanalyse").value is None  # not today's date
    assert at.text_input(key="panel_first_day").value == "6 januari 2025"


def test_a_first_day_after_the_end_of_its_period_is_refused_at_the_top_field(
    assistant: object,
) -> None:
    """The quick first-day field is checked like the rest; the error shows once, there."""
    at = ask(case_app(assistant), "Mijn werknemer was ziek van 6 januari 2025 tot 3 maart 2025.")
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", "2025-03-03"]]
    at.text_input(key="panel_first_day").input("1 april 2025").run()

    errors = [e.value for e in at.error if "eindigt vóór ze begint" in e.value]
    assert len(errors) == 1
    assert at.text_input(key="panel_first_day").value == "1 april 2025"
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", "2025-03-03"]]


def test_leave_and_eigenrisicodrager_are_shared_with_the_termijnen_page(assistant: object) -> None:
    """A leave and 'eigenrisicodrager: ja' set in the dossier fill the form, and come back."""
    at = ask(case_app(assistant), "Mijn werknemer was ziek van 7 april 2025 tot 30 juni 2025.")
    at.date_input(key="fact_zwangerschapsverlof_start").set_value(dt.date(2025, 7, 1))
    at.date_input(key="fact_zwangerschapsverlof_end").set_value(dt.date(2025, 10, 20)).run()
    assert any("tussen twee ziekteperiodes" in e.value for e in at.error)  # no sickness after
    at.button(key="add_period").click().run()
    at.date_input(key="fact_period_1_start").set_value(dt.date(2025, 10, 21)).run()
    assert _dossier(at).get("ziekteperiodes") == [
        ["2025-04-07", "2025-06-30"],
        ["2025-10-21", None],
    ]
    at.date_input(key="fact_zwangerschapsverlof_end").set_value(dt.date(2025, 10, 20)).run()
    at.selectbox(key="fact_eigenrisicodrager_zw").set_value("ja").run()
    assert _dossier(at).get("zwangerschapsverlof") == ["2025-07-01", "2025-10-20"]
    at.session_state["test_page"] = "termijnen"
    at.run()

    assert at.text_input(key="leave").value == "1 juli 2025 t/m 20 oktober 2025"
    assert at.checkbox(key="erd_zw").value is True
    at.text_input(key="leave").input("")
    at.checkbox(key="erd_zw").uncheck()
    at.button[0].click().run()

    assert "zwangerschapsverlof" not in _dossier(at).facts
    assert _dossier(at).get("eigenrisicodrager_zw") == "nee"
