"""targetctl: keep a government work plan's targets as code and track their progress."""

__version__ = "0.1.0"
