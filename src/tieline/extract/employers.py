"""Checks that keep an employ fact's two ends real: the employer an organization the role is
held at, not a title word, a rank, a bare generic word or a person; the person a person.

Real news showed these as the common wrong employers: "Defense Secretary Ann Lee" (a portfolio
named in a title), "Capt. Ann Lee" (a rank), "University staff member Ann Lee" (a generic word
cut from a longer name), "Lee's floor leader Bo Park" (a person's aide), and a role written in
one clause borrowing an organization from another, across a quotation or a list.
"""
from __future__ import annotations

from ..names import COMPANY_SUFFIXES, initials
from .arguments import Named
from .entities.voting import surname
from .entities.words import GENERIC_DESCRIPTORS, POSSESSIVE_TOKENS
from .generic_units import generic_unit
from .family_lines import a_family_line
from .lexicon import ORG_DESCRIPTORS, ORG_NAME_WORDS, ORG_PARTS, PLAYER_POSITIONS, ROLE_WORDS
from .programmes import a_programme
from .wordlists import words

PORTFOLIO_TITLES = words("people", "portfolio_titles")  # "Defense Secretary", "Health Minister"
ORG_HEADS = words("people", "org_heads")  # last words that make a name an organization's
RANKS = words("people", "ranks")  # "Capt.", "Major General": titles, never employers
GENERIC_ORG_WORDS = words("people", "generic_org_words")  # "Police Department" alone
NOT_PERSON_WORDS = words("people", "not_person_words")  # "Kurram District", "Dress Collection"
LEGISLATORS = words("people", "legislators")
MEMBER_POSTS = words("people", "member_posts")  # "board member", "member of the staff": a post  # "Sen. Ann Lee of Waterloo" represents it
PRESS_ROLES = words("people", "press_roles")
BEATS = words("people", "beats")  # "White House reporter": what she covers
NAMING_VERBS = words("people", "naming_verbs")  # "a centre named after Ann Lee"
LEISURE_CLUBS = words("people", "leisure_clubs")  # "the Marlow Golf Club": its members are no staff
FIRM_WORDS = words("people", "firm_words")  # "the company": never a public body
SHARE_WORDS = words("relation_words", "share_asides")  # "the majority owner of Globex": a share
PUBLIC_HEADS = words("people", "public_heads")  # "Ministry of Energy", "Labour Department"
AWARDS = words("people", "awards")  # "the Golden Quill Award", "Medal of Honor"
EVENT_TAILS = words("people", "event_tails")  # "the Quillfield National Convention"
LEAGUE_DIVISIONS = words("people", "league_divisions")  # "the Orvane League Central"
EVENT_NAME_TAILS = EVENT_TAILS | LEAGUE_DIVISIONS  # two closing words of an event's or a league's name
NOT_EMPLOYERS = words("people", "not_employers")  # "ICU", "the Capitol"
FUNCTION_NAMES = words("people", "function_names")  # "Public Relations", "Critical Care Medicine"
TITLE_OPENERS = words("people", "title_openers")  # "Chief Storyteller"
QUOTE_TAGS = {"``", "''"}
QUOTE_MARKS = {"“", "”", '"'}


def not_an_employer(org, ents) -> bool:
    """A rank, a generic word or two with the real name lost, or a person's name."""
    name = getattr(org, "name", "") or ""
    low = [w.strip(".,").lower() for w in name.split()]
    if not low or low[0] in {"of", "for", "and"}:  # "of Supervisors": the name's head was cut off
        return True
    if name.strip().endswith("-") or " - " in name:  # "Kestrel-" of "Kestrel-style", "App - slang"
        return True  # a word torn from a compound, or a name run into its gloss: no whole name
    if len(low) == 1 and low[0] in RANKS or len(low) <= 2 and all(w in GENERIC_ORG_WORDS for w in low):
        return True
    if low[-1] in AWARDS or award_cut(org):  # an award is given, it employs no one
        return True
    if low[-1] in EVENT_TAILS or " ".join(low[-2:]) in EVENT_NAME_TAILS:
        # a national convention is held; the committee behind it employs; a league's division
        return True  # groups clubs, each employing its own manager
    if no_workplace(org) or a_function(org) or generic_unit(org) or a_family_line(org) \
            or a_programme(org, getattr(ents, "text", "")):
        # "Vaccine Research Group" alone; "the Halvorsen bloodline"; "an episode of Harbour Talk"
        return True
    # "Ann Lee's chief of staff", where Ann Lee is a person: an aide to her, no organization;
    # "Lee's spokesman" where the text names Governor Ann Lee: her surname (but "United" of
    # Avalon United is the club's short name)
    if any(e.type == "PERSON" and e.name == name for e in ents.entities.values()):
        return True
    last = {(surname(e.name), e.type) for e in ents.entities.values() if " " in e.name}
    return len(low) == 1 and (name, "PERSON") in last and (name, "ORG") not in last


