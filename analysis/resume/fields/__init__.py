"""Rule- and dictionary-based resume field extraction, optionally helped by NER entities."""

from analysis.resume.fields.parser import PARSER_VERSION, parse_fields

__all__ = ["PARSER_VERSION", "parse_fields"]
