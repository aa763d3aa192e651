"""Qt table models: thin adapters over the values the services return."""
