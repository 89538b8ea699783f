"""Output layer: where clippings go (sinks.py: JSON, JSON Lines, a table, a folder of files), how a
named output is written without destroying what is there (targets.py), and what a person watching
the terminal sees (progress.py, table.py)."""
