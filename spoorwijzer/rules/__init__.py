"""Deterministic rules over the case: the spoor 2 decision and the fact-or-myth claim match.

Public modules: `spoor2` (decide whether spoor 2 must start), `claims` (match a claim).
"""
