"""The Poortwachter milestones as data: canonical key, Dutch label, legal basis, kind, order.

Layer: pure. The numbers come from shared/domain/poortwachter-facts.md (§0-§2, the binding
"Second legal review" amendments A1-A9 and the "Corrections after legal review" they refine).
Counting convention: D = eerste ziektedag = counted sick day 1; "uiterlijk in week n" = counted
day 7n = D+7n-1 without interruptions.

Glossary (Dutch term, English gloss, source):
- eerste ziektedag: first day of sickness (art. 23 lid 2 WIA)
- wachttijd: 104-week waiting period before WIA (art. 23 lid 1 WIA; art. 7:629 lid 1 BW)
- samentelling: adding up sick periods with gaps < 4 weeks (art. 7:629 lid 10 BW)
- probleemanalyse (PA): occupational physician's problem analysis (Regeling procesgang art. 2)
- plan van aanpak (PvA): return-to-work plan (art. 25 lid 2 WIA)
- 42e-weeksmelding: report of long-term sickness to UWV (art. 38 Ziektewet)
- eerstejaarsevaluatie (EJE): first-year evaluation (Regeling procesgang art. 4 lid 2 sub b)
- spoor 2 / tweede spoor: re-integration with another employer (art. 7:658a lid 1 BW)
- re-integratieverslag (RIV): re-integration report (art. 25 lid 3 WIA)
- vrijwillige verlenging: voluntary extension of wage payment (art. 24 WIA)
- loonsanctie: wage sanction after the RIV-toets (art. 25 lid 9 WIA)
- vervroegde IVA: early full disability benefit (art. 23 lid 6 and art. 66 WIA)
- eigenrisicodrager ZW: employer that carries the Ziektewet risk itself
"""

from __future__ import annotations

from dataclasses import dataclass

from spoorwijzer.deadlines.model import Kind

# Counted sick days (1 = eerste ziektedag). Each constant cites its rule.
PROBLEEMANALYSE_DAG = 42  # end of week 6: Regeling procesgang art. 2 lid 2 (D+41, conservative)
PLAN_VAN_AANPAK_DAG = 56  # end of week 8 when the PA date is unknown (D+55)
PLAN_VAN_AANPAK_NA_PA_DAGEN = 14  # "binnen twee weken na de probleemanalyse" (Regeling art. 4)
WEEK_42_OPEN_DAG = 288  # first day of week 42 (D+287)
WEEK_42_LAATSTE_DAG = 294  # last day of week 42 (D+293)
MELDING_42_DAG = 295  # first day after week 42 (D+294): art. 38 lid 1 ZW, any weekday (A1)
EJE_OPEN_DAG = 316  # first day of week 46 (D+315), UWV practice
EJE_DAG = 364  # end of week 52 (D+363): Regeling procesgang art. 4 lid 2 sub b (A2)
SPOOR2_NA_EJE_DAGEN = 42  # "uiterlijk 6 weken na de EJE", UWV practice (Werkwijzer)
UWV_BRIEF_DAG = 617  # after 88 weeks (D+616), uwv.nl
UWV_BRIEF_WETTELIJK_DAG = 623  # end of week 89 (art. 64 lid 2 WIA): later letters are late
MELDING_81_WEKEN_DAG = 567  # art. 64 lid 6 WIA: melding needed before this day (D+566) (A4)
WACHTTIJD_DAGEN = 728  # 104 weeks: art. 7:629 lid 1 BW, art. 23 lid 1 WIA; last day = D+727
RIV_VOOR_EINDE_DAGEN = 91  # 13 weeks before the end: art. 25 lid 3 WIA
WIA_AANVRAAG_VOOR_EINDE_DAGEN = 77  # 11 weeks before the end: art. 64 WIA (since 1-7-2013)
LATE_BRIEF_AANVRAAG_DAGEN = 28  # 4 weeks after a late UWV letter (art. 64 lid 6 WIA; Atw applies)
IVA_MINIMALE_WACHTTIJD_DAGEN = 91  # verkorte wachttijd at least 13 weeks (art. 23 lid 6 WIA)
IVA_NA_AANVRAAG_DAGEN = 70  # end no earlier than 10 weeks after the application
IVA_AANVRAAG_LAATSTE_DAG = 469  # D+468: safe reading of "vóór 68 weken ziek" (Corrections 11)
IVA_AANVRAAG_WETTELIJK_DAG = 476  # D+475, end of week 68: still valid in law (A6)
AOW_LOON_DAGEN = 41  # 6 weeks wage from the AOW date: art. 7:629 lid 2 sub b BW (D_aow + 41)
AOW_LOON_DAGEN_OUD = 90  # 13 weeks when the sickness started before 1 July 2023
AOW_UITZONDERING_DAGEN = 365  # AOW within 1 year after the wachttijd: spoor 2 may be omitted
VERLENGING_MINIMUM_WEKEN = 13  # art. 24 lid 3 WIA; UWV: minimum 13 weeks, no maximum
LOONSANCTIE_MAXIMUM_WEKEN = 52  # art. 25 lid 9 WIA
LOONSANCTIE_BESLUIT_VOOR_EINDE_DAGEN = 42  # decision 6 weeks before the end: lid 10 (A5)
HERSTEL_BESLUIT_DAGEN = 21  # UWV decides on the repair within 3 weeks: art. 25 WIA (A5)
HERSTEL_SANCTIE_NA_DAGEN = 42  # sanction ends 6 weeks after UWV's finding (A5)
UIT_DIENST_RIV_MINIMUM_DAGEN = 42  # ZW art. 38 lid 2: RIV when >= 6 weeks sick (A8)
BINNENKORT_DAGEN = 28  # status "binnen 4 weken"


