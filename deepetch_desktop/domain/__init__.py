"""The rules of the credit engine, as pure Python: no database, no Qt, no clock."""