def no_workplace(org) -> bool:
    """"Ex-manager Ann Lee in ICU", a meeting "at the U.S. Capitol": a hospital unit or a
    legislature's building, no employer. (The words are common nouns of units and buildings;
    a district named for its trade, "Broadway", is a place name and is left to the place
    lists rather than named here.)"""
    name = (getattr(org, "name", "") or "").lower().removeprefix("the ")
    return name in NOT_EMPLOYERS


def a_function(org) -> bool:
    """"Public Relations Manager Ann Lee", "chief of Critical Care Medicine", "Chief Storyteller
    for the City of Avalon": a function, a field or a title the tagger typed ORG; the
    organization is unnamed or named elsewhere (an acronym, "CARE", is a name)."""
    names = [w.strip(".,") for w in (getattr(org, "name", "") or "").split()]
    if not names or any(w.isupper() and len(w) > 1 for w in names):
        return False
    low = [w.lower() for w in names]
    if len(low) <= 3 and all(w in FUNCTION_NAMES for w in low):
        return True
    return low[0] in TITLE_OPENERS and not org_shaped(org)


def award_cut(org) -> bool:
    """"Honor" of "Medal of Honor": the name is the tail of an award's name."""
    span, root = getattr(org, "span", None), getattr(org, "root", None)
    if span is None or root is None or span[0] < 2:
        return False
    before = root.doc[span[0] - 2:span[0]]
    return before[1].lower_ == "of" and before[0].lower_ in AWARDS


def portfolio_fragment(org, role, sdoc) -> bool:
    """"Defense Secretary Ann Lee", "Romanian Health Minister Bo Park": the word before the
    title names a portfolio, not an organization ("Globex Ministry", "ACME" still are)."""
    if not role or role[0].lower_ not in PORTFOLIO_TITLES or not hasattr(org, "span"):
        return False
    toks = sdoc[org.span[0]:org.span[1]]
    if len(toks) == 1 and toks[0].text.replace(".", "").isupper() and len(toks[0].text) > 1:
        return False  # an acronym: "NSC Adviser"
    return toks[-1].lower_ not in ORG_HEADS


def not_a_person(name: str) -> bool:
    """"Kurram District", "Designer Dress Collection": a place or a thing typed PERSON."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in NOT_PERSON_WORDS


def across_quote(a: int, b: int, sdoc) -> bool:
    """A quotation mark between two tokens: a quote and the words around it are two clauses."""
    lo, hi = sorted((a, b))
    return any(is_quote_mark(t) for t in sdoc[lo + 1:hi])


def is_quote_mark(tok) -> bool:
    return tok.tag_ in QUOTE_TAGS or tok.text in QUOTE_MARKS


def quote_then_speaker(verb_i: int, person_i: int, sdoc) -> bool:
    """"'... it can bring comfort,' Ann Lee, head of Globex, said": the verb is inside a quote
    that ends right before the person, who is its speaker, not its object (person_i may be any
    token of the name: "Ann" of "Ann Lee" lies between the quote and "Lee")."""
    start = person_i
    while start > 0 and sdoc[start - 1].dep_ == "compound" and start <= sdoc[start - 1].head.i <= person_i:
        start -= 1
    between = [t for t in sdoc[verb_i + 1:start] if t.text not in {",", "."}]
    return verb_i < person_i and bool(between) and is_quote_mark(between[-1])


def person_between(person_tok, role_tok, ents) -> bool:
    """"Lee and Bo Park, his assistant coach at Globex": the role is the nearer person's."""
    lo, hi = sorted((person_tok.i, role_tok.i))
    own = ents.mention_at(person_tok)
    # but "Lee and Bo Park, co-founders of Globex": a plural role is both people's
    shared = {c.i for c in person_tok.conjuncts} if role_tok.tag_ in {"NNS", "NNPS"} else set()
    return any(m.type == "PERSON" and m is not own and m.name != getattr(own, "name", None)
               and m.root.i not in shared
               for t in person_tok.doc[lo + 1:hi] for m in [ents.mention_at(t)] if m)


