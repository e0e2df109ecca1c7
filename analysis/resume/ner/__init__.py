"""Resume named-entity recognition: a character CRF over BMES tags (NAME, ORG, TITLE, EDU, ...)."""

from analysis.resume.ner.model import Entity, ResumeNer

__all__ = ["Entity", "ResumeNer"]
