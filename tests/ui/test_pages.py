"""The Bronnen, Feit of fabel and Kwaliteit pages under Streamlit's AppTest (real parts)."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.ingest.pdf_factory import write_pdf


def _sources_script() -> None:
    from pathlib import Path as FilePath

    from ingest.runner import run_ingest
    from spoorwijzer.config import get_settings
    from spoorwijzer.knowledge import SourceKind
    from spoorwijzer.ui import sources_page

    def ingest(path: FilePath, kind: SourceKind, title: str, publisher: str) -> object:
        return run_ingest(get_settings(), [path], kind=kind, title=title, publisher=publisher)

    sources_page.render(get_settings(), ingest)  # type: ignore[arg-type]


def _claims_script(assistant: object) -> None:
    import datetime as dt

    from spoorwijzer.config import get_settings
    from spoorwijzer.ui import claims_page

    claims_page.render(get_settings(), lambda: assistant, lambda: dt.date(2025, 11, 23))  # type: ignore[arg-type,return-value]


def _quality_script(report: str) -> None:
    from datetime import date
    from pathlib import Path as ReportPath

    import streamlit as st

    from spoorwijzer.ui import quality_page

    st.session_state.setdefault(
        "answer_feedback",
        {"a1": {"question": "Wanneer?", "answer": "Op 27 oktober.", "rating": "goed"}},
    )
    quality_page.render(ReportPath(report), peildatum=date(2025, 11, 1))


def test_sources_page_lists_every_source_with_tier_and_known_errors() -> None:
    """Each source of sources.yaml shows publisher, kind and tier; known errors are warned."""
    at = AppTest.from_function(_sources_script, default_timeout=60).run()
    text = "\n".join(m.value for m in at.markdown)

    assert not at.exception
    assert "De Poortwachter-tijdlijn in twee ziektejaren" in text
    assert "tier 1: wet" in text
    assert any(w.value.startswith("Bekende fout") for w in at.warning)


def test_upload_adds_a_generated_pdf_to_the_index(tmp_path: Path) -> None:
    """A generated PDF with a title is ingested by the real pipeline and reported in Dutch."""
    pdf = write_pdf(
        tmp_path / "werkwijzer.pdf",
        [["Spoor 2 betekent zoeken naar passend werk bij een andere werkgever."] * 8],
    )
    at = AppTest.from_function(_sources_script, default_timeout=300).run()
    at.file_uploader(key="upload_file").set_value(
        ("werkwijzer.pdf", pdf.read_bytes(), "application/pdf")
    )
    at.text_input(key="upload_title").input("Eigen werkwijzer")
    at.button[0].click().run()

    assert not at.exception
    assert "'Eigen werkwijzer' is toegevoegd" in at.success[0].value


def test_upload_of_a_broken_pdf_shows_the_ingest_error() -> None:
    """A file that is no PDF gives the pipeline's Dutch error, no traceback."""
    at = AppTest.from_function(_sources_script, default_timeout=300).run()
    at.file_uploader(key="upload_file").set_value(("kapot.pdf", b"geen pdf", "application/pdf"))
    at.text_input(key="upload_title").input("Kapot")
    at.button[0].click().run()

    assert not at.exception
    assert at.error[0].value.startswith("Fout bij kapot.pdf: ")


def test_claims_page_searches_and_checks_a_statement(assistant: object) -> None:
    """Searching 'boete' narrows the list; checking a myth gives a red 'Fabel' card."""
    at = AppTest.from_function(_claims_script, default_timeout=120, args=(assistant,)).run()
    total = at.caption[0].value
    at.text_input(key="claim_search").input("42e-weeksmelding").run()

    assert at.caption[0].value != total
    assert all("42e-weeksmelding" in a.value.lower() for a in [*at.success, *at.error, *at.warning])
    at.text_input(key="claim_statement").input("spoor 2 pas begint na twee jaar ziekte")
    at.button[0].click().run()
    assert at.error[0].value.startswith("**Fabel**")


def test_quality_page_without_report_hints_make_eval(tmp_path: Path) -> None:
    """No rapport.json: a Dutch hint to run `make eval`; the version and JSONL download show."""
    at = AppTest.from_function(
        _quality_script, args=(str(tmp_path / "rapport.json"),), default_timeout=30
    ).run()

    assert "make eval" in at.info[0].value
    assert at.caption[0].value.startswith("Spoorwijzer versie ")
    assert at.get("download_button")[0].label == "Download als JSONL"