def placed_in_town(org, sdoc) -> bool:
    """"Ann Lee of Millbrook, Ohio": a name followed by its state or country is a town."""
    end = org.span[1] if hasattr(org, "span") else None
    if end is None or end + 1 >= len(sdoc) or sdoc[end].text != "," or sdoc[end + 1].ent_type_ != "GPE":
        return False
    after = next((t for t in sdoc[end + 1:] if t.ent_iob_ != "I" and t.i > end + 1), None)
    return after is None or after.text not in {"'s", "’s"}  # not "Globex, Ohio's biggest grocer"


def campus(org, ents) -> bool:
    """"professor at the University of Avalon, Eastbrook": a place set after a body's name is
    its campus or seat, no second employer (the tagger calls it a place)."""
    root = getattr(org, "root", None)
    if root is None or root.dep_ != "appos" or root.ent_type_ not in {"GPE", "LOC"}:
        return False
    head = ents.mention_at(root.head)
    return head is not None and head.type == "ORG"


def org_shaped(org) -> bool:
    """A name that says it is an organization: an organization word ("Institute", "Bank",
    "Ministry", "Police"), a company suffix or an acronym ("LAPD")."""
    names = [w.strip(".,") for w in (getattr(org, "name", "") or "").split()]
    low = {w.lower() for w in names}
    return bool(low & (ORG_NAME_WORDS | ORG_HEADS | GENERIC_ORG_WORDS | COMPANY_SUFFIXES)) \
        or any(w.isupper() and len(w) > 1 for w in names)


def hometown(m, prep, org, sdoc) -> bool:
    """"Ann Lee, 34, of Millbrook, said" / "Ann Lee, of Millbrook, is a supporter": after a
    comma (and an age), "of" names where a person lives, unless the name says it is an
    organization ("Ann Lee, of the Globex Institute")."""
    if prep.lower_ != "of" or not hasattr(m, "span"):
        return False
    between = sdoc[m.span[1]:prep.i]
    if not any(t.text == "," for t in between):
        return False
    return any(t.like_num for t in between) or not org_shaped(org)


def legislator(m, sdoc) -> bool:
    """"Sen. Ann Lee of Waterloo": a legislator's "of X" is the place they represent."""
    i = m.span[0] if hasattr(m, "span") else m.root.i
    return i > 0 and sdoc[i - 1].lower_.rstrip(".") in LEGISLATORS


def inside_title(org, role, sdoc) -> bool:
    """A one-word "organization" inside a capitalised title: "Deputy Press Secretary" (a title
    word), "County Board President" (the board's name cut to one word): no employer there."""
    if not hasattr(org, "span") or org.span[1] - org.span[0] != 1:
        return False
    before = sdoc[org.span[0] - 1] if org.span[0] > 0 else None
    if before is not None and before.is_title and before.lower_ in ROLE_WORDS:
        return True
    return role[0].is_title and role[0].lower_ in ORG_PARTS


def same_org(a: str, b: str) -> bool:
    """"Illinois Department of Health" and "Department of Health", "NJ Transit" and "New Jersey
    Transit": one organization written twice, so no move from one to the other."""
    la, lb = a.lower(), b.lower()
    return la.endswith(" " + lb) or lb.endswith(" " + la) or _initialled(a, b) or _initialled(b, a)


def _initialled(short: str, long: str) -> bool:
    """"NJ Transit" for "New Jersey Transit": the first word of `short` spells the initials
    (names.initials) of the words of `long` before the words the two names end with alike."""
    head, *tail = short.split() or [""]
    words = long.split()
    lead, end = words[:len(words) - len(tail)], words[len(words) - len(tail):]
    if [w.lower() for w in end] != [w.lower() for w in tail]:
        return False
    letters = head.replace(".", "")
    return letters.isalpha() and letters.upper() == initials(" ".join(lead))


