"""kilas.web."""
