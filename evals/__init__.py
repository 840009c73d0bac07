"""Offline evaluation suite: datasets, deterministic evaluators, runner and reports."""
