"""Recognise prompt injection: instructions aimed at the assistant inside a question or document.

Layer: pure. Such text never changes rules, verdicts or scope: a question's instructions are
ignored (and the user is told), a passage that contains them is never used as support.
"""

from __future__ import annotations

import re

_PATTERNS = (
    r"negeer\s+(?:al(?:le)?\s+|je\s+|jouw\s+|de\s+)?(?:vorige\s+|eerdere\s+|bovenstaande\s+)?"
    r"(?:instructies|regels|opdrachten|richtlijnen)",
    r"vergeet\s+(?:al(?:le)?\s+|je\s+|jouw\s+)?(?:vorige\s+)?(?:instructies|regels)",
    r"systeem\s*-?\s*(?:update|prompt|bericht|instructie)",
    r"system\s*prompt",
    r"ignore\s+(?:all\s+)?(?:previous|prior|above)\s+instructions",
    r"(?:je|jij)\s+bent\s+nu\s+(?:een|geen)\b",
    r"vanaf\s+nu\s+(?:ben\s+je|antwoord\s+je|zeg\s+je)",
    r"antwoord\s+(?:voortaan\s+|vanaf\s+nu\s+)?altijd\s+(?:met|dat)",
    r"zeg\s+(?:voortaan\s+)?altijd\s+dat",
    r"\bjailbreak\b",
    r"developer\s+mode",
)
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def find_injection(text: str) -> str | None:
    """Return the first instruction-like fragment aimed at the assistant, or None."""
    match = _INJECTION.search(text)
    return match.group(0) if match else None


def strip_injection(text: str) -> str:
    """Remove sentences that carry instructions to the assistant; keep the rest of the question."""
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    kept = [s for s in sentences if not _INJECTION.search(s)]
    return " ".join(s.strip() for s in kept if s.strip())
