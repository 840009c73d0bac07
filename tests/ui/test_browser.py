"""The real app in Debian's headless chromium, driven by Playwright against `streamlit run`.

Dates in the story are relative to the real today (the server's clock), so the same steps
hold on any day. Screenshots go to test-artifacts/ (not committed); with
UPDATE_README_SCREENSHOT=1 the chat screenshot also replaces docs/screenshot-chat.png.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect, sync_playwright

from spoorwijzer.clock import today_in
from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines
from spoorwijzer.language.dutch_dates import format_date, format_date_long
from tests.ingest.pdf_factory import write_pdf
from tests.local_servers import streamlit_server

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANSWER_WAIT = 180_000
MARKER = "Zwanenburgstraat"  # a word of the case that occurs nowhere in the knowledge
PLACEHOLDER = "Stel je vraag over spoor 2 of de Poortwachter-termijnen"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.enable_socket,
    pytest.mark.allow_hosts(["127.0.0.1"]),
]


@pytest.fixture(scope="module")
def server_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the app server's own output (its log) goes."""
    return tmp_path_factory.mktemp("server-log") / "streamlit.log"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's data dir (its index) for this module."""
    return tmp_path_factory.mktemp("browser-data")


@pytest.fixture(scope="module")
def app_url(data_dir: Path, server_log: Path) -> Iterator[str]:
    """A real `streamlit run app.py` on a free loopback port over a built index; stopped after."""
    from click.testing import CliRunner

    from spoorwijzer.cli import cli
    from spoorwijzer.config import get_settings

    old = os.environ.get("SPOORWIJZER_DATA_DIR")
    os.environ["SPOORWIJZER_DATA_DIR"] = str(data_dir)
    get_settings.cache_clear()
    try:
        assert CliRunner().invoke(cli, ["ingest"]).exit_code == 0  # same data dir as the server
        with streamlit_server(ROOT / "app.py", log=server_log) as url:
            yield url
    finally:
        if old is None:
            os.environ.pop("SPOORWIJZER_DATA_DIR", None)
        else:
            os.environ["SPOORWIJZER_DATA_DIR"] = old
        get_settings.cache_clear()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless, with no background network."""
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()


def _today() -> date:
    return today_in("Europe/Amsterdam")


def _ask(page: Page, text: str) -> None:
    box = page.get_by_placeholder(PLACEHOLDER)
    box.fill(text)
    box.press("Enter")


def _no_horizontal_overflow(page: Page) -> bool:
    return bool(
        page.evaluate(
            "() => [document.documentElement, ...document.querySelectorAll("
            '\'[data-testid="stMain"], [data-testid="stAppViewContainer"]\')]'
            ".every(e => e.scrollWidth <= e.clientWidth + 1)"
        )
    )


def _check_calendar(ics: bytes, label: str) -> None:
    """Parsed back: future events only, each named with the label and with two reminders."""
    events = list(Calendar.from_ical(ics).walk("VEVENT"))
    assert events
    assert all(e.decoded("dtstart") >= _today() for e in events)
    assert all(str(e["summary"]).startswith(f"{label}: ") for e in events)
    assert all(len(e.walk("VALARM")) == 2 for e in events)


def _reload_asks_first(page: Page) -> None:
    """A reload with a conversation raises the browser's beforeunload prompt; stay."""
    with page.expect_event("dialog") as leaving:
        page.evaluate("() => { setTimeout(() => location.reload(), 0); }")
    assert leaving.value.type == "beforeunload"
    leaving.value.dismiss()


def _nothing_of_the_case_kept(log_file: Path, data_dir: Path, words: tuple[str, ...]) -> None:
    """The server's log holds none of the words of the case, its data dir not the marker."""
    log = log_file.read_text(encoding="utf-8", errors="replace")
    assert not [w for w in words if w in log]
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path


