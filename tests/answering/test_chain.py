"""The whole answer chain over the real knowledge index, with real embeddings."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from spoorwijzer.answering.chain import MAX_QUESTION_CHARS, QuestionError
from spoorwijzer.answering.guards import unbacked_dates


def test_deadline_answer_states_calculator_dates_with_verified_citations(assistant: Any) -> None:
    """A 42e-weeksmelding question: the date from the calculator, rules cited verbatim."""
    answer = assistant.answer(
        "Mijn medewerker is sinds maandag 6 januari 2025 ziek. Wanneer moet ik uiterlijk de "
        "42e-weeksmelding bij UWV doen?"
    )
    chunks = {c.id: c.text for c in assistant.store.get([c.chunk_id for c in answer.citations])}

    assert answer.intent == "deadline"
    assert "maandag 27 oktober 2025" in answer.text
    assert {"key": "melding_42e_week_uiterlijk", "date": "2025-10-27"} in [
        {"key": d.key, "date": d.date} for d in answer.dates
    ]
    assert answer.citations
    assert all(
        " ".join(c.quote.split()) in " ".join(chunks[c.chunk_id].split()) for c in answer.citations
    )
    assert "boete" in answer.text


def test_samentelling_question_explains_the_counting(assistant: Any) -> None:
    """Recovery and relapse within 4 weeks: added up, the end date shifts by 14 days."""
    answer = assistant.answer(
        "Werknemer was ziek vanaf maandag 3 februari 2025, is per maandag 10 maart 2025 volledig "
        "hersteld gemeld en is op maandag 24 maart 2025 opnieuw ziek geworden. Begint de telling "
        "opnieuw? En wanneer eindigt de loondoorbetaling?"
    )

    assert "samengeteld" in answer.text
    assert "14 februari 2027" in answer.text
    assert "8 december 2025" in answer.text


def test_missing_first_sick_day_is_asked_for(assistant: Any) -> None:
    """A deadline question with an impossible date says so instead of guessing."""
    answer = assistant.answer(
        "Mijn werknemer is ziek sinds 31 februari 2025. Wanneer moet de 42e-weeksmelding?"
    )

    assert "31 februari 2025" in answer.text
    assert "bestaat niet" in answer.text
    assert answer.dates == ()


def test_every_date_in_every_answer_is_backed(assistant: Any) -> None:
    """The guard leaves no invented date in composed answers."""
    answer = assistant.answer(
        "Ziek sinds 15 oktober 2025. UWV legt een loonsanctie van 52 weken op. Tot wanneer betaal "
        "ik loon?"
    )
    from spoorwijzer.answering.guards import backed_dates
    from spoorwijzer.deadlines import CaseFacts, SickPeriod, compute_deadlines

    report = compute_deadlines(
        CaseFacts(periods=(SickPeriod(date(2025, 10, 15)),), loonsanctie_weken=52),
        today=date(2025, 11, 23),
    )
    allowed = backed_dates(report=report, question="", citations=answer.citations)

    assert "10 oktober 2028" in answer.text
    assert unbacked_dates(answer.text, allowed) == []


@pytest.mark.parametrize(
    ("question", "verdict", "phrase"),
    [
        (
            "Klopt het dat spoor 2 pas begint als iemand twee jaar ziek is?",
            "fabel",
            "eerstejaarsevaluatie",
        ),
        (
            "Mijn werknemer zegt dat hij zelf mag kiezen of hij meedoet aan een tweede "
            "spoortraject. Is dat zo?",
            "fabel",
            "7:660a",
        ),
        (
            "De bedrijfsarts heeft 'geen benutbare mogelijkheden' vastgesteld. Dan hoeven we nooit "
            "meer iets aan spoor 2 te doen, toch?",
            "genuanceerd",
            "periodiek",
        ),
    ],
    ids=["two-years", "free-choice", "gbm"],
)
def test_myth_gets_verdict_and_cited_explanation(
    assistant: Any, question: str, verdict: str, phrase: str
) -> None:
    """A claim check gives the verdict first, with the explanation cited."""
    answer = assistant.answer(question)

    assert answer.intent == "claim"
    assert answer.verdict == verdict
    assert answer.text.lower().startswith(f"**{verdict}.**")
    assert phrase in answer.text
    assert answer.citations[0].source_id == "claims"


def test_question_repeating_a_blog_error_is_corrected(assistant: Any) -> None:
    """Rapasso's 'mag na 93 weken' is named and corrected."""
    answer = assistant.answer(
        "Volgens de regels van het UWV mag je na 93 weken verzuim een WIA-aanvraag doen, klopt dat?"
    )

    assert answer.verdict == "fabel"
    assert "Rapasso" in answer.text
    assert "Dat klopt niet" in answer.text


def test_known_error_passage_is_never_cited_as_support(assistant: Any) -> None:
    """Passages listed under known_errors never appear among the citations."""
    for question in (
        "Wanneer start spoor 2?",
        "Wat is het gevolg als de werknemer niet wil solliciteren in spoor 2?",
        "Mag de WIA pas na 93 weken worden aangevraagd?",
    ):
        answer = assistant.answer(question)
        for citation in answer.citations:
            chunk = assistant.store.get([citation.chunk_id])[0]

            assert assistant.retriever.known_errors_in(chunk) == ()


