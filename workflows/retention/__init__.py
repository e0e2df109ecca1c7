"""The retention sweep: personal data past its retention limits, across every domain."""
