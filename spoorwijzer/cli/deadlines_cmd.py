"""`spoorwijzer deadlines`: every Poortwachter milestone from the first sick day.

A wiring point: parses Dutch dates and periods, calls the calculator, prints a table, JSON or
writes an .ics file.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import click

from spoorwijzer.cli.errors import UserInputError
from spoorwijzer.clock import today_in
from spoorwijzer.config import get_settings
from spoorwijzer.deadlines import (
    CaseFacts,
    DeadlineInputError,
    DeadlineReport,
    Leave,
    SickPeriod,
    compute_deadlines,
    parse_sick_period,
)
from spoorwijzer.deadlines.serialize import report_to_dict
from spoorwijzer.exports.calendar import build_calendar
from spoorwijzer.language.dutch_dates import (
    DateInputError,
    format_date_short,
    parse_dutch_date,
)

DISCLAIMER = "Berekend door Spoorwijzer. Geen juridisch advies."
LAPSED = "vervalt (einde dienstverband)"
AOW_HELP = (
    "Datum waarop de werknemer AOW-gerechtigd wordt. AOW-leeftijd: 67 jaar (tot en met 2027), "
    "67 jaar en 3 maanden (2028-2031)."
)


def _parse_date(text: str | None) -> date | None:
    return None if text is None else parse_dutch_date(text)


def parse_period(text: str) -> SickPeriod:
    """Parse 'VAN:TOT' into a sick period; 'VAN:' or one date alone = still ongoing.

    Raises:
        DateInputError: A date cannot be read or does not exist.
    """
    return parse_sick_period(text)


def _parse_leave(text: str, *, same_cause: bool) -> Leave:
    period = parse_period(text)
    if period.last_day is None:
        raise DateInputError("Geef bij --verlof ook de laatste verlofdag op (VAN:TOT).")
    return Leave(period.first_day, period.last_day, same_cause=same_cause)


def render_report_text(report: DeadlineReport) -> str:
    """Return the report as a readable Dutch table with notes."""
    rows = [("Mijlpaal", "Datum", "Soort", "Status")]
    rows += [
        (m.label, format_date_short(m.date), str(m.kind), LAPSED if m.lapsed else str(m.status))
        for m in report.milestones
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        f"Poortwachter-termijnen, eerste ziektedag {format_date_short(report.eerste_ziektedag)} "
        f"(vandaag: {format_date_short(report.today)})",
        "",
    ]
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    lines += ["", "Grondslag en toelichting:"]
    for m in report.milestones:
        lines.append(f"- {m.label}: {m.basis}.")
        if m.note:
            lines.append(f"  {m.note}")
    lines += ["", "Telling:"]
    lines += [f"- {step.explanation}" for step in report.counting]
    lines += ["", "Let op:"]
    lines += [f"- {note}" for note in report.notes]
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


@click.command(name="deadlines")
@click.argument("eerste_ziektedag", required=False)
@click.option(
    "--periode",
    "periodes",
    multiple=True,
    metavar="VAN:TOT",
    help="Ziekteperiode VAN:TOT; laat TOT leeg (VAN: of alleen VAN) als de periode nog loopt. "
    "Herhaalbaar.",
)
@click.option(
    "--verlof",
    metavar="VAN:TOT",
    help="Zwangerschaps- en bevallingsverlof tussen twee ziekteperiodes.",
)
@click.option(
    "--verlof-andere-oorzaak",
    is_flag=True,
    help="De ziekte na het verlof heeft een andere oorzaak (geen samentelling).",
)
@click.option(
    "--verlenging-weken",
    type=int,
    default=0,
    show_default=True,
    help="Vrijwillige verlenging van de loondoorbetaling (art. 24 WIA), in weken.",
)
@click.option(
    "--loonsanctie-weken",
    type=int,
    default=0,
    show_default=True,
    help="Loonsanctie van UWV (art. 25 lid 9 WIA), in weken.",
)
@click.option(
    "--loonsanctie-besluit",
    metavar="DATUM",
    help="Datum van het besluit van UWV over de loonsanctie (art. 25 lid 10-14 WIA).",
)
@click.option(
    "--herstel-gemeld",
    metavar="DATUM",
    help="Datum waarop de werkgever het herstel van de tekortkoming bij UWV meldde (bekorting).",
)
@click.option(
    "--herstel-vastgesteld",
    metavar="DATUM",
    help="Datum waarop UWV vaststelde dat de tekortkoming is hersteld (bekorting).",
)
@click.option("--probleemanalyse", metavar="DATUM", help="Datum van de probleemanalyse.")
@click.option(
    "--eerstejaarsevaluatie",
    metavar="DATUM",
    help="Datum waarop de eerstejaarsevaluatie is gehouden.",
)
@click.option(
    "--uwv-brief", metavar="DATUM", help="Datum waarop de werknemer de WIA-brief van UWV ontving."
)
@click.option("--wia-aangevraagd", metavar="DATUM", help="Datum waarop de WIA is aangevraagd.")
@click.option("--iva-aanvraag", metavar="DATUM", help="Datum van de aanvraag vervroegde IVA.")
@click.option(
    "--melding-42e-gedaan",
    metavar="DATUM",
    help="Datum waarop de werkgever de 42e-weeksmelding deed (art. 38 ZW; art. 64 lid 6 WIA).",
)
@click.option("--aow-datum", metavar="DATUM", help=AOW_HELP)
@click.option("--einde-dienstverband", metavar="DATUM", help="Laatste dag van het dienstverband.")
@click.option(
    "--eigenrisicodrager-zw",
    is_flag=True,
    help="De werkgever is eigenrisicodrager voor de Ziektewet (termijnen vervallen niet bij "
    "einde dienstverband).",
)
@click.option("--vandaag", metavar="DATUM", help="Rekenen alsof het vandaag deze datum is.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.option(
    "--ics",
    "ics_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Schrijf de termijnen als iCalendar-bestand (.ics) voor de agenda.",
)
def deadlines(  # noqa: PLR0913, PLR0917 - click passes one argument per documented option
    eerste_ziektedag: str | None,
    periodes: tuple[str, ...],
    verlof: str | None,
    verlof_andere_oorzaak: bool,
    verlenging_weken: int,
    loonsanctie_weken: int,
    loonsanctie_besluit: str | None,
    herstel_gemeld: str | None,
    herstel_vastgesteld: str | None,
    probleemanalyse: str | None,
    eerstejaarsevaluatie: str | None,
    uwv_brief: str | None,
    wia_aangevraagd: str | None,
    iva_aanvraag: str | None,
    melding_42e_gedaan: str | None,
    aow_datum: str | None,
    einde_dienstverband: str | None,
    eigenrisicodrager_zw: bool,
    vandaag: str | None,
    as_json: bool,
    ics_path: Path | None,
) -> None:
    """Bereken alle Poortwachter-termijnen vanaf de eerste ziektedag.

    EERSTE_ZIEKTEDAG is één doorlopende ziekteperiode; gebruik --periode voor onderbroken
    verzuim (--periode DATUM zonder dubbele punt is een periode die nog loopt). Datums:
    2025-01-06, 06-01-2025 of 6 januari 2025.
    """
    try:
        periods = [parse_period(text) for text in periodes]
        if eerste_ziektedag is not None:
            periods.append(SickPeriod(parse_dutch_date(eerste_ziektedag)))
        if not periods:
            raise DeadlineInputError(
                "Geef de eerste ziektedag op, bijvoorbeeld: spoorwijzer deadlines 2025-01-06"
            )
        facts = CaseFacts(
            periods=tuple(periods),
            leave=_parse_leave(verlof, same_cause=not verlof_andere_oorzaak) if verlof else None,
            verlenging_weken=verlenging_weken,
            loonsanctie_weken=loonsanctie_weken,
            probleemanalyse=_parse_date(probleemanalyse),
            eerstejaarsevaluatie=_parse_date(eerstejaarsevaluatie),
            uwv_brief=_parse_date(uwv_brief),
            wia_aangevraagd=_parse_date(wia_aangevraagd),
            iva_aanvraag=_parse_date(iva_aanvraag),
            aow_datum=_parse_date(aow_datum),
            einde_dienstverband=_parse_date(einde_dienstverband),
            melding_42e_gedaan=_parse_date(melding_42e_gedaan),
            loonsanctie_besluit=_parse_date(loonsanctie_besluit),
            herstel_gemeld=_parse_date(herstel_gemeld),
            herstel_vastgesteld=_parse_date(herstel_vastgesteld),
            eigenrisicodrager_zw=eigenrisicodrager_zw,
        )
        today = _parse_date(vandaag) or today_in(get_settings().timezone)
        report = compute_deadlines(facts, today=today)
    except (DateInputError, DeadlineInputError) as error:
        raise UserInputError(str(error)) from None
    if ics_path is not None:
        try:
            ics_path.write_bytes(
                build_calendar(report, created=datetime.now(UTC), include_past=True)
            )
        except OSError as error:
            raise UserInputError(
                f"Kan het agendabestand '{ics_path}' niet schrijven: {error.strerror}."
            ) from None
    if as_json:
        click.echo(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2))
    else:
        click.echo(render_report_text(report))
        if ics_path is not None:
            click.echo(f"\nAgendabestand geschreven: {ics_path}")
