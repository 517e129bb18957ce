"""A faster drop-in for the model's `attribute_ruler`: the same rules, the same results.

The model's attribute ruler maps each fine-grained tag to a coarse POS and morphology, with
word exceptions (LEMMA, POS, MORPH of "me", "that", "'d", …). It runs spaCy's general Matcher
over every token, which cost about a tenth of the whole parse. Its patterns are all one or two
tokens testing TAG, LOWER, DEP and IS_SPACE (equal, IN, NOT_IN, REGEX), so here each start
token looks up only the patterns whose first token could match it, and the attributes of every
rule that matched are applied in rule order, later rules winning, as the ruler does
(`AttributeRuler.match` sorts matches by rule). The attribute dicts are the ruler's own,
applied with spaCy's own `set_token_attrs`. A model whose patterns use anything else keeps its
ruler (`compile_rules` returns None).

When the rules set only token fields (lemma, POS, tag, dependency label, morphology: all the
model's rules do), the values are written as one array (`Doc.from_array` sets the same fields
`set_token_attrs` does) instead of through a Python Token per word, which was most of this
component's time.
"""
from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.tokens._retokenize import set_token_attrs

KEYS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
COLUMNS = (TAG, LOWER, DEP, IS_SPACE)  # the doc.to_array columns, in this order
# fields a rule may set that live on the token alone (set_token_attrs would also write a lexeme
# flag or NORM, and "_" extensions): these can be written back as one array
TOKEN_FIELDS = frozenset({LEMMA, POS, TAG, DEP, MORPH})
MAX_ROWS = 200_000  # distinct (tag, lower, dep, is_space) rows whose matching rules are kept


class _Unsupported(ValueError):
    pass


def _token_test(spec: dict, strings) -> tuple:
    """A pattern token as (column, how, values) tests on the doc array's values: how is IN
    (values a set), NOT_IN (a set) or REGEX (a compiled pattern searched in the string)."""
    tests = []
    for key, value in spec.items():
        if key not in KEYS:
            raise _Unsupported(key)
        how, values = (next(iter(value.items())) if isinstance(value, dict) and len(value) == 1
                       else ("IN", [value]))
        if isinstance(value, dict) and how not in ("IN", "NOT_IN", "REGEX"):
            raise _Unsupported(str(value))
        if how == "REGEX":
            if KEYS[key] == IS_SPACE:
                raise _Unsupported(str(value))
            payload = re.compile(values)
        elif KEYS[key] == IS_SPACE:
            payload = frozenset(int(bool(v)) for v in values)
        else:
            payload = frozenset(strings.add(v) for v in values)
        tests.append((COLUMNS.index(KEYS[key]), how, payload))
    return tuple(tests)


def compile_rules(ruler):
    """(by_lower, by_tag, anywhere, strings) for FastAttributes, or None when a pattern uses
    something this does not implement. A rule is (order, tests per token, target offset),
    filed by the LOWER or TAG values its first token accepts, else under anywhere."""
    strings = ruler.vocab.strings
    by_lower: dict[int, list] = {}
    by_tag: dict[int, list] = {}
    anywhere: list = []
    try:
        for order, spec in enumerate(ruler.patterns):
            for pattern in spec["patterns"]:
                if not pattern:
                    raise _Unsupported("empty pattern")
                tests = tuple(_token_test(tok, strings) for tok in pattern)
                target = spec.get("index", 0) % len(pattern)
                rule = (order, tests, target)
                # file the rule under an IN test of its first token (LOWER, else TAG): only
                # tokens passing it are tried
                first = {column: values for column, how, values in tests[0] if how == "IN"}
                column, index = (1, by_lower) if 1 in first else (0, by_tag) if 0 in first \
                    else (None, None)
                if index is None:
                    anywhere.append(rule)
                else:
                    for value in first[column]:
                        index.setdefault(value, []).append(rule)
    except _Unsupported:
        return None
    return by_lower, by_tag, anywhere, strings


