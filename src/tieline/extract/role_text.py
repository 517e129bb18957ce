"""How a role is written in a fact's detail: the role's own words ("senior vice president"),
its field ("of sales"), hyphened titles kept whole, and the role a hiring verb gives."""
from __future__ import annotations

from .arguments import prep_objects
from .lexicon import POST_WORDS, in_waiting


def role_text(tokens) -> str | None:
    toks = [t for t in tokens if t.text not in {",", "'s", "’s"}]
    toks += _role_field(toks[-1]) if toks else []
    # ("the former Globex and Acme CFO": the words after the first employer open with "and")
    while toks and toks[0].lower_ in {"the", "a", "an", "its", "his", "her", "their", "former",
                                      "formerly", "ex", "then", "-", "and", "&"}:
        toks = toks[1:]
    words: list[str] = []
    for t in toks:  # "Secretary-General", split in three by the tokenizer, is written whole
        if words and (t.text == "-" or words[-1].endswith("-")) and not t.nbor(-1).whitespace_:
            words[-1] += t.text
        elif words and in_waiting(t):  # "chairman-elect", its hyphen left out of the tokens
            words[-1] += "-" + t.text
        else:
            words.append(t.text)
    return " ".join(words) or None


def role_phrase(role) -> str | None:
    """A role noun written with its modifiers, no article or owner: "the new chief executive"
    -> "new chief executive"."""
    return role_text([t for t in role.subtree if t.i <= role.i and t.dep_ not in {"det", "poss"}])


def _role_field(noun) -> list:
    """"chief of staff", "head of research", "professor of public health": the field written
    right after a role noun belongs to the role (not "head of the unit", not "chief of Globex")."""
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "of" or c.i != noun.i + 1:
            continue
        for p in c.children:
            field = list(p.subtree)
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and all(
                    t.is_alpha and t.is_lower and t.dep_ in {"pobj", "amod", "compound", "cc", "conj"}
                    for t in field) and field[0].i == c.i + 1:
                return [c, *field]
    return []


def field_joined(role, conj, mention_at=lambda t: None) -> list:
    """"a professor of microbiology and infectious disease at X": a noun joined to the role
    after the role's own field is one more field, not a second post; the words of the whole
    role ("professor of microbiology and infectious disease"), or [] for another shape. A name
    before the role ("a Harvard professor") is its employer, not a word of the role."""
    field = _role_field(role)
    if not field or conj.i <= field[-1].i:
        return []
    rest = list(conj.doc[field[-1].i + 1:conj.i + 1])
    if rest[0].lower_ not in {"and", "&"} or not all(t.is_alpha and t.is_lower for t in rest[1:]):
        return []
    own = [t for t in role.subtree if t.i <= role.i and not mention_at(t)
           and t.dep_ not in {"det", "poss", "case", "punct"}]
    return own + field + rest


def named_role(verb) -> str | None:
    """The role a verb gives someone: "hired X as CFO", "named X chief executive"."""
    roles = [c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.pos_ == "NOUN"]
    roles += prep_objects(verb, "as")
    for r in roles:
        words = [t for t in r.subtree if t.i <= r.i and t.dep_ not in {"det", "poss", "case"}]
        if any(t.lower_ in POST_WORDS for t in words):
            return role_text(words)
    return None
