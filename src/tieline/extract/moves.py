"""talent_move: a person (or a role) leaves one organization for another ("Ann Lee left Globex
to join Acme", "Acme's VP ... leaves for Globex"), sourced from the verbs of joining and leaving
and from the employers the person has in the document."""
from __future__ import annotations

from .arguments import SUBJECT_DEPS, Named, mentions_of, phrase, prep_objects
from .career import named_argument, pronoun_people
from .employers import joined_as_member, org_shaped, same_org
from .later_posts import LATER_POST_RULE, in_years, joined_then_became, one_group
from .lexicon import MOVER_NOUNS, ROLE_WORDS
from .modality import DENYING_GOVERNORS, NEGATING_GOVERNORS, modality_at
from .not_employers import to_study
from .people import JOIN_VERBS, PLACE_TYPES, TELL_VERBS
from .role_clauses import is_role, role_words
from .role_orgs import role_orgs
from .tenure import LEAVE_VERBS, NOW_WORDS, now_orgs
from .wordlists import words

MOVE_NOUNS = words("people", "move_nouns")
MOVE_RIVALS = words("people", "move_rivals")  # the bare words that call a joined firm a rival
DENIALS = NEGATING_GOVERNORS - LEAVE_VERBS  # "denied she had quit": a move said not made


def moves(sdoc, ents, sink) -> None:
    """talent_move: a person (or role) leaves one organization for another."""
    employers: dict[str, list[str]] = {}
    said_at: dict[str, set[tuple[str, int]]] = {}  # (employer, sentence start) per person
    for r in sink.found:
        # "Ann Lee, now an analyst at X": her post now, no start of any move the text tells
        if r.type == "employ" and not (r.object or "").lower().startswith("now "):
            employers.setdefault(r.tail, []).append(r.head)
            said_at.setdefault(r.tail, set()).add((r.head, r.evidence.start))
    _past_then_now(ents, sink)
    # "She left Globex to join Acme": a "he"/"she" subject that can only be one person moves too
    for m in [*ents.mentions, *pronoun_people(sdoc, ents)]:
        tok = m.root
        if m.kind != "name" and not (m.kind == "pronoun" and m.type == "PERSON") \
                or m.type == "ORG" and tok.dep_ != "poss":
            continue
        # the mover: a person, or a role owned by an organization ("Acme's VP ... Leaves"); not
        # its unit, show or match ("Acme's mortgage unit moved to Globex")
        mover = tok if m.type == "PERSON" else tok.head
        if m.type != "PERSON" and mover.lemma_.lower() not in MOVER_NOUNS:
            continue
        verb = mover.head if mover.dep_ in SUBJECT_DEPS else None
        if verb is None:
            continue
        src = set(employers.get(m.name, [])) if m.type == "PERSON" else {m.name}
        later = now_orgs(tok, ents) if m.type == "PERSON" else set()
        src -= later  # "A, now an analyst at X, left Y to join Z": X is no start of this move
        # "joined X and became CEO of Y": Y is a post taken after, no start of the move either
        src -= {o.name for c in verb.conjuncts if c.lemma_.lower() == "become" for o in _role_orgs_of(c, ents)}
        if m.type == "PERSON":
            role, left = role_words(tok, ents)
            if left is not None and ents.mention_at(left):
                src.add(ents.mention_at(left).name)
        # not "telling people to go to X": a verb with an object hands its infinitive to it
        told = verb.lemma_.lower() in TELL_VERBS and any(
            c.dep_ in {"dobj", "dative"} for c in verb.children)
        chain = [verb] + [c for c in verb.children if c.dep_ in {"advcl", "conj"}
                          or c.dep_ == "xcomp" and not told]
        moved = _move_infinitives(verb)  # "has quit in a move to rejoin Acme"
        chain += moved
        targets, from_ = _ends(chain, verb, m, ents, {h for hs in employers.values() for h in hs})
        if (moved or any(_takes_over(v) for v in chain)) and m.type == "PERSON":
            # a move told by a noun or by "take over at": from the employer this sentence
            # names, not from every job the article gives her ("A, X's chief, quit in a move
            # to rejoin Y": X, not the firms of her early career)
            here = ents.sents[ents.sent_index(verb)].start_char
            src = {o for o, at in said_at.get(m.name, ()) if at >= here and o not in later
                   and at < ents.sents[ents.sent_index(verb)].end_char}
        if m.kind == "pronoun":  # "she" and "it" together are two guesses: names only
            targets = [x for x in targets if named_argument(x)]
            from_ = [x for x in from_ if named_argument(x)]
        # "Lee joined Globex in 2012": an old move; the employers named elsewhere may be later
        named_from = {x.name for x in from_}
        sources = named_from | (set() if _dated_past(chain, sink.document) else src)
        vsent = ents.sents[ents.sent_index(verb)]
        mood = _mood(verb, chain, vsent)
        person = m.name if m.type == "PERSON" else phrase(mover)
        joined = [x for x in targets if x.type == "ORG"]
        one_move = _one_firm_left(sources, {x.name for x in joined}, ents)
        for t in joined:
            for s in sources:
                if s != t.name and s in ents.entities and not same_org(s, t.name):
                    sink.add("talent_move", Named(s, "ORG"), t, verb, "move", vsent,
                             obj=person, modality=mood, confidence=0.6)
                    # "quit Globex to join rival Acme": the firm left is the one the joined
                    # firm rivals, whether or not the move is made
                    if one_move and called_rival(t) and _named_before(s, t, vsent, ents):
                        sink.add("compete", Named(s, "ORG"), t, verb, "move:rival", vsent,
                                 modality="reported" if mood == "reported" else "asserted")
                    if m.type == "PERSON":
                        sink.add("employ", t, Named(m.name, "PERSON"), verb, "move", vsent,
                                 modality="negated" if later - {t.name} else mood)
                    if m.type == "PERSON" and s in named_from:
                        # "joined Acme from Globex": a post at Globex, ended by the move made
                        # (one to come, "will join Acme from Globex", leaves her there now)
                        sink.add("employ", Named(s, "ORG"), Named(m.name, "PERSON"), verb,
                                 "move:from", vsent, modality="negated"
                                 if mood in {"asserted", "reported"} else "asserted")
        if m.type == "PERSON" and mood in {"asserted", "reported"}:
            _later_posts(chain, m, person, ents, sink, vsent, mood)


