"""Generated resumes in many layouts with known gold fields (`dinghire eval resume-fields`)."""
