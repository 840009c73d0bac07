"""Spoorwijzer: offline Dutch assistant for spoor 2 re-integration."""

__version__ = "0.1.0"
