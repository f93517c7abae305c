"""kilas.report."""
