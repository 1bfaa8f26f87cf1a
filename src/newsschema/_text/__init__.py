"""The plain-text reader (private): see :func:`newsschema.parse`."""
