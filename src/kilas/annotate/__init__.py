"""kilas.annotate."""