def _one_firm_left(sources, names, ents) -> bool:
    """A bare "rival" is the rival of the one firm left only when the move names no other ("left
    A for B in 2015 and then joined rival C": C is B's rival as much as A's)."""
    return len(names) == 1 and len({s for s in sources - names if s in ents.entities
                                    and not same_org(s, *names)}) == 1


def _later_posts(chain, m, person, ents, sink, vsent, mood) -> None:
    """"joined X in 2014 and became CEO of Y in 2019": a move from X to Y, and X's job ended."""
    for joined, join, org, became in joined_then_became(chain, ents):
        if m.kind == "pronoun" and not (named_argument(joined) and named_argument(org)):
            continue
        sink.add("talent_move", joined, org, became, LATER_POST_RULE, vsent, obj=person,
                 modality=mood, confidence=0.6)
        sink.add("employ", joined, Named(m.name, "PERSON"), join, LATER_POST_RULE, vsent,
                 modality="negated")


def _past_then_now(ents, sink) -> None:
    """"Orvane, which was then headed by Ann Lee, now Acme's chief executive": a post the
    sentence gives as ended and, in her apposition, one held "now" at another organization:
    she moved from the first to the second. Not where the sentence says no ("was never at
    Orvane", "denied working for Orvane"): there the ended post is a denied one."""
    for m in ents.mentions:
        if m.type != "PERSON" or m.kind != "name":
            continue
        later = now_orgs(m.root, ents) | _now_on_name(m.root, ents)
        if not later:
            continue
        sent = ents.sents[ents.sent_index(m.root)]
        if any(t.dep_ == "neg" or t.lower_ == "never" or t.pos_ == "VERB" and t.lemma_.lower()
               in DENYING_GOVERNORS for t in sent):
            continue
        # the mood of the clause she is in: "left X in 2019" (done), "reportedly left X",
        # not "will leave X in 2027" (the post has not ended)
        clause = next((t for t in [m.root, *m.root.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
        mood = modality_at(clause, sent) if clause is not None else "asserted"
        if mood not in {"asserted", "reported"}:
            continue
        past = {r.head for r in sink.found if r.type == "employ" and r.tail == m.name
                and r.modality == "negated" and sent.start_char <= r.evidence.start < sent.end_char}
        for old in past:
            for new in later:
                if old in ents.entities and not one_group(old, new):
                    sink.add("talent_move", Named(old, "ORG"), Named(new, "ORG"), m.root,
                             "move:now", sent, obj=m.name, modality=mood, confidence=0.6)


def _now_on_name(tok, ents) -> set[str]:
    """"A, now Acme's chief executive": the parser may hang "now" on the name, not the role."""
    if not any(c.dep_ == "advmod" and c.lower_ in NOW_WORDS for c in tok.children):
        return set()
    return {o.name for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in ROLE_WORDS
            for t in c.subtree for o in mentions_of(t, ents) if o.type == "ORG"}


def called_rival(target) -> bool:
    """"to join rival Acme", "defected to competitor Acme": the joined firm is called a rival
    by a bare word, which names no owner; "Globex's rival Acme" or "an Orvane rival, Acme"
    names its own (the noun rules read those)."""
    root = getattr(target, "root", None)
    if root is None or any(c.dep_ == "poss" for c in root.children):
        return False
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in MOVE_RIVALS
               and not any(g.dep_ in {"poss", "compound"} for g in c.children)
               for c in root.children)


def _named_before(left: str, target, sent, ents) -> bool:
    """The firm left is the last firm the sentence names before the rival joined ("Ann Lee,
    Globex's chief, quit to join rival Acme"; not "left Globex for Initech, then joined rival
    Acme", where Acme is as much Initech's rival)."""
    for i in range(target.span[0] - 1, sent.start - 1, -1):
        m = ents.mention_at(sent.doc[i])
        if m is not None and m.type == "ORG" and m.name != target.name:
            return m.name == left
    return False


def _ends(chain, verb, m, ents, firms) -> tuple[list, list]:
    """The organizations a mover's verbs join (targets) and leave ("from"), over the verb and
    the verbs it hands its subject to."""
    tok, targets, from_ = m.root, [], []
    for v in chain:
        lemma = v.lemma_.lower()
        if lemma in JOIN_VERBS and not any(c.dep_ == "dobj" and c.lemma_.lower().split("-")[-1]
                                           in ROLE_WORDS | {"leader", "colleague"} for c in v.children):
            if lemma != "head":  # "heads the Globex unit" leads it; "heads to Globex" moves
                targets += [o for c in v.children if c.dep_ == "dobj" for o in mentions_of(c, ents)
                            if not joined_as_member(o, v)]
            if not to_study(v):  # "to go to Orvane University": a pupil's school, no job
                targets += [o for p in prep_objects(v, "to") for o in mentions_of(p, ents)]
        if lemma == "join" and not targets and m.type == "PERSON":
            # "A from Globex joined as head of finance at Acme": the role's body is joined,
            # and the "from" written on her name is the firm she left
            targets += [o for r in prep_objects(v, "as") if is_role(r) for o in role_orgs(r, ents)
                        if o.root.dep_ != "appos"]  # "at Acme, Ann Lee from Globex as ...": a joiner
            # only a name that is a firm's ("from Kestrel Foods", or one the text gives as an
            # employer): "A from Bristol joined ..." tells where she comes from, no firm left
            from_ += [o for p in prep_objects(tok, "from") if p.ent_type_ not in PLACE_TYPES
                      for o in [ents.mention_at(p)] if o and o.type == "ORG"
                      and (org_shaped(o) or o.name in firms)] if targets else []
        if _takes_over(v):  # "is expected to take over at Acme": the post there (not "at
            # Acme's Norland office": a place of the firm, no employer named whole)
            targets += [o for p in prep_objects(v, "at") for o in [ents.mention_at(p)]
                        if o and o.type == "ORG" and p.ent_type_ not in PLACE_TYPES]
        if lemma == "become" and verb.lemma_.lower() in LEAVE_VERBS:
            targets += _role_orgs_of(v, ents)  # "will leave X to become chief executive of Y"
        if lemma in LEAVE_VERBS | JOIN_VERBS:
            from_ += [o for p in prep_objects(v, "from") for o in mentions_of(p, ents)]
            if lemma in LEAVE_VERBS:
                from_ += [o for c in v.children if c.dep_ == "dobj" and ents.mention_at(c)
                          for o in mentions_of(c, ents)]
                # "left Globex for Acme": the firm left for is the one joined (but "left
                # the White House for Camp David" is a trip to a place)
                targets += [o for p in prep_objects(v, "for") for o in mentions_of(p, ents)
                            if p.ent_type_ not in PLACE_TYPES]
    return targets, from_


def _mood(verb, chain, vsent) -> str:
    """The move's mood: its verb's, where leaving is the point of a move, not its negation."""
    mood = modality_at(verb, vsent)
    mood = "asserted" if mood == "negated" and not any(
        c.dep_ == "neg" for v in chain for c in v.children) else mood
    gov = verb
    while gov.dep_ in {"ccomp", "xcomp"}:  # "denied she had quit ...": the clause above says no
        gov = gov.head
        if gov.pos_ == "VERB" and gov.lemma_.lower() in DENIALS:
            return "negated"
    # "is expected to take over at Acme": the raised verb's own mood (a forecast, a hedge)
    mood = next((x for v in chain if v.dep_ == "xcomp" and v.head.i == verb.i
                 for x in [modality_at(v, vsent)] if x in {"forecast", "hedged"}), mood) \
        if mood == "asserted" else mood
    return mood


def _role_orgs_of(verb, ents) -> list:
    """The organizations of the role a verb gives: "become chief executive of Y", "at Y"."""
    roles = [c for c in verb.children if c.dep_ in {"attr", "oprd"} and c.lemma_.lower() in ROLE_WORDS]
    roles += [j for r in roles for j in r.conjuncts]  # "chief executive and president of Y"
    preps = [p for r in roles for p in prep_objects(r, "of") + prep_objects(r, "at")]
    preps += prep_objects(verb, "at") if roles else []  # "become CFO at Y", parsed on the verb
    return [o for p in preps for o in mentions_of(p, ents)]


def _dated_past(verbs, document) -> bool:
    """A verb dated to an earlier year than the article's: "joined Globex in 2012"."""
    published = (getattr(document, "published", None) or "")[:4]
    years = [y for v in verbs for y in in_years(v)]
    return any(not published.isdigit() or y < int(published) for y in years)


def _move_infinitives(verb) -> list:
    """"quit in a move to rejoin Acme": the join a "move" noun of a leaving verb's phrase names
    (no "bid" or "attempt": a try, not a move made)."""
    if verb.lemma_.lower() not in LEAVE_VERBS:
        return []  # "sold her shares in a move to join Acme": a step towards it, no move made
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
            for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in MOVE_NOUNS
            for a in n.children if a.dep_ == "acl" and a.lemma_.lower() in JOIN_VERBS]


def _takes_over(verb) -> bool:
    """"take over at Acme" (a post there); not "take over Acme" (a purchase, no "at")."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over"
                                                 for c in verb.children)
