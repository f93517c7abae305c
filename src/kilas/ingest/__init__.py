"""kilas.ingest."""