def test_story_dossier_nu_follow_up_edit_and_ics(
    app_url: str, browser: Browser, server_log: Path, data_dir: Path
) -> None:
    """Story -> first sick day in the dossier -> passed melding in Nu -> a follow-up click fills
    the dossier -> an edit is used by the next answer -> Termijnen downloads an .ics and keeps
    its table -> a reload asks first (beforeunload); nothing of the case in the server's log or
    data dir."""
    first_day = _today() - timedelta(days=300)  # the 42e-weeksmelding (day 295) has passed
    page = browser.new_page(viewport={"width": 1400, "height": 1500})
    page.goto(app_url, timeout=60_000)
    _ask(
        page,
        f"Mijn werknemer van de {MARKER} is sinds {format_date(first_day)} ziek. De bedrijfsarts "
        "zegt dat hij zijn eigen werk niet meer kan doen. Moet ik al met spoor 2 beginnen?",
    )
    panel = page.locator(".st-key-case_panel")

    expect(page.locator('[data-testid="stChatMessage"]').first).to_contain_text("sinds")
    expect(panel.get_by_text("Nu: week 43 van 104")).to_be_visible(timeout=ANSWER_WAIT)
    expect(panel.get_by_role("textbox", name="Eerste ziektedag", exact=True)).to_have_value(
        format_date(first_day)
    )
    expect(panel).to_contain_text("42e-weeksmelding bij UWV uiterlijk verstreken op")
    expect(panel).to_contain_text("uit uw bericht van")
    expect(panel.get_by_role("combobox", name="Oordeel bedrijfsarts")).to_have_value(
        "eigen werk niet meer"
    )
    assert page.evaluate("typeof window.onbeforeunload") == "function"  # warns before a reload

    page.get_by_role("button", name="Ja, er is geen passend werk in onze organisatie").click()
    expect(page.locator('[data-testid="stChatMessage"]')).to_have_count(4, timeout=ANSWER_WAIT)
    expect(
        panel.get_by_role("combobox", name="Passend werk in de eigen organisatie")
    ).to_have_value("nee", timeout=ANSWER_WAIT)
    page.wait_for_timeout(1500)  # let the chart draw before the picture
    page.screenshot(path=str(ARTIFACTS / "chat-dossier.png"))
    if os.environ.get("UPDATE_README_SCREENSHOT"):
        page.screenshot(path=str(ROOT / "docs" / "screenshot-chat.png"))

    new_day = _today() - timedelta(days=100)
    field = panel.get_by_role("textbox", name="Eerste ziektedag", exact=True)
    field.fill(format_date(new_day))
    field.press("Enter")
    expect(panel).to_contain_text("aangepast in de app", timeout=30_000)
    _ask(page, "Wanneer moet de 42e-weeksmelding?")
    melding = compute_deadlines(CaseFacts(periods=(SickPeriod(new_day),)), today=_today()).get(
        "melding_42e_week_uiterlijk"
    )
    assert melding is not None
    expect(page.locator('[data-testid="stChatMessage"]').last).to_contain_text(
        format_date_long(melding.date), timeout=ANSWER_WAIT
    )

    page.get_by_role("link", name="Termijnen").click()
    form_day = page.get_by_role("textbox", name="Eerste ziektedag (van de huidige ziekteperiode)")
    expect(form_day).to_have_value(format_date(new_day), timeout=30_000)
    table = page.locator('[data-testid="stTable"]')
    expect(table).to_contain_text("42e-weeksmelding", timeout=30_000)
    page.get_by_role(
        "textbox", name="Casuslabel (voor agenda en samenvatting, geen naam nodig)"
    ).fill("Casus A")
    page.keyboard.press("Tab")
    expect(page.get_by_text("Agenda-items 'Casus A: 42e-weeksmelding …'")).to_be_visible(
        timeout=30_000
    )  # the page has rerun with the label: the .ics carries it
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Agenda (.ics)").click()
    ics = Path(download_info.value.path()).read_bytes()
    expect(table).to_contain_text("42e-weeksmelding")  # the download kept the page
    page.screenshot(path=str(ARTIFACTS / "termijnen-na-download.png"), full_page=True)

    _check_calendar(ics, "Casus A")

    _reload_asks_first(page)
    expect(table).to_contain_text("42e-weeksmelding")  # stayed: the page is still there
    page.close()
    _nothing_of_the_case_kept(
        server_log, data_dir, (MARKER, format_date(first_day), format_date(new_day))
    )


