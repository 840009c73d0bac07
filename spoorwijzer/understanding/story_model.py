"""The story reader's second opinion: story facts from a sentence's e5 embedding.

Layer: understanding (plain arithmetic at run time, no numpy). The lexicon of `story_facts.py`
reads the bedrijfsarts's judgement, internal work and the prospect of return where its
wordings are known; in words it has never seen it finds nothing. This model (logistic
regression per fact, one-vs-rest, trained offline by `python -m evals.train_story_facts` on the
labelled story fragments and stored as plain JSON in `story_model.json`) reads a sentence that
names the topic and offers a value, only for a fact the lexicon left open. The chain merges it
like every second reading: the rules win, and the fact shows where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spoorwijzer.language.sentences import split_sentences
from spoorwijzer.understanding.ask_classifier import (
    AskModel,
    AskModelError,
    ask_model_from,
    read_model_file,
)
from spoorwijzer.understanding.story_facts import HEDGED, HYPOTHETICAL

MODEL_FILE = Path(__file__).resolve().parent / "story_model.json"
NOT_TOLD = "none"  # the label of a sentence that tells nothing of the fact
SOURCE = "leesmodel"  # shown with each fact the model read, so the user can correct it
Embed = Callable[[str], Sequence[float]]
StoryJudge = Callable[[str, frozenset[str]], dict[str, str]]

# A sentence is read for a fact only when it names the fact's topic.
TOPIC_WORDS: dict[str, re.Pattern[str]] = {
    "oordeel_bedrijfsarts": re.compile(
        r"bedrijfsarts|\bba\b|arbo-?\s?arts|\barts\b|doctor|physician|arbeidsgeneesheer|"
        r"\bfml\b|dokter|belastba|inzetba",
        re.IGNORECASE,
    ),
    "intern_passend_werk": re.compile(
        r"\bintern|binnen (?:ons|het|de) (?:bedrijf|organisatie|zaak)|functie|vacature|"
        r"\bjobs?\b|\broles?\b|passend|"
        # "binnen mijn tuincentrum is niets", "bij ons is er niets anders", "een plek vrij",
        # "no such place in our company"
        r"\bbinnen\s+(?:ons|onze|mijn|m'n|het|de)\b|\bop de zaak\b|\bin de zaak\b|"
        r"\bbij ons\b(?=[^.?!]{0,50}\b(?:niets|niks|plek|werk|ruimte|taken|aan de slag|terecht)\b)|"
        r"\bplek\b|\bplaats(?:je)?\b|\bruimte\b|\bander werk\b|\bniets anders\b|"
        r"\bniks anders\b|\bour (?:company|firm|shop)\b|\bplace\b|\bposition\b",
        re.IGNORECASE,
    ),
    "zicht_op_terugkeer": re.compile(
        r"\bterug|herstel|hervat|prospect|return|\bzicht\b|verwacht|vooruitzicht|uitzicht",
        re.IGNORECASE,
    ),
}


# A question, also one without its question mark ("wat betekent GBM in een verslag van de BA").
_ASKS = re.compile(
    r"\?\s*$|^\W*(?:wat|wanneer|hoe|wie|welke|waarom|moet|mag|kan|is|zijn|what|how|when|can|do|"
    r"does|are)\b",
    re.IGNORECASE,
)


# "De arts zegt niks over terugkeer", "daar hebben we het nog niet over gehad": nothing told.
_NOTHING_SAID = re.compile(
    r"\b(?:niks|niets|nog niet|nog geen|nog niks|nothing|not yet)\b", re.IGNORECASE
)


def _tells_nothing(sentence: str) -> bool:
    """A question, a hedge, a hypothetical case, or nothing said yet.

    "misschien iets in het magazijn", "daar hebben we het nog niet over gehad": the lexicon
    reads what such a sentence does tell ("intern is er niks").
    """
    return bool(
        _ASKS.search(sentence)
        or HEDGED.search(sentence)
        or HYPOTHETICAL.search(sentence)
        or _NOTHING_SAID.search(sentence)
    )


@dataclass(frozen=True, slots=True)
class StoryModel:
    """Per fact a one-vs-rest model over its values and NOT_TOLD, and the bar for a value."""

    embedding_model: str
    threshold: float
    facts: dict[str, AskModel]

    def read(self, vector: Sequence[float], fact: str) -> tuple[str, float] | None:
        """The value a sentence tells of a fact, with its probability, if it passes the bar."""
        probabilities = self.facts[fact].probabilities(vector)
        told = {label: p for label, p in probabilities.items() if label != NOT_TOLD}
        if not told:
            return None
        value = max(told, key=lambda label: told[label])
        if told[value] < self.threshold or told[value] <= probabilities.get(NOT_TOLD, 0.0):
            return None
        return value, told[value]


def _story_model_from(data: Any) -> StoryModel:
    model_id = str(data["embedding_model"])
    facts = {str(name): ask_model_from(part, model_id) for name, part in data["facts"].items()}
    return StoryModel(model_id, float(data["threshold"]), facts)


def load_story_model(path: Path = MODEL_FILE) -> StoryModel | None:
    """The stored model, or None when there is none.

    Raises:
        AskModelError: The file exists but is not a valid model.
    """
    model = read_model_file(path, "verhaalmodel", _story_model_from)
    if model is None:
        return None
    for name, part in model.facts.items():
        if name not in TOPIC_WORDS or not len(part.labels) == len(part.weights) == len(part.bias):
            raise AskModelError(f"Het verhaalmodel {path} klopt niet voor '{name}'.")
    return model


def make_story_judge(model: StoryModel, embed: Embed) -> StoryJudge:
    """A reader (message, facts already known) -> {fact: value} for the facts still open.

    Each sentence that names a fact's topic is embedded once (cached); the most probable value
    over the sentences wins.
    """

    @lru_cache(maxsize=512)
    def vector(sentence: str) -> tuple[float, ...]:
        return tuple(embed(sentence))

    def judge(message: str, known: frozenset[str]) -> dict[str, str]:
        found: dict[str, tuple[str, float]] = {}
        sentences = [s.strip() for s in split_sentences(message) if s.strip()]
        for fact, topic in TOPIC_WORDS.items():
            if fact in known or fact not in model.facts:
                continue
            for sentence in sentences:
                if not topic.search(sentence) or _tells_nothing(sentence):
                    continue
                read = model.read(vector(sentence), fact)
                if read is not None and (fact not in found or read[1] > found[fact][1]):
                    found[fact] = read
        return {fact: value for fact, (value, _) in found.items()}

    return judge
