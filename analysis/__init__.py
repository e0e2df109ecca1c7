"""Analysis: resume parsing, matching, speech, vision and scoring."""
