"""Output layer: clippings as JSON, JSON Lines or a table, to stdout or atomically to a file."""

from clipper.output.writers import FORMATS, Sink, choose_format, open_sink

__all__ = ["FORMATS", "Sink", "choose_format", "open_sink"]