def _case(case_id: str, kind: str, failures: list[str], **scores: object) -> dict[str, object]:
    return {
        "id": case_id,
        "kind": kind,
        "question": f"Vraag van {case_id}?",
        "turns": [f"Vraag van {case_id}?"],
        "answer": {"answer": f"Antwoord op {case_id}.", "refused": False},
        "scores": {"refusal_ok": True, "invented_dates": [], "forbidden_hits": [], **scores},
        "failures": failures,
    }


REPORT = {
    "summary": {"cases": 3, "passed_cases": 2},
    "cases": [
        _case(
            "t1",
            "termijn",
            ["datum ontbreekt: einde_wachttijd = 2027-01-03"],
            expected_dates=2,
            stated_dates=1,
        ),
        _case("t2", "termijn", [], expected_dates=1, stated_dates=1),
        _case("f1", "fabel", [], verdict_expected="fabel", verdict_given="fabel"),
    ],
}


def _quality_app(tmp_path: Path) -> AppTest:
    path = tmp_path / "rapport.json"
    path.write_text(json.dumps(REPORT), encoding="utf-8")
    return AppTest.from_function(_quality_script, args=(str(path),), default_timeout=30).run()


def test_quality_page_shows_version_peildatum_metrics_and_kinds(tmp_path: Path) -> None:
    """Version and the knowledge's peildatum on top; metrics and per-kind counts below."""
    at = _quality_app(tmp_path)

    assert not at.exception
    assert at.caption[0].value.startswith("Spoorwijzer versie ")
    assert "peildatum van de kennisbank: 1 november 2025" in at.caption[0].value
    assert list(at.table[0].value["metriek"]) == ["gevallen", "gevallen zonder fout"]
    assert list(at.table[1].value["soort"]) == ["fabel", "termijn"]


def test_quality_page_drills_down_into_every_case_passed_or_failed(tmp_path: Path) -> None:
    """Each case, passed or failed, shows question, answer and which metrics passed."""
    at = _quality_app(tmp_path)
    assert "3 van 3 gevallen" in [c.value for c in at.caption]
    at.selectbox(key="quality_case").set_value("t1").run()

    assert "**Vraag:** Vraag van t1?" in [m.value for m in at.markdown]
    assert "Antwoord op t1." in [m.value for m in at.markdown]
    checks = at.table[2].value
    row = checks[checks["metriek"] == "datums exact"].iloc[0]
    assert (row["uitkomst"], row["detail"]) == ("fout", "1 van 2")
    assert "datum ontbreekt: einde_wachttijd" in at.error[0].value
    at.selectbox(key="quality_case").set_value("f1").run()

    checks = at.table[2].value
    row = checks[checks["metriek"] == "oordelen juist"].iloc[0]
    assert row["uitkomst"] == "goed"
    assert at.success[0].value == "Geen fouten in dit geval."


def test_quality_page_filters_cases_by_kind_and_outcome(tmp_path: Path) -> None:
    """'termijn' + 'mislukt' leaves t1 only; 'fabel' + 'mislukt' leaves nothing."""
    at = _quality_app(tmp_path)
    at.selectbox(key="quality_kind").set_value("termijn").run()
    at.radio(key="quality_outcome").set_value("mislukt").run()

    assert "1 van 3 gevallen" in [c.value for c in at.caption]
    assert at.selectbox(key="quality_case").options[0].startswith("❌ t1 (termijn)")
    assert len(at.selectbox(key="quality_case").options) == 1
    at.radio(key="quality_outcome").set_value("geslaagd").run()
    assert at.selectbox(key="quality_case").options[0].startswith("✅ t2 (termijn)")
    at.selectbox(key="quality_kind").set_value("fabel").run()
    at.radio(key="quality_outcome").set_value("mislukt").run()

    assert "Geen gevallen met deze soort en uitkomst." in at.info[0].value


def test_the_knowledge_peildatum_is_the_latest_checked_on() -> None:
    """The Kwaliteit page and the chat's answers share one peildatum: the latest checked_on."""
    from datetime import date

    from spoorwijzer.config import get_settings
    from spoorwijzer.knowledge import knowledge_peildatum, load_sources

    sources = load_sources(get_settings().knowledge_dir)
    found = knowledge_peildatum(sources)

    assert found == max(s.checked_on for s in sources if s.checked_on is not None)
    assert knowledge_peildatum([s.model_copy(update={"checked_on": None}) for s in sources]) is None
    assert knowledge_peildatum(
        [sources[0].model_copy(update={"checked_on": date(2020, 1, 2)})]
    ) == (date(2020, 1, 2))
