"""Resume analysis: parsing, entity recognition and field extraction."""
