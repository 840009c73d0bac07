"""The answer chain: question -> facts, route, retrieval -> composed (or phrased) -> guarded.

Layer: orchestration. Receives its retriever, claim matcher, store and optional chat model; it
constructs none of them. The deterministic composer always runs; a configured chat model only
rephrases the composed answer, and its text passes the same date and citation guards or is
replaced by the composed answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spoorwijzer.answering.compose import (
    Draft,
    compose_claim,
    compose_deadline,
    compose_explanation,
    compose_missing_facts,
    compose_refusal,
    deadline_topics,
    without_dates,
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
from spoorwijzer.deadlines import DeadlineInputError, DeadlineReport, compute_deadlines
from spoorwijzer.records import Answer
from spoorwijzer.retrieval.hybrid import HybridRetriever, Passage
from spoorwijzer.retrieval.store import ChunkStore
from spoorwijzer.rules.claims import ClaimMatcher
from spoorwijzer.rules.spoor2 import asks_spoor2_decision, decide_spoor2
from spoorwijzer.understanding.facts import QuestionFacts, describe_periods, read_question_facts
from spoorwijzer.understanding.injection import find_injection, strip_injection
from spoorwijzer.understanding.routing import Intent, is_in_domain, route_question

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

    def answer(
        self, question: str, history: Sequence[str] = (), *, today: date | None = None
    ) -> Answer:
        """Answer one question, using earlier user turns of the same conversation for facts.

        Args:
            question: The user's question.
            history: Earlier user messages of this conversation, oldest first.
            today: The reference date for deadline statuses (default: the assistant's).

        Returns:
            The guarded answer.

        Raises:
            QuestionError: Empty or too long question.
        """
        text = check_question(question)
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
                return self._finish(draft, question, None, warnings)
        draft, report = self._draft(text, list(history), today or self.today)
        return self._finish(draft, question, report, warnings)

    def _draft(
        self, text: str, history: list[str], today: date
    ) -> tuple[Draft, DeadlineReport | None]:
        facts = read_question_facts(text)
        follow_up = bool(history) and len(text.split()) <= FOLLOW_UP_MAX_WORDS
        if facts.facts is None and not facts.problems and history:
            facts = _facts_from_history(history) or facts
        search_text = f"{history[-1]} {text}" if follow_up and not is_in_domain(text) else text
        if not is_in_domain(search_text):
            return route_to_refusal(text), None
        passages = self.retriever.retrieve_parts(search_text, PASSAGES)
        claim = self.claims.match(text)
        wants_decision = asks_spoor2_decision(text) and facts.facts is None
        route = route_question(
            search_text,
            has_case_dates=facts.facts is not None or bool(facts.problems),
            claim_match=claim is not None and not wants_decision,
        )
        if route.intent is Intent.OUT_OF_SCOPE:
            return compose_refusal(route.referral), None
        if (
            facts.facts is None
            and not facts.problems
            and _best_similarity(passages) < (SCOPE_MIN_SIMILARITY)
        ):
            return compose_refusal(
                None,
                reason="Ik vind in de kennisbank van Spoorwijzer niets wat deze vraag "
                "beantwoordt; mogelijk valt ze buiten het onderwerp.",
            ), None
        if route.intent is Intent.DEADLINE:
            return self._deadline(text, facts, passages, today)
        if route.intent is Intent.CLAIM and claim is not None:
            return compose_claim(text, claim, passages), None
        decision = decide_spoor2(text) if wants_decision else None
        if decision is not None:
            passages = self.retriever.retrieve(decision.reasons[0], PASSAGES)
        intent = Intent.OBLIGATION if decision else route.intent
        return compose_explanation(text, passages, intent, decision=decision), None

    def _deadline(
        self, text: str, facts: QuestionFacts, passages: Sequence[Passage], today: date
    ) -> tuple[Draft, DeadlineReport | None]:
        if facts.facts is None or facts.problems:
            return compose_missing_facts(text, passages, facts.problems), None
        try:
            report = compute_deadlines(facts.facts, today=today)
        except DeadlineInputError as error:
            return compose_missing_facts(text, passages, [str(error)]), None
        topical = self.retriever.retrieve_parts(
            without_dates(text), PASSAGES, topic=deadline_topics(report, text)
        )
        return compose_deadline(
            text, report, topical, periods_text=describe_periods(facts.facts)
        ), report

    def _finish(
        self,
        draft: Draft,
        question: str,
        report: DeadlineReport | None,
        warnings: list[str],
    ) -> Answer:
        good, bad = verified_citations(draft.citations, self.store)
        text = remove_markers(draft.text, [c.n for c in bad])
        if bad:
            warnings.append(
                f"{len(bad)} bronverwijzing(en) konden niet worden gecontroleerd "
                "en zijn weggelaten."
            )
        allowed = backed_dates(report=report, question=question, citations=good)
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


def _facts_from_history(history: Sequence[str]) -> QuestionFacts | None:
    for earlier in reversed(history):
        facts = read_question_facts(earlier)
        if facts.facts is not None:
            return facts
    return None


def _best_similarity(passages: Sequence[Passage]) -> float:
    return max((p.similarity for p in passages), default=0.0)


def route_to_refusal(text: str) -> Draft:
    """Refuse an out-of-domain question with a referral where one fits."""
    route = route_question(text, has_case_dates=False, claim_match=False)
    return compose_refusal(route.referral)
