"""Resume text extraction from PDF, DOCX, images and plain text, with type sniffing and limits."""

from analysis.resume.extract.api import extract_text
from analysis.resume.extract.model import ExtractedText, ExtractLimits, SourceKind

__all__ = ["ExtractLimits", "ExtractedText", "SourceKind", "extract_text"]
