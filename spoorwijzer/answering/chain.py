"""The answer chain: question -> facts, route, retrieval -> composed (or phrased) -> guarded.

Layer: orchestration. Receives its retriever, claim matcher, store and optional chat model; it
constructs none of them. The deterministic composer always runs; a configured chat model only
rephrases the composed answer, and its text passes the same date and citation guards or is
replaced by the composed answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spoorwijzer.answering.citations import CitationBook
from spoorwijzer.answering.compose import (
    GENERIC_STEMS,
    SCOPE_TEXT,
    Draft,
    MilestoneScope,
    compose_claim,
    compose_deadline,
    compose_explanation,
    compose_missing_facts,
    compose_refusal,
    deadline_topics,
    without_dates,
    without_named_days,
)
from spoorwijzer.answering.guards import (
    backed_dates,
    drop_sentences_with,
    markers_valid,
    remove_markers,
    unbacked_dates,
    verified_citations,
)
from spoorwijzer.answering.phrasing import Phraser
from spoorwijzer.answering.plan import (
    DIAGNOSIS_NOTE,
    SPOOR2_KEYS,
    PlannedPart,
    choose_follow_ups,
    intent_of,
    join_parts,
    spoor2_dates,
    spoor2_lines,
)
from spoorwijzer.deadlines import DeadlineInputError, DeadlineReport, compute_deadlines
from spoorwijzer.language.dutch_dates import format_date_long
from spoorwijzer.language.spelling import correct_spelling
from spoorwijzer.language.synonyms import english_gloss, expand_query, opposed
from spoorwijzer.language.wording import content_stems
from spoorwijzer.records import Answer, FollowUp
from spoorwijzer.retrieval.hybrid import HybridRetriever, Passage
from spoorwijzer.retrieval.store import ChunkStore
from spoorwijzer.rules.claims import ClaimMatch, ClaimMatcher, agreement
from spoorwijzer.rules.spoor2 import Spoor2Decision, decide_for
from spoorwijzer.understanding.asks import (
    Ask,
    AskPart,
    AskReading,
    ClaimAsk,
    Classifier,
    count_negations,
    extract_claim,
    is_case_detail,
    mentions_track,
    read_asks,
    referred_throughout,
    split_parts,
    with_extra_asks,
)
from spoorwijzer.understanding.dossier import (
    Dossier,
    DossierError,
    MessageReading,
    about_another_employee,
    dossier_problems,
    read_message,
    read_messages,
)
from spoorwijzer.understanding.facts import describe_periods
from spoorwijzer.understanding.injection import find_injection, strip_injection
from spoorwijzer.understanding.message_models import MessageScorer
from spoorwijzer.understanding.routing import (
    Intent,
    is_in_domain,
    is_yes_no_question,
    question_sentences,
    route_question,
)
from spoorwijzer.understanding.second_reading import (
    CaseReader,
    merge_second_reading,
    parse_reply,
)
from spoorwijzer.understanding.story_facts import StoryFact
from spoorwijzer.understanding.story_model import SOURCE as JUDGE_SOURCE
from spoorwijzer.understanding.story_model import StoryJudge

OTHER_EMPLOYEE = (
    "Gaat dit bericht over een andere werknemer? Dan houd ik het apart: dit antwoord gebruikt "
    "alleen wat in dit bericht staat, en het dossier van de casus blijft zoals het was. Begin "
    "voor die werknemer een nieuwe casus."
)
MAX_QUESTION_CHARS = 4000
SCOPE_MIN_SIMILARITY = 0.83  # e5 cosine of the nearest passage; below it nothing is relevant
FOLLOW_UP_MAX_WORDS = 15
PASSAGES = 16


class QuestionError(ValueError):
    """The question cannot be answered as given (empty or too long); the message is Dutch."""


def check_question(question: str) -> str:
    """Return the stripped question, or raise QuestionError with a Dutch message."""
    stripped = question.strip()
    if not stripped:
        raise QuestionError("Stel een vraag; het bericht is leeg.")
    if len(stripped) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"De vraag is {len(stripped)} tekens lang; de grens is {MAX_QUESTION_CHARS}. "
            "Maak de vraag korter of splits haar op."
        )
    return stripped


@dataclass
class Assistant:
    """Answers questions; one instance serves many conversations (it holds no case facts)."""

    retriever: HybridRetriever
    claims: ClaimMatcher
    store: ChunkStore
    today: date
    phraser: Phraser | None = None
    classify: Classifier | None = None
    reader: CaseReader | None = None  # an optional second reader of the case (a chat model)
    peildatum: date | None = None  # the latest day the knowledge was checked (sources.yaml)
    judge: StoryJudge | None = None  # the story model: facts the lexicon left open
    detect_claim: MessageScorer | None = None  # the claim model: claims the rules' cues miss
    in_domain: MessageScorer | None = None  # the domain model: in scope without the domain words

    def answer(
        self,
        question: str,
        history: Sequence[str] = (),
        *,
        today: date | None = None,
        dossier: Dossier | None = None,
    ) -> Answer:
        """Answer one message of a conversation, every ask in it, from the case dossier.

        Args:
            question: The user's message.
            history: Earlier user messages of this conversation, oldest first.
            today: The reference date for yearless dates and statuses (default: the assistant's).
            dossier: The case so far (session state). Without it, the history is read into one.

        Returns:
            The guarded answer, with the updated dossier in `Answer.dossier`.

        Raises:
            QuestionError: Empty or too long question.
        """
        text = check_question(question)
        today = today or self.today
        warnings: list[str] = []
        injected = find_injection(text)
        if injected:
            warnings.append(
                f'Uw bericht bevat een instructie aan Spoorwijzer ("{injected}"); die volg ik '
                "niet. Mijn regels, oordelen en onderwerp veranderen daardoor niet."
            )
            text = strip_injection(text)
            if not text:
                draft = compose_refusal(
                    None, reason="Uw bericht bevat geen vraag over verzuim of re-integratie."
                )
                return self._finish(draft, question, None, warnings, _Case(dossier or Dossier()))
        text = correct_spelling(text)  # "probleemanalise", "sins 3 febuari"
        base = dossier if dossier is not None else self._read_history(history, today)
        kept = None
        if base.facts and about_another_employee(text):  # ask rather than mix two cases
            warnings.append(OTHER_EMPLOYEE)
            kept, base, history = base, Dossier(), ()
        reading = read_message(base, text, today)
        model_asks: tuple[Ask, ...] = ()
        if self.reader is not None:
            second = merge_second_reading(
                reading.dossier, parse_reply(self.reader(text, today)), message=text, today=today
            )
            reading = replace(reading, dossier=second.dossier)
            model_asks = second.asks
        if self.judge is not None:  # what the rules and a chat model left open
            reading = _with_judged_facts(reading, self.judge, text, today)
        case = _Case(reading.dossier, reading=reading, model_asks=model_asks, kept=kept)
        draft, report = self._draft(text, list(history), today, case)
        return self._finish(draft, question, report, warnings, case)

    def _read_history(self, history: Sequence[str], today: date) -> Dossier:
        """The dossier of the earlier messages, read by the rules and the story model.

        A chat model is not asked again: pass the dossier kept in the session to keep what it
        read.
        """
        if self.judge is None:
            return read_messages(history, today)
        dossier = Dossier()
        for message in history:
            corrected = correct_spelling(message)
            reading = read_message(dossier, corrected, today)
            dossier = _with_judged_facts(reading, self.judge, corrected, today).dossier
        return dossier

    def _draft(
        self, text: str, history: list[str], today: date, case: _Case
    ) -> tuple[Draft, DeadlineReport | None]:
        asks = with_extra_asks(read_asks(text, self.classify), case.model_asks)
        reading = case.reading
        assert reading is not None
        facts_only = bool(history) and self._tells_facts_only(asks, text)
        if facts_only:  # an answer to a follow-up, or a correction: answer the earlier asks
            asks = read_asks(history[-1], self.classify)
        # A follow-up continues the conversation's topic ("en hoe pak ik dat aan?").
        continues = bool(history) and not is_in_domain(text) and is_in_domain(history[-1])
        search_text = f"{history[-1]} {text}" if facts_only or continues else text
        topic = _story_topic(case.reading, text)  # "neemt de telefoon niet op": cooperation
        search_text += topic
        told_facts = bool(reading.dossier.facts) and reading.dossier.messages > len(history)
        sick_day_told = reading.facts.facts is not None  # a first sick day: about sick leave
        story_told = _story_judges(reading)  # "BA: EW niet, AW wel. Intern geen plek."
        if not (
            is_in_domain(search_text) or sick_day_told or story_told or (facts_only and told_facts)
        ):
            if self.in_domain is None or self.in_domain(text) < DOMAIN_BAR:
                referral = asks.referrals[0] if asks.referrals else None
                case.asks = (str(Ask.OUT_OF_SCOPE),)
                return (compose_refusal(referral) if referral else route_to_refusal(text)), None
            # about a sick employee in other words ("heeft een hernia en kan niet rijden"):
            # the search names the domain, or it finds nothing near
            case.hint = DOMAIN_HINT
            search_text += DOMAIN_HINT
        if set(asks.asks) == {Ask.OUT_OF_SCOPE} or _referred_whole(asks, sick_day_told):
            case.asks = (str(Ask.OUT_OF_SCOPE),)
            return compose_refusal(asks.referrals[0] if asks.referrals else None), None
        # "sinds de herfstvakantie" dates the story; it asks nothing about vacation
        search_text = without_named_days(search_text, today)
        passages = self.retriever.retrieve_parts(search_text, PASSAGES)
        report, problems = _deadlines(case.dossier, today)
        if (
            report is None
            and not problems
            and not case.dossier.facts
            and _best_similarity(passages) < SCOPE_MIN_SIMILARITY
            # "Wat is een EJE?": the abbreviation's full name may find what it did not
            and _best_similarity(self.retriever.retrieve_parts(expand_query(search_text), PASSAGES))
            < SCOPE_MIN_SIMILARITY
        ):
            return compose_refusal(
                None,
                reason="Ik vind in de kennisbank van Spoorwijzer niets wat deze vraag "
                "beantwoordt; mogelijk valt ze buiten het onderwerp.",
            ), None
        # "Moeten we …?", "Mag ik zijn loon stoppen?" then ask about this case
        own_case = sick_day_told or bool(reading.story)
        asks, ask_list, claim_match = self._claim_asks(
            asks, text, facts_only=facts_only, own_case=own_case, strict=bool(case.hint)
        )
        ask_list = _asks_for_the_case(ask_list or [Ask.WHAT_TO_DO], asks, case)
        book = CitationBook()
        parts: list[PlannedPart] = []
        plan = _Plan(asks, ask_list, claim_match, report, problems, passages, book)
        for ask in ask_list:
            part_text = asks.part_text(ask) if not facts_only else search_text
            part_text = without_named_days(part_text, today)
            if ask in (Ask.WHAT_TO_DO, Ask.PROCESS) and topic not in part_text:
                part_text += topic
            parts.append(PlannedPart(ask, self._part(ask, part_text, plan, case, history, text)))
        decision = plan.decision
        if all(p.draft.refused for p in parts):
            case.asks = (str(Ask.OUT_OF_SCOPE),)  # the whole message is referred
            return parts[0].draft, None
        parts = [p for p in parts if not p.draft.refused or p.ask is Ask.OUT_OF_SCOPE]
        follow_ups = choose_follow_ups(ask_list, case.dossier, decision)
        case.follow_ups = follow_ups
        notes = [DIAGNOSIS_NOTE] if reading.diagnosis_given else []
        if self.peildatum is not None and _ASKS_CURRENCY.search(text):
            notes.append(
                f"*Peildatum van de kennisbank: {format_date_long(self.peildatum)}. Latere "
                "wijzigingen van wet of UWV-beleid zijn mogelijk; controleer wetten.overheid.nl "
                "en uwv.nl.*"
            )
        understood = case.dossier.understood() if case.dossier.facts else []
        draft = join_parts(
            parts, book.citations, understood=understood, follow_ups=follow_ups, notes=notes
        )
        case.asks = tuple(str(a) for a in ask_list)
        shown = report if any(p.ask in (Ask.DATES, Ask.SPOOR2_DECISION) for p in parts) else None
        return draft, shown

    def _part(
        self, ask: Ask, part_text: str, plan: _Plan, case: _Case, history: list[str], text: str
    ) -> Draft:
        """Answer one ask of the message."""
        book = plan.book
        if ask is Ask.DATES:
            return self._dates_part(part_text, plan, case)
        if ask is Ask.SPOOR2_DECISION:
            plan.shown_keys.update(SPOOR2_KEYS)
            plan.decision = decide_for(case.dossier, " ".join([*history, text]))
            draft = self._spoor2_part(part_text, plan.decision, plan.report, book)
            if plan.report is not None and not case.dossier.first_sick_day_exact:
                draft.text = _assumption(case.dossier, plan.report) + draft.text
                plan.assumed = True
            return draft
        if ask is Ask.CLAIM:
            return self._claim_part(part_text, plan.asks, plan.claim_match, book)
        if ask is Ask.OUT_OF_SCOPE:
            referral = next((p.referral for p in plan.asks.parts if p.referral), None)
            return Draft(
                "**Buiten Spoorwijzer:** " + (referral or SCOPE_TEXT),
                (),
                Intent.OUT_OF_SCOPE,
                refused=True,
            )
        single = len(plan.ask_list) == 1
        asked = part_text + case.hint  # "heeft een hernia": relevant is what the domain says
        topical = plan.passages if single else self.retriever.retrieve_parts(asked, PASSAGES)
        return compose_explanation(
            asked, topical, intent_of(ask), book=book, limit=4 if single else 2
        )

    def _tells_facts_only(self, asks: AskReading, text: str) -> bool:
        """A later message that asks nothing itself: an answer to a follow-up, or a correction.

        Only the rules' asks count (the classifier guesses on every text). A plain statement
        that is no known claim ("Nee wacht, de bedrijfsarts zei …") tells the case as well.
        """
        said = {a for part in asks.parts for a in part.asks}
        if not said:
            return True
        plain = asks.claim is not None and not asks.claim.cued and said <= {Ask.CLAIM}
        return plain and self._claim(asks, text) is None

    def _claim(
        self, asks: AskReading, text: str, *, own_case: bool = False, strict: bool = False
    ) -> ClaimMatch | None:
        """The known claim the message is about: stated or asked to verify, key terms agreeing.

        A yes/no question of a message that tells its case, asked in the first person ("Moeten
        we dan echt een re-integratiebureau inschakelen?"), asks about that case: no claim.
        """
        if asks.claim is not None:
            put = asks.claim
            match = self.claims.match(put.statement, strict=strict, message=text)
            if match is None and put.context:  # "… daar nooit voor betalen": its topic before
                match = self.claims.match(
                    f"{put.context} {put.statement}", strict=strict, message=text
                )
            # "… mag ik hem gewoon ontslaan toch?": as put (a plain statement, "Ze is al bijna
            # twee jaar thuis.", is put as it stands)
            for part in asks.parts if match is None and put.cued else ():
                as_put = _as_put(part.text.strip(), put.statement)
                if (
                    as_put is not None
                    and _words(as_put) != _words(put.statement)
                    and not is_case_detail(as_put)  # "mijn vrouw zegt dat het 20 januari was"
                ):
                    match = self.claims.match(as_put, strict=strict, message=text)
                    if match is not None:
                        break
            return match
        said = {a for part in asks.parts for a in part.asks}  # the rules', not the classifier's
        if not is_yes_no_question(text) or _CASE_ASKS & said or Ask.EXPLAIN_TERM in said:
            return None  # "Kun je uitleggen wat GBM betekent?" asks no verdict
        if own_case and _asks_about_the_own_case(text):
            return None
        if is_yes_no_question(text, rule_verbs_only=True):
            return self.claims.match(text, strict=True)
        match = self.claims.match(text, strict=True)  # "Bouwt een zieke werknemer … op?"
        return match if match is not None and _agrees_as_asked(text, match) else None

    def _asked_claim_part(
        self, asks: AskReading, *, own_case: bool
    ) -> tuple[AskReading, ClaimMatch] | None:
        """A yes/no question beside other asks that asks a known claim, key terms agreeing.

        "Is de verzekeraar dan verantwoordelijk voor de re-integratie? En wat als …" verifies
        a known claim in one part; the other parts keep their asks.
        """
        for part in asks.parts:
            text = part.text.strip()
            if (
                not text.endswith("?")
                or not is_yes_no_question(_LEAD_WORD.sub("", text))
                or _no_claim_in(part, own_case=own_case)
            ):
                continue
            match = self._verified_as_asked(text)
            if match is not None:
                return _with_claim_part(asks, part, text), match
        return None

    def _verified_as_asked(self, question: str) -> ClaimMatch | None:
        """The known claim a yes/no question verifies: key terms agreeing, in its own clause."""
        match = self.claims.match(question, strict_terms=True)  # it verifies a statement
        return match if match is not None and _agrees_as_asked(question, match) else None

    def _claim_asks(
        self, asks: AskReading, text: str, *, facts_only: bool, own_case: bool, strict: bool
    ) -> tuple[AskReading, list[Ask], ClaimMatch | None]:
        """The asks once the claim is settled: a known claim matched, or no claim at all.

        `strict`: the message has none of the domain's words (only the domain model let it
        in), so a stated claim must match as closely as a plain yes/no question.
        """
        ask_list = list(asks.asks)
        claim_match = self._claim(asks, text, own_case=own_case, strict=strict)
        if claim_match is None and asks.claim is None and len(asks.parts) > 1:
            found = self._asked_claim_part(asks, own_case=own_case)
            if found is not None:
                asks, claim_match = found
                ask_list = list(dict.fromkeys([Ask.CLAIM, *ask_list]))
        if claim_match is None and asks.claim is None and not facts_only and not strict:
            detected = self._detected_claim(asks, text, own_case=own_case)
            if detected is not None:
                asks, claim_match = detected
                ask_list = list(dict.fromkeys([Ask.CLAIM, *ask_list]))
        if claim_match is None and not facts_only:
            declared = self._declared_claim(asks, text)
            if declared is not None:  # and every other ask a part of the message states
                stated = [a for a in ask_list if a is not Ask.CLAIM and _stated(asks, a)]
                return declared[0], [Ask.CLAIM, *stated], declared[1]
        yes_no = [p for p in asks.parts if is_yes_no_question(p.text)]
        others = [p for p in asks.asking_parts if p not in yes_no] + yes_no[1:]
        if claim_match is not None and asks.claim is None and not others:
            ask_list = [Ask.CLAIM]  # the yes/no question is the claim: one answer, not two
        elif claim_match is not None and Ask.CLAIM not in ask_list:
            ask_list.insert(0, Ask.CLAIM)
        if Ask.CLAIM in ask_list and claim_match is None and asks.claim is None:
            ask_list.remove(Ask.CLAIM)
        return asks, ask_list, claim_match

    def _detected_claim(
        self, asks: AskReading, text: str, *, own_case: bool
    ) -> tuple[AskReading, ClaimMatch] | None:
        """A claim the claim model finds where the rules found no cue, in a part that matches one.

        "Naar mijn beste weten wordt het tweede spoor pas relevant na twee jaar." The model
        reads the whole message; a part that asks about the case (dates, the decision, costs)
        or tells it is never the claim, nor a question about the user's own case ("We zijn een
        klein bedrijf dus spoor 2 hoeft niet voor ons?"); the part must match a known claim, a
        question with its key terms in agreement as asked.
        """
        if self.detect_claim is None or self.detect_claim(text) < CLAIM_DETECTOR_BAR:
            return None
        for part in asks.parts:
            if (
                _no_claim_in(part, own_case=own_case)
                or _OUR_OWN.match(part.text)
                or _DOCTOR_TELLS.search(part.text)
            ):
                continue  # "Onze BA gebruikt het steeds in zijn verslagen": the story
            if "?" in part.text:
                match = self._verified_as_asked(part.text)
            else:
                match = self.claims.match(part.text)
            if match is not None:
                return _with_claim_part(asks, part, part.text), match
        return None

    def _declared_claim(self, asks: AskReading, text: str) -> tuple[AskReading, ClaimMatch] | None:
        """A statement without a cue, close to a known claim, in a message asking nothing else.

        For example "Een te late 42e-weeksmelding levert hooguit een boete op.". Only the
        rules' asks count; a sentence of the user's own story (a date, "sinds") is never a
        claim. The match is strict: high similarity and key terms in agreement.
        """
        said = {a for part in asks.parts for a in part.asks}
        if said - {Ask.CLAIM} or "?" in text:
            return None
        for part in split_parts(text):
            if is_case_detail(part):
                continue
            match = self.claims.match(part, strict=True)
            if match is not None:
                claim = replace(extract_claim(part), cued=False)
                parts = (AskPart(part, (Ask.CLAIM,)),)
                return replace(asks, asks=(Ask.CLAIM,), parts=parts, claim=claim), match
        return None

    def _dates_part(self, part_text: str, plan: _Plan, case: _Case) -> Draft:
        report, book = plan.report, plan.book
        if report is None:
            return compose_missing_facts(part_text, plan.passages, plan.problems, book=book)
        # BM25 reads the ask without its dates; the dense model reuses the ask's own vector.
        made = _report_made(case.dossier)
        topical = self.retriever.retrieve_parts(
            without_dates(part_text),
            PASSAGES,
            topic=deadline_topics(report, part_text, melding_made=made),
            dense_text=part_text,
        )
        facts = case.dossier.case_facts()
        assert facts is not None
        approximate = not case.dossier.first_sick_day_exact
        draft = compose_deadline(
            part_text,
            report,
            topical,
            periods_text=describe_periods(facts),
            approximate=approximate,
            book=book,
            scope=MilestoneScope(
                skip=plan.shown_keys,
                melding_made=made,
                asked_elsewhere=" ".join(
                    p.text
                    for p in plan.asks.parts
                    if p.text != part_text and Ask.OUT_OF_SCOPE not in p.asks
                ),
            ),
        )
        if approximate and not plan.assumed:
            draft.text = _assumption(case.dossier, report) + draft.text
            plan.assumed = True
        return draft

    def _spoor2_part(
        self,
        part_text: str,
        decision: Spoor2Decision,
        report: DeadlineReport | None,
        book: CitationBook,
    ) -> Draft:
        passages = self.retriever.retrieve(decision.reasons[0], PASSAGES, fixed=True)
        support = compose_explanation(part_text, passages, Intent.OBLIGATION, book=book, limit=2)
        lines = spoor2_lines(decision, report)
        if not support.refused:
            lines.append(support.text.replace("**Kort antwoord:** ", ""))
        return Draft(
            "\n\n".join(lines), book.citations, Intent.OBLIGATION, tuple(spoor2_dates(report))
        )

    def _claim_part(
        self,
        part_text: str,
        asks: AskReading,
        match: ClaimMatch | None,
        book: CitationBook,
    ) -> Draft:
        passages = self.retriever.retrieve_parts(part_text, PASSAGES)
        if match is not None:
            said = asks.claim if asks.claim is not None else extract_claim(part_text)
            flipped = _said_negated(said, match.claim.claim) != claim_negated(match.claim.claim)
            worded = " ".join([said.statement, *english_gloss(said.statement)])  # "keep paying"
            flipped ^= opposed(worded, match.claim.claim) % 2 == 1  # "loopt door"/"stopt"
            return compose_claim(part_text, match, passages, flipped=flipped, book=book)
        draft = compose_explanation(part_text, passages, Intent.CLAIM, book=book, limit=2)
        if draft.refused:
            return draft
        draft.text = (
            "Dit is geen bewering die ik ken uit mijn lijst van feiten en fabels; dit zeggen de "
            "bronnen erover:\n\n" + draft.text.replace("**Kort antwoord:** ", "")
        )
        return draft

    def _finish(
        self,
        draft: Draft,
        question: str,
        report: DeadlineReport | None,
        warnings: list[str],
        case: _Case,
    ) -> Answer:
        good, bad = verified_citations(draft.citations, self.store)
        text = remove_markers(draft.text, [c.n for c in bad])
        if bad:
            warnings.append(
                f"{len(bad)} bronverwijzing(en) konden niet worden gecontroleerd "
                "en zijn weggelaten."
            )
        allowed = backed_dates(report=report, question=question, citations=good)
        allowed |= case.dossier.dates()  # the user's own dates, read from their words
        if self.peildatum is not None:
            allowed.add(self.peildatum)  # the knowledge's own peildatum, from sources.yaml
        literal = [question, *(c.quote for c in good)]
        stray = unbacked_dates(text, allowed, literal)
        if stray:
            text = drop_sentences_with(text, stray)
            warnings.append("Een datum zonder onderbouwing is uit het antwoord gehaald.")
        if self.phraser is not None and not draft.refused:
            text = self._phrase(text, question, draft, good, allowed, literal, warnings)
        if warnings:
            text = "\n\n".join([*(f"*{w}*" for w in warnings), text])
        return Answer(
            text=text,
            citations=good,
            dates=draft.dates,
            verdict=draft.verdict,
            refused=draft.refused,
            intent=str(draft.intent),
            warnings=tuple(warnings),
            asks=case.asks,
            follow_up=case.follow_ups if not draft.refused else (),
            understood=tuple(case.dossier.understood()),
            dossier=(case.kept or case.dossier).to_dict(),
            claim=draft.claim,
        )

    def _phrase(
        self,
        text: str,
        question: str,
        draft: Draft,
        citations: Sequence[object],
        allowed: set[date],
        literal: Sequence[str],
        warnings: list[str],
    ) -> str:
        assert self.phraser is not None
        phrased = self.phraser.phrase(question=question, draft=replace(draft, text=text))
        if phrased is None:
            warnings.append("Het taalmodel gaf geen antwoord; dit is het samengestelde antwoord.")
            return text
        if (
            unbacked_dates(phrased, allowed, literal)
            or not markers_valid(phrased, draft.citations)
            or (citations and "[" not in phrased)
        ):
            warnings.append(
                "Het taalmodel noemde een datum of bron die niet te controleren is; dit is het "
                "samengestelde antwoord."
            )
            return text
        return phrased


@dataclass
class _Plan:
    """What every part of one answer shares."""

    asks: AskReading
    ask_list: list[Ask]
    claim_match: ClaimMatch | None
    report: DeadlineReport | None
    problems: list[str]
    passages: Sequence[Passage]
    book: CitationBook
    decision: Spoor2Decision | None = None
    shown_keys: set[str] = field(default_factory=set)  # milestones an earlier part states
    assumed: bool = False  # an earlier part named the approximate first sick day already


@dataclass
class _Case:
    """What one answer knows of the case while it is being composed."""

    dossier: Dossier
    reading: MessageReading | None = None
    asks: tuple[str, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    model_asks: tuple[Ask, ...] = ()  # what the optional second reader found
    kept: Dossier | None = None  # the case's dossier, untouched by a message about another one
    hint: str = ""  # the domain's words, for a message only the domain model let in


_DECISION_FACTS = frozenset({"oordeel_bedrijfsarts", "intern_passend_werk"})
# Asks about the user's own case: a yes/no question beside one of them is no claim check.
_CASE_ASKS = frozenset({Ask.DATES, Ask.SPOOR2_DECISION, Ask.COSTS, Ask.OUT_OF_SCOPE})
# The claim model's bar (see evals/train_claim_detector.py): a claim without a cue only when the
# model is this sure and a part of the message matches a known claim.
CLAIM_DETECTOR_BAR = 0.9
# The domain model's bar (see evals/train_domain_model.py): a message without the domain words is
# in scope only when the model is this sure.
DOMAIN_BAR = 0.98
DOMAIN_HINT = " zieke werknemer verzuim re-integratie"


def _asks_for_the_case(ask_list: list[Ask], asks: AskReading, case: _Case) -> list[Ask]:
    """The message's asks, adjusted to what the case it tells needs answered."""
    reading = case.reading
    assert reading is not None
    if _guessed_decision_without_a_case(asks, ask_list, case.dossier):
        ask_list.remove(Ask.SPOOR2_DECISION)  # "wie betaalt het bureau voor spoor 2?"
    if _story_for_the_decision(reading, ask_list):  # "… intern hebben we niets. wat nu?"
        ask_list = [Ask.SPOOR2_DECISION, *ask_list]
    if _claim_about_the_case_track(reading, asks, ask_list):  # "… toch pas na een jaar?"
        ask_list.append(Ask.SPOOR2_DECISION)
    if (
        Ask.SPOOR2_DECISION in ask_list
        and Ask.WHAT_TO_DO not in ask_list
        and any(f.name == "medewerking" and f.value == "nee" for f in reading.story)
    ):  # "… maar de werknemer weigert die functie": what to do about that, beside the decision
        ask_list.append(Ask.WHAT_TO_DO)
    if (
        Ask.SPOOR2_DECISION in ask_list
        and Ask.DATES in ask_list
        and case.dossier.first_sick_day is None
        and not any(Ask.DATES in p.asks for p in asks.parts)
    ):  # "kunnen we spoor 2 al in december starten?": no dates asked, none to compute
        ask_list.remove(Ask.DATES)
    # A first sick day the user gave (a date, not "al een half jaar"): show its deadlines.
    told_first_day = reading.facts.facts is not None and case.dossier.first_sick_day_exact
    if told_first_day and not {Ask.DATES, Ask.SPOOR2_DECISION} & set(ask_list):
        ask_list.append(Ask.DATES)  # a case with dates: its deadlines and their status
    elif reading.facts.facts is not None and set(ask_list) <= {Ask.WHAT_TO_DO, Ask.PROCESS}:
        # "sinds drie weken ziek, moet ik nu al iets doen?": the dates are the answer, first;
        # beside a question with a topic of its own ("mag ik haar loon stoppen?") they follow it
        asked = " ".join(p.text for p in asks.parts if set(p.asks) & set(ask_list))
        topical = _OPEN_QUESTION_WORDS.sub(" ", _DURATION_WORDS.sub(" ", asked))
        ask_list.insert(len(ask_list) if content_stems(topical) - GENERIC_STEMS else 0, Ask.DATES)
    return ask_list


def _guessed_decision_without_a_case(
    asks: AskReading, ask_list: Sequence[Ask], dossier: Dossier
) -> bool:
    """A spoor 2 decision only the classifier guessed beside costs or a claim, with no case.

    "Wie betaalt het re-integratiebureau voor spoor 2?" asks about costs: without a sick day or a
    fact of the case the decision part would only pad the answer.
    """
    return (
        Ask.SPOOR2_DECISION in ask_list
        and bool({Ask.COSTS, Ask.CLAIM} & set(ask_list))
        and not _stated(asks, Ask.SPOOR2_DECISION)
        and not dossier.facts
    )


# Words of an open question that name no topic ("wat moet ik nu doen?").
_OPEN_QUESTION_WORDS = re.compile(
    r"\b(?:wat|moet|moeten|kan|kunnen|ik|we|wij|nu|al|iets|doen|regelen|eigenlijk|dan|nog|"
    r"wanneer|hoe|verder)\b",
    re.IGNORECASE,
)
_DURATION_WORDS = re.compile(r"\b\w+\s+(?:dagen|weken|maanden|jaar)\b", re.IGNORECASE)
# A yes/no question that starts with any verb (not one of rules) verifies a known claim only
# when most of the claim's key terms agree: on the tuning sets the right claims agreed 0.67-1.0,
# a question about an agreement to pay longer ("Kunnen … afspreken dat ik langer doorbetaal?")
# 0.5 with the claim on a late WIA application.
ANY_VERB_QUESTION_AGREEMENT = 0.6


def _agrees_as_asked(question: str, match: ClaimMatch) -> bool:
    """A question of rules verifies its claim; one with any other verb needs more agreement."""
    return (
        is_yes_no_question(question, rule_verbs_only=True)
        or agreement(question, match.claim.claim) >= ANY_VERB_QUESTION_AGREEMENT
    )


_FIRST_PERSON = re.compile(r"^\s*(?:(?:en|maar|dus|of)\s+)?\w+\s+(?:ik|we|wij)\b", re.I)


# "dan", "nu", "dus" point back to the story told, and so does its person ("zijn loon", "hem").
_BACK_TO_THE_STORY = re.compile(
    r"\b(?:dan|nu|dus)\b|\b(?:zijn|haar)\s+(?:loon|salaris|contract|uren|vakantie\w*)\b|"
    r"\bhem\s+\w+en\b",
    re.I,
)


# A sentence about the user's own people: "Onze BA gebruikt het steeds in zijn verslagen".
# "Die arbodienst-arts zegt 'geen benutbare mogelijkheden' bij mijn monteur": the doctor's
# judgement of this case is news, not a claim.
_DOCTOR_TELLS = re.compile(
    r"\b(?:bedrijfs|arbo(?:dienst)?-?|verzekerings)?arts\b[^.?!]{0,20}?\b(?:zegt|zei|stelt|stelde|"
    r"schrijft|schreef|meldt|meldde|noemt|ziet)\b|\b(?:de\s+)?ba\s+(?:zegt|zei|stelt|schrijft)\b",
    re.I,
)
_OUR_OWN = re.compile(
    r"^\s*(?:(?:en|maar)\s+)?(?:onze|ons|mijn|m'n)\s+\w+\s+"
    r"(?!zegt|zei|zeggen|denkt|dacht|vindt|vond|meent|beweert|beweerde|stelt|stelde|schreef|"
    r"schrijft|is ervan|was ervan|gaat ervan)",
    re.I,
)
# "Telt die tijd nog mee?", "Tellen die twee periodes bij elkaar op?", "Tellen de dagen dat ze
# werkt mee?": the time of the story told, asked about.
_THE_STORYS_TIME = re.compile(
    r"^\s*(?:(?:en|maar|dus|of)\s+)?\w+\s+(?:die|deze|dat|dit)\s+(?:\w+\s+)?"
    r"(?:tijd|periodes?|dagen|uren|weken|maanden)\b|"
    r"\b(?:de|het)\s+(?:dagen|uren|weken|tijd)\s+dat\s+(?:ze|hij|zij|ie)\b",
    re.I,
)


def _no_claim_in(part: AskPart, *, own_case: bool) -> bool:
    """A part that is no claim to check: it asks about the case or a term, or tells the case.

    "Wanneer moet de melding?", "Kun je uitleggen wat GBM betekent?", "sinds 3 maart thuis",
    and in a message that tells its case "Moeten we dan echt …?".
    """
    return bool(
        _CASE_ASKS & set(part.asks)
        or Ask.EXPLAIN_TERM in part.asks
        or is_case_detail(part.text)
        or (own_case and _asks_about_the_own_case(part.text))
    )


def _asks_about_the_own_case(text: str) -> bool:
    """A question about the user's own case: "Moeten we …?", "Moet ik dan toch …?".

    Also one about the time the story told: "Telt die tijd nog mee voor de twee jaar?".

    Its second word is "ik" or "we" (the first is taken for its verb). "Ben ik verplicht …?"
    starts with a verb of rules and asks a rule all the same, unless "dan", "nu", "dus" or the
    story's person ("Mag ik zijn loon stoppen?") points back to the story told.
    """
    return any(
        (
            _FIRST_PERSON.match(s)
            and (not is_yes_no_question(s, rule_verbs_only=True) or _BACK_TO_THE_STORY.search(s))
        )
        or _THE_STORYS_TIME.search(s)
        for s in question_sentences(text)
    )


_LEAD_WORD = re.compile(r"^\s*(?:en|maar|dus|of)\s+", re.IGNORECASE)
# A referred part that also tells a sickness of this case ("… en zit thuis met rugklachten"):
# the message is about sick leave all the same. "een werknemer die ziek is" tells no case.
_SICK_PERSON = re.compile(
    r"\bzit\s+(?:\w+\s+)?thuis\b|\bthuis\s+met\b|\buitgevallen\b|\bziek\s?gemeld\b|"
    r"\bziek\s+(?:sinds|vanaf|geworden)\b",
    re.IGNORECASE,
)


def _referred_whole(asks: AskReading, sick_day_told: bool) -> bool:
    """A referred part holds the message's only words about sick leave: refer it all.

    "Wij hebben een Woo-verzoek ontvangen over verzuimcijfers. Binnen welke termijn …?" asks
    about the Woo, not about a Poortwachter deadline. A message whose every part is referred
    ("Is het loon tijdens ziekte aftrekbaar voor de vennootschapsbelasting?") asks nothing
    else either, unless it tells of a sick employee, asks about spoor 2 ("Geldt spoor 2 ook
    in ons Belgische filiaal?" is answered beside its referral) or has a clause of ours ("Zijn
    de kosten aftrekbaar voor de vennootschapsbelasting, of betaalt UWV ze?").
    """
    if Ask.OUT_OF_SCOPE not in asks.asks or sick_day_told:
        return False
    referred = " ".join(p.text for p in asks.parts if Ask.OUT_OF_SCOPE in p.asks)
    if _SICK_PERSON.search(referred):  # "Hij heeft een auto van de zaak en zit thuis met …"
        return False
    rest = " ".join(p.text for p in asks.parts if Ask.OUT_OF_SCOPE not in p.asks)
    if not rest.strip():
        return not mentions_track(referred) and referred_throughout(referred)
    return not is_in_domain(rest)


def _stated(asks: AskReading, ask: Ask) -> bool:
    """True when a part of the message asks it (not the classifier's or the fallback's guess)."""
    return any(ask in part.asks for part in asks.parts)


def _story_for_the_decision(reading: MessageReading, ask_list: Sequence[Ask]) -> bool:
    """A story with the bedrijfsarts's judgement or the internal work that asks what to do now.

    "… intern hebben we niets. wat nu?" asks the spoor 2 decision first; what to do follows it.
    """
    open_asks = {Ask.WHAT_TO_DO, Ask.DATES, Ask.PROCESS, Ask.EXPLAIN_TERM}
    if not {Ask.WHAT_TO_DO, Ask.PROCESS} & set(ask_list) or not set(ask_list) <= open_asks:
        return False
    return _story_judges(reading)


def _claim_about_the_case_track(
    reading: MessageReading, asks: AskReading, ask_list: Sequence[Ask]
) -> bool:
    """A claim about spoor 2 beside the story's judgement or internal work: decide it too.

    "De bedrijfsarts zegt: eigen werk nooit meer. Ander werk hebben we niet. Spoor 2 is toch pas
    iets voor na een jaar?" checks a rule of thumb for this case: the verdict, then the decision.
    """
    return (
        Ask.CLAIM in ask_list
        and Ask.SPOOR2_DECISION not in ask_list
        and asks.claim is not None
        and mentions_track(asks.claim.statement)
        and _story_judges(reading)
    )


# A fact of the story that names the topic to search for, in the words of the sources, unless
# the message already uses them ("weigert mee te werken aan spoor 2" needs no help).
_STORY_TOPICS = {
    ("medewerking", "nee"): (
        " de werknemer werkt niet mee: loonstop of loonopschorting",
        re.compile(r"mee\s?(?:te\s+)?werk|weiger", re.I),
    )
}


def _story_topic(reading: MessageReading | None, text: str) -> str:
    """Search words for what the story tells in other words ("neemt de telefoon niet op")."""
    if reading is None:
        return ""
    found = (_STORY_TOPICS.get((f.name, f.value)) for f in reading.story)
    return "".join(words for words, said in filter(None, found) if not said.search(text))


def _with_judged_facts(
    reading: MessageReading, judge: StoryJudge, text: str, today: date
) -> MessageReading:
    """The story facts the lexicon left open, as the story model reads them (rules win)."""
    known = frozenset(reading.dossier.facts) | {f.name for f in reading.story}
    found = judge(text, known)
    if not found:
        return reading
    merged = merge_second_reading(
        reading.dossier, {"facts": found}, message=text, today=today, source=JUDGE_SOURCE
    )
    story = tuple(StoryFact(name, str(found[name]), "") for name in merged.added)
    return replace(reading, dossier=merged.dossier, story=(*reading.story, *story))


def _story_judges(reading: MessageReading) -> bool:
    """True when the message tells the bedrijfsarts's judgement or the internal work."""
    return bool(_DECISION_FACTS & {f.name for f in reading.story})


def _assumption(dossier: Dossier, report: DeadlineReport) -> str:
    """The line that names an approximate first sick day as the assumption behind the dates."""
    phrase = dossier.facts["ziekteperiodes"].quote
    return (
        f"*Uitgaande van eerste ziektedag {format_date_long(report.eerste_ziektedag)}"
        + (f" (uit '{phrase}')" if phrase else "")
        + "; geef de precieze datum, dan reken ik exact.*\n\n"
    )


def _deadlines(dossier: Dossier, today: date) -> tuple[DeadlineReport | None, list[str]]:
    """The calculator's report for the dossier, or the Dutch problems that prevent one."""
    problems = list(dossier_problems(dossier))
    try:
        facts = dossier.case_facts()
    except DossierError as error:
        return None, [*problems, str(error)]
    if facts is None:
        return None, problems
    try:
        return compute_deadlines(facts, today=today), problems
    except DeadlineInputError as error:
        return None, [*problems, str(error)]


# "Wat is er veranderd?", "geldt dat nog steeds?": the answer states the knowledge's peildatum.
_ASKS_CURRENCY = re.compile(
    r"veranderd|gewijzigd|wijziging|nieuwe regels|nog steeds|nog actueel|nog geldig|"
    r"actueel|up-to-date|nieuwste|laatste stand",
    re.IGNORECASE,
)


# "…, maar dat dat niet geldt": a clause that refers back is about the claim after all.
_REFERS_BACK = re.compile(r"\b(?:dat|dit|het|die|daar\w*)\b", re.I)
# "…, dus dat doen we liever niet": what the user does about it, not part of the claim ("…, dus
# wie het volgt krijgt geen loonsanctie" is).
_CONSEQUENCE = re.compile(
    r"\s*(?:dus\s+(?!als\b|wie\b)(?:\w+\s+){0,2}(?:ik|we|wij)\b|(?:en\s+)?(?:ik|we|wij)\s+dus\b)",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r",\s*(?=(?:dus|maar|want|terwijl|omdat)\b)|;\s*|[.!?]\s+|"
    r"\s(?=dus\s+(?!als\b|wie\b)(?:\w+\s+){0,2}(?:ik|we|wij)\b)|"  # "… gratis dus dan hebben we"
    r"\s(?=en\s+(?:ik|we|wij)\s+dus\b)",  # "… alles regelt en wij dus niks hoeven"
    re.I,
)


# "… ook als UWV nog niet over de WIA heeft beslist": the claim's concession; the user's trailing
# condition on the same matter ("… stopt niet na 104 weken als UWV nog niet heeft beslist").
_CLAIM_CONCESSION = re.compile(r"\b(?:ook|zelfs)\s+(?:als|wanneer|indien)\b[^.?!]*", re.I)
_TRAILING_CONDITION = re.compile(r"(?<=\w)\s+(?:als|wanneer|indien)\b[^,.?!]*$", re.I)
SAME_CONDITION = 0.5  # share of the concession's key terms the user's condition repeats


def _said_negated(said: ClaimAsk, claim_text: str) -> bool:
    """Whether the user's statement denies the claim, leaving out clauses about something else.

    "… nog 6 weken hebben voor spoor 2, dus geen haast": "dus geen haast" shares no key term
    with the claim, so its "geen" does not turn the statement around. A condition that repeats
    the claim's concession counts as little as the concession does.
    """
    concession = _CLAIM_CONCESSION.search(claim_text)
    condition = _TRAILING_CONDITION.search(said.statement)
    if (
        concession
        and condition
        and agreement(condition.group(0), concession.group(0)) >= SAME_CONDITION
    ):
        main = said.statement[: condition.start()]
        return replace(said, statement=main, negations=count_negations(main)).negated
    clauses = [c for c in _CLAUSE_BREAK.split(said.statement) if c.strip()]
    if len(clauses) < 2 or count_negations(said.statement) != said.negations:
        return said.negated  # one clause, or negations counted on a main clause already
    elsewhere = sum(
        count_negations(c)
        for c in clauses
        if _CONSEQUENCE.match(c) or (agreement(c, claim_text) == 0 and not _REFERS_BACK.search(c))
    )
    return (said.negations - elsewhere) % 2 == 1


def _words(text: str) -> str:
    """The text's letters and digits only: "… thuis." and "… thuis" are put the same."""
    return re.sub(r"\W+", " ", text).strip().lower()


MAX_TAG_LETTERS = 12  # ", toch?", " hè?", ", right?", ", klopt dat"
MAX_SPEAKER_WORDS = 8  # "mijn vrouw doet de boekhouding en zegt"


def _as_put(part: str, statement: str) -> str | None:
    """The statement as the user put it: with who said it before and the tag after it.

    "mijn medewerker zegt de wia aanvraag hoeft niet te wachten … klopt dat", "… mag ik hem
    gewoon ontslaan toch?". None when more than a speaker and a tag surround the statement
    ("… wanneer moet hij de WIA aanvragen want de boekhouder zegt dat dat volgend jaar is").
    """
    start = part.lower().find(statement.lower())
    if start < 0:
        return None
    before, after = part[:start], part[start + len(statement) :]
    if len(before.split()) > MAX_SPEAKER_WORDS or re.search(r"[.?!]", before):
        return None
    if len(after.strip()) > MAX_TAG_LETTERS:
        end = after.find("?")
        if not 0 <= end <= MAX_TAG_LETTERS:
            return None
        after = after[: end + 1]
    return (before + statement + after).strip()


def _with_claim_part(asks: AskReading, part: AskPart, said: str) -> AskReading:
    """The reading with one part found to state a claim: the claim ask added, the claim read."""
    parts = tuple(
        AskPart(p.text, (*p.asks, Ask.CLAIM), p.referral) if p is part else p for p in asks.parts
    )
    return replace(asks, asks=(Ask.CLAIM, *asks.asks), parts=parts, claim=extract_claim(said))


def claim_negated(claim_text: str) -> bool:
    """True when a known claim's main clause is stated negatively (an odd number of negations)."""
    return count_negations(claim_text) % 2 == 1


def _report_made(dossier: Dossier) -> bool | None:
    """The 42e-weeksmelding as told: made ("ja" or its date), not made ("nee"), or not told.

    An employee who is no longer sick needs no report now: counted as made.
    """
    periods = dossier.get("ziekteperiodes")
    if not (isinstance(periods, list) and periods and periods[-1][1] is None):
        return True
    told = dossier.get("melding_42e_gedaan")
    return None if told is None else told != "nee"


def _best_similarity(passages: Sequence[Passage]) -> float:
    return max((p.similarity for p in passages), default=0.0)


def route_to_refusal(text: str) -> Draft:
    """Refuse an out-of-domain question with a referral where one fits."""
    route = route_question(text, has_case_dates=False, claim_match=False)
    return compose_refusal(route.referral)
