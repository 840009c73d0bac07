"""The 'Vraag' page under Streamlit's AppTest: chat, dossier panel, Nu view, follow-ups, errors.

Real chain over the real knowledge index (the session `assistant` fixture, today 23-11-2025).
"""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from spoorwijzer.understanding.dossier import Dossier
from tests.ui.chat_app import STORY, ask, case_app, markdown_text

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def _dossier(at: AppTest) -> Dossier:
    value = at.session_state["case_dossier"]
    assert isinstance(value, Dossier)
    return value


def test_story_fills_the_dossier_with_provenance_and_the_nu_view(assistant: object) -> None:
    """A story shows question and answer, the first sick day in the panel, week 46 and late duties."""
    at = ask(case_app(assistant), STORY)
    text = markdown_text(at)

    assert not at.exception
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[0].markdown[0].value == STORY
    assert at.text_input(key="panel_first_day").value == "6 januari 2025"
    assert "ziek vanaf 6 januari 2025 _(uit uw bericht van 14:02)_" in text
    assert "### Nu: week 46 van 104" in text
    assert any(
        "42e-weeksmelding bij UWV uiterlijk verstreken op 27 oktober 2025" in e.value
        for e in at.error
    )
    assert "Eerstejaarsevaluatie uiterlijk — 4 januari 2026 (nog 42 dagen" in text
    assert "diagnose" not in " ".join(w.label for w in at.text_input).lower()


def test_follow_up_button_answers_in_one_click_and_updates_the_dossier(assistant: object) -> None:
    """The bedrijfsarts follow-up is a button; one click sends it and fills the dossier."""
    at = ask(case_app(assistant), STORY)
    labels = [b.label for b in at.button]
    assert "De bedrijfsarts ziet geen benutbare mogelijkheden" in labels
    at.button(key=f"follow_0_{2}").click().run()

    assert not at.exception
    assert [m.name for m in at.chat_message] == ["user", "assistant"] * 2
    assert _dossier(at).get("oordeel_bedrijfsarts") == "gbm"
    assert at.selectbox(key="panel_oordeel_bedrijfsarts").value == "gbm"


def test_an_edit_in_the_dossier_is_used_by_the_next_answer(assistant: object) -> None:
    """Editing the first sick day to 3 februari 2025 moves the 42e-weeksmelding in the answer."""
    at = ask(case_app(assistant), "Mijn werknemer is ziek sinds 6 januari 2025.")
    at.text_input(key="panel_first_day").input("3 februari 2025").run()
    fact = _dossier(at).facts["ziekteperiodes"]
    assert fact.value == [["2025-02-03", None]]
    assert "aangepast in de app" in markdown_text(at)
    at = ask(at, "Wanneer moet de 42e-weeksmelding?")

    assert "24 november 2025" in at.chat_message[-1].markdown[0].value


def test_a_bad_date_in_the_dossier_keeps_the_text_and_says_why(assistant: object) -> None:
    """An impossible date stays in the field with a Dutch error; the dossier keeps the old day."""
    at = ask(case_app(assistant), "Mijn werknemer is ziek sinds 6 januari 2025.")
    at.text_input(key="panel_first_day").input("31 februari 2025").run()

    assert at.text_input(key="panel_first_day").value == "31 februari 2025"
    assert any("31 februari 2025" in e.value for e in at.error)
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", None]]


def test_verdict_card_only_for_a_checked_claim(assistant: object) -> None:
    """A myth gets a red 'Fabel' card; a plain deadline question gets no verdict card."""
    at = ask(case_app(assistant), "Klopt het dat spoor 2 pas begint na twee jaar ziekte?")
    assert any(e.value.startswith("**Fabel**") for e in at.error)

    at = ask(
        case_app(assistant), "Wanneer moet de 42e-weeksmelding bij ziekte sinds 6 januari 2025?"
    )
    assert not at.success
    assert not [w for w in at.warning if w.value.startswith("**Genuanceerd")]
    assert not [e for e in at.error if e.value.startswith("**Fabel")]


def test_sources_have_full_passage_and_copyable_answer(assistant: object) -> None:
    """Under the answer: the sources with their passage on demand and the text to copy."""
    at = ask(case_app(assistant), STORY)

    assert at.expander[0].label.startswith("Bronnen (")
    assert "[1]" in at.code[0].value
    assert at.code[0].value.startswith(at.chat_message[1].markdown[0].value[:40])


