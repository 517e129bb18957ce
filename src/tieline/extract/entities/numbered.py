"""A product's number kept on its name: "released Lumen 3", "the company behind Seastrider 40".
The tagger often leaves the number out (it tags "3" a cardinal), and "Lumen" alone is a cut
name, another product or none. Only a name the syntax already calls a product is extended, and
only by a bare number the parser hangs on the name's last word, so "Kestrel United 2",
"Kestrel 40 trucks" (the number counts the trucks) and "March 3" keep their bounds."""
from __future__ import annotations

import re

# "3", "40", "2.5": a version or model number, never "1,000" or "third"
MODEL_NUMERAL = re.compile(r"\d{1,3}(\.\d{1,2})?")
PRODUCT_LABELS = {"PRODUCT", "PRODUCT*"}
# what a number after a name may be when the tagger says so: a date, a sum, a share, a time
NOT_VERSIONS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


def with_numbers(sdoc, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """raw with each product name followed by its bare number extended over it; a candidate
    for the same words without the number is dropped."""
    grown = {}
    for i, j, name, label in raw:
        if label not in PRODUCT_LABELS or j >= len(sdoc):
            continue
        num = sdoc[j]
        if MODEL_NUMERAL.fullmatch(num.text) and num.dep_ == "nummod" and num.head.i == j - 1 \
                and num.ent_type_ not in NOT_VERSIONS and not _counts_next(sdoc, j):
            grown[(i, j)] = (i, j + 1, f"{name} {num.text}", label)
    if not grown:
        return raw
    return [grown.get((i, j), (i, j, name, label)) for i, j, name, label in raw
            if (i, j) in grown and label in PRODUCT_LABELS or (i, j) not in grown]


def _counts_next(sdoc, j: int) -> bool:
    """"Lumen 3 units": the number is followed by a lower-case noun it may count."""
    return j + 1 < len(sdoc) and sdoc[j + 1].pos_ == "NOUN" and sdoc[j + 1].is_lower