def test_spoor2_decision_question_gets_rule_based_advice(assistant: Any) -> None:
    """'Moet spoor 2 al starten?' with a 2-month prospect: record it, reassess after 3 months."""
    answer = assistant.answer(
        "Moet spoor 2 al starten? Mijn werknemer is 10 maanden ziek, maar de bedrijfsarts "
        "verwacht dat hij binnen twee maanden volledig terug is in zijn eigen functie."
    )

    assert answer.intent == "obligation"
    assert "**Spoor 2 — nog niet starten" in answer.text
    assert "3 maanden" in answer.text
    assert "eerstejaarsevaluatie" in answer.text
    # A prognosis is no judgement of what he can do: the decision order asks for that
    # judgement and for the internal work (as five independent held-out sets label it).
    questions = [f.question for f in answer.follow_up]
    assert any("wat de werknemer nog kan" in q for q in questions)
    assert any("arbeidsdeskundige" in q for q in questions)


@pytest.mark.parametrize(
    ("question", "where"),
    [
        (
            "Hoe hoog wordt mijn WW-uitkering als mijn tijdelijke contract niet wordt verlengd?",
            "UWV",
        ),
        ("Wat is een goed recept voor erwtensoep?", "buiten"),
    ],
    ids=["ww", "soup"],
)
def test_out_of_scope_is_refused_politely(assistant: Any, question: str, where: str) -> None:
    """Out-of-scope questions are refused with what Spoorwijzer covers and where to go."""
    answer = assistant.answer(question)

    assert answer.refused
    assert answer.intent == "out_of_scope"
    assert where in answer.text
    assert "Wet verbetering poortwachter" in answer.text
    assert answer.citations == ()


def test_in_domain_word_without_relevant_knowledge_is_refused(assistant: Any) -> None:
    """A question that only shares a word with the domain finds nothing relevant and is refused."""
    answer = assistant.answer("Welke spoorwegmaatschappij rijdt er tussen Utrecht en Zwolle?")

    assert answer.refused


def test_follow_up_uses_the_first_sick_day_given_earlier(assistant: Any) -> None:
    """A first sick day in an earlier turn still counts for the next question."""
    answer = assistant.answer(
        "En wanneer moet de WIA uiterlijk worden aangevraagd?",
        history=["Mijn werknemer is ziek sinds 6 januari 2025."],
    )

    assert answer.intent == "deadline"
    assert "18 oktober 2026" in answer.text


def test_today_changes_status_not_dates(assistant: Any) -> None:
    """The date of an answer does not depend on today; today is a parameter."""
    question = "Ziek sinds 6 januari 2025. Wanneer moet de WIA uiterlijk worden aangevraagd?"
    early = assistant.answer(question, today=date(2025, 2, 1))
    late = assistant.answer(question, today=date(2026, 12, 1))
    asked = "wia_aanvraag_uiterlijk"
    early_dates = {d.key: d for d in early.dates}
    late_dates = {d.key: d for d in late.dates}

    assert early_dates[asked].date == late_dates[asked].date
    assert early_dates[asked].status != late_dates[asked].status


@pytest.mark.parametrize(
    ("question", "message"),
    [("   ", "leeg"), ("x" * (MAX_QUESTION_CHARS + 1), "tekens lang")],
    ids=["empty", "huge"],
)
def test_empty_or_huge_question_is_refused_in_dutch(
    assistant: Any, question: str, message: str
) -> None:
    """An empty or over-long question raises QuestionError with a Dutch message."""
    with pytest.raises(QuestionError, match=message):
        assistant.answer(question)


def test_story_with_vague_start_answers_both_asks_and_asks_back(assistant: Any) -> None:
    """The issue's chauffeur story: spoor 2 not automatically now, the 42e-weeksmelding passed."""
    answer = assistant.answer(
        "Mijn medewerker zit sinds begin februari thuis met rugklachten, de bedrijfsarts zegt dat "
        "hij zijn eigen werk als chauffeur niet meer kan doen. Moet ik nu al met spoor 2 beginnen "
        "en moet ik iets bij UWV melden?",
        today=date(2026, 12, 1),
    )
    text = answer.text.lower()
    statuses = {d.key: d.status for d in answer.dates}

    assert answer.asks[:2] == ("spoor2_decision", "dates")
    assert "arbeidsdeskundige" in text
    assert statuses["melding_42e_week_uiterlijk"] == "verstreken"
    assert text.count("uitgaande van") == 1  # named once, before the first date it shapes
    assert text.index("uitgaande van") < text.index("eerstejaarsevaluatie uiterlijk")
    assert {f.fact for f in answer.follow_up} == {"ziekteperiodes", "intern_passend_werk"}
    assert "rugklachten" not in text  # a diagnosis is never repeated
    for off_topic in ("zwanger", "aow", "ziek uit dienst"):
        assert off_topic not in text


