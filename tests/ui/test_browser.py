"""The real page in Debian's headless chromium, driven by Playwright against `streamlit run`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.local_servers import streamlit_server

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.enable_socket,
    pytest.mark.allow_hosts(["127.0.0.1"]),
]


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    """A real `streamlit run app.py` on a free loopback port over a built index; stopped after."""
    from click.testing import CliRunner

    from spoorwijzer.cli import cli

    assert CliRunner().invoke(cli, ["ingest"]).exit_code == 0  # same data dir as the server
    with streamlit_server(ROOT / "app.py") as url:
        yield url


def test_deadline_page_in_real_browser(app_url: str, tmp_path: Path) -> None:
    """A user submits a first sick day and sees the milestones; a bad date shows an error."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1600})
            page.goto(app_url + "termijnen", timeout=60_000)
            field = page.get_by_role(
                "textbox", name="Eerste ziektedag (van de huidige ziekteperiode)"
            )
            field.fill("6 januari 2025")
            page.get_by_role("button", name="Bereken termijnen").click()
            table = page.locator("table")

            expect(
                page.get_by_text("Termijnen vanaf eerste ziektedag maandag 6 januari 2025")
            ).to_be_visible(timeout=30_000)
            expect(table).to_contain_text("ma 27-10-2025")
            expect(table).to_contain_text("zo 03-01-2027")
            page.screenshot(path=str(tmp_path / "termijnen.png"), full_page=True)

            field.fill("31 februari 2025")
            page.get_by_role("button", name="Bereken termijnen").click()

            expect(page.get_by_text("De datum '31 februari 2025' bestaat niet.")).to_be_visible(
                timeout=30_000
            )
            expect(field).to_have_value("31 februari 2025")
        finally:
            browser.close()


def test_chat_page_in_real_browser(app_url: str, tmp_path: Path) -> None:
    """A user asks a question in the chat and sees the answer with its sources."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            page.goto(app_url, timeout=60_000)
            box = page.get_by_placeholder("Stel je vraag over spoor 2 of de Poortwachter-termijnen")
            box.fill("Klopt het dat spoor 2 pas begint als iemand twee jaar ziek is?")
            box.press("Enter")
            messages = page.locator('[data-testid="stChatMessage"]')

            expect(messages).to_have_count(2, timeout=90_000)
            expect(messages.nth(1)).to_contain_text("Fabel.", timeout=90_000)
            expect(page.get_by_text("Bronnen (", exact=False)).to_be_visible()
            page.screenshot(path=str(tmp_path / "vraag.png"), full_page=True)
        finally:
            browser.close()
