"""APScheduler wiring: a wake-up tick that only calls services.catch_up(now)."""