def test_conditional_statement_is_matched_on_its_main_clause(assistant: Any) -> None:
    """ "Als …, moet de werkgever …": the claim is in the main clause, in other words."""
    answer = assistant.answer(
        "Als de bedrijfsarts zegt dat hij nooit meer in zijn eigen functie terugkomt, moet de "
        "werkgever verplicht een re-integratiebedrijf inschakelen."
    )

    assert answer.verdict == "fabel"
    assert answer.claim is not None
    assert "re-integratiebureau" in answer.claim


def test_a_yes_no_question_on_a_known_claim_is_answered_once(assistant: Any) -> None:
    """The question is the claim check: no second, generic part beside the verdict."""
    answer = assistant.answer("Mag een werknemer zelf kiezen of hij meedoet aan spoor 2?")

    assert answer.asks == ("claim",)
    assert answer.text.count("**Kort antwoord:**") == 0


def test_a_later_message_with_only_a_date_answers_the_earlier_question(assistant: Any) -> None:
    """ "nee sorry, 3 maart dus" asks nothing itself: the earlier ask is answered with it."""
    answer = assistant.answer(
        "nee sorry, 3 maart 2025 dus",
        history=["Mijn medewerker is ziek. Wanneer moet de probleemanalyse klaar zijn?"],
    )

    assert answer.intent != "out_of_scope"
    assert "13 april 2025" in answer.text  # day 42 of a period from 3 March 2025


def test_a_follow_up_continues_the_topic_of_the_conversation(assistant: Any) -> None:
    answer = assistant.answer(
        "Ja, en hoe pak ik dat concreet aan als hij niet reageert op mijn mails?",
        history=["Mijn werknemer wil niet meewerken aan spoor 2. Wat kan ik doen?"],
    )

    assert answer.intent != "out_of_scope"
    assert answer.citations


def test_own_work_ruled_out_asks_for_internal_work_and_the_prospect() -> None:
    """Both settle the decision: no internal work and no prospect within 3 months -> start now.

    The internal-work question also settles the arbeidsdeskundig onderzoek (its third option).
    """
    from spoorwijzer.answering.plan import choose_follow_ups
    from spoorwijzer.rules.spoor2 import decide_for
    from spoorwijzer.understanding.asks import Ask
    from spoorwijzer.understanding.dossier import read_messages

    text = "Ziek sinds 2 maart 2026. De bedrijfsarts zegt dat ze haar eigen werk niet meer kan."
    dossier = read_messages([text], date(2026, 12, 1))
    follow_ups = choose_follow_ups([Ask.SPOOR2_DECISION], dossier, decide_for(dossier, text))

    assert [f.fact for f in follow_ups] == ["intern_passend_werk", "zicht_op_terugkeer"]
    assert follow_ups[0].facts == ("intern_passend_werk", "arbeidsdeskundig_onderzoek")


def test_a_pending_relapse_asks_for_the_recovery_first() -> None:
    from spoorwijzer.answering.plan import choose_follow_ups
    from spoorwijzer.understanding.asks import Ask
    from spoorwijzer.understanding.dossier import read_messages

    dossier = read_messages(
        ["Ziek sinds 6 mei 2026.", "Op 10 juni werd ze weer ziek."], date(2026, 12, 1)
    )
    follow_ups = choose_follow_ups([Ask.DATES], dossier, None)

    assert "hersteld" in follow_ups[0].question


@pytest.mark.parametrize(
    "question",
    [
        "Na de eerstejaarsevaluatie heb je altijd nog zes weken.",  # the plain statement
        "Onze arbodienst zegt dat we na de eerstejaarsevaluatie nog zes weken hebben voor spoor 2,"
        " dus geen haast.",  # "geen haast" is another clause: no denial of the claim
    ],
)
def test_the_six_weeks_after_the_eje_myth_gets_its_verdict(assistant: Any, question: str) -> None:
    """Genuanceerd: the latest start in UWV practice, not extra time to think it over."""
    answer = assistant.answer(question, today=date(2026, 12, 1))

    assert answer.verdict == "genuanceerd"
    assert "geen extra bedenktijd" in answer.text
    assert answer.claim is not None
    assert "zes weken" in answer.claim


def test_a_consequence_without_a_comma_does_not_turn_the_claim_around(assistant: Any) -> None:
    """In "… altijd gratis dus dan hebben we niks te verliezen" the "niks" is a conclusion."""
    answer = assistant.answer(
        "we vragen een deskundigenoordeel aan bij het uwv want dat is voor ons als werkgever "
        "altijd gratis dus dan hebben we niks te verliezen",
        today=date(2026, 12, 6),
    )

    assert answer.claim == "Een deskundigenoordeel aanvragen is voor de werkgever altijd gratis."
    assert answer.verdict == "fabel"