def test_phone_shows_the_menu_and_no_horizontal_overflow(app_url: str, browser: Browser) -> None:
    """At 390x844 the menu has words, the Termijnen table fits the screen, and so does the chat
    with its dossier panel; without a conversation, a reload asks nothing."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(app_url + "termijnen", timeout=60_000)
    for label in ("Vraag", "Termijnen", "Bronnen", "Feit of fabel", "Kwaliteit"):
        expect(page.get_by_role("link", name=label)).to_be_visible(timeout=30_000)
    page.get_by_role("textbox", name="Eerste ziektedag (van de huidige ziekteperiode)").fill(
        format_date(_today() - timedelta(days=300))
    )
    page.get_by_role("button", name="Bereken termijnen").click()
    expect(page.locator('[data-testid="stTable"]')).to_contain_text(
        "Einde wachttijd", timeout=30_000
    )
    page.wait_for_timeout(1000)
    page.screenshot(path=str(ARTIFACTS / "telefoon-termijnen.png"), full_page=True)
    assert _no_horizontal_overflow(page)

    page.get_by_role("link", name="Vraag").click()
    expect(page.get_by_text("Alle gegevens bewerken")).to_be_visible(timeout=30_000)
    page.get_by_text("Alle gegevens bewerken").click()  # the editor's rows must fit as well
    expect(page.get_by_text("Periode toevoegen")).to_be_visible(timeout=30_000)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(ARTIFACTS / "telefoon-vraag.png"), full_page=True)
    assert _no_horizontal_overflow(page)

    prompts: list[str] = []  # no conversation: a reload asks nothing
    page.on("dialog", lambda dialog: (prompts.append(dialog.type), dialog.accept()))
    page.reload()
    expect(page.get_by_role("link", name="Vraag")).to_be_visible(timeout=30_000)
    assert prompts == []
    page.close()


def test_bronnen_page_adds_a_generated_pdf(app_url: str, browser: Browser, tmp_path: Path) -> None:
    """A PDF made by the test is uploaded with a title and added to the index."""
    pdf = write_pdf(
        tmp_path / "werkwijzer.pdf",
        [["Spoor 2 betekent zoeken naar passend werk bij een andere werkgever."] * 8],
    )
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    page.goto(app_url + "bronnen", timeout=60_000)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(pdf))
    page.get_by_role("textbox", name="Titel").fill("Eigen werkwijzer")
    page.get_by_role("button", name="Toevoegen aan de index").click()

    expect(page.get_by_text("'Eigen werkwijzer' is toegevoegd")).to_be_visible(timeout=ANSWER_WAIT)
    page.screenshot(path=str(ARTIFACTS / "bronnen.png"), full_page=True)
    page.close()


def _type_date(page: Page, label: str, day: date) -> None:
    """Type a date into a Streamlit date field (segments day, month, year), then leave it."""
    page.get_by_role("spinbutton", name=f"day, {label}").click()
    page.keyboard.type(day.strftime("%d%m%Y"))
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Dossier").click()  # leave the field: Streamlit reruns


def test_a_date_field_of_the_dossier_editor_checks_and_stores(
    app_url: str, browser: Browser
) -> None:
    """In 'Alle gegevens bewerken' a date typed before the first sick day gets a Dutch error at
    the field; a right one is stored as 'aangepast in de app'."""
    first_day = _today() - timedelta(days=200)
    page = browser.new_page(viewport={"width": 1400, "height": 1500})
    page.goto(app_url, timeout=60_000)
    panel = page.locator(".st-key-case_panel")
    field = panel.get_by_role("textbox", name="Eerste ziektedag", exact=True)
    field.fill(format_date(first_day))
    field.press("Enter")
    expect(panel).to_contain_text("aangepast in de app", timeout=30_000)
    panel.get_by_text("Alle gegevens bewerken").click()
    label = "Probleemanalyse gemaakt op"

    _type_date(page, label, first_day - timedelta(days=3))
    expect(panel).to_contain_text("ligt vóór de eerste ziektedag", timeout=30_000)
    expect(panel).not_to_contain_text(f"{label}:")

    _type_date(page, label, first_day + timedelta(days=40))
    expect(panel).to_contain_text(
        f"{label}: {format_date(first_day + timedelta(days=40))}", timeout=30_000
    )
    expect(panel).not_to_contain_text("ligt vóór de eerste ziektedag")
    panel.get_by_role("spinbutton", name=f"day, {label}").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "dossier-bewerken.png"))
    page.close()