def a_tie(role) -> bool:
    """"coalition partner X", "trading partner X": a tie between two parties, not a post; a
    partner of a firm is written "senior partner", "managing partner" or "partner"."""
    return len(role) > 1 and role[-1].lower_ == "partner" and role[-2].pos_ == "NOUN" \
        and role[-2].lower_ not in ROLE_WORDS


def joint_partner(noun) -> bool:
    """"X, a partner with Globex and Acme in the venture": a partner of several bodies at once is
    a party to a partnership, not a partner's post at a firm ("a partner with Globex LLP")."""
    return noun.lemma_.lower() == "partner" and any(
        p.conjuncts for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj")


def a_membership(role_text, rtok, org) -> bool:
    """"an original member of the Dunwich Motor Club", "a member of the Globex Society": belonging
    to a club, society or party is no job there; a board, staff or committee seat is a post
    ("board member Ann Lee", "a member of Globex's board", "member of the Globex Council").
    A share in it is no job either: "the majority owner of Globex" holds, it does not work."""
    words_ = (role_text or "").lower().split()
    if words_[-1:] in (["owner"], ["owners"]) and set(words_) & SHARE_WORDS:
        return True
    if not words_ or words_[-1].rstrip("s") != "member" or set(words_) & MEMBER_POSTS:
        return False
    seats = {p.lemma_.lower() for c in getattr(rtok, "children", ()) if c.dep_ == "prep"
             and c.lower_ in {"of", "on"} for p in c.children if p.dep_ == "pobj"}
    last = (getattr(org, "name", "") or "").split()[-1:]
    return not (seats | {w.lower() for w in last}) & (MEMBER_POSTS | ORG_PARTS)


SPORTS_CUES = words("people", "sports_cues")  # "Dunmore manager Ann Lee said the squad ..."
PARTY_WORDS = words("entities", "party_words")  # "the Harlow Party", "the Veldoria Front"
SUPPORTER_WORDS = {"ardent", "fervent", "fierce", "loyal", "outspoken", "staunch", "strong", "vocal"}


def not_a_player(role_text, rtok, org) -> bool:
    """A position's word that names no player's post: a supporter's (a_supporter), or a trade's
    keeper ("lighthouse keeper", "Acme Hotels keeper") off a sports page."""
    return a_supporter(role_text, rtok, org) or (role_text or "").lower().split()[-1:] == [
        "keeper"] and rtok is not None and not sports_page(rtok)


def sports_page(tok) -> bool:
    """A sports cue (a club, a league, a scored goal) in the article, its sentence included."""
    return any(t.lower_ in SPORTS_CUES for t in tok.doc)


def a_supporter(role_text, rtok, org) -> bool:
    """A position's word in a supporter's or a party's sense, no player's post: "a staunch
    defender of the Globex accord", "Globex's fiercest defender", "a far-right winger", "a
    right-winger in the Harlow Party", "Harlow Party defender Ann Lee" (a club's "left winger"
    is a player)."""
    words_ = (role_text or "").lower().split()
    if not words_ or words_[-1] not in PLAYER_POSITIONS or rtok is None:
        return False
    last = (getattr(org, "name", "") or "").lower().split()[-1:]
    if set(last) & PARTY_WORDS or words_[-1] == "winger" and any(
            t.lower_ == "far" for t in rtok.doc[max(rtok.i - 4, 0):rtok.i]):
        return True
    kids = list(rtok.children)
    return words_[-1] == "defender" and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) \
        or any(c.dep_ == "amod" and c.lemma_.lower() in SUPPORTER_WORDS for c in kids)


def quoted_title(m, sdoc) -> bool:
    """A "person" between quotation marks is a title: Globex TV's "Morning Ledger" (also with
    the comma or stop written inside the marks: Globex TV's "Morning Ledger," which ...)."""
    i, j = m.span
    if i > 1 and j + 1 < len(sdoc) and sdoc[j].text in {",", "."} \
            and sdoc[i - 2].text in POSSESSIVE_TOKENS:
        j += 1  # only after an owner's name: 'chief executive "Ann Lee."' is a person quoted
    return i > 0 and j < len(sdoc) and is_quote_mark(sdoc[i - 1]) and is_quote_mark(sdoc[j])