def test_a_claim_about_spoor_2_beside_the_judgement_also_gets_the_decision(assistant: Any) -> None:
    """The rule of thumb gets its verdict, the case its decision and the AD's confirmation."""
    answer = assistant.answer(
        "De bedrijfsarts zegt dat zijn eigen werk als stukadoor nooit meer gaat. Ander werk hebben "
        "we niet. Spoor 2 is toch pas iets voor na een jaar?",
        today=date(2026, 12, 6),
    )

    assert answer.asks[:2] == ("claim", "spoor2_decision")
    assert answer.verdict == "fabel"
    assert "start spoor 2 nu" in answer.text.lower()
    assert "arbeidsdeskundig_onderzoek" in {f for q in answer.follow_up for f in q.facts}


def test_all_dates_on_a_row_lists_every_main_milestone_with_passed_ones_called_passed(
    assistant: Any,
) -> None:
    answer = assistant.answer(
        "Mijn monteur is op maandag 9 maart van een ladder gevallen en werkt sindsdien niet. "
        "Kunt u alle belangrijke data op een rij zetten?",
        today=date(2026, 12, 6),
    )
    statuses = {d.key: d.status for d in answer.dates}

    assert statuses["probleemanalyse_uiterlijk"] == "verstreken"
    assert statuses["plan_van_aanpak_uiterlijk"] == "verstreken"
    for key in ("eerstejaarsevaluatie_uiterlijk", "wia_aanvraag_uiterlijk", "einde_wachttijd"):
        assert key in statuses


def test_the_riv_question_names_the_end_of_the_wachttijd_it_hangs_on(assistant: Any) -> None:
    answer = assistant.answer(
        "Ziek sinds 19 januari. Wanneer moet het re-integratieverslag klaar zijn?",
        today=date(2026, 12, 6),
    )

    keys = {d.key for d in answer.dates}
    assert {"reintegratieverslag_eindevaluatie_uiterlijk", "einde_wachttijd"} <= keys


def test_a_refusal_story_gets_the_decision_and_what_to_do(assistant: Any) -> None:
    """ "Wat kunnen we doen?" beside the judgement: the decision first, then what to do."""
    answer = assistant.answer(
        "We hebben passend werk voor haar op de administratie, de bedrijfsarts vindt het ook "
        "passend, maar ze weigert het. Wat kunnen we doen?",
        today=date(2026, 12, 6),
    )

    assert answer.asks[:2] == ("spoor2_decision", "what_to_do")


def test_a_message_referred_whole_says_its_ask(assistant: Any) -> None:
    answer = assistant.answer(
        "Ik heb een zaak in Gent en een werknemer is al 6 maanden ziek. Moet ik een "
        "re-integratietraject opstarten en hoe werkt dat bij ons?"
    )

    assert answer.asks == ("out_of_scope",)
    assert "België" in answer.text


def test_a_costs_question_without_a_case_gets_no_spoor_2_decision(assistant: Any) -> None:
    """The classifier's guess of a decision beside costs, with no case told, only pads."""
    answer = assistant.answer(
        "wie betaalt eigenlijk dat re-integratiebureau voor spoor 2 en wat kost zoiets ongeveer? "
        "we zijn een klein bedrijf"
    )

    assert answer.asks == ("costs",)
    assert "spoor 2 —" not in answer.text.lower()


def test_a_yes_no_question_beside_another_ask_checks_its_claim(assistant: Any) -> None:
    """The yes/no question verifies a known claim; the other part keeps its own answer."""
    answer = assistant.answer(
        "We zijn aangesloten bij een verzuimverzekering. Is de verzekeraar dan verantwoordelijk "
        "voor de re-integratie? En wat als hij niet meewerkt?"
    )

    assert answer.asks[0] == "claim"
    assert "what_to_do" in answer.asks
    assert answer.verdict == "fabel"


def test_a_yes_no_question_sharing_one_topic_word_is_no_claim(assistant: Any) -> None:
    """ "moet de 42e-weeksmelding dan ook nog?" is no check of "te laat = loonsanctie"."""
    answer = assistant.answer(
        "Zijn contract loopt af op 31 maart 2027 en hij is ziek sinds 2 november. Wat moeten we "
        "nog doen, en moet de 42e-weeksmelding dan ook nog?",
        today=date(2026, 12, 6),
    )

    assert answer.verdict is None
    assert "claim" not in answer.asks


def test_a_message_about_the_woo_is_referred_whole(assistant: Any) -> None:
    """Its only sick-leave word stands in the referred part: no Poortwachter deadline."""
    answer = assistant.answer(
        "Er is een Woo-verzoek binnengekomen over ons ziekteverzuim. Binnen welke termijn "
        "moeten we beslissen?"
    )

    assert answer.asks == ("out_of_scope",)
    assert "Woo" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # one part, about a re-integratiebureau, but every clause asks about tax
        "Zijn de kosten van het re-integratiebureau aftrekbaar voor de vennootschapsbelasting, "
        "en moet er btw op?",
        # two parts: the payroll code, and a premium named without a word of ours
        "Welke code inkomstenverhouding gebruik ik voor het loon tijdens een loonsanctie? Moet "
        "er iets met de premie Aof?",
    ],
)
def test_a_message_whose_every_clause_is_referred_is_referred_whole(
    assistant: Any, question: str
) -> None:
    """No paragraph on sick pay or the bureau beside the referral: nothing else was asked."""
    answer = assistant.answer(question)

    assert answer.asks == ("out_of_scope",)
    assert answer.refused
    assert "Belastingdienst" in answer.text
    assert "[1]" not in answer.text


