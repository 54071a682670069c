"""Trained models shipped with warta (built by ``python -m training.build``; see training/README.md)."""
