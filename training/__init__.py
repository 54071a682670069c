"""Offline training of warta's Indonesian spaCy pipeline (not shipped; see README.md)."""