def test_a_referred_clause_beside_a_clause_of_ours_keeps_its_answer(assistant: Any) -> None:
    """ "…aftrekbaar voor de vennootschapsbelasting, of betaalt UWV die kosten?": answer both."""
    answer = assistant.answer(
        "Zijn de kosten van het re-integratiebureau aftrekbaar voor de vennootschapsbelasting, "
        "of betaalt UWV die kosten?"
    )

    assert not answer.refused
    assert "Belastingdienst" in answer.text
    assert "[1]" in answer.text


@pytest.mark.parametrize(
    ("statement", "verdict", "claim_words"),
    [
        # the statement's own key terms count too: building up leave, not going on holiday
        ("Zieke werknemers bouwen geen vakantiedagen op, dat weet ik zeker.", "fabel", "bouwt"),
        # a condition with a person after the rule keeps the rule a plain statement
        (
            "Spoor 2 mag achterwege blijven als ze binnen 3 maanden terug kan in haar eigen werk.",
            "feit",
            "achterwege",
        ),
        # opposite wordings without a negation word flip the verdict
        ("Spoor 1 en spoor 2 lopen gewoon naast elkaar, toch?", "feit", "Spoor 1 stopt"),
        ("Een spoor 2-traject duurt altijd zes maanden.", "fabel", "zonder vaste duur"),
        # what the user does about it is no part of the claim: its "niet" does not count
        (
            "Een deskundigenoordeel kost de werkgever geld, dus dat vragen we liever niet aan.",
            "feit",
            "gratis",
        ),
        # "als" naming a role is no condition: the main clause keeps its "geen"
        (
            "Als klein bedrijf heb ik geen arbodienst nodig, ik doe het verzuim van mijn twee "
            "mensen zelf.",
            "fabel",
            "kleine werkgever",
        ),
        # a comment after the statement is no part of it; other words for one topic
        (
            "Spoor 2 kun je overslaan als ze binnen drie maanden weer terugkomt, aldus onze "
            "casemanager.",
            "feit",
            "achterwege",
        ),
        ("Je mag bij een ziekmelding niet vragen hoelang het duurt, dat is privé.", "fabel", "hoe"),
        ("De werknemer moet gewoon meewerken aan spoor 2.", "feit", "zelf kiezen"),
        (
            "Spoor 2 mag nooit worden overgeslagen, ook niet als ze binnen drie maanden terug kan.",
            "fabel",
            "achterwege",
        ),
    ],
    ids=[
        "leave-accrual",
        "condition-after",
        "side-by-side",
        "fixed-duration",
        "consequence",
        "role",
        "aside",
        "hoelang",
        "must-cooperate",
        "concession-niet",
    ],
)
def test_statements_find_their_claim_and_polarity(
    assistant: Any, statement: str, verdict: str, claim_words: str
) -> None:
    answer = assistant.answer(statement)

    assert answer.verdict == verdict
    assert answer.claim is not None
    assert claim_words in answer.claim


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        # the plan's deadline hangs on the analysis: a passed analysis is called passed
        (
            "Ziek sinds 12 oktober. Wanneer moet het plan van aanpak er liggen?",
            {"probleemanalyse_uiterlijk", "plan_van_aanpak_uiterlijk"},
        ),
        (
            "Ziek sinds 9 januari. Welke papieren moeten er naar het UWV en wanneer?",
            {"reintegratieverslag_eindevaluatie_uiterlijk", "wia_aanvraag_uiterlijk"},
        ),
        ("Ziek sinds 2 februari 2026. Wanneer zijn die twee jaar om?", {"einde_wachttijd"}),
        (
            "Ziek sinds 17 november 2025. Tot wanneer moet ik hem nog doorbetalen?",
            {"einde_wachttijd"},
        ),
    ],
    ids=["pva-with-pa", "papers-for-uwv", "two-years-over", "paying-until-when"],
)
def test_the_milestones_a_dates_question_names(
    assistant: Any, question: str, keys: set[str]
) -> None:
    answer = assistant.answer(question, today=date(2026, 12, 6))

    assert keys <= {d.key for d in answer.dates}


def test_a_melding_told_as_made_in_a_message_without_question_mark_is_left_out(
    assistant: Any,
) -> None:
    """ "De 42e week melding is destijds gedaan. Nu vraagt hij wanneer …": no "meld nu alsnog"."""
    answer = assistant.answer(
        "Mijn neef is al ziek sinds 13 oktober 2025. De 42e week melding is destijds gedaan door "
        "mijn zus. Nu vraagt hij wanneer hij de WIA moet aanvragen.",
        today=date(2026, 12, 7),
    )

    keys = {d.key for d in answer.dates}
    assert "wia_aanvraag_uiterlijk" in keys
    assert "melding_42e_week_uiterlijk" not in keys