def test_too_long_message_keeps_its_text_and_is_not_repeated(assistant: object) -> None:
    """4010 characters: the text stays, the error says to cut 10; a next question has no error."""
    text = "Mijn werknemer is ziek. " + "a" * 3986
    at = ask(case_app(assistant), text)

    assert "Haal er 10 tekens af" in at.error[0].value
    assert at.text_area(key="chat_draft").value == text
    assert len(at.chat_message) == 0
    at = ask(at, "Wanneer moet de 42e-weeksmelding bij ziekte sinds 6 januari 2025?")
    assert not [e for e in at.error if "tekens" in e.value]
    assert len(at.chat_message) == 2


def test_nieuwe_casus_clears_chat_and_dossier(assistant: object) -> None:
    """The 'Nieuwe casus' button forgets the conversation and every fact."""
    at = ask(case_app(assistant), STORY)
    next(b for b in at.button if b.label == "Nieuwe casus").click().run()

    assert len(at.chat_message) == 0
    assert "case_dossier" not in at.session_state
    assert any("Nog geen eerste ziektedag" in i.value for i in at.info)
    assert at.text_input(key="panel_first_day").value == ""


def test_chat_and_termijnen_share_the_dossier(assistant: object) -> None:
    """A first sick day told in the chat fills the Termijnen form, and a submitted form the chat."""
    at = ask(case_app(assistant), "Mijn werknemer is ziek sinds 6 januari 2025.")
    at.session_state["test_page"] = "termijnen"
    at.run()
    assert at.text_input(key="first_day").value == "6 januari 2025"
    assert at.table  # the milestones show without pressing the button

    at.text_input(key="first_day").input("3 februari 2025")
    at.button[0].click().run()
    at.session_state["test_page"] = "vraag"
    at.run()

    assert at.text_input(key="panel_first_day").value == "3 februari 2025"
    assert "aangepast in de app" in markdown_text(at)
    at.session_state["test_page"] = "termijnen"
    at.run()
    assert at.text_input(key="first_day").value == "3 februari 2025"  # kept across the switch
    assert at.table


def test_the_real_app_starts_on_the_chat_with_navigation() -> None:
    """app.py opens on 'Vraag' with the disclaimer and no exception."""
    at = AppTest.from_file(APP, default_timeout=300).run()

    assert not at.exception
    assert at.title[0].value == "Vraag het Spoorwijzer"
    assert "Geen juridisch advies" in at.caption[0].value


