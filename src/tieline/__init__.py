"""tieline: a sourced, temporal map of how organizations depend on each other, from the news."""

__version__ = "0.1.0"
