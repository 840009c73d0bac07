"""The 'Termijnen' page under Streamlit's AppTest: a real script run, no browser."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _deadline_page() -> None:
    from spoorwijzer.config import get_settings
    from spoorwijzer.ui import deadlines_page

    deadlines_page.render(get_settings())


def fresh_app() -> AppTest:
    return AppTest.from_function(_deadline_page, default_timeout=30).run()


def submit(at: AppTest) -> AppTest:
    at.button[0].click()
    return at.run()


def table_rows(at: AppTest) -> dict[str, str]:
    frame = at.table[0].value
    return dict(zip(frame["Mijlpaal"], frame["Datum"], strict=True))


def test_page_starts_with_form_and_disclaimer() -> None:
    """The page shows the form, asks for the first sick day and says it is no legal advice."""
    at = fresh_app()

    assert not at.exception
    assert at.title[0].value == "Poortwachter-termijnen"
    assert "Geen juridisch advies" in at.caption[0].value
    assert "eerste ziektedag" in at.info[0].value


def test_first_sick_day_gives_milestone_table() -> None:
    """Entering 6 januari 2025 shows every milestone with its date, basis and status."""
    at = fresh_app()
    at.text_input(key="first_day").input("6 januari 2025")
    at = submit(at)
    rows = table_rows(at)

    assert not at.exception
    assert rows["42e-weeksmelding bij UWV uiterlijk"] == "ma 27-10-2025"
    assert rows["Einde wachttijd (104 weken)"] == "zo 03-01-2027"
    assert "Grondslag" in at.table[0].value.columns
    assert "Status" in at.table[0].value.columns


def test_earlier_period_is_added_up() -> None:
    """An earlier period with a 14-day gap keeps the first sick day and shifts the end."""
    at = fresh_app()
    at.text_area(key="earlier_periods").input("3 februari 2025 t/m 9 maart 2025")
    at.text_input(key="first_day").input("24-03-2025")
    at = submit(at)

    assert table_rows(at)["Eerste ziektedag"] == "ma 03-02-2025"
    assert table_rows(at)["Einde wachttijd (104 weken)"] == "zo 14-02-2027"
    assert any("samengeteld" in md.value for md in at.markdown)


def test_invalid_date_shows_dutch_error_and_keeps_input() -> None:
    """An impossible date gives a Dutch error, no table, and the typed text stays."""
    at = fresh_app()
    at.text_input(key="first_day").input("31 februari 2025")
    at = submit(at)

    assert not at.exception
    assert "bestaat niet" in at.error[0].value
    assert len(at.table) == 0
    assert at.text_input(key="first_day").value == "31 februari 2025"


def test_overlapping_periods_show_dutch_error() -> None:
    """Overlapping periods are refused with a Dutch explanation."""
    at = fresh_app()
    at.text_area(key="earlier_periods").input("1 maart 2025 t/m 30 april 2025")
    at.text_input(key="first_day").input("1 april 2025")
    at = submit(at)

    assert "overlappen" in at.error[0].value


def test_optional_facts_change_the_table() -> None:
    """A loonsanctie and a late EJE entered under 'Meer gegevens' reach the calculator."""
    at = fresh_app()
    at.text_input(key="first_day").input("15 oktober 2025")
    at.number_input(key="sanctie").set_value(52)
    at.text_input(key="opt_eje").input("2026-11-01")
    at = submit(at)
    rows = table_rows(at)

    assert rows["Einde loondoorbetaling"] == "di 10-10-2028"
    assert rows["Spoor 2 uiterlijk gestart (UWV-praktijk, geen veilige termijn)"] == "di 24-11-2026"


def test_empty_form_asks_for_first_sick_day() -> None:
    """Submitting nothing asks for the first sick day."""
    at = submit(fresh_app())

    assert "Vul de eerste ziektedag in" in at.error[0].value


def test_leave_without_end_is_refused() -> None:
    """Leave needs a last day; without it the page says so."""
    at = fresh_app()
    at.text_input(key="first_day").input("21 oktober 2025")
    at.text_area(key="earlier_periods").input("1 april 2025 t/m 30 juni 2025")
    at.text_input(key="leave").input("1 juli 2025 t/m")
    at = submit(at)

    assert "laatste verlofdag" in at.error[0].value


def test_pregnancy_leave_is_added_up() -> None:
    """Leave between two periods with the same cause moves the end of the wachttijd."""
    at = fresh_app()
    at.text_area(key="earlier_periods").input("1 april 2025 t/m 30 juni 2025")
    at.text_input(key="first_day").input("21 oktober 2025")
    at.text_input(key="leave").input("1 juli 2025 t/m 20 oktober 2025")
    at = submit(at)

    assert table_rows(at)["Einde wachttijd (104 weken)"] == "ma 19-07-2027"


def test_single_date_line_is_an_ongoing_period() -> None:
    """A period line with only a date is an ongoing period (no separator needed)."""
    at = fresh_app()
    at.text_area(key="earlier_periods").input("6 januari 2025")
    at = submit(at)

    assert not at.exception
    assert table_rows(at)["42e-weeksmelding bij UWV uiterlijk"] == "ma 27-10-2025"


def test_second_review_inputs_reach_the_calculator() -> None:
    """The new loonsanctie dates shorten the sanction; a contract end marks lapsed milestones."""
    at = fresh_app()
    at.text_input(key="first_day").input("15 oktober 2025")
    at.number_input(key="sanctie").set_value(52)
    at.text_input(key="opt_herstel_gemeld").input("10 januari 2028")
    at.text_input(key="opt_herstel_vastgesteld").input("24 januari 2028")
    at.text_input(key="opt_einde").input("31 december 2025")
    at = submit(at)
    rows = table_rows(at)

    assert not at.exception
    assert rows["Einde loondoorbetaling"] == "ma 06-03-2028"
    assert any("Vervalt met het einde van het dienstverband" in md.value for md in at.markdown)


def test_eigenrisicodrager_checkbox_keeps_the_milestones() -> None:
    """As eigenrisicodrager ZW nothing lapses and no RIV-uit-dienst milestone appears."""
    at = fresh_app()
    at.text_input(key="first_day").input("6 januari 2025")
    at.text_input(key="opt_einde").input("31 augustus 2025")
    at.checkbox(key="erd_zw").check()
    at = submit(at)

    assert not any("Vervalt met het einde" in md.value for md in at.markdown)
    assert "Ziek uit dienst: re-integratieverslag klaar uiterlijk" not in table_rows(at)


def test_bad_new_input_shows_dutch_error() -> None:
    """A repair date without a loonsanctie is refused in Dutch."""
    at = fresh_app()
    at.text_input(key="first_day").input("6 januari 2025")
    at.text_input(key="opt_herstel_gemeld").input("1 maart 2027")
    at = submit(at)

    assert "duur van de loonsanctie" in at.error[0].value


def test_downloads_keep_the_table() -> None:
    """The .ics/.csv/.html buttons do not rerun away the table (on_click='ignore')."""
    at = fresh_app()
    at.text_input(key="first_day").input("6 januari 2025")
    at = submit(at)
    downloads = at.get("download_button")

    assert [d.label for d in downloads] == ["Agenda (.ics)", "Tabel (.csv)", "Samenvatting (.html)"]
    downloads[0].click().run()
    assert table_rows(at)["42e-weeksmelding bij UWV uiterlijk"] == "ma 27-10-2025"
    assert len(at.get("download_button")) == 3
