"""Prompts are versioned data files: `<task>.<version>.md`, e.g. extract.v1.md.

Each file holds a system message and a user message, each after its marker line
(`<!-- system -->`, `<!-- user -->`). The user message names what it is given as `$text`,
`$title`, `$published` (or `$facts` for the verifier), filled with string.Template, so a dollar
amount in an example stays as written. Changing a prompt means a new version file: the version
is part of the cache key and of each fact's rule id ("llm:extract.v1").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from string import Template

from ....errors import BadInput

_MARKER = re.compile(r"^<!--\s*(system|user)\s*-->\s*$", re.M)


@dataclass(frozen=True)
class Prompt:
    id: str  # "extract.v1"
    system: str
    user: str

    @property
    def rule(self) -> str:
        """The rule id stored on the evidence of every fact this prompt produced."""
        return f"llm:{self.id}"

    def messages(self, **values: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system},
                {"role": "user", "content": Template(self.user).safe_substitute(values)}]


def available() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files(__name__).iterdir()
                  if p.name.endswith(".md"))


def load(task: str, version: str) -> Prompt:
    """The prompt for a task ("extract", "verify") at a version ("v1")."""
    prompt_id = f"{task}.{version}"
    path = resources.files(__name__).joinpath(f"{prompt_id}.md")
    if not path.is_file():
        raise BadInput(f"no prompt {prompt_id!r} (setting llm_prompt_version={version!r})",
                       hint="available: " + ", ".join(available()))
    parts = _MARKER.split(path.read_text(encoding="utf-8"))
    sections = dict(zip(parts[1::2], (p.strip() for p in parts[2::2])))
    if set(sections) != {"system", "user"}:
        raise BadInput(f"prompt {prompt_id}: needs a <!-- system --> and a <!-- user --> part")
    return Prompt(prompt_id, sections["system"], sections["user"])
