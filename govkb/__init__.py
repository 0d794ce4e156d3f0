"""govkb: a knowledge base of the duties and deadlines that policy documents assign."""

__version__ = "0.1.0"
