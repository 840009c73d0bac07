"""A synthetic corpus for the scale curve: paraphrased variants of our notes and sources.

Each variant of a document shuffles the sentences within its paragraphs, swaps domain terms
for a synonym of `spoorwijzer.language.synonyms` (e.g. "tweede spoor" for "spoor 2"), and
drops a sentence now and then; so variants are near the original in meaning, but no copies
(the pipeline's within-document near-duplicate filter never sees two of them together). The
claims list is not varied: the recall cases ask for it, and the variants compete with it.
Deterministic: the same seed gives the same corpus.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.loaders import read_document
from ingest.pipeline import DocumentSource
from spoorwijzer.knowledge import WORDINGS_SOURCE_ID, SourceEntry
from spoorwijzer.language.sentences import split_sentences
from spoorwijzer.language.synonyms import SYNONYM_GROUPS

SEED = 20261206
_MEMBERS = sorted(
    ((member, group) for group in SYNONYM_GROUPS for member in group if len(member) > 3),
    key=lambda pair: -len(pair[0]),
)
_TERM = re.compile(
    "|".join(rf"(?<![\w-]){re.escape(member)}(?![\w-])" for member, _ in _MEMBERS),
    re.IGNORECASE,
)
_GROUP = dict(_MEMBERS)


@dataclass(frozen=True, slots=True)
class Variant:
    """A synthetic document: the source it paraphrases and the file it was written to."""

    origin: str  # source id of the original
    source: DocumentSource


def _swap_terms(text: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        group = _GROUP[match.group(0).lower()]
        if rng.random() < 0.5:
            return match.group(0)
        options = [m for m in group if m != match.group(0).lower() and len(m) > 3]
        return rng.choice(options) if options else match.group(0)

    return _TERM.sub(swap, text)


def paraphrase(text: str, rng: random.Random) -> str:
    """One variant of a document's text (paragraphs kept; headings kept)."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", text):
        if paragraph.lstrip().startswith("#") or len(paragraph.split()) < 8:
            paragraphs.append(paragraph)
            continue
        sentences = split_sentences(" ".join(paragraph.split()))
        rng.shuffle(sentences)
        if len(sentences) >= 3 and rng.random() < 0.3:
            sentences.pop(rng.randrange(len(sentences)))
        paragraphs.append(_swap_terms(" ".join(sentences), rng))
    return "\n\n".join(paragraphs)


def variants(originals: list[DocumentSource], numbers: range, folder: Path) -> list[Variant]:
    """Write variants `numbers` of every original (except the claims and their wordings).

    Variant n of a document is the same whenever it is made (its own seeded generator).
    """
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    texts = {
        s.entry.id: "\n\n".join(read_document(s.path).pages)
        for s in originals
        if s.entry.id not in ("claims", WORDINGS_SOURCE_ID)  # the claims' own words stay one
    }
    for number in numbers:
        for original in originals:
            if original.entry.id not in texts:
                continue
            rng = random.Random(f"{SEED}-{original.entry.id}-{number}")
            variant_id = f"{original.entry.id}-v{number}"[:80]
            path = folder / f"{variant_id}.md"
            path.write_text(paraphrase(texts[original.entry.id], rng), encoding="utf-8")
            entry = SourceEntry(
                id=variant_id,
                path=str(path),
                title=f"{original.entry.title} (variant {number})",
                publisher="Synthetisch (benchmark)",
                kind=original.entry.kind,
                known_errors=(),
            )
            made.append(Variant(original.entry.id, DocumentSource(entry, path, origin="benchmark")))
    return made
