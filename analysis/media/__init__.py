"""Media handling for interview recordings: probing, audio extraction, frame sampling."""
