"""kilas.store."""