def test_a_story_in_abbreviations_only_is_answered(assistant: Any) -> None:
    """No domain word but its story facts: "BA: EW niet, AW wel" is about sick leave."""
    answer = assistant.answer("BA: EW niet, AW wel. AD nog niet gedaan. Intern geen plek. Advies?")

    assert not answer.refused
    assert answer.asks[0] == "spoor2_decision"


def test_a_second_yes_no_question_keeps_its_answer(assistant: Any) -> None:
    answer = assistant.answer(
        "Is een deskundigenoordeel gratis? Moet ik de 42e-weeksmelding doen als hij over twee "
        "weken weer beter is?"
    )

    assert answer.asks[0] == "claim"
    assert len(answer.asks) > 1


def test_a_claim_with_another_term_gets_no_verdict_on_a_lesser_claim(assistant: Any) -> None:
    """ "nog drie maanden na de EJE" is about the six-weeks claim: no verdict on another one."""
    answer = assistant.answer(
        "Klopt het dat je na de eerstejaarsevaluatie nog drie maanden hebt om spoor 2 te starten?"
    )

    assert answer.verdict is None
    assert answer.asks == ("claim",)


def test_a_referred_question_about_spoor_2_keeps_its_answer(assistant: Any) -> None:
    """ "Geldt spoor 2 ook in ons Belgische filiaal?" is answered from the note, with the referral."""
    answer = assistant.answer(
        "Geldt spoor 2 ook voor een zieke werknemer in ons Belgische filiaal?"
    )

    assert not answer.refused
    assert "Nederlandse recht" in answer.text


def test_a_question_only_about_the_ww_is_referred_whole(assistant: Any) -> None:
    answer = assistant.answer("Hoe hoog wordt de WW-uitkering van mijn werknemer na zijn ontslag?")

    assert answer.refused
    assert answer.asks == ("out_of_scope",)


def test_a_loonstop_question_in_a_story_is_answered_first(assistant: Any) -> None:
    """ "komt niet op afspraken … mag ik haar loon stoppen?" names the loonstop: it is answered,
    before the deadlines of the vague first day."""
    answer = assistant.answer(
        "Ze zit sinds begin september thuis. Ze komt niet op afspraken bij de bedrijfsarts. "
        "Wat kan ik doen, mag ik haar loon stoppen?",
        today=date(2026, 12, 6),
    )

    assert answer.asks[:2] == ("what_to_do", "dates")
    assert "loon" in answer.text.split("**Kort antwoord:**")[1]
    assert "stopzet" in answer.text or "loonstop" in answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Stopt het loon echt na 104 weken, ook als UWV nog niet over de WIA heeft beslist?",
            "feit",
        ),
        ("Hoe zit het eigenlijk: is de eerstejaarsevaluatie wettelijk verplicht?", "feit"),
    ],
    ids=["any-verb-first", "lead-in"],
)
def test_a_question_that_starts_with_any_verb_verifies_its_claim(
    assistant: Any, question: str, verdict: str
) -> None:
    """Dutch puts the verb first in a yes/no question, whatever the verb."""
    answer = assistant.answer(question)

    assert answer.asks[0] == "claim"
    assert answer.verdict == verdict


def test_a_first_person_question_in_a_story_asks_about_the_case(assistant: Any) -> None:
    """ "Moeten we …?" after the bedrijfsarts's judgement asks the decision, not a claim."""
    answer = assistant.answer(
        "De bedrijfsarts spreekt van marginale belastbaarheid, hooguit twee uur per week. "
        "Moeten we dan echt een re-integratiebureau voor spoor 2 inschakelen?"
    )

    assert answer.verdict is None
    assert "spoor2_decision" in answer.asks


def test_a_question_with_any_verb_needs_most_key_terms_of_the_claim(assistant: Any) -> None:
    """Paying longer by agreement is no check of the claim on a late WIA application."""
    answer = assistant.answer(
        "Kunnen mijn werknemer en ik afspreken dat ik langer doorbetaal, zodat de WIA later ingaat?"
    )

    assert answer.verdict is None


@pytest.mark.parametrize(
    "statement",
    [
        # "geen … meer" and "spoor 2" alone are no topic of "geen loon meer" or "spoor 1 stopt"
        "Als hij niet meer kan werken, moet je meteen spoor 2 starten.",
        "Zodra hij weer start, hoeven we geen extra uren meer te betalen.",
    ],
)
def test_a_statement_sharing_only_function_words_gets_no_verdict(
    assistant: Any, statement: str
) -> None:
    assert assistant.answer(statement).verdict is None