def quoted_name(org, sdoc) -> bool:
    """"'Velvet Harbour' star Ann Lee": a name in quotation marks is a show's or a book's title,
    not the body she works for."""
    span = getattr(org, "span", None)
    return span is not None and span[0] > 0 and span[1] < len(sdoc) \
        and is_quote_mark(sdoc[span[0] - 1]) and sdoc[span[1]].text in QUOTE_MARKS | {"'", "’"} \
        or in_quoted_title(org, sdoc)


def in_quoted_title(org, sdoc) -> bool:
    """"author of "Harbour Lights: Globex and the Sea"": a name inside a quotation opened right
    after a preposition is part of a book's or a report's title, no body she works for."""
    span = getattr(org, "span", None)
    if span is None:
        return False
    marks = [t for t in sdoc[:span[0]] if t.text in QUOTE_MARKS]  # single ones may be apostrophes
    if not marks or marks[-1].text == "”" or len(marks) % 2 == 0 and marks[-1].text != "“":
        return False  # no quotation open where the name starts
    opening = marks[-1]
    return opening.i > 0 and sdoc[opening.i - 1].pos_ == "ADP"


def named_after(tok) -> bool:
    """"the Harlow Center for Marine Studies, named after Ann Lee of the Globex Society": the
    person a body is named for is no one on its staff, nor on that of the body her name is set
    beside."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"after", "for"} \
        and tok.head.head.lemma_.lower() in NAMING_VERBS


def possessor(tok) -> bool:
    return any(c.dep_ == "case" for c in tok.children)


def owned_by_thing(left, ents=None) -> bool:
    """"the show's music director Ann Lee": the role belongs to a thing that is no organization
    named in the text, so no organization of the sentence may stand in for it (nor "its" of a
    thing: "the festival, which has its own artistic director Ann Lee")."""
    if ents is not None and its_of_thing(left, ents):
        return True
    if left is None or left.text not in {"'s", "’s"} or left.i == 0:
        return False
    owner = left.nbor(-1)
    return owner.pos_ == "NOUN" and owner.lemma_.lower() not in ORG_DESCRIPTORS


def its_of_thing(tok, ents) -> bool:
    """"the pipeline deal, which had its own project manager, Ann Lee": "its" in a relative
    clause of a thing (a common noun naming no organization and owned by none) is the thing's,
    whatever organization an earlier sentence offers for it ("Globex, which ... its" and
    "Globex said its downfall ... its founder" keep theirs)."""
    if tok is None or tok.lower_ != "its":
        return False
    for anc in tok.ancestors:
        subj = next((c for c in anc.children
                     if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
        if subj is None:
            continue
        if subj.lower_ not in {"which", "that"} or anc.dep_ != "relcl":
            return False
        thing = anc.head
        return thing.pos_ == "NOUN" and not thing.ent_type_ and ents.mention_at(thing) is None \
            and not any(c.dep_ == "poss" for c in thing.children) \
            and thing.lemma_.lower() not in ORG_DESCRIPTORS | ORG_PARTS | GENERIC_DESCRIPTORS
    return False


def a_beat(org, role_text) -> bool:
    """"White House reporter Ann Lee", "Pentagon correspondent": the body a journalist covers,
    not the outlet that employs her."""
    name = (getattr(org, "name", "") or "").lower().removeprefix("the ")
    last = (role_text or "").lower().split()[-1:]
    return bool(last) and last[0] in PRESS_ROLES and name in BEATS


def placed_at_name(noun) -> bool:
    """The role says at which named body it is held ("dean for X at the Brinmoor School"), a
    name the tagger did not call ORG: the "of"/"for" object is then the post's remit or field."""
    return any(p.pos_ == "PROPN" for c in noun.children if c.dep_ == "prep" and c.lower_ == "at"
               for p in c.children if p.dep_ == "pobj")


def a_remit(org, noun, ents) -> bool:
    """A name set before the role word that is what the post deals with, not who employs it:
    "the government's top Supreme Court lawyer" (the role's owner is another, unnamed body),
    "a former Brexit secretary" (a portfolio), "Globex's Chief of Safety" (a field)."""
    root = getattr(org, "root", None)
    if root is not None and owned_field(root, noun, ents):
        return not org_shaped(org)
    if root is None or root.dep_ != "compound" or root.head.i != noun.i:
        return False
    # but "the council's Budget Committee chair": a panel or part of the owner is the post's body
    last = (getattr(org, "name", "") or "").lower().split()[-1:]
    part = bool(set(last) & (ORG_PARTS | MEMBER_POSTS))
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return not part and any(o.pos_ == "NOUN" and not ents.mention_at(o) for o in owners) \
        or portfolio_fragment(org, [noun], noun.doc)


