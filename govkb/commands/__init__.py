"""CLI commands by area; each module is imported only when one of its commands runs."""
