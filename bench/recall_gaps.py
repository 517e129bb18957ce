"""Where gold relations are lost and where wrong ones come from, in counts only.

    python bench/recall_gaps.py ../shared/eval/dev-modern.jsonl [more gold files] [--floor 0.5]

Extracts each gold file's articles as `tieline eval` does and sorts every missed gold relation
(at the floor) by what stopped it:

- name: an end is not among the document's extracted entities at all (the NER and the name
  rules never found it, or found it cut);
- type: both ends were found, but one is typed PERSON where the gold entity list has it as
  another type, or the other way round;
- mention: both ends were found, but one is not named (by any of its extracted names) in the
  sentence that states the tie: it appears there as a description, pronoun or unseen short form;
- pattern: both ends named in the tie's sentence and typed right: no rule read the tie.

and every spurious relation by whether both ends are parties of the article's gold entity
list (a wrong type, direction or pair) or at least one is not (a non-party: a fragment, a
place, an unannotated name). Only counts are printed, so the figures of a confirmation set can
be read without reading its errors.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from tieline.cli.evaluate import Run, read_gold
from tieline.evaluate import NameResolver, at_floor, match_section
from tieline.query.confidence import default_floor

# sets whose errors are never read (their score line only)
CONFIRMATION = {"dev-news", "dev-news-b"}


def _surfaces(pred_row: dict, names: NameResolver) -> dict[str, tuple[set[str], str]]:
    """canonical gold name -> (every extracted surface form, extracted type)."""
    found: dict[str, tuple[set[str], str]] = {}
    for ent in pred_row.get("entities") or []:
        forms = {ent["name"], *(ent.get("aliases") or [])}
        for form in forms:
            canonical = names(form)
            surfaces, _ = found.setdefault(canonical, (set(), ent.get("type") or ""))
            surfaces.update(forms)
    return found


def _named_in(sentence: str, surfaces: set[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", sentence) for s in surfaces if s)


def _miss_class(rel: dict, found: dict, names: NameResolver, gold_types: dict) -> str:
    ends = [names(rel.get("head")), names(rel.get("tail"))]
    seen = [found.get(end) for end in ends]
    if any(s is None for s in seen):
        return "name"
    for end, (_, kind) in zip(ends, seen):
        if (kind == "PERSON") != (gold_types.get(end) == "PERSON"):
            return "type"
    sentence = rel.get("evidence") or ""
    if not all(_named_in(sentence, surfaces) for surfaces, _ in seen):
        return "mention"
    return "pattern"


def gaps(gold_rows: list[dict], pred_rows: list[dict], floor: float,
         listing: str = "", listed: list[str] | None = None) -> tuple[Counter, Counter]:
    """Counts of misses and of spurious facts; with `listing` a miss class, each miss of that
    class is added to `listed` as a line (tuning sets only: the counts are all a confirmation
    set may show)."""
    missed, spurious = Counter(), Counter()
    preds = {str(r["id"]): r for r in pred_rows}
    for gold in gold_rows:
        pred = preds.get(str(gold["id"])) or {"entities": [], "relations": []}
        names = NameResolver(gold.get("entities"))
        shown = at_floor([pred], floor)[0].get("relations") or []
        matching = match_section("relations", gold.get("relations") or [], shown, names)
        found = _surfaces(pred, names)
        gold_types = {names(e.get("name")): e.get("type") for e in gold.get("entities") or []}
        for rel in matching.missed:
            kind = _miss_class(rel, found, names, gold_types)
            missed[kind] += 1
            if kind == listing:
                ends = [(rel.get(e), sorted((found.get(names(rel.get(e))) or (set(),))[0]))
                        for e in ("head", "tail")]
                (listed if listed is not None else []).append(
                    f"- {gold['id']} {rel.get('type')} {ends}\n    {rel.get('evidence')}")
        for rel in matching.spurious:
            both = names(rel.get("head")) in gold_types and names(rel.get("tail")) in gold_types
            spurious["both parties" if both else "non-party end"] += 1
    return missed, spurious


def _share(counter: Counter, label: str) -> str:
    total = sum(counter.values())
    return f"{counter[label]} ({counter[label] / total:.0%})" if total else "0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--floor", type=float, default=None,
                        help="confidence floor (default: the answers' floor)")
    parser.add_argument("--list", default="", metavar="CLASS",
                        help="print every miss of this class (name, type, mention, pattern); "
                        "only for tuning sets, never for a confirmation set")
    args = parser.parse_args()
    # by the file's name and, through links, by the name of the file it is
    if args.list and any({p.stem, p.resolve().stem} & CONFIRMATION for p in args.gold):
        parser.error("--list reads errors: not on a confirmation set")
    floor = default_floor() if args.floor is None else args.floor
    print("| gold file | missed | name | type | mention | pattern | spurious | non-party end "
          "| both parties |")
    print("|---|---|---|---|---|---|---|---|---|")
    listed: list[str] = []  # printed after the table, so the table stays one block
    for path in args.gold:
        gold = read_gold(path)
        pred = list(Run([str(path)], show_progress=False).rows())
        missed, spurious = gaps(gold, pred, floor, args.list, listed)
        cells = [_share(missed, k) for k in ("name", "type", "mention", "pattern")]
        print(f"| {path.stem} | {sum(missed.values())} | " + " | ".join(cells)
              + f" | {sum(spurious.values())} | {_share(spurious, 'non-party end')} | "
              f"{_share(spurious, 'both parties')} |")
    if listed:
        print()
        print("\n".join(listed))


if __name__ == "__main__":
    main()