@pytest.mark.parametrize(
    ("message", "verdict", "claim_words"),
    [
        ("Een te late 42e-weeksmelding geeft toch geen loonsanctie?", "feit", "42e"),
        (
            "Met een no-risk polis hoeven we niks aan re-integratie te doen, zegt mijn boekhouder.",
            "fabel",
            "no-riskpolis",
        ),
        ("Spoor 1 loopt volgens mij gewoon door als spoor 2 start.", "feit", "Spoor 1 stopt"),
        (
            "De eerstejaarsevaluatie is volgens mij vrijwillig, meer een advies.",
            "fabel",
            "verplicht",
        ),
        (
            "Weet iemand of een AD-onderzoek verplicht is voordat spoor 2 start?",
            "genuanceerd",
            "arbeidsdeskundig",
        ),
        (
            "Het loon stopt niet na 104 weken zolang het UWV nog niet over de WIA heeft beslist.",
            "fabel",
            "104 weken",
        ),
        ("Ik mag mijn werknemer niet vragen wat ze mankeert.", "feit", "mankeert"),
    ],
    ids=[
        "toch-any-verb",
        "said-after",
        "opinion",
        "opinion-plain",
        "embedded",
        "zolang",
        "privacy",
    ],
)
def test_more_ways_to_put_a_claim_up_for_checking(
    assistant: Any, message: str, verdict: str, claim_words: str
) -> None:
    answer = assistant.answer(message)

    assert answer.verdict == verdict
    assert answer.claim is not None
    assert claim_words in answer.claim


def test_the_bedrijfsarts_said_with_a_colon_is_the_case_not_a_claim(assistant: Any) -> None:
    """ "De bedrijfsarts zegt: …" tells a judgement; "Moet ik dan toch …?" asks the decision."""
    answer = assistant.answer(
        "De bedrijfsarts zegt: geen benutbare mogelijkheden. Moet ik dan toch een bureau voor "
        "spoor 2 inhuren?"
    )

    assert answer.verdict is None
    assert answer.asks[0] == "spoor2_decision"


def test_the_talk_after_a_year_is_the_eerstejaarsevaluatie(assistant: Any) -> None:
    answer = assistant.answer(
        "Ze is op donderdag 12 maart 2026 ziek gemeld. Wanneer is dat gesprek na een jaar?",
        today=date(2026, 12, 6),
    )

    keys = [d.key for d in answer.dates]
    assert "eerstejaarsevaluatie_uiterlijk" in keys
    assert "probleemanalyse_uiterlijk" not in keys  # not every date: the one asked


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "De arbeidsdeskundige stuurde zijn rapport: intern geen passende functies. De BA had "
            "al gezegd dat hij zijn eigen werk niet meer kan. Volgende stap?",
            {"spoor2_decision", "what_to_do"},
        ),
        ("monteur gisteren uitgevallen, rug. wat moet wanneer?", {"dates", "what_to_do"}),
        (
            "Ze is ziek sinds 5 januari 2026 en ik zie geen probleemanalyse in het dossier. "
            "Wanneer had die er moeten zijn?",
            {"dates", "what_to_do"},
        ),
    ],
    ids=["next-step", "what-when", "had-to-be"],
)
def test_what_to_do_is_read_in_short_and_late_wordings(
    assistant: Any, message: str, asks: set[str]
) -> None:
    answer = assistant.answer(message, today=date(2026, 12, 7))

    assert asks <= set(answer.asks)
    assert answer.verdict is None


def test_a_story_of_not_showing_up_finds_the_rules_on_cooperation(assistant: Any) -> None:
    """ "neemt de telefoon niet op" is about cooperation: loonopschorting, in the sources' words."""
    answer = assistant.answer(
        "Mijn werknemer neemt de telefoon niet op en komt niet naar de bedrijfsarts. Wat nu?"
    )

    assert not answer.refused
    assert "opschort" in answer.text


def test_calling_a_sick_employee_is_answered(assistant: Any) -> None:
    answer = assistant.answer("Mag ik haar bellen nu ze thuis gebleven is?")

    assert not answer.refused
    assert "bellen" in answer.text


@pytest.mark.parametrize(
    "message",
    [
        "Mijn werknemer zegt: ik kom niet naar de bedrijfsarts. Wat nu?",
        "Ik vraag me af of spoor 2 nu al moet starten.",
        "Inmiddels een jaar verder, wat nu?",
    ],
    ids=["employee-said", "own-doubt", "adverb-start"],
)
def test_the_case_in_words_that_look_like_a_claim_check(assistant: Any, message: str) -> None:
    """The employee's own words, a doubt of the user's, a story adverb: no claim to check."""
    answer = assistant.answer(message)

    assert "claim" not in answer.asks
    assert "geen bewering die ik ken" not in answer.text


def test_a_date_question_without_a_case_asks_for_the_day_without_a_stripped_example(
    assistant: Any,
) -> None:
    """The request for the first sick day names no example date the guard would strip."""
    answer = assistant.answer("Wanneer moet het re-integratieverslag klaar zijn?")

    assert answer.warnings == ()
    assert "eerste ziektedag nodig" in answer.text


def test_a_case_question_with_the_story_s_person_is_no_claim_check(assistant: Any) -> None:
    """ "Mag ik zijn loon stoppen?" after the story asks what to do, not a known claim."""
    answer = assistant.answer(
        "Onze werknemer is het niet eens met de bedrijfsarts en weigert aangepast werk. "
        "Mag ik zijn loon stoppen?"
    )

    assert answer.verdict is None
    assert "loon stop" in answer.text or "loonstop" in answer.text


