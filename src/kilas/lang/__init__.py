"""kilas.lang."""
