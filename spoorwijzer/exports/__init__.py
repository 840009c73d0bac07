"""Exports of a case for the user to keep, and the case's standing today.

`calendar` (.ics), `table` (.csv), `summary` (printable HTML, copyable answer text) and
`case_status` (milestone statuses, sick week and the "Nu" view).
"""