def _written_since(root: Path, start_ns: int) -> list[Path]:
    """Files under `root` changed since `start_ns` (the repository's tools' folders left out)."""
    skip = {".venv", ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache", "test-artifacts"}
    found = []
    for path in root.rglob("*"):
        if skip & set(path.relative_to(root).parts) or not path.is_file():
            continue
        if path.stat().st_mtime_ns >= start_ns:
            found.append(path)
    return found


def test_nothing_about_the_case_is_logged_or_written(
    assistant: object, caplog: object, tmp_path: Path
) -> None:
    """A story, an edit in the dossier and a second employee leave no trace in the logs (any
    level), the index folder, the data dir or the repository."""
    import logging
    import os
    import time

    marker = "Zwanenburgstraat"
    caplog.set_level(logging.DEBUG)  # type: ignore[attr-defined]
    location = Path(str(assistant.store.location).removeprefix("lokale index "))  # type: ignore[attr-defined]
    before = {p: p.stat().st_mtime_ns for p in location.rglob("*") if p.is_file()}
    assert before  # the index folder is real and holds files
    start = time.time_ns()
    at = ask(case_app(assistant), f"Mijn werknemer van de {marker} is ziek sinds 6 januari 2025.")
    at.number_input(key="fact_verlenging_weken").set_value(13).run()
    at = ask(at, f"Nog een andere medewerker, ook van de {marker}, is ziek sinds 3 maart 2025.")
    at.button(key="other_same_case").click().run()

    assert not at.exception
    assert marker not in caplog.text  # type: ignore[attr-defined]
    for path in location.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes()
    assert {p: p.stat().st_mtime_ns for p in location.rglob("*") if p.is_file()} == before
    data_dir = Path(os.environ["SPOORWIJZER_DATA_DIR"])
    root = Path(__file__).resolve().parents[2]
    for path in [*_written_since(data_dir, start), *_written_since(root, start)]:
        assert marker.encode() not in path.read_bytes(), path


def test_thumbs_are_kept_in_the_session_for_the_quality_page(assistant: object) -> None:
    """A 👍 on an answer is stored in the session with the question, not anywhere else."""
    at = ask(case_app(assistant), STORY)
    at.get("feedback")[0].set_value(1).run()
    (rating,) = at.session_state["answer_feedback"].values()

    assert rating["rating"] == "goed"
    assert rating["question"] == STORY


OTHER = (
    "En dan nog een andere medewerker: die is ziek sinds 3 maart 2025 en de bedrijfsarts zegt "
    "dat zij geen benutbare mogelijkheden heeft. Wanneer moet de 42e-weeksmelding?"
)


def test_a_message_about_another_employee_asks_and_can_start_a_new_case(assistant: object) -> None:
    """The case stays as it was; 'Nieuwe casus voor deze medewerker' reads the message anew."""
    at = ask(case_app(assistant), "Mijn werknemer is ziek sinds 6 januari 2025.")
    at = ask(at, OTHER)

    assert not at.exception
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", None]]
    assert _dossier(at).get("oordeel_bedrijfsarts") is None
    labels = [b.label for b in at.button]
    assert "Nieuwe casus voor deze medewerker" in labels
    assert "Hoort bij deze casus" in labels
    assert not [b for b in at.button if b.key and b.key.startswith("follow_")]  # first the choice
    at.button(key="other_new_case").click().run()

    assert not at.exception
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[0].markdown[0].value == OTHER
    assert _dossier(at).get("ziekteperiodes") == [["2025-03-03", None]]
    assert _dossier(at).get("oordeel_bedrijfsarts") == "gbm"
    assert at.text_input(key="panel_first_day").value == "3 maart 2025"
    assert "Hoort bij deze casus" not in [b.label for b in at.button]


def test_a_message_about_another_employee_can_belong_to_this_case(assistant: object) -> None:
    """'Hoort bij deze casus' adds the message's facts to the dossier, with their provenance."""
    at = ask(case_app(assistant), "Mijn werknemer is ziek sinds 6 januari 2025.")
    at = ask(
        at,
        "Nog een andere medewerker? Nee, de bedrijfsarts zegt dat hij geen benutbare "
        "mogelijkheden heeft.",
    )
    assert _dossier(at).get("oordeel_bedrijfsarts") is None
    at.button(key="other_same_case").click().run()

    assert not at.exception
    assert len(at.chat_message) == 4  # the conversation is kept
    assert _dossier(at).get("oordeel_bedrijfsarts") == "gbm"
    assert _dossier(at).get("ziekteperiodes") == [["2025-01-06", None]]
    assert at.selectbox(key="panel_oordeel_bedrijfsarts").value == "gbm"
    assert "De gegevens uit dit bericht staan nu in het dossier." in at.success[0].value
    assert "Hoort bij deze casus" not in [b.label for b in at.button]


def test_a_plain_next_message_asks_nothing_about_another_employee(assistant: object) -> None:
    """Without 'andere medewerker' in the message no choice is shown (the check can fail)."""
    at = ask(case_app(assistant), "Mijn werknemer is ziek sinds 6 januari 2025.")
    at = ask(at, "De bedrijfsarts zegt dat hij geen benutbare mogelijkheden heeft.")

    assert "Hoort bij deze casus" not in [b.label for b in at.button]
    assert _dossier(at).get("oordeel_bedrijfsarts") == "gbm"


def _leave_warnings(at: AppTest) -> list[str]:
    return [str(h.proto.body) for h in at.get("html") if "onbeforeunload" in h.proto.body]


def test_a_reload_warning_is_armed_only_while_there_is_a_conversation(assistant: object) -> None:
    """The page sets a beforeunload prompt once a message is sent, and drops it for a new case."""
    at = case_app(assistant)
    assert ["window.onbeforeunload = null;" in b for b in _leave_warnings(at)] == [True]
    at = ask(at, STORY)

    (armed,) = _leave_warnings(at)
    assert "window.onbeforeunload = function (event) { event.preventDefault();" in armed
    next(b for b in at.button if b.label == "Nieuwe casus").click().run()
    assert ["window.onbeforeunload = null;" in b for b in _leave_warnings(at)] == [True]


def test_the_case_column_has_timeline_and_downloads_that_keep_the_chat(assistant: object) -> None:
    """Beside the chat: the Altair timeline and the three downloads; a download keeps the chat."""
    at = ask(case_app(assistant), STORY)
    charts = at.get("vega_lite_chart")
    downloads = at.get("download_button")

    assert len(charts) == 1
    assert "vandaag" in str(charts[0].proto)
    assert [d.label for d in downloads] == [
        "Agenda (.ics)",
        "Tabel (.csv)",
        "Samenvatting (.html)",
    ]
    downloads[0].click().run()
    assert len(at.chat_message) == 2
    assert len(at.get("download_button")) == 3


def test_the_real_app_shows_a_menu_with_words_for_every_page() -> None:
    """app.py renders one labelled link per page (a phone shows words, not an icon)."""
    at = AppTest.from_file(APP, default_timeout=300).run()
    links = [str(link.proto.label) for link in at.get("page_link")]

    assert links == ["Vraag", "Termijnen", "Bronnen", "Feit of fabel", "Kwaliteit"]
