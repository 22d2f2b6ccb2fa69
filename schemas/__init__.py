"""Marshmallow schemas: the wire format shared by the API, the CLI and the loader."""
