"""Body fidelity tests: corpus, properties, editing round trips and paste sanitizing."""
