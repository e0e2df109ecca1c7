"""Excel export of a job's applications and Excel import of candidates, questions and bands."""
