"""Ranking a job's candidates, comparing them side by side, and finding similar ones."""