def owned_field(root, noun, ents) -> bool:
    """"Globex's Chief of Safety", "Acme Schools Chief of Security": the role's owner is named
    before it, so the "of" object is the post's field (unless its name says it is a body)."""
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.i != noun.i:
        return False
    return any(c.dep_ in {"poss", "compound"} and c.i < noun.i
               and getattr(ents.mention_at(c), "type", None) == "ORG" for c in noun.children)


def joined_as_member(org, verb) -> bool:
    """"has joined the Marlow Golf Club": joining a golf, country or yacht club is becoming a
    member ("joined the Dunwich Football Club" is a player's move; "joined the club as its
    manager" is a post), and "join John" (a show's guests) is joining a person."""
    low = [w.lower() for w in (getattr(org, "name", "") or "").split()]
    if len(low) > 1 and low[-1] == "club" and low[-2] in LEISURE_CLUBS:
        return not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    root = getattr(org, "root", None)
    return root is not None and root.ent_type_ == "PERSON" and not org_shaped(org)


def public_body_as_firm(org) -> bool:
    """"the company" or "the firm" bound to "the Ministry of Energy" or "the Labour Department":
    a business word never means a public body; the spokesman speaks for a firm named elsewhere."""
    root = getattr(org, "root", None)
    low = [w.lower() for w in (getattr(org, "name", "") or "").split()]
    if root is None or root.lemma_.lower() not in FIRM_WORDS or not low:
        return False
    return (len(low) > 2 and low[0] in PUBLIC_HEADS and low[1] == "of") or low[-1] in PUBLIC_HEADS


def a_kind_of_firm(role) -> bool:
    """"the drug company executive", "a tech firm founder": the role says what kind of firm it is
    held at, not which, so no organization named nearby may stand in for it ("the company
    spokesman" still speaks for the firm of the text)."""
    return any(t.lemma_.lower() in GENERIC_DESCRIPTORS and any(
        c.dep_ in {"compound", "amod"} for c in t.children) for t in role)


CORPORATE_TITLES = words("people", "corporate_titles")
LOCAL_GOVERNMENTS = words("people", "local_governments")
GOVERNMENT_BODIES = words("people", "government_bodies")
GOVERNMENT_PLACES = words("people", "government_places")


def corporate_title(role_words: list[str]) -> bool:
    """"CEO", "founder", "chief executive": a title only a firm gives (a county board has a
    chairman too)."""
    pairs = zip(role_words, role_words[1:])
    return any(w in CORPORATE_TITLES for w in role_words) or any(
        a == "chief" and b in {"executive", "operating", "financial"} for a, b in pairs)


def local_government(org) -> bool:
    """"Avalon County", "Corvale City Council", "the Marsh County Commission": a county, city or
    state government (not "World Gold Council", not "State Street")."""
    low = [w.lower() for w in (getattr(org, "name", "") or "").split()]
    return any(w in LOCAL_GOVERNMENTS for w in low) or len(low) > 1 and (
        low[-1] in GOVERNMENT_BODIES and any(w in GOVERNMENT_PLACES for w in low[:-1])
        or low[0] in GOVERNMENT_PLACES and low[1] == "of")


TITLE_BODIES = words("people", "title_bodies")


def body_in_title(org, role, sdoc) -> tuple:
    """"Adams Community Chamber director Ann Lee": capitalised words before the title that end
    in a body word finish the name the tagger cut at "Adams", so the employer is the whole
    name and the title "director" (not a longer "Adams ..." name that the cut one was grouped
    with)."""
    if org is None or not hasattr(org, "span") or not role or org.span[1] != role[0].i:
        return org, role
    end = None
    for j, t in enumerate(role[:-1]):
        if not t.is_title or t.lower_ in ROLE_WORDS:
            break
        if t.lower_ in TITLE_BODIES:
            end = j
    if end is None:
        return org, role
    return Named(sdoc[org.span[0]:role[end].i + 1].text, "ORG"), role[end + 1:]
