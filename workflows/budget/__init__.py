"""DingTalk API call budget: calls counted by API and month, warnings before the quota runs out."""
