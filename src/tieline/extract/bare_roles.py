"""The employer of a role written without one ("CEO Ann Lee said ..."): the organization named
nearest in the sentence, an event's host, or the article's own company."""
from __future__ import annotations

from .arguments import Named
from .employers import (PLAYER_POSITIONS, PRESS_ROLES, across_quote, corporate_title,
                        local_government, no_workplace, sports_page)
from .lexicon import place_names, us_states
from .role_orgs import SPEECH_NOUNS
from .wordlists import words

EXECUTIVE_ROLES = words("people", "executive_roles")
# "PM adviser Ann Lee", "the mayor's spokesman": a role serving an office holder
OFFICE_HOLDERS = words("relation_words", "office_holders") | {"pm", "king", "queen"}
# "in an interview with X", "speaking with X": X only heard her
SPEECH_WORDS = SPEECH_NOUNS | words("people", "speech_verbs")


def bare_role_org(person_tok, sent, ents, person_role: str = "", role_tok=None,
                   claimed: set = frozenset()):
    """"CEO Satya Nadella said ...": the organization named nearest in the sentence, else the
    document's main one."""
    words = person_role.lower().split()  # "chief economic correspondent": a journalist's title
    if words[-1:] and words[-1] in PLAYER_POSITIONS:
        return None  # "Globex beat Dunmore, and striker Ann Lee scored": either side's player
    if role_tok is not None and any(
            c.dep_ == "poss" and c.lower_ not in {"its", "their", "our", "whose"}
            or c.dep_ == "compound" and c.lower_ in OFFICE_HOLDERS for c in role_tok.children):
        return None  # "the President's adviser Ann Lee": a possessor that is no firm's name
    # "CEO Ann Lee" beside "Avalon County" only: the firm is named elsewhere, never the county
    govs = {m.name for m in ents.mentions if corporate_title(words) and local_government(m)}
    # "added an ICU ward, said hospital CEO Ann Lee": a unit is no one's employer, look past it
    orgs = [m for m in ents.mentions_in(sent) if m.type == "ORG" and m.name not in govs
            and not no_workplace(m)]
    # (an outlet she spoke to is no candidate, but still bars the article's company below)
    before = [m for m in orgs if m.end <= person_tok.idx and not an_audience(m)]
    sdoc = person_tok.doc
    executive = any(w in EXECUTIVE_ROLES for w in words) and words[-1] not in PRESS_ROLES
    # not across a quotation ("'... the Globex plan,' said Ann Lee, executive director"), unless
    # it is the article's company and she its executive; nor another person's employer. An "it"
    # inside the quote ("'... it's not going to take me days,' said Ann Lee, director of
    # elections") is the speaker's word, whatever the pronoun was bound to: only a name counts
    if before and across_quote(before[-1].root.i, person_tok.i, sdoc):
        named = [m for m in before if m.kind != "pronoun"]
        return named[-1] if named and executive and named[-1].name == ents.salient_org() else None
    if before and before[-1].name in claimed:
        return None
    others = [m for m in ents.mentions_in(sent) if m.type == "PERSON" and m.root.i != person_tok.i]
    if before and any(before[-1].end <= o.start < person_tok.idx for o in others):
        return None  # "for Globex, Ann Lee and co-founder Bo Park": too far to say whose
    if before and (not others or before[-1].kind != "name" or person_tok.i - before[-1].span[1] < 6):
        return before[-1]
    if before:
        return None
    # "Chief executive Ann Lee said the firm plans ...": the firm she speaks for
    described = [m for m in orgs if m.kind == "description"]
    if described:
        return described[0]
    for m in ents.mentions_in(sent):  # "At Google I/O 2024, CEO Sundar Pichai ...": the host
        if m.type == "EVENT" and m.end <= person_tok.idx:
            host = next((e for e in ents.entities.values() if e.type == "ORG"
                         and m.name.startswith(e.name + " ")), None)
            if host:
                return Named(host.name, "ORG")
    # "Chief executive Ann Lee said ...": in an article about one company, its executive; but
    # not a role with its own scope ("chief of surgery", "the state's health director", "officer
    # for Britain"): that names an employer the sentence does not, never the article's company
    name = ents.salient_org(exclude=govs)
    scoped = role_tok is not None and any(c.dep_ in {"prep", "poss"} for c in role_tok.children)
    return Named(name, "ORG") if name and not orgs and executive and not scoped \
        and named_nearby(name, person_tok, ents) else None


def named_nearby(name: str, person_tok, ents) -> bool:
    """The article's company stands in for an unnamed employer only where it is named in the
    sentence before or after: "Boss Ann Lee said ..." many paragraphs from it in a long
    article (a digest, a list of films, an outlet citing itself) is someone else's boss."""
    k = ents.sent_index(person_tok)
    return any(m.name == name and abs(ents.sent_index(m.root) - k) <= 1 for m in ents.mentions)


def an_audience(org) -> bool:
    """"In an interview with the Quillfield Ledger, spokeswoman Ann Lee said ...", "in a
    statement to X", "speaking with X", "told X": the outlet or body that heard her, not the one she speaks for."""
    root = getattr(org, "root", None)
    if root is None:
        return False
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in {"with", "to"} \
        and head.head.lemma_.lower() in SPEECH_WORDS \
        or root.dep_ in {"dobj", "dative"} and head.lemma_.lower() == "tell"


NATIONAL_SIDES = words("lexicon", "national_sides")  # "Bosnia striker Ann Lee": a country's side
CLUB_POSTS = PLAYER_POSITIONS | {"boss", "manager"}  # "Harlow boss Ann Lee": a club's manager


def town_club(role):
    """"Dunmore striker Ann Lee", "Dunmore manager Bo Park": a town written before a player's
    position or a manager's title names its club (the tagger keeps no place as an organization;
    not "coach" or "chief": "Dunmore police chief"); a country's or a state's ("Veldoria
    striker") is a national side or no club; a town's "boss" or "manager" is its club's only on
    a sports page ("Dunmore manager Ann Lee said the city budget was balanced": a city manager).
    (club, the post's words) or (None, role)."""
    if not role or role[-1].lower_ not in CLUB_POSTS or role[0].ent_type_ != "GPE":
        return None, role
    k = next((i for i, t in enumerate(role) if t.ent_type_ != "GPE"), len(role))
    if k != len(role) - 1 or not role[k].is_lower:
        return None, role  # the post alone: "Dunmore city manager", "Dunmore fund manager"
    town = role[0].doc[role[0].i:role[k].i].text
    if town in place_names() or town in us_states() or town in NATIONAL_SIDES \
            or role[k].lower_ not in PLAYER_POSITIONS and not sports_page(role[k]):
        return None, role
    return Named(town, "ORG"), role[k:]
