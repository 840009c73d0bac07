"""Match a question to a claim of `knowledge/claims.yaml`: the basis of the fact-or-myth check.

Layer: retrieval over the claims, which are indexed like every other source (source id
"claims", one chunk per claim whose section is the claim itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spoorwijzer.knowledge import WORDINGS_SOURCE_ID, Claim
from spoorwijzer.language.synonyms import english_gloss
from spoorwijzer.language.wording import overlap
from spoorwijzer.retrieval.hybrid import HybridRetriever, Passage
from spoorwijzer.rules.claim_ranker import ClaimRanker, Hit, candidate_features
from spoorwijzer.rules.claim_terms import agreement, same_quantities, terms_agree

__all__ = ["CLAIMS_SOURCE_ID", "ClaimMatch", "ClaimMatcher", "agreement", "same_quantities"]

CLAIMS_SOURCE_ID = "claims"
CLAIM_MIN_SIMILARITY = 0.86  # e5 cosine; dev-set myth questions score 0.87-0.93, others lower
CLAIM_STRICT_SIMILARITY = 0.88  # a yes/no question without a claim cue must be this close
# A nearest claim this close and this far ahead of the next one is a paraphrase in other words:
# it may pass with fewer key terms agreeing. On 70 labelled real-style claim messages this
# accepted 4 right claims the key-term rule missed and no wrong one (nearest unknown: 0.917).
CLAIM_CLEAR_SIMILARITY = 0.92
CLAIM_CLEAR_MARGIN = 0.03
CANDIDATES = 30  # the dense ranks of claims lie close together: the right one can be 16th
# A claim put in other words: its nearest wording must be this close and this far ahead of any
# other claim's (measured on the tuning sets' claim messages, leave one set out).
WORDING_MIN_SIMILARITY = 0.92
WORDING_MARGIN = 0.02
# ... or near (0.88) with at least 0.6 of the similarity weight of the ten nearest texts. On the
# 383 claim messages of the tuning sets this took 5 more right claims, no wrong one and no
# verdict on a claim not in claims.yaml (0.5: 7 more right, 2 wrong, 3 on unknown claims).
WORDING_VOTE_SIMILARITY = 0.88
WORDING_VOTE_SHARE = 0.6
WORDING_NEIGHBOURS = 10
RANKER_WORDINGS = 40  # the nearest wordings the claim ranker reads
WORD_BONUS = 0.05  # a claim that shares all its words with the question gains 0.05
AGREEMENT_WEIGHT = 0.1  # key terms in agreement outweigh small differences in similarity
REVERSE_WEIGHT = 0.05  # ... and the statement's own key terms that the claim also uses


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """The claim a question is about, with the indexed passage that states its verdict."""

    claim: Claim
    passage: Passage


_CONDITION = re.compile(
    r"^\s*(?:(?:ook|zelfs|alleen|pas)\s+)?(?:als|wanneer|indien)\b[^,]{3,160},\s*(?:dan\s+)?(.{12,})$",
    re.I,
)


# A comment after the statement: who said it, what the user makes of it ("…, aldus mijn
# adviseur", "…, dat weet ik wel", "…, dus ik ga ervan uit dat …", "…, dat is privé").
_ASIDE = re.compile(
    r",\s*(?:dus|dat (?:is|weet|zegt|staat|heb|lees|las|hoor)|aldus|zegt|zei|zeggen|volgens|heb ik|"
    r"las ik|lees ik|hoorde ik|want|omdat|ik ga|we gaan|wij gaan|maar ik|maar wij|maar we)\b.*$",
    re.IGNORECASE,
)
MIN_STATEMENT_WORDS = 5


def main_clause(statement: str) -> list[str]:
    """The statement's main clauses, where it has them.

    Without a condition ("Als …, moet de werkgever …") or a comment after it ("…, aldus mijn
    adviseur").
    """
    clauses = []
    match = _CONDITION.match(statement)
    if match:
        clauses.append(match.group(1))
    head = _ASIDE.sub("", statement)
    if head != statement and len(head.split()) >= MIN_STATEMENT_WORDS:
        clauses.append(head)
    return clauses


class ClaimMatcher:
    """Finds the claim closest to a question among the indexed claims."""

    def __init__(
        self,
        claims: Sequence[Claim],
        retriever: HybridRetriever,
        ranker: ClaimRanker | None = None,
    ) -> None:
        self._by_text = {c.claim.rstrip(".").strip().lower(): c for c in claims}
        self._by_id = {c.id: c for c in claims}
        self._retriever = retriever
        self._ranker = ranker

    def without_ranker(self) -> ClaimMatcher:
        """The same matcher with its hand-set bars only (to train and measure the ranker)."""
        return ClaimMatcher(tuple(self._by_id.values()), self._retriever)

    def with_ranker(self, ranker: ClaimRanker) -> ClaimMatcher:
        """The same matcher with another ranker (to measure one trained without a set)."""
        return ClaimMatcher(tuple(self._by_id.values()), self._retriever, ranker)

    @property
    def texts_by_id(self) -> dict[str, str]:
        """Each known claim's text by its id (for the evals)."""
        return {c.id: c.claim for c in self._by_text.values() if c.id}

    def match(
        self,
        question: str,
        *,
        strict: bool = False,
        strict_terms: bool = False,
        message: str | None = None,
    ) -> ClaimMatch | None:
        """Return the claim nearest to the question if it is close enough, else None.

        Ranks the nearest claims by dense similarity plus a small bonus for shared words, so
        a question that repeats a claim's wording finds that claim. A match needs the key
        terms to agree; `strict` (a plain yes/no question, no claim cue) also needs a higher
        similarity; `strict_terms` (a yes/no question beside other asks) only the key terms.
        `message`: the whole message a stated claim was read from; a claim about spoor 2 needs
        the message to speak of a track (default: the question alone, as for a statement found
        without a cue, where the news around it may name spoor 2).
        """
        message = question if message is None else message
        floor = CLAIM_STRICT_SIMILARITY if strict else CLAIM_MIN_SIMILARITY
        best: tuple[float, ClaimMatch] | None = None
        blocked = 0.0  # the best score of a claim on the topic that names another term
        gloss = english_gloss(question)  # "can the employee opt out …": also search in Dutch
        glossed = [f"{question} {' '.join(gloss)}"] if gloss else []
        for text in dict.fromkeys([question, *main_clause(question), *glossed]):
            passages = self._retriever.search_source(text, CLAIMS_SOURCE_ID, CANDIDATES)
            clear = _clearly_nearest(passages)
            nearest = max(passages, key=lambda p: p.similarity, default=None)
            if (
                nearest is not None
                and nearest.similarity >= floor
                and not same_quantities(text, nearest.chunk.section)
            ):
                return None  # about the nearest claim, with another term: no verdict on others
            for passage in passages:
                claim = self._by_text.get(passage.chunk.section.strip().lower())
                if claim is None or passage.similarity < floor:
                    continue
                if _track_left_out(text, claim.claim, message):
                    continue  # "spoor 2 pas na de WIA-aanvraag" is no claim on the WIA alone
                agree = terms_agree(text, claim.claim, strict=strict or strict_terms)
                if not agree and passage is not clear:
                    continue
                if (strict or strict_terms) and not _asked_about(text, claim.claim):
                    continue  # "Mag ik het loon stoppen als hij weigert?" asks about the pay
                score = passage.similarity + WORD_BONUS * overlap(text, claim.claim)
                # both ways: "bouwt geen vakantiedagen op" is about building up, not about
                # "mag niet op vakantie", though it uses every key term of the latter
                score += AGREEMENT_WEIGHT * agreement(text, claim.claim)
                score += REVERSE_WEIGHT * agreement(claim.claim, text)
                if not same_quantities(text, claim.claim):
                    blocked = max(blocked, score)  # "11 weken" is no claim on "93 weken"
                    continue
                if best is None or score > best[0]:
                    best = (score, ClaimMatch(claim, passage))
        if best is None and not blocked and not (strict or strict_terms):
            return self._in_other_words(question, message)  # a claim put in other words
        if best is None or blocked > best[0]:
            return None  # the claim it is about names another term: no verdict on a lesser one
        return best[1]

    def _in_other_words(self, statement: str, message: str | None = None) -> ClaimMatch | None:
        """The claim a statement puts in words of its own: by its wordings, else by the ranker.

        Both read one search of the claims' own texts and of the nearest wordings.
        """
        own, wordings, passages = self.hits(statement)
        found = self._by_wording(statement, own, wordings[:WORDING_NEIGHBOURS], passages) or (
            self._by_ranker(statement, own, wordings, passages)
        )
        message = statement if message is None else message
        return None if found and _track_left_out(statement, found.claim.claim, message) else found

    def _by_wording(
        self,
        statement: str,
        own: Sequence[Hit],
        wordings: Sequence[Hit],
        passages: dict[str, Passage],
    ) -> ClaimMatch | None:
        """The claim whose known wordings are clearly nearest to the statement.

        The wordings (`claim-wordings.yaml`) put each claim as users do. Among the claims' own
        texts and their wordings, a claim is taken when its nearest one is very close and
        clearly ahead of every other claim's, or when it is near and holds most of the weight
        of the ten nearest; never when the statement names another term ("11 weken" against
        "93 weken").
        """
        if not wordings:
            return None
        neighbours = [(hit.claim_id, hit.similarity) for hit in [*wordings, *own]]
        neighbours.sort(key=lambda item: -item[1])
        nearest: dict[str, float] = {}
        for claim_id, similarity in neighbours:
            nearest.setdefault(claim_id, similarity)
        ranked = list(nearest.items())
        first, similarity = ranked[0]
        clear = similarity >= WORDING_MIN_SIMILARITY and (
            len(ranked) < 2 or similarity - ranked[1][1] >= WORDING_MARGIN
        )
        weight: dict[str, float] = {}
        for claim_id, near in neighbours[:WORDING_NEIGHBOURS]:
            weight[claim_id] = weight.get(claim_id, 0.0) + near
        voted = similarity >= WORDING_VOTE_SIMILARITY and (
            weight[first] / sum(weight.values()) >= WORDING_VOTE_SHARE
        )
        claim = self._by_id.get(first)
        if not (clear or voted) or claim is None or first not in passages:
            return None
        if not same_quantities(statement, claim.claim):
            return None  # "11 weken" is no claim on "93 weken"
        return ClaimMatch(claim, passages[first])

    def hits(self, statement: str) -> tuple[list[Hit], list[Hit], dict[str, Passage]]:
        """The claims' own texts and the nearest wordings, and each claim's own passage."""
        own: list[Hit] = []
        passages: dict[str, Passage] = {}
        for passage in self._retriever.search_source(statement, CLAIMS_SOURCE_ID, len(self._by_id)):
            claim = self._by_text.get(passage.chunk.section.strip().lower())
            if claim is not None:
                own.append(Hit(claim.id, passage.similarity, claim.claim))
                passages.setdefault(claim.id, passage)
        wordings = [
            Hit(hit.chunk.section, hit.similarity, hit.chunk.text)
            for hit in self._retriever.search_source(statement, WORDINGS_SOURCE_ID, RANKER_WORDINGS)
        ]
        return own, wordings, passages

    def _by_ranker(
        self,
        statement: str,
        own: Sequence[Hit],
        wordings: Sequence[Hit],
        passages: dict[str, Passage],
    ) -> ClaimMatch | None:
        """The claim the trained ranker finds most probable, when it passes the ranker's bar."""
        if self._ranker is None:
            return None
        best = self._ranker.best(candidate_features(statement, self.texts_by_id, own, wordings))
        if best is None or best[0] not in passages:
            return None
        claim = self._by_id[best[0]]
        nearest = max(
            (hit.similarity for hit in [*own, *wordings] if hit.claim_id == claim.id), default=0.0
        )
        if (
            nearest < CLAIM_MIN_SIMILARITY  # "Het kost ons niks" is near no claim
            or not terms_agree(statement, claim.claim)  # the key terms must agree, as ever
            or not same_quantities(statement, claim.claim)  # "11 weken" is no claim on "93"
        ):
            return None
        return ClaimMatch(claim, passages[claim.id])


# "Mag de werkgever het loon stoppen als de werknemer weigert?": the question's own clause.
_TRAILING_CONDITION = re.compile(
    r"\s+(?:als|wanneer|indien|zodra|omdat)\s+.*$", re.IGNORECASE | re.S
)


def _asked_about(question: str, claim: str) -> bool:
    """A question with a condition after it agrees with the claim in its own clause too."""
    head = _TRAILING_CONDITION.sub("", question)
    return head == question or agreement(head, claim) > 0


_TRACK = r"\b(?:spoor\s*[12]|spoor\s+(?:een|twee)|(?:eerste|tweede|1e|2e)\s+spoor|spoortraject)"
_TRACK_TERM = re.compile(_TRACK, re.IGNORECASE)
# A statement about a track, not one naming it as the purpose or the setting ("het
# re-integratiebureau voor spoor 2" is about the bureau).
_ABOUT_A_TRACK = re.compile(
    r"(?<!\bvoor )(?<!\bin )(?<!\bbij )(?<!\btijdens )(?<!\bbinnen )(?<!\bvia )" + _TRACK,
    re.IGNORECASE,
)


# Spoor 2 in other words: a claim about spoor 2 may be put without naming the track.
_TRACK_IN_OTHER_WORDS = re.compile(
    r"\b(?:spoor|traject|re-?integratie\w*|andere werkgever|extern\w*|bureau)\b", re.IGNORECASE
)


# A claim whose condition is a track ("Zodra spoor 2 start, …"): about that moment, so a statement
# must speak of it. A claim with the track as its object ("… nog zes weken om met spoor 2 te
# beginnen") is put without it as often as with it.
_TRACK_AS_CONDITION = re.compile(
    r"^(?:zodra|als|wanneer|tijdens|bij|in|na|voor)\b[^,]*" + _TRACK + r"[^,]*,", re.IGNORECASE
)


def _track_left_out(statement: str, claim: str, message: str) -> bool:
    """True when one names a track (spoor 1 or 2) that the other leaves out.

    The statement is read for the track it is about; for the claim's track, the whole message.

    "Spoor 2 pas na de WIA-aanvraag" is about spoor 2, not the WIA alone; "UWV betaalt het bureau
    voor spoor 2" is about the bureau's costs. "Zodra spoor 2 start, hoeft de werkgever geen loon
    meer door te betalen" is no claim on a loonstop of an employee who does not show up (a claim
    conditioned on a track needs the message to name one).
    """
    if _ABOUT_A_TRACK.search(statement):
        return not _TRACK_TERM.search(claim)
    return bool(_TRACK_AS_CONDITION.search(claim)) and not (
        _TRACK_TERM.search(message) or _TRACK_IN_OTHER_WORDS.search(message)
    )


def _clearly_nearest(passages: Sequence[Passage]) -> Passage | None:
    """The nearest claim passage when it is close and well ahead of the next one, else None."""
    ranked = sorted(passages, key=lambda p: p.similarity, reverse=True)
    if not ranked or ranked[0].similarity < CLAIM_CLEAR_SIMILARITY:
        return None
    section = ranked[0].chunk.section
    others = [p.similarity for p in ranked if p.chunk.section != section]
    runner_up = others[0] if others else 0.0
    return ranked[0] if ranked[0].similarity - runner_up >= CLAIM_CLEAR_MARGIN else None
