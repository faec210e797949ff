"""Open Referral UK 3.0 both ways: our listings as the standard's documents (``mapping``), the
standard's read-only API at /oruk/ (``views``, ``openapi``), and ORUK feeds read as a second
source (``feed``). ``mapping``, ``standard`` and ``feed`` never import the web layer."""
