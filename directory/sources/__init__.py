"""Keeping the local copy in step with the authoritative directory (see README.md here)."""
