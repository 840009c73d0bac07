"""Understanding a message: the case dossier, the facts read from Dutch, the asks, injection.

Imports only `spoorwijzer.language`, `spoorwijzer.deadlines` and the shared records.
Public modules: `facts` (case facts from a question), `routing` (what is asked), `injection`.
"""
