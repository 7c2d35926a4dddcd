"""`targetctl draft`: a plan file drafted from a Chinese policy document, for a person to review."""
