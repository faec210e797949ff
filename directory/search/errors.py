"""Why a build cannot be served."""


class IndexMissing(Exception):
    """There is no built index to serve."""


class IndexCorrupt(Exception):
    """The index on disk cannot be opened."""
