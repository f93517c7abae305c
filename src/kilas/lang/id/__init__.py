"""kilas.lang.id."""