class FastAttributes:
    """Applies a compiled attribute ruler to a parsed Doc (a pipeline component)."""

    def __init__(self, ruler, compiled):
        self.attrs = ruler.attrs  # normalized attribute dicts, one per rule
        self.by_lower, self.by_tag, self.anywhere, strings = compiled
        self.matches = _Matcher(strings)
        self._merged: dict[tuple[int, ...], dict] = {}
        self._by_row: dict[tuple[int, ...], tuple] = {}
        fields = {key for attrs in self.attrs for key in attrs}
        self.fields = sorted(fields) if fields <= TOKEN_FIELDS else None
        self.column = {field: k for k, field in enumerate(self.fields or ())}

    def __call__(self, doc):
        if not len(doc):
            return doc
        rows = doc.to_array(list(COLUMNS)).tolist()
        n = len(rows)
        hits: list[tuple[int, ...] | None] = [None] * n  # the rules that set each token
        by_row = self._by_row
        for start, row in enumerate(rows):
            key = tuple(row)
            singles, longer = by_row.get(key) or self._starting(key)
            if singles:
                hits[start] = singles if hits[start] is None else hits[start] + singles
            for order, tests, target in longer:
                if start + len(tests) <= n and self.matches(rows, start, tests):
                    at = start + target
                    hits[at] = (order,) if hits[at] is None else hits[at] + (order,)
        if self.fields is None:
            for i, orders in enumerate(hits):
                if orders is not None:
                    set_token_attrs(doc[i], self._merge(orders))
            return doc
        # tokens matched by the same rules get the same values: one row of new values per
        # distinct set of rules (row 0: no rule), a mask of the fields those rules set
        group_of: dict[tuple[int, ...], int] = {}
        groups = [0 if orders is None else group_of.setdefault(orders, len(group_of) + 1)
                  for orders in hits]
        table = numpy.zeros((len(group_of) + 1, len(self.fields)), dtype="uint64")
        sets = numpy.zeros(table.shape, dtype=bool)
        for orders, g in group_of.items():
            for field, value in self._merge(orders).items():
                table[g, self.column[field]] = value
                sets[g, self.column[field]] = True
        values = numpy.where(sets[groups], table[groups], doc.to_array(self.fields))
        doc.from_array(self.fields, values)
        return doc

    def _starting(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], tuple]:
        """The one-token rules that match a token of this row (tag, lower, dep, is_space), and
        the longer rules whose first token matches it. Both depend on the row alone, so they
        are worked out once per distinct row (the rules were tried on every token before)."""
        singles, longer = [], []
        for group in (self.by_lower.get(row[1], ()), self.by_tag.get(row[0], ()), self.anywhere):
            for rule in group:
                tests = rule[1]
                if not self.matches([row], 0, tests[:1]):
                    continue
                if len(tests) == 1:
                    singles.append(rule[0])
                else:
                    longer.append(rule)
        if len(self._by_row) >= MAX_ROWS:
            self._by_row.clear()  # a bound on memory over a long ingest
        found = self._by_row[row] = (tuple(singles), tuple(longer))
        return found

    def _merge(self, orders: tuple[int, ...]) -> dict:
        key = tuple(sorted(set(orders)))
        merged = self._merged.get(key)
        if merged is None:
            merged = {}
            for order in key:  # later rules overwrite earlier ones, as in the ruler
                merged.update(self.attrs[order])
            self._merged[key] = merged
        return merged


class _Matcher:
    """Whether a rule's tests pass at a start token; regex results cached per string."""

    def __init__(self, strings):
        self.strings = strings
        self.searched: dict[tuple, bool] = {}

    def __call__(self, rows, start: int, tests) -> bool:
        for offset, token_tests in enumerate(tests):
            row = rows[start + offset]
            for column, how, values in token_tests:
                value = row[column]
                if how == "IN":
                    ok = value in values
                elif how == "NOT_IN":
                    ok = value not in values
                else:
                    ok = self._search(values, value)
                if not ok:
                    return False
        return True

    def _search(self, pattern, value: int) -> bool:
        found = self.searched.get((pattern, value))
        if found is None:
            found = self.searched[pattern, value] = bool(pattern.search(self.strings[value]))
        return found


@Language.factory("tieline_attributes")
def _make_fast_attributes(nlp, name):
    ruler = nlp.get_pipe("attribute_ruler")
    return FastAttributes(ruler, compile_rules(ruler))


def use_fast_attributes(nlp) -> bool:
    """Swap the pipeline's attribute_ruler for FastAttributes when its patterns allow."""
    if "attribute_ruler" not in nlp.pipe_names or \
            compile_rules(nlp.get_pipe("attribute_ruler")) is None:
        return False
    nlp.add_pipe("tieline_attributes", name="fast_attributes", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe("fast_attributes", "attribute_ruler")
    return True
