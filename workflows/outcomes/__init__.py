"""Later outcomes of hires, demographic data for fairness only, versioned scoring
configuration and recalibration, fairness/validity/drift reports and review requests."""
