"""Dutch language, the bottom stage: dates, date mentions, sentences, words, synonyms.

Pure functions over text; imports nothing else of spoorwijzer.
Public modules: `dutch_dates`, `date_mentions`, `sentences`, `wording`, `synonyms`.
"""
