"""The deadline calculator: case facts in, every Poortwachter milestone out.

Layer: pure. `today` is always a parameter; nothing here reads the clock. The rules and their
sources are in `rules.py`; adding up sick periods is in `counting.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spoorwijzer.deadlines import rules as r
from spoorwijzer.deadlines.counting import CountedPeriods, compute_counted_periods
from spoorwijzer.deadlines.model import (
    CaseFacts,
    DeadlineInputError,
    DeadlineReport,
    Kind,
    MilestoneDate,
    SickPeriod,
    Status,
)
from spoorwijzer.deadlines.workdays import (
    atw_non_working_reason,
    first_atw_werkdag_on_or_after,
    first_werkdag_on_or_after,
    last_werkdag_on_or_before,
    non_working_reason,
)
from spoorwijzer.language.dutch_dates import format_date, format_date_long

AOW_OLD_RULE_BEFORE = date(2023, 7, 1)  # 13 instead of 6 weeks for sickness from before this day

GENERAL_NOTES = (
    "Spoorwijzer telt in kalenderdagen vanaf de eerste ziektedag (dag 1); 104 weken is 728 dagen, "
    "niet twee kalenderjaren.",
    "Geen termijn schuift op voor een weekend of feestdag, ook de 42e-weeksmelding niet. Valt "
    "een termijn in een weekend of op een feestdag, dan wordt dat gemeld: handel dan uiterlijk "
    "op de werkdag ervoor. Alleen de 4 weken na een late WIA-brief van UWV lopen volgens de "
    "Algemene termijnenwet door tot de eerstvolgende werkdag.",
)
# Employer milestones that lapse when the employment ends first (amendment A8).
LAPSING_KEYS = (
    "melding_42e_week_uiterlijk",
    "eerstejaarsevaluatie_uiterlijk",
    "spoor2_uiterlijk_gestart",
    "uwv_wia_brief_circa",
    "reintegratieverslag_eindevaluatie_uiterlijk",
)


def compute_deadlines(facts: CaseFacts, *, today: date) -> DeadlineReport:
    """Compute every Poortwachter milestone for one case.

    Args:
        facts: Sick periods and the optional facts (leave, extensions, dates already known).
        today: The reference date for each milestone's status; never read from the clock here.

    Returns:
        The milestones in legal order, how the periods were counted, and notes for the user.

    Raises:
        DeadlineInputError: Impossible or contradictory facts, with a Dutch message.
    """
    _validate_numbers(facts)
    counted = compute_counted_periods(facts.periods, facts.leave)
    _validate_dates_after_start(facts, counted.eerste_ziektedag)
    _validate_loonsanctie_order(facts)
    builder = _ReportBuilder(today=today, counted=counted)
    builder.notes.extend(GENERAL_NOTES)
    _add_counting_notes(builder, facts)
    _add_first_year(builder, facts)
    _add_iva(builder, facts)
    _add_second_year(builder, facts)
    _add_contract_end(builder, facts)
    return builder.build()


@dataclass
class _ReportBuilder:
    today: date
    counted: CountedPeriods
    milestones: dict[str, MilestoneDate] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def day(self, number: int) -> date:
        return self.counted.date_of_counted_day(number)

    def add(
        self,
        key: str,
        when: date,
        *,
        note: str | None = None,
        basis: str | None = None,
        window: tuple[date, date] | None = None,
        counted_day: int | None = None,
        action: bool = True,
    ) -> None:
        rule = r.RULES_BY_KEY[key]
        reason = non_working_reason(when)
        if reason is not None and action:
            before = format_date_long(last_werkdag_on_or_before(when))
            warning = f"Valt op een {reason}: handel uiterlijk op de werkdag ervoor ({before})."
            note = f"{note} {warning}" if note else warning
        self.milestones[key] = MilestoneDate(
            key=key,
            date=when,
            label=rule.label,
            basis=basis or rule.basis,
            kind=rule.kind,
            status=self._status(when),
            window_start=window[0] if window else None,
            window_end=window[1] if window else None,
            non_working_day=reason,
            note=note,
            counted_day=counted_day,
        )

    def _status(self, when: date) -> Status:
        if when < self.today:
            return Status.VERSTREKEN
        if when <= self.today + timedelta(days=r.BINNENKORT_DAGEN):
            return Status.BINNEN_4_WEKEN
        return Status.LATER

    def build(self) -> DeadlineReport:
        ordered = tuple(self.milestones[k] for k in r.MILESTONE_ORDER if k in self.milestones)
        return DeadlineReport(
            eerste_ziektedag=self.counted.eerste_ziektedag,
            today=self.today,
            milestones=ordered,
            counting=self.counted.steps,
            notes=tuple(self.notes),
        )


def _validate_numbers(facts: CaseFacts) -> None:
    if facts.verlenging_weken < 0 or 0 < facts.verlenging_weken < r.VERLENGING_MINIMUM_WEKEN:
        raise DeadlineInputError(
            f"Een vrijwillige verlenging duurt minimaal {r.VERLENGING_MINIMUM_WEKEN} weken "
            f"(art. 24 WIA); {facts.verlenging_weken} weken kan niet."
        )
    if not 0 <= facts.loonsanctie_weken <= r.LOONSANCTIE_MAXIMUM_WEKEN:
        raise DeadlineInputError(
            f"Een loonsanctie duurt ten hoogste {r.LOONSANCTIE_MAXIMUM_WEKEN} weken "
            f"(art. 25 lid 9 WIA); {facts.loonsanctie_weken} weken kan niet."
        )


def _validate_dates_after_start(facts: CaseFacts, start: date) -> None:
    named = {
        "probleemanalyse": facts.probleemanalyse,
        "eerstejaarsevaluatie": facts.eerstejaarsevaluatie,
        "brief van UWV": facts.uwv_brief,
        "WIA-aanvraag": facts.wia_aangevraagd,
        "aanvraag vervroegde IVA": facts.iva_aanvraag,
        "AOW-datum": facts.aow_datum,
        "einde dienstverband": facts.einde_dienstverband,
        "42e-weeksmelding": facts.melding_42e_gedaan,
        "besluit over de loonsanctie": facts.loonsanctie_besluit,
        "melding van het herstel": facts.herstel_gemeld,
        "vaststelling van het herstel": facts.herstel_vastgesteld,
    }
    for name, value in named.items():
        if value is not None and value < start:
            raise DeadlineInputError(
                f"De datum voor {name} ({format_date(value)}) ligt vóór de eerste ziektedag "
                f"({format_date(start)}). Controleer de datums."
            )


def _validate_loonsanctie_order(facts: CaseFacts) -> None:
    sanction_dates = {
        "het besluit over de loonsanctie": facts.loonsanctie_besluit,
        "de melding van het herstel": facts.herstel_gemeld,
        "de vaststelling van het herstel": facts.herstel_vastgesteld,
    }
    given = [name for name, value in sanction_dates.items() if value is not None]
    if given and not facts.loonsanctie_weken:
        raise DeadlineInputError(
            f"Voor {given[0]} is een loonsanctie nodig: geef ook de duur van de loonsanctie in "
            "weken op."
        )
    ordered = [(name, value) for name, value in sanction_dates.items() if value is not None]
    for index, (earlier_name, earlier) in enumerate(ordered):
        for later_name, later in ordered[index + 1 :]:
            if later < earlier:
                raise DeadlineInputError(
                    f"De datum van {later_name} ({format_date(later)}) ligt vóór de datum van "
                    f"{earlier_name} ({format_date(earlier)}). Controleer de volgorde."
                )


def _add_counting_notes(builder: _ReportBuilder, facts: CaseFacts) -> None:
    counted = builder.counted
    if len(counted.periods) > 1:
        builder.notes.append(
            "Bij samentelling schuift Spoorwijzer ook de probleemanalyse, het plan van aanpak en "
            "de eerstejaarsevaluatie op met de niet-meegetelde dagen; dat is een aanname die niet "
            "in de wet is bevestigd. Tel als hersteld alleen de dagen waarop de werknemer echt "
            "volledig geschikt was voor het eigen werk: een hersteldmelding alleen is niet "
            "doorslaggevend."
        )
    last: SickPeriod = counted.periods[-1]
    if last.last_day is not None:
        builder.notes.append(
            f"De laatste ziekteperiode eindigde op {format_date(last.last_day)}. De data gaan "
            "ervan uit dat de werknemer ziek blijft; wordt hij binnen 4 weken opnieuw ziek, dan "
            "schuiven ze op met de hersteldagen."
        )
    if counted.leave_in_chain is not None:
        builder.notes.append(
            "Is de werknemer ziek door de zwangerschap of bevalling, dan betaalt UWV een "
            "Ziektewet-uitkering en gelden eerdere meldtermijnen; een aparte 42e-weeksmelding is "
            "dan meestal niet nodig."
        )
    if counted.eerste_ziektedag > builder.today:
        builder.notes.append("Let op: de eerste ziektedag ligt na vandaag.")


DEVIATION_NOTE = (
    " Werkgever en werknemer kunnen gemotiveerd van deze termijn afwijken (art. 5 Regeling "
    "procesgang): leg de reden vast. UWV weegt het volgen van de procedure minder zwaar dan de "
    "feitelijke re-integratie-inspanningen (Beleidsregels beoordelingskader poortwachter)."
)


def _add_first_year(builder: _ReportBuilder, facts: CaseFacts) -> None:
    d = builder.counted.eerste_ziektedag
    builder.add("eerste_ziektedag", d, counted_day=1, action=False)
    pa_day = builder.day(r.PROBLEEMANALYSE_DAG)
    builder.add(
        "probleemanalyse_uiterlijk",
        pa_day,
        counted_day=r.PROBLEEMANALYSE_DAG,
        note="Alleen bij dreigend langdurig verzuim. Spoorwijzer rekent met het einde van week 6 "
        "(de veilige lezing); 'binnen zes weken na de eerste dag' laat ook de dag erna toe, dus "
        "een probleemanalyse op die dag is niet te laat." + DEVIATION_NOTE,
    )
    _add_plan_van_aanpak(builder, facts, pa_day)
    _add_melding_42(builder, facts)
    _add_eje_and_spoor2(builder, facts)


def _add_plan_van_aanpak(builder: _ReportBuilder, facts: CaseFacts, pa_day: date) -> None:
    evaluation = (
        " Evalueer het plan van aanpak daarna periodiek met de werknemer, volgens UWV minstens "
        "elke 6 weken. Een plan van aanpak is alleen verplicht als de probleemanalyse "
        "mogelijkheden laat zien om de terugkeer naar werk te bevorderen (art. 4 lid 1 Regeling "
        "procesgang)." + DEVIATION_NOTE
    )
    if facts.probleemanalyse is None:
        builder.add(
            "plan_van_aanpak_uiterlijk",
            builder.day(r.PLAN_VAN_AANPAK_DAG),
            counted_day=r.PLAN_VAN_AANPAK_DAG,
            note="Binnen twee weken na de probleemanalyse. Zonder datum van de probleemanalyse "
            "rekent Spoorwijzer met het einde van week 8; is de probleemanalyse eerder klaar, "
            "dan moet het plan van aanpak ook eerder." + evaluation,
        )
        return
    note = (
        f"Binnen twee weken na de probleemanalyse van {format_date(facts.probleemanalyse)}."
        + evaluation
    )
    if facts.probleemanalyse > pa_day:
        note += (
            " De probleemanalyse kwam na week 6. Dat is alleen tijdig als pas later duidelijk "
            "werd dat het verzuim lang zou duren; de probleemanalyse moet dan onverwijld volgen "
            "(Regeling procesgang art. 2 lid 3)."
        )
    builder.add(
        "plan_van_aanpak_uiterlijk",
        facts.probleemanalyse + timedelta(days=r.PLAN_VAN_AANPAK_NA_PA_DAGEN),
        note=note,
    )


def _on_day(reason: str) -> str:
    """'op een zaterdag' for a weekend day, 'op Tweede Paasdag' for a feestdag."""
    return f"op een {reason}" if reason in ("zaterdag", "zondag") else f"op {reason}"


def _add_melding_42(builder: _ReportBuilder, facts: CaseFacts) -> None:
    week_start = builder.day(r.WEEK_42_OPEN_DAG)
    week_end = builder.day(r.WEEK_42_LAATSTE_DAG)
    deadline = builder.day(r.MELDING_42_DAG)
    note = (
        "Wettelijk uiterlijk op de eerste dag na de 42e ziekteweek: de dag nadat de "
        "ongeschiktheid 42 weken heeft geduurd (art. 38 lid 1 Ziektewet), ook in een weekend "
        "of op een feestdag: de digitale melding "
        f"kan elke dag. Meld bij voorkeur al in week 42 zelf ({format_date_long(week_start)} "
        f"t/m {format_date_long(week_end)})."
    )
    reason = non_working_reason(deadline)
    if reason is not None:
        uwv_day = first_werkdag_on_or_after(deadline)
        note += (
            f" {format_date_long(deadline)} valt {_on_day(reason)}. UWV schrijft op zijn website "
            "'uiterlijk de eerste werkdag na de 42e ziekteweek' (dat zou "
            f"{format_date_long(uwv_day)} zijn); dat is de formulering van UWV, niet de "
            "wettelijke termijn. De Algemene termijnenwet verlengt deze termijn niet (art. 4 "
            "sub a: niet voor termijnen van meer dan twaalf weken)."
        )
    note += " Te laat melden kan een boete van UWV opleveren (tot € 455), geen loonsanctie."
    if facts.melding_42e_gedaan is not None and facts.melding_42e_gedaan > deadline:
        note += (
            f" De melding op {format_date(facts.melding_42e_gedaan)} was "
            f"{(facts.melding_42e_gedaan - deadline).days} dagen te laat."
        )
    builder.add(
        "melding_42e_week_uiterlijk",
        deadline,
        note=note,
        window=(week_start, week_end),
        counted_day=r.MELDING_42_DAG,
        action=False,
    )


def _add_eje_and_spoor2(builder: _ReportBuilder, facts: CaseFacts) -> None:
    eje_day = builder.day(r.EJE_DAG)
    eje_note = (
        "Wettelijk verplicht: de evaluatie vindt in ieder geval aan het einde van het eerste "
        "ziektejaar plaats (art. 4 lid 2 sub b Regeling procesgang); het venster vanaf week 46 "
        "is UWV-praktijk. Beslis in de eerstejaarsevaluatie uitdrukkelijk over spoor 2."
    )
    if facts.eerstejaarsevaluatie is not None and facts.eerstejaarsevaluatie > eje_day:
        eje_note += (
            f" De eerstejaarsevaluatie op {format_date(facts.eerstejaarsevaluatie)} was later "
            "dan week 52."
        )
    builder.add(
        "eerstejaarsevaluatie_uiterlijk",
        eje_day,
        note=eje_note,
        window=(builder.day(r.EJE_OPEN_DAG), eje_day),
        counted_day=r.EJE_DAG,
    )
    held = facts.eerstejaarsevaluatie
    basis_day = min(held, eje_day) if held is not None else eje_day
    note = (
        "Uiterste start volgens UWV-praktijk (6 weken na de eerstejaarsevaluatie), geen veilige "
        "termijn: spoor 2 moet eerder starten zodra er geen concreet zicht meer is op een "
        "structurele terugkeer binnen de eigen organisatie binnen drie maanden. Wachten op een "
        "deskundigenoordeel is geen reden om later te beginnen."
    )
    if held is not None and held > eje_day:
        note += (
            f" Een latere eerstejaarsevaluatie ({format_date(held)}) schuift deze datum niet op."
        )
    builder.add(
        "spoor2_uiterlijk_gestart",
        basis_day + timedelta(days=r.SPOOR2_NA_EJE_DAGEN),
        note=note,
    )


def _add_iva(builder: _ReportBuilder, facts: CaseFacts) -> None:
    if facts.iva_aanvraag is None:
        return
    safe_day = builder.day(r.IVA_AANVRAAG_LAATSTE_DAG)
    legal_day = builder.day(r.IVA_AANVRAAG_WETTELIJK_DAG)
    builder.add(
        "vervroegde_iva_aanvraag_uiterlijk",
        safe_day,
        counted_day=r.IVA_AANVRAAG_LAATSTE_DAG,
        note="Veilige lezing van 'vóór 68 weken ziekte'. Een aanvraag tot en met "
        f"{format_date(legal_day)} (het einde van week 68) is volgens de wet nog geldig, maar "
        "sommige rechters lezen de termijn strikt. Alleen de werknemer vraagt aan, één keer.",
    )
    if facts.iva_aanvraag > legal_day:
        builder.notes.append(
            f"De aanvraag voor een vervroegde IVA op {format_date(facts.iva_aanvraag)} valt na "
            f"het einde van week 68 ({format_date(legal_day)}); dan geldt de gewone wachttijd "
            "van 104 weken."
        )
        return
    if facts.iva_aanvraag > safe_day:
        builder.notes.append(
            f"De aanvraag voor een vervroegde IVA op {format_date(facts.iva_aanvraag)} valt na "
            f"de veilige uiterste dag ({format_date(safe_day)}), maar uiterlijk op het einde van "
            f"week 68 ({format_date(legal_day)}). Volgens de wettekst (art. 23 lid 6 WIA: een "
            "verkorte wachttijd van ten hoogste 78 weken, die ten vroegste 10 weken na de "
            "aanvraag eindigt) is ze geldig, maar sommige rechters lezen de termijn strikt."
        )
    earliest = max(
        builder.day(r.IVA_MINIMALE_WACHTTIJD_DAGEN + 1),
        facts.iva_aanvraag + timedelta(days=r.IVA_NA_AANVRAAG_DAGEN),
    )
    builder.add(
        "vervroegde_iva_vroegste_ingang",
        earliest,
        action=False,
        note="De loondoorbetaling stopt niet: de IVA-uitkering wordt op het loon in mindering "
        "gebracht (art. 7:629 lid 5 BW), zodat meestal alleen een aanvulling uit cao of "
        "contract overblijft.",
    )


AOW_SOURCE_NOTE = (
    " Bron onzeker: controleer de Werkwijzer Poortwachter (de bronnen verschillen over het "
    "peilmoment van dat jaar)."
)


def _add_second_year(builder: _ReportBuilder, facts: CaseFacts) -> None:
    einde_wachttijd = builder.day(r.WACHTTIJD_DAGEN)
    if facts.aow_datum is not None and facts.aow_datum <= einde_wachttijd:
        _add_einde_wachttijd(builder, einde_wachttijd)
        _add_aow_end(builder, facts, facts.aow_datum, einde_wachttijd)
        return
    if facts.aow_datum is not None and (facts.aow_datum - einde_wachttijd).days <= (
        r.AOW_UITZONDERING_DAGEN
    ):
        builder.notes.append(
            "De werknemer bereikt binnen 1 jaar na het einde van de wachttijd de AOW-leeftijd: "
            "spoor 2 mag dan achterwege blijven, mits werkgever én werknemer daarmee instemmen "
            "en dit schriftelijk vastleggen." + AOW_SOURCE_NOTE
        )
    builder.add(
        "uwv_wia_brief_circa",
        builder.day(r.UWV_BRIEF_DAG),
        counted_day=r.UWV_BRIEF_DAG,
        action=False,
        note="Na ongeveer 88 weken ziekte stuurt UWV de werknemer (met een kopie aan de "
        "werkgever) een brief; vanaf dan kan de WIA worden aangevraagd. Wettelijk uiterlijk op "
        f"{format_date(builder.day(r.UWV_BRIEF_WETTELIJK_DAG))}, de dag waarop de wachttijd "
        "89 weken heeft geduurd (art. 64 lid 2 WIA). Geen termijn voor de werkgever.",
    )
    extended_end = einde_wachttijd + timedelta(weeks=facts.verlenging_weken)
    builder.add(
        "reintegratieverslag_eindevaluatie_uiterlijk",
        extended_end - timedelta(days=r.RIV_VOOR_EINDE_DAGEN),
        note="13 weken vóór het einde van de (verlengde) loondoorbetaling; eindevaluatie en "
        "actueel oordeel van de bedrijfsarts horen erin.",
    )
    wia_deadline = _add_wia_aanvraag(builder, facts, extended_end)
    _add_einde_wachttijd(builder, einde_wachttijd)
    _add_extended_end(builder, facts, einde_wachttijd, extended_end, wia_deadline)


def _add_einde_wachttijd(builder: _ReportBuilder, einde_wachttijd: date) -> None:
    builder.add(
        "einde_wachttijd",
        einde_wachttijd,
        counted_day=r.WACHTTIJD_DAGEN,
        action=False,
        note="Laatste dag van de 104 weken (728 dagen) loondoorbetaling.",
    )


def _add_wia_aanvraag(builder: _ReportBuilder, facts: CaseFacts, extended_end: date) -> date:
    deadline = extended_end - timedelta(days=r.WIA_AANVRAAG_VOOR_EINDE_DAGEN)
    note = (
        "De werknemer vraagt aan, uiterlijk in week 93 (11 weken vóór het einde van de "
        "loondoorbetaling); dat kan al vanaf de brief van UWV. Houd de datum in die brief aan."
    )
    letter_limit = builder.day(r.UWV_BRIEF_WETTELIJK_DAG)
    if facts.uwv_brief is not None and facts.uwv_brief > letter_limit:
        note += _late_letter_note(builder, facts, facts.uwv_brief, deadline)
        protected = facts.melding_42e_gedaan is None or facts.melding_42e_gedaan < builder.day(
            r.MELDING_81_WEKEN_DAG
        )
        late_deadline = facts.uwv_brief + timedelta(days=r.LATE_BRIEF_AANVRAAG_DAGEN)
        if protected and late_deadline > deadline:
            deadline = late_deadline
    builder.add("wia_aanvraag_uiterlijk", deadline, note=note)
    return deadline


def _late_letter_note(
    builder: _ReportBuilder, facts: CaseFacts, letter: date, deadline: date
) -> str:
    """Explain art. 64 lid 6 WIA: 4 weeks after a late letter, unless no timely 42e-weeksmelding."""
    melding_limit = builder.day(r.MELDING_81_WEKEN_DAG)
    late_deadline = letter + timedelta(days=r.LATE_BRIEF_AANVRAAG_DAGEN)
    intro = (
        f" De brief van UWV kwam laat ({format_date(letter)}, na "
        f"{format_date(builder.day(r.UWV_BRIEF_WETTELIJK_DAG))})."
    )
    gedaan = facts.melding_42e_gedaan
    if gedaan is not None and gedaan >= melding_limit:
        return intro + (
            f" De 42e-weeksmelding is pas op {format_date(gedaan)} gedaan, niet vóór "
            f"{format_date(melding_limit)} (de dag waarop de wachttijd 81 weken heeft geduurd): "
            "dan geldt de verlenging tot 4 weken na de brief niet (art. 64 lid 6 WIA) en blijft "
            "de gewone uiterste datum."
        )
    if late_deadline <= deadline:
        return intro + (
            f" De 4 weken na de brief eindigen op {format_date(late_deadline)}, niet later dan "
            "de gewone uiterste datum, die dus blijft."
        )
    text = intro + (
        " De werknemer heeft dan 4 weken na de brief (vanaf de ontvangst) om aan te vragen "
        "(art. 64 lid 6 WIA): "
        f"veilig uiterlijk {format_date(late_deadline)}."
    )
    reason = atw_non_working_reason(late_deadline)
    if reason is not None:
        text += (
            f" Die dag valt {_on_day(reason)}; volgens de Algemene termijnenwet loopt deze "
            "termijn door tot "
            f"{format_date_long(first_atw_werkdag_on_or_after(late_deadline))}, maar houd "
            f"{format_date(late_deadline)} aan."
        )
    if gedaan is None:
        text += (
            " Dit geldt alleen als de werkgever de 42e-weeksmelding deed vóór "
            f"{format_date(melding_limit)} (de dag waarop de wachttijd 81 weken heeft geduurd, "
            "art. 64 lid 6 WIA); anders blijft de gewone uiterste datum."
        )
    return text


def _add_extended_end(
    builder: _ReportBuilder,
    facts: CaseFacts,
    einde_wachttijd: date,
    extended_end: date,
    wia_deadline: date,
) -> None:
    end = extended_end
    reasons: list[str] = []
    if facts.verlenging_weken:
        reasons.append(
            f"vrijwillige verlenging met {facts.verlenging_weken} weken op gezamenlijk verzoek "
            "(art. 24 WIA)"
        )
    delay = 0
    if facts.wia_aangevraagd is not None and facts.wia_aangevraagd > wia_deadline:
        delay = (facts.wia_aangevraagd - wia_deadline).days
        end += timedelta(days=delay)
        reasons.append(f"WIA {delay} dagen te laat aangevraagd (art. 7:629 lid 11 sub a BW)")
        builder.notes.append(
            f"De WIA-aanvraag op {format_date(facts.wia_aangevraagd)} was {delay} dagen te laat: "
            "de loondoorbetalingsperiode wordt met die dagen verlengd. Zonder deugdelijke grond "
            "heeft de werknemer over die dagen geen recht op loon (art. 7:629 lid 3 sub f BW)."
        )
    if facts.loonsanctie_weken:
        end = _add_loonsanctie(builder, facts, extended_end, end, reasons)
    wia_start = end + timedelta(days=1)
    if end != einde_wachttijd:
        builder.add(
            "einde_loondoorbetaling",
            end,
            basis="; ".join(reasons),
            action=False,
            note="De re-integratieverplichtingen (ook spoor 2) lopen door tijdens deze periode.",
        )
    builder.add("wia_ingangsdatum", wia_start, action=False)


def _add_loonsanctie(
    builder: _ReportBuilder,
    facts: CaseFacts,
    extended_end: date,
    base_end: date,
    reasons: list[str],
) -> date:
    """Art. 25 lid 9-14 WIA (amendment A5): the decision term, late decisions and bekorting."""
    decision_deadline = extended_end - timedelta(days=r.LOONSANCTIE_BESLUIT_VOOR_EINDE_DAGEN)
    note = (
        "UWV moet uiterlijk 6 weken vóór het einde van de wachttijd over de loonsanctie "
        "beslissen. Beslist UWV later, dan wordt de loonsanctie korter met de vertraging "
        "(lid 14); zonder besluit vóór het einde van de wachttijd volgt geen loonsanctie "
        "(lid 11)."
    )
    besluit = facts.loonsanctie_besluit
    if besluit is None:
        note += " Zonder datum van het besluit rekent Spoorwijzer met een tijdig besluit."
    builder.add("loonsanctie_besluit_uwv_uiterlijk", decision_deadline, note=note, action=False)
    days = facts.loonsanctie_weken * 7
    detail = ""
    if besluit is not None and besluit > extended_end:
        builder.notes.append(
            f"Het besluit over de loonsanctie op {format_date(besluit)} kwam na het einde van de "
            f"wachttijd ({format_date(extended_end)}): dan volgt er geen loonsanctie "
            "(art. 25 lid 11 WIA)."
        )
        return base_end
    if besluit is not None and besluit > decision_deadline:
        late = (besluit - decision_deadline).days
        days = max(0, days - late)
        detail = f", ingekort met {late} dagen omdat UWV te laat besliste (art. 25 lid 14 WIA)"
        builder.notes.append(
            f"UWV besliste op {format_date(besluit)} over de loonsanctie, {late} dagen na de "
            f"uiterste dag ({format_date(decision_deadline)}): de loonsanctie wordt met die "
            "dagen korter (art. 25 lid 14 WIA)."
        )
    reasons.append(
        f"loonsanctie van {facts.loonsanctie_weken} weken (art. 25 lid 9 WIA; ten hoogste "
        f"52 weken, bekorting mogelijk na herstel van de tekortkoming){detail}"
    )
    full_end = base_end + timedelta(days=days)
    return _bekorting(builder, facts, base_end, full_end, reasons)


def _bekorting(
    builder: _ReportBuilder,
    facts: CaseFacts,
    base_end: date,
    full_end: date,
    reasons: list[str],
) -> date:
    """End = min(finding, report + 21) + 42 days, never later than the full sanction."""
    gemeld, vastgesteld = facts.herstel_gemeld, facts.herstel_vastgesteld
    if vastgesteld is None:
        if gemeld is not None:
            decide_by = gemeld + timedelta(days=r.HERSTEL_BESLUIT_DAGEN)
            latest = decide_by + timedelta(days=r.HERSTEL_SANCTIE_NA_DAGEN)
            builder.notes.append(
                f"Herstel van de tekortkoming gemeld op {format_date(gemeld)}: UWV beslist "
                f"binnen 3 weken (uiterlijk {format_date(decide_by)}). Stelt UWV het herstel "
                "vast, dan eindigt de loonsanctie 6 weken na die vaststelling, en eerder als UWV "
                f"te laat beslist: uiterlijk {format_date(max(base_end, min(full_end, latest)))}"
                " (art. 25 lid 12-14 WIA)."
            )
        return full_end
    finding = vastgesteld
    text = f"UWV stelde op {format_date(vastgesteld)} vast dat de tekortkoming is hersteld"
    if gemeld is None:
        text += (
            "; zonder datum van de melding van het herstel kan Spoorwijzer niet nagaan of UWV "
            "binnen 3 weken besliste."
        )
    else:
        decide_by = gemeld + timedelta(days=r.HERSTEL_BESLUIT_DAGEN)
        text += f" (melding van het herstel op {format_date(gemeld)})."
        if vastgesteld > decide_by:
            finding = decide_by
            text += (
                f" UWV besliste later dan 3 weken na de melding ({format_date(decide_by)}), dus "
                "eindigt de loonsanctie eerder, met de vertraging."
            )
    shortened = finding + timedelta(days=r.HERSTEL_SANCTIE_NA_DAGEN)
    end = min(full_end, max(base_end, shortened))
    if end < full_end:
        text += (
            f" De loonsanctie eindigt 6 weken na {format_date(finding)}: op {format_date(end)} "
            "(art. 25 lid 12-14 WIA)."
        )
        reasons.append("bekorting na herstel van de tekortkoming (art. 25 lid 12-14 WIA)")
    else:
        text += (
            " Dat maakt de loonsanctie niet korter: 6 weken na de vaststelling valt niet vóór "
            "het einde van de volledige loonsanctie."
        )
    builder.notes.append(text)
    return end


def _add_contract_end(builder: _ReportBuilder, facts: CaseFacts) -> None:
    """Ziek uit dienst (amendment A8): melding, RIV on the last werkdag, lapsed milestones."""
    contract_end = facts.einde_dienstverband
    if contract_end is None or contract_end >= builder.day(r.WACHTTIJD_DAGEN):
        return
    last_werkdag = last_werkdag_on_or_before(contract_end)
    builder.add(
        "ziek_uit_dienst_melding_uwv",
        last_werkdag,
        note="Meld de werknemer uiterlijk op de laatste werkdag ziek uit dienst bij UWV, ook als "
        "de 42e-weeksmelding al is gedaan (art. 38 lid 2 Ziektewet).",
    )
    if facts.eigenrisicodrager_zw:
        builder.notes.append(
            f"Het dienstverband eindigt op {format_date(contract_end)}, vóór het einde van de "
            "wachttijd. Als eigenrisicodrager voor de Ziektewet blijft de werkgever "
            "verantwoordelijk voor de re-integratie: de Poortwachter-termijnen blijven gelden."
        )
        return
    long_enough = (last_werkdag - builder.counted.eerste_ziektedag).days >= (
        r.UIT_DIENST_RIV_MINIMUM_DAGEN
    )
    if long_enough:
        builder.add(
            "reintegratieverslag_uit_dienst_uiterlijk",
            last_werkdag,
            note="De werknemer is dan ten minste 6 weken ziek: de werkgever (geen "
            "eigenrisicodrager voor de Ziektewet) zorgt dat het re-integratieverslag uiterlijk "
            "op de laatste werkdag klaar is, voor zover dat redelijkerwijs te verlangen is.",
        )
    lapse_note = (
        f"Vervalt met het einde van het dienstverband op {format_date(contract_end)}: na die "
        "dag is dit geen termijn meer voor de werkgever."
    )
    for key in LAPSING_KEYS:
        milestone = builder.milestones.get(key)
        if milestone is not None and milestone.date > contract_end:
            note = f"{lapse_note} {milestone.note}" if milestone.note else lapse_note
            builder.milestones[key] = replace(milestone, lapsed=True, note=note)
    builder.notes.append(
        f"Het dienstverband eindigt op {format_date(contract_end)}, vóór het einde van de "
        "wachttijd. De loondoorbetaling en de re-integratieplichten van de werkgever eindigen "
        "dan; de werknemer kan een Ziektewet-uitkering van UWV krijgen. Termijnen van de "
        "werkgever na die dag vervallen (tenzij de werkgever eigenrisicodrager voor de "
        "Ziektewet is; een eigenrisicodrager blijft verantwoordelijk voor de re-integratie)."
    )


def _add_aow_end(
    builder: _ReportBuilder, facts: CaseFacts, aow_datum: date, einde_wachttijd: date
) -> None:
    old_rule = builder.counted.eerste_ziektedag < AOW_OLD_RULE_BEFORE
    days = r.AOW_LOON_DAGEN_OUD if old_rule else r.AOW_LOON_DAGEN
    end = min(einde_wachttijd, aow_datum + timedelta(days=days))
    weeks = "13" if old_rule else "6"
    builder.add(
        "einde_loondoorbetaling",
        end,
        basis=f"art. 7:629 lid 2 sub b BW ({weeks} weken loon vanaf de AOW-leeftijd)",
        action=False,
        note="Geen WIA na de AOW-leeftijd: er volgt geen WIA-brief, geen re-integratieverslag "
        "voor de WIA en geen WIA-aanvraag.",
    )
    builder.notes.append(
        f"De werknemer bereikt op {format_date(aow_datum)} de AOW-leeftijd, vóór het einde van "
        "de wachttijd. Spoor 2 mag achterwege blijven, mits werkgever én werknemer daarmee "
        "instemmen en dit schriftelijk vastleggen." + AOW_SOURCE_NOTE
    )
    if facts.verlenging_weken or facts.loonsanctie_weken:
        builder.notes.append(
            "Een vrijwillige verlenging of loonsanctie telt niet mee na de AOW-leeftijd."
        )


__all__ = ["Kind", "compute_deadlines"]