@dataclass(frozen=True, slots=True)
class MilestoneRule:
    """Static description of one milestone."""

    key: str
    label: str
    basis: str
    kind: Kind


RULES: tuple[MilestoneRule, ...] = (
    MilestoneRule("eerste_ziektedag", "Eerste ziektedag", "art. 23 lid 2 WIA", Kind.INFORMATIEF),
    MilestoneRule(
        "probleemanalyse_uiterlijk",
        "Probleemanalyse door de bedrijfsarts uiterlijk",
        "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "plan_van_aanpak_uiterlijk",
        "Plan van aanpak uiterlijk",
        "art. 25 lid 2 WIA; Regeling procesgang, art. 4",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "melding_42e_week_uiterlijk",
        "42e-weeksmelding bij UWV uiterlijk",
        "art. 38 lid 1 Ziektewet (eerste dag nadat de ongeschiktheid 42 weken heeft geduurd)",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "vervroegde_iva_aanvraag_uiterlijk",
        "Aanvraag vervroegde IVA uiterlijk",
        "art. 23 lid 6 en art. 66 WIA (vóór 68 weken ziekte)",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "vervroegde_iva_vroegste_ingang",
        "Vervroegde IVA op zijn vroegst",
        "art. 23 lid 6 en art. 66 WIA (wachttijd ten minste 13 weken, einde ten vroegste "
        "10 weken na de aanvraag)",
        Kind.INFORMATIEF,
    ),
    MilestoneRule(
        "eerstejaarsevaluatie_uiterlijk",
        "Eerstejaarsevaluatie uiterlijk",
        "art. 4 lid 2 sub b Regeling procesgang eerste en tweede ziektejaar (einde van het "
        "eerste ziektejaar); venster week 46-52 is UWV-praktijk",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "spoor2_uiterlijk_gestart",
        "Spoor 2 uiterlijk gestart (UWV-praktijk, geen veilige termijn)",
        "art. 7:658a lid 1 BW; Werkwijzer Poortwachter (uiterlijk 6 weken na de EJE)",
        Kind.UWV_PRAKTIJK,
    ),
    MilestoneRule(
        "uwv_wia_brief_circa",
        "Brief van UWV over de WIA-aanvraag (rond deze datum)",
        "art. 64 lid 2 WIA (uiterlijk na 89 weken); uwv.nl (na 88 weken ziekte)",
        Kind.INFORMATIEF,
    ),
    MilestoneRule(
        "reintegratieverslag_eindevaluatie_uiterlijk",
        "Re-integratieverslag met eindevaluatie en actueel oordeel uiterlijk",
        "art. 25 lid 3 WIA (13 weken vóór het einde van de wachttijd)",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "wia_aanvraag_uiterlijk",
        "WIA-aanvraag door de werknemer uiterlijk",
        "art. 64 lid 3 WIA (11 weken vóór het einde van de wachttijd, week 93)",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "loonsanctie_besluit_uwv_uiterlijk",
        "Besluit van UWV over een loonsanctie uiterlijk",
        "art. 25 lid 10 WIA (6 weken vóór het einde van de wachttijd)",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "ziek_uit_dienst_melding_uwv",
        "Ziek uit dienst: melding bij UWV uiterlijk",
        "art. 38 lid 2 Ziektewet (op de laatste werkdag van het dienstverband)",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "reintegratieverslag_uit_dienst_uiterlijk",
        "Ziek uit dienst: re-integratieverslag klaar uiterlijk",
        "art. 38 lid 2 Ziektewet; art. 6 lid 2 Regeling procesgang (laatste werkdag, na ten "
        "minste 6 weken ziekte)",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "einde_wachttijd",
        "Einde wachttijd (104 weken)",
        "art. 7:629 lid 1 BW; art. 23 lid 1 WIA",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "einde_loondoorbetaling",
        "Einde loondoorbetaling",
        "art. 7:629 BW",
        Kind.WETTELIJK,
    ),
    MilestoneRule(
        "wia_ingangsdatum",
        "WIA-uitkering kan ingaan",
        "art. 23 WIA (dag na het einde van de loondoorbetaling)",
        Kind.INFORMATIEF,
    ),
)

RULES_BY_KEY = {rule.key: rule for rule in RULES}
MILESTONE_ORDER = tuple(rule.key for rule in RULES)
