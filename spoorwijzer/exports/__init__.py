"""Exports of a case for the user to keep: iCalendar (`calendar`)."""
