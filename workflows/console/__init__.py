"""console domain: the HR web console's use cases (jobs, models, questions, board, dashboard)."""
