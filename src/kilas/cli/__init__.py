"""kilas.cli."""