def test_a_rule_question_is_matched_on_its_own_clause_not_its_condition(assistant: Any) -> None:
    """Stopping the pay when he refuses is no check of "mag zelf kiezen of hij meedoet"."""
    answer = assistant.answer(
        "Mag een werkgever het loon stoppen als de werknemer weigert mee te werken?"
    )

    assert answer.claim is None or "zelf kiezen" not in answer.claim
    assert not answer.refused


def test_a_bound_of_another_length_gets_no_verdict_on_the_two_year_claim(assistant: Any) -> None:
    answer = assistant.answer("Klopt het dat je na een jaar ziekte gewoon mag ontslaan?")

    assert answer.claim is None or "twee jaar" not in answer.claim


def test_a_story_asking_what_to_do_and_dates_has_one_short_answer(assistant: Any) -> None:
    """The second part's dates are headed as dates, not as a second short answer."""
    answer = assistant.answer(
        "Onze schoonmaakster is op 2 november ziek geworden. Wat moet ik allemaal regelen de "
        "komende weken?",
        today=date(2026, 12, 7),
    )

    assert answer.asks[:2] == ("what_to_do", "dates")
    assert answer.text.count("**Kort antwoord:**") == 1
    assert "**Termijnen:**" in answer.text


def test_a_loonstop_for_not_showing_up_is_not_the_claim_about_spoor_2(assistant: Any) -> None:
    """A claim whose condition is spoor 2 ("Zodra spoor 2 start …") is no claim on a no-show."""
    answer = assistant.answer(
        "hoi, klopt het dat je als werkgever het loon mag stoppen als iemand niet op het "
        "spreekuur van de bedrijfsarts verschijnt?"
    )

    assert answer.claim is not None
    assert "spoor 2" not in answer.claim
    assert answer.verdict == "genuanceerd"
    assert "opschorten" in answer.text


def test_the_myth_that_a_relapse_restarts_everything_is_a_fabel(assistant: Any) -> None:
    """Periods less than four weeks apart are added together: nothing starts over."""
    answer = assistant.answer(
        "Als we hem beter melden en hij valt na drie weken weer uit, dan gaat de hele procedure "
        "met alle termijnen opnieuw lopen, toch?"
    )

    assert answer.verdict == "fabel"
    assert answer.claim is not None
    assert "opnieuw" in answer.claim
    assert "samengeteld" in answer.text


def test_a_claim_on_spoor_2_needs_the_message_to_speak_of_it_not_the_statement(
    assistant: Any,
) -> None:
    """The track may stand in the sentence after the news the statement was read from."""
    answer = assistant.answer(
        "De bedrijfsarts heeft 'geen benutbare mogelijkheden' vastgesteld. Dan hoeven we nooit "
        "meer iets aan spoor 2 te doen, toch?"
    )

    assert answer.verdict == "genuanceerd"


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # the user's condition repeats the claim's concession: only the main clause counts
        (
            "De loondoorbetaling stopt niet na 104 weken als UWV nog niet over de WIA heeft "
            "beslist, klopt dat?",
            "fabel",
        ),
        (
            "Klopt het dat de loondoorbetaling na 104 weken stopt, ook als UWV nog niet over de "
            "WIA heeft beslist?",
            "feit",
        ),
        # "en wij dus niks hoeven" is what we conclude, not a denial of the claim
        (
            "Mijn collega zegt dat bij een verzuimverzekering de verzekeraar alles van de "
            "re-integratie regelt en wij dus niks hoeven. Is dat zo?",
            "fabel",
        ),
    ],
)
def test_polarity_of_conditions_and_conclusions(assistant: Any, message: str, verdict: str) -> None:
    """The verdict is on the user's main clause; conditions and conclusions do not flip it."""
    assert assistant.answer(message).verdict == verdict


def test_the_ww_referral_names_no_vaststellingsovereenkomst_nobody_mentioned(
    assistant: Any,
) -> None:
    """The WW is referred to UWV; the agreement to end the contract is referred only if named."""
    answer = assistant.answer(
        "Hoe vraag ik een WW-uitkering aan voor een werknemer die ik heb ontslagen?"
    )

    assert "out_of_scope" in answer.asks
    assert "werk.nl" in answer.text
    assert "vaststellingsovereenkomst" not in answer.text


def test_a_plain_statement_of_the_case_gets_no_second_try_as_a_claim(assistant: Any) -> None:
    """A correction's "Ze is al bijna twee jaar thuis." is the case, not the two-year myth."""
    answer = assistant.answer(
        "Sorry, ik bedoelde 20 januari vorig jaar, dus 2025. Ze is al bijna twee jaar thuis.",
        ["Mijn medewerkster is ziek sinds 20 januari. Wanneer moet de WIA aangevraagd worden?"],
        today=date(2026, 12, 6),
    )

    assert answer.verdict is None


def test_the_doctors_judgement_of_the_case_is_news_not_a_claim(assistant: Any) -> None:
    answer = assistant.answer(
        "Die arbodienst-arts zegt 'geen benutbare mogelijkheden' bij mijn monteur, maar ik zie "
        "hem gewoon zijn schuur verbouwen. Moet ik nou echt geen spoor 2 starten?"
    )

    assert answer.verdict is None
