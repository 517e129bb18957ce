"""Errors a person can act on, in one place.

Every error tieline raises for a reason outside the code (a bad argument, an unknown name, a
locked database) is a TielineError. It carries a short code, the exit status the CLI uses and
the HTTP status a web layer answers with, so the CLI (and any API) maps them in one handler.
"""
from __future__ import annotations

from typing import Any


class TielineError(Exception):
    code = "error"
    exit_status = 1
    http_status = 500
    hint_follows = False  # True: "message; hint" (a question), else "message (hint)"

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if not self.hint:
            return self.message
        return f"{self.message}; {self.hint}" if self.hint_follows else \
            f"{self.message} ({self.hint})"

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        return out


class BadInput(TielineError):
    """An argument, option, file or request that cannot be used as given."""
    code = "bad_input"
    exit_status = 2
    http_status = 422


class NotFound(TielineError):
    """A name or id the store does not know; `suggestions` holds close matches."""
    code = "not_found"
    exit_status = 1
    http_status = 404
    hint_follows = True  # "no entity 'Open AI'; did you mean 'OpenAI'?"

    def __init__(self, message: str, *, suggestions: list[str] | None = None,
                 hint: str | None = None):
        self.suggestions = list(suggestions or [])
        if self.suggestions and hint is None:
            hint = "did you mean " + " or ".join(repr(s) for s in self.suggestions[:3]) + "?"
        super().__init__(message, hint=hint)

    def as_dict(self) -> dict[str, Any]:
        return {**super().as_dict(), "suggestions": self.suggestions}


class StoreError(TielineError):
    """The database cannot be opened, read or written: names the file and what to do."""
    code = "store_error"
    exit_status = 1
    http_status = 503


class ScenarioError(BadInput):
    """A what-if scenario the grammar does not read, or a clause that cannot be played."""
    code = "bad_scenario"


class GoldFileError(BadInput):
    """A gold or prediction file that cannot be read as the annotation format."""
    code = "bad_gold_file"
