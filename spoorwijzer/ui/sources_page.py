"""Streamlit page 'Bronnen': every source in the knowledge base, and adding one's own document.

Layer: UI. The list comes from knowledge/sources.yaml (plus documents users added to the
index); an upload runs the same ingest pipeline as `spoorwijzer ingest` with its Dutch errors.
The uploaded file is written to a temporary folder only for the ingest and removed after.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from ingest.pipeline import IngestReport
from spoorwijzer.config import Settings
from spoorwijzer.knowledge import (
    TIER_BY_KIND,
    TIER_LABELS,
    WORDINGS_SOURCE_ID,
    KnowledgeError,
    SourceKind,
    load_sources,
)

Ingest = Callable[[Path, SourceKind, str, str], IngestReport]
ADDED_KEY = "sources_added"


def _source_list(settings: Settings) -> None:
    try:
        # the claim wordings are no source: never cited, searched by the claim matcher only
        sources = [s for s in load_sources(settings.knowledge_dir) if s.id != WORDINGS_SOURCE_ID]
    except KnowledgeError as error:
        st.error(str(error))
        return
    st.caption(f"{len(sources)} bronnen in knowledge/sources.yaml.")
    for source in sources:
        with st.container(border=True):
            tier = f"tier {source.tier}: {TIER_LABELS[source.tier]}"
            date = source.published.isoformat() if source.published else "onbekend"
            st.markdown(
                f"**{source.title}**  \n{source.publisher} · {source.kind} · {tier} · "
                f"peildatum {date}"
            )
            if source.url:
                st.markdown(f"[{source.url}]({source.url})")
            for known in source.known_errors:
                st.warning(f"Bekende fout: “{known.quote}” — {known.correction} ({known.rule})")


def _upload(ingest: Ingest) -> None:
    st.subheader("Eigen document toevoegen")
    with st.form("upload", clear_on_submit=False):
        file = st.file_uploader("PDF of tekstbestand", type=["pdf", "txt", "md"], key="upload_file")
        title = st.text_input("Titel", key="upload_title")
        publisher = st.text_input("Uitgever", key="upload_publisher", value="Eigen document")
        kind = st.selectbox(
            "Soort (bepaalt het gezag)",
            list(SourceKind),
            index=list(SourceKind).index(SourceKind.PROFESSIONEEL),
            format_func=lambda k: f"{k} (tier {TIER_BY_KIND[k]}: {TIER_LABELS[TIER_BY_KIND[k]]})",
            key="upload_kind",
        )
        submitted = st.form_submit_button("Toevoegen aan de index", type="primary")
    if not submitted:
        return
    if file is None:
        st.error("Kies eerst een PDF- of tekstbestand.")
        return
    if not title.strip():
        st.error("Geef het document een titel.")
        return
    with tempfile.TemporaryDirectory() as folder, st.status("Document indexeren ...") as status:
        path = Path(folder) / Path(file.name).name
        path.write_bytes(file.getvalue())
        report = ingest(path, SourceKind(kind or "professioneel"), title.strip(), publisher.strip())
        if report.failed:
            status.update(label="Niet toegevoegd", state="error")
            for failure in report.failed:
                st.error(f"Fout bij {file.name}: {failure['error']}")
            return
        status.update(label="Toegevoegd", state="complete")
    st.session_state.setdefault(ADDED_KEY, []).append(title.strip())
    st.success(
        f"'{title.strip()}' is toegevoegd: {report.added} nieuwe passages, "
        f"{report.updated} bijgewerkt; {report.total} passages in de index."
    )


def render(settings: Settings, ingest: Ingest) -> None:
    """Render the page.

    Args:
        settings: Where the knowledge folder is.
        ingest: Adds one file to the index (path, kind, title, publisher) and reports.
    """
    st.title("Bronnen")
    st.caption(
        "Spoorwijzer antwoordt alleen uit deze bronnen. Een lager tiernummer weegt zwaarder: "
        "de wet gaat voor UWV, UWV voor vakpublicaties en die voor commerciële teksten."
    )
    _source_list(settings)
    added = st.session_state.get(ADDED_KEY, [])
    if added:
        st.markdown("**In deze sessie toegevoegd:** " + ", ".join(added))
    _upload(ingest)
