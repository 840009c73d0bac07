"""Markdown links in a source's text: an official one becomes the citation link of its chunk.

Layer: ingest (pure text functions). A note names the law article or UWV page a paragraph
rests on as a Markdown link in its "Grondslag" line; the chunk keeps the link text and carries
the address as its `url`. Only government addresses count, so a blog can never pose as the law.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

OFFICIAL_DOMAINS = ("wetten.overheid.nl", "uwv.nl", "rijksoverheid.nl", "overheid.nl")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((https?://[^()\s]+)\)")


def is_official(url: str) -> bool:
    """True for an https or http address on one of the official domains (or a subdomain)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme in ("https", "http") and any(
        host == domain or host.endswith("." + domain) for domain in OFFICIAL_DOMAINS
    )


def strip_links(text: str) -> tuple[str, str]:
    """Replace each Markdown link by its text; return the text and the first official address.

    Args:
        text: A paragraph that may hold links such as "[art. 7:629 BW](https://wetten...)".

    Returns:
        The text without link syntax, and the first official address ("" when there is none).
    """
    official = [m.group(2) for m in _LINK.finditer(text) if is_official(m.group(2))]
    return _LINK.sub(lambda m: m.group(1), text), (official[0] if official else "")
