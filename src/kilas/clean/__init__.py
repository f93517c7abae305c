"""kilas.clean."""
