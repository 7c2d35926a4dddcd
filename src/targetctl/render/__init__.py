"""Renderers: pure data in, text out. Chosen by name, like check-jsonschema's reporters."""
