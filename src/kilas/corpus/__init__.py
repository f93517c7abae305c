"""kilas.corpus."""
