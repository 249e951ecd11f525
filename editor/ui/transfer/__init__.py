"""Moving articles in and out of the app: exports that need Qt (PDF)."""
