"""One module per wire format, each with the same small surface (private)."""
