"""Rules about people: roles written next to a name (employ), verbs of hiring, founding and
leaving. People moving from one organization to another (talent_move) are in moves.py; when a
role is a past one, in tenure.py; checks that an employer is real, in employers.py."""
from __future__ import annotations

from .arguments import Named, mentions_of, owners_of, prep_objects, split_verb, subjects_of
from .bare_roles import bare_role_org, town_club
from .career import (agreed_join, ended_jobs, job_verbs, keep_named, led_by, pronoun_people,
                     someone_else_between)
from .employers import (a_beat, a_kind_of_firm, a_membership, a_tie, body_in_title, hometown,
                        inside_title, its_of_thing, joined_as_member, joint_partner, legislator,
                        named_after, not_a_person, not_a_player, not_an_employer, org_shaped,
                        owned_by_thing, person_between, placed_in_town, portfolio_fragment,
                        public_body_as_firm, quote_then_speaker, quoted_name, quoted_title)
from .lexicon import HONORIFICS, ORG_DESCRIPTORS, ORG_PARTS, POST_WORDS, in_waiting
from .not_employers import left_school, named_thing, workplace
from .role_clauses import (INSTITUTION_POSTS, PROFESSIONS, clause_subject, field_role, is_role,
                           joined_holder, list_item, list_owner, next_persons_title, post_of_org,
                           predicate_roles, profession_of, role_words, side_roles, titles_person,
                           to_come, written_role_modality)
from .post_changes import changed_posts, no_change
from .role_orgs import CAMPAIGNS, PLACE_TYPES, role_orgs
from .role_text import field_joined, named_role, role_text
from .student_posts import pupils_school, student_post
from .subject_verbs import reported_relatives, subject_verbs, takes_post
from .successions import SUCCEED_VERBS, replaced_mood
from .shared_clauses import slot_head
from .tenure import (FIRE_VERBS, LEAVE_VERBS, career_perfect, dated_past, former_word, left_post,
                     long_ago, now_orgs, past_role, removed)
from .wordlists import words

BARE_POSTS = PROFESSIONS | INSTITUTION_POSTS  # written with no organization, they borrow none
JOIN_VERBS = words("people", "join_verbs")
HIRE_VERBS = words("people", "hire_verbs")
FOUND_VERBS = words("people", "found_verbs")
PUBLIC_ROLES = words("people", "public_roles")
STAY_VERBS = words("people", "stay_verbs")
LEAD_VERBS = words("people", "lead_verbs")
LED_EVENTS = words("people", "led_events")  # "lead a ceremony at X" is no job at X
RUN_SPORTS = words("people", "run_sports")  # "ran track at X University": a sport, no job
LED_THINGS = LED_EVENTS | RUN_SPORTS  # what one leads or runs at a place without a job there
NAMED_SCOPES = PLACE_TYPES | {"ORG", "PERSON"}  # "the Glascock County emergency director"
SERVED_VERBS = words("people", "served_verbs")  # in the past tense, a job that ended
DESTINATIONS = words("people", "destinations")  # "left the White House for the resort"
TELL_VERBS = words("people", "tell_verbs")  # "told people to go to X": their move, not hers
NOT_ROLES = words("people", "not_roles")  # "winner of 17 titles", "a graduate of X": no job
ROLE_ADJECTIVES = words("people", "role_adjectives")  # "new chief executive": still a post
PERSON_POSSESSIVES = {"his", "her", "their", "my", "our", "your"}  # "his business partner"
MADE_THINGS = words("people", "made_things")  # "started the Globex page": no employer
FUNCTIONS = words("people", "functions")  # "runs communications for Globex"
HIRE_RULE, APPOINTED_RULE = "verb:employ:hire", "verb:employ:appointed"  # a job taken now


def roles(sdoc, ents, sink) -> None:
    """employ facts from how a person's role is written next to their name."""
    employer_of: dict[int, object] = {}
    for m in ents.mentions:
        if m.type != "PERSON" or m.kind != "name":
            continue
        tok, sent = m.root, ents.sents[ents.sent_index(m.root)]
        found: list[tuple] = []  # (org mention, role text, role token)
        role, left = role_words(tok, ents)
        found += [] if clause_subject(role, tok) else _role_before(role, left, sdoc, ents)
        # "Satya Nadella, Microsoft's chief executive" / "Ann Lee, CEO of Globex"
        # ("Ann Lee, Globex's chief executive-designate": the tagger may call "designate" an adjective)
        nouns = [c for c in tok.children if c.dep_ in {"appos", "attr"}
                 and (c.pos_ in {"NOUN", "PROPN"} or in_waiting(c)) and not list_item(c, tok)
                 and not next_persons_title(c, tok, ents)]
        if tok.dep_ == "appos" and (tok.head.pos_ == "NOUN" or in_waiting(tok.head)):
            nouns.append(field_role(tok.head) or tok.head)
        nouns += side_roles(tok, ents)
        relative, main, was = predicate_roles(tok)
        for noun in nouns + relative:
            found += _noun_roles(noun, tok, ents)
        found += _joined_posts(nouns, tok, ents)
        # "Ann Lee is the chief executive of Globex": only a role naming its organization
        found += [f for n in main for f in _noun_roles(n, tok, ents) if f[0] is not None]
        found += _placed_by_verb(relative + main, ents)
        # "Microsoft's Michael Collins", "Ann Lee at Globex Bank"
        # a name, not "its": "its App Store" is no person's employer, whatever the tagger says
        # nor a place: "Denver's Ann Lee" is from there, or plays for its team
        poss = [c for c in tok.children if c.dep_ == "poss" and ents.mention_at(c)
                and c.pos_ != "PRON" and c.ent_type_ not in PLACE_TYPES]
        for p in poss:  # (not "Quillfield High School's Ann Lee" with no post: a pupil)
            if not (pupils_school(ents.mention_at(p), nouns) and not any(f[1] for f in found)):
                found.append((ents.mention_at(p), None, tok))
        # "Ann Lee at Globex", "Ann Lee, formerly with Globex,"; but "Senate Leader A ... at the
        # Capitol": a title that names its body leaves "at" the place where A is
        titled = any(f[0] is not None for f in found)
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "at" and not titled
                                     or c.lower_ in {"with", "from"}
                                     and any(former_word(x) for x in c.children)):
                for p in c.children:
                    if p.dep_ == "pobj" and ents.mention_at(p) and ents.mention_at(p).type == "ORG" \
                            and not placed_in_town(ents.mention_at(p), sdoc) \
                            and not hometown(m, c, ents.mention_at(p), sdoc) \
                            and not (c.lower_ == "of" and legislator(m, sdoc)):
                        found.append((ents.mention_at(p), None, c))
        if not any(f[0] for f in found) and tok.dep_ == "conj" and tok.head.i in employer_of:
            # "Vivendi, its chief executive A and chief operating officer B"
            found = [(employer_of[tok.head.i], f[1], f[2]) for f in found] or found
        if quoted_title(m, sdoc) or named_after(tok):
            found = []  # Globex TV's "Morning Ledger": a programme's title, typed a person
        done = set()
        for org, role_text, rtok in found:
            if org is None:
                if not role_text or any(f[0] is not None for f in found) or any(
                        w in PUBLIC_ROLES for w in role_text.lower().split()):
                    continue
                claimed = {o.name for i, o in employer_of.items() if sent.start <= i < sent.end}
                org = list_owner(tok, ents) or (role and rtok.i == role[-1].i and joined_holder(
                    left, ents, employer_of)) or bare_role_org(tok, sent, ents, role_text, rtok, claimed)
            if org is None or org.name in done or not_an_employer(org, ents) or not_a_person(m.name) \
                    or a_membership(role_text, rtok, org) or not_a_player(role_text, rtok, org) \
                    or student_post(role_text, org) \
                    or _other_kind(org, ents) or a_beat(org, role_text) or quoted_name(org, sdoc):
                continue
            done.add(org.name)
            employer_of[tok.i] = org
            negated = past_role(m, org, rtok, sdoc) or any(
                x.i in was for x in [rtok, *rtok.conjuncts]) or left_post(m, org, ents) \
                or removed(tok, org, rtok, ents)
            sink.add("employ", org, Named(m.name, "PERSON"), rtok, "role", sent, obj=role_text,
                     modality="negated" if negated else written_role_modality(rtok, tok, sent)
                     or to_come(rtok, tok, sent),  # "has agreed to become CFO of X"
                     confidence=0.6)
        _person_verbs(m, ents, sink)
    for p in pronoun_people(sdoc, ents):  # "She worked at Globex": the one person named before
        start, sent = len(sink.found), ents.sents[ents.sent_index(p.root)]
        _acting_verbs(p, ents, sink, sent)
        _pronoun_posts(p, ents, sink, sent)
        keep_named(sink, start, sent, ents)


def _pronoun_posts(p, ents, sink, sent) -> None:
    """"She went on to become CEO of Globex", "he was CFO of Acme": a role a clause gives a
    "he"/"she" subject, only where the role names its organization (no borrowed employer)."""
    named = [m for m in ents.mentions if m.name == p.name and m.end <= p.root.idx]
    if not named or someone_else_between(p.root.doc, named[-1].span[1], p.root.i, ents):
        return  # "Lee met the new hire. He was CFO of Acme": the "he" may be the hire
    _, main, was = predicate_roles(p.root)
    for org, text, rtok in [f for n in main for f in _noun_roles(n, p.root, ents) if f[0] is not None]:
        # the checks a named person's role passes: no membership, no beat, no other kind
        if not (not_an_employer(org, ents) or a_membership(text, rtok, org)
                or not_a_player(text, rtok, org) or _other_kind(org, ents) or a_beat(org, text)
                or quoted_name(org, p.root.doc)):
            sink.add("employ", org, Named(p.name, "PERSON"), rtok, "role", sent, obj=text,
                     modality="negated" if any(x.i in was for x in [rtok, *rtok.conjuncts])
                     else written_role_modality(rtok, p.root, sent))


def _owner_at(left, ents):
    """The organization named by the word before a role ("Globex", "its"), but not "its" of a
    thing ("the deal, which had its own project manager Ann Lee")."""
    return None if left is None or its_of_thing(left, ents) else ents.mention_at(left)


def _role_before(role, left, sdoc, ents) -> list[tuple]:
    """(org, role text, role token) of role words written before a name ("Globex CEO Ann Lee")."""
    # "President Ann Lee" is a form of address; "Globex president Ann Lee" a post at Globex
    if role and any(t.lower_ in POST_WORDS
                    and (t.lower_ not in HONORIFICS or post_of_org(t, left, ents)) for t in role):
        org, role = body_in_title(_owner_at(left, ents), role, sdoc)
        owned = left is not None and (left.text in {"'s", "’s"} or left.text in {
            "'", "’"} and left.i > 0 and sdoc[left.i - 1].lower_.endswith("s"))
        if org is None and owned:
            org = ents.mention_at(sdoc[left.i - 1])  # "Globex's", "Acme Labs'"
        if org is None and not owned and (left is None or ents.mention_at(left) is None):
            org, role = town_club(role)  # "Dunmore striker Ann Lee", not "Globex's Dunmore boss"
        # "Sandals spokesperson Ann Lee": the role names an employer the tagger missed
        if (org is not None or not any(t.pos_ == "PROPN" and t.lower_ not in POST_WORDS
                                       for t in role)) and not a_tie(role) \
                and not (org is not None and (inside_title(org, role, sdoc)
                                              or portfolio_fragment(org, role, sdoc)
                                              or role[0].lower_ in CAMPAIGNS)) \
                and not (org is None and (_a_description(role, left) or owned_by_thing(left, ents))):
            return [(org, role_text(role), role[-1])]
    return []


def _joined_posts(nouns, tok, ents) -> list[tuple]:
    """"Ann Lee, a housing advocate and chief executive of Globex": a post joined to a trade
    beside the name; the parser often hangs "of Globex" on the trade, so an organization written
    after the post is the post's ("a nurse and member of the union" stays a membership)."""
    out = []
    for n in (n for n in nouns if not is_role(n) or n.lemma_.lower() in PROFESSIONS):
        for r in (r for r in n.conjuncts if is_role(r) and not person_between(tok, r, ents)):
            words = [t for t in r.subtree if t.i <= r.i and t.dep_ not in {"det", "punct"}]
            orgs = role_orgs(r, ents) or [o for o in role_orgs(n, ents) if o.root.i > r.i]
            out += [(o, role_text(words), r) for o in orgs if not a_tie(words)]
    return out


def _placed_by_verb(attrs, ents) -> list[tuple]:
    """"Lee, who is head of strategy at Globex": the organization hangs off the verb "to be"."""
    out = []
    for noun in attrs:
        if not is_role(noun) or role_orgs(noun, ents):
            continue
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "poss", "case"}]
        out += [(m, role_text(words), noun) for c in noun.head.children
                if c.dep_ == "prep" and c.lower_ in {"at", "with", "for"}
                for p in c.children if p.dep_ == "pobj" for m in mentions_of(p, ents) if m.type == "ORG"]
    return out


def _other_kind(org, ents) -> bool:
    """"the law firm's managing partner" bound to a firm the text never called a law firm; "a
    spokeswoman for the company" bound to a ministry."""
    if getattr(org, "kind", None) != "description":
        return False
    if public_body_as_firm(org):
        return True
    kinds = ents.kind_fit(org.root)
    return kinds is not None and org.name not in kinds


def _noun_roles(noun, tok, ents) -> list[tuple]:
    """(org, role text, role token) of a role noun written beside a person's name."""
    sdoc = tok.doc
    if not is_role(noun) or a_tie([*(t for t in noun.lefts if t.dep_ == "compound"), noun]) \
            or joint_partner(noun) or person_between(tok, noun, ents) or any(
            t.text == ";" for t in sdoc[min(tok.i, noun.i):max(tok.i, noun.i)]):
        return []  # "Lee and Bo Park, his assistant coach": the nearer person's role;
        # "A, director of X; Globex's chief, B": items of a list, each its own
    found, conjuncts = [], _role_conjuncts(noun, tok, ents)
    # "professor of biology and ecology at X": one role, its field read for each conjunct
    joined = next((f for r in conjuncts[1:] if not is_role(r)
                   for f in [field_joined(noun, r, ents.mention_at)] if f), [])
    for r in conjuncts:
        words = [t for t in r.subtree if t.i <= r.i and not ents.mention_at(t)
                 and t.dep_ not in {"det", "poss", "case", "punct"}]
        if r is noun or not is_role(r):
            words = joined or words
        for org in role_orgs(r, ents):
            if not profession_of(org, r):
                found.append((org, role_text(words), r))
    # "Ann Lee, a lawyer who ...", "a pharmaceutical executive": a trade, not a post at some
    # organization named nearby (but "a spokeswoman" speaks for one)
    trade = (any(d.lower_ in {"a", "an"} for d in noun.children if d.dep_ == "det")
             and not noun.lemma_.lower().startswith("spokes")) \
        or noun.lemma_.lower() in BARE_POSTS \
        or _a_description(
            [t for t in noun.lefts if t.dep_ in {"amod", "compound"}] + [noun],
            next((d for d in noun.children if d.dep_ == "poss"), None)) \
        or _own_scope(noun) \
        or any(its_of_thing(c, ents) for c in noun.children if c.dep_ == "poss") \
        or any(owned_by_thing(c) for p in noun.children
                                 if p.dep_ in {"poss", "nmod"} for c in p.children if c.dep_ == "case")
    if not trade and not role_orgs(noun, ents) and not any(
            _names_other_employer(r) for r in _role_conjuncts(noun, tok, ents)):
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "punct"}]
        found.append((None, role_text(words), noun))
    return found


def _a_description(role, left) -> bool:
    """"his business partner Ann Lee", "the actor and director Ann Lee", "the great social
    scientist Ann Lee", "the former pharmaceutical executive": a person described by a tie to
    someone or by a trade, not a post at an organization named elsewhere ("new chief executive
    Ann Lee" and "chief financial officer Ann Lee" still are posts)."""
    if left is not None and (left.lower_ in PERSON_POSSESSIVES or left.pos_ == "CCONJ" and left.i > 0
                             and left.nbor(-1).pos_ == "NOUN" and left.nbor(-1).lower_ not in POST_WORDS):
        return True  # but "its chief executive A and chief operating officer B" is a post
    first = next((t for t in role if not former_word(t)), None)
    return first is not None and first.pos_ == "ADJ" and first.lower_ not in POST_WORDS \
        and first.lower_ not in ROLE_ADJECTIVES or a_kind_of_firm(role)


def _own_scope(noun) -> bool:
    """"the chairman of the committee", "officer for the Globex-owned channels": the role names
    its own body, unnamed; no other organization of the sentence stands in for it."""
    return any(p.dep_ == "pobj" and p.pos_ == "NOUN" and any(d.lower_ == "the" for d in p.children)
               for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}
               for p in c.children)


def _role_conjuncts(noun, person_tok, ents) -> list:
    """"chief executive and president of Globex": the role and the roles joined to it; not a
    name or a noun that is no job ("a player and winner of 17 titles", "part of its panel"),
    nor another person's role ("A, the director of X; Trump's chief of staff, B")."""
    def joined_role(r) -> bool:
        if not (is_role(r) or r.pos_ == "NOUN" and r.lemma_.lower() not in NOT_ROLES):
            return False
        return not titles_person(r, ents) and not person_between(person_tok, r, ents)
    return [noun] + [r for r in noun.conjuncts if joined_role(r)]


def _names_other_employer(noun) -> bool:
    """"Ann Lee, the chief executive of Brambleway Dairy", "Bo Park, the Glascock County
    emergency director": the role names its organization or its place, even one the tagger did
    not call ORG, so no other organization may stand in for it."""
    return any(p.pos_ == "PROPN" for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "at"}
               for p in c.children if p.dep_ == "pobj") or any(
        t.pos_ == "PROPN" and t.ent_type_ in NAMED_SCOPES
        for c in noun.lefts if c.dep_ == "compound" for t in c.subtree)


def _hired_object(tok) -> bool:
    """The person a verb takes: its object, or a name set right after a role that is its
    object ("appointed former engineering chief Ann Lee", parsed as the role's apposition)."""
    return tok.dep_ == "dobj" or tok.dep_ == "appos" and tok.head.dep_ == "dobj" \
        and tok.head.lower_ in POST_WORDS and 0 < tok.i - tok.head.i <= 3 \
        and not any(t.is_punct for t in tok.doc[tok.head.i:tok.i])


def _person_verbs(m, ents, sink) -> None:
    """"Microsoft hired Mustafa Suleyman", "Musk co-founded OpenAI", "X left Y in 2018"."""
    tok = m.root
    sent = ents.sents[ents.sent_index(tok)]
    first = slot_head(m, sink, sent)  # "sacked A and B": B is the verb's object as much as A
    verb = first.head
    # "did not sack A": no firing happened, so no post ended
    if first.dep_ == "dobj" and verb.lemma_ in FIRE_VERBS \
            and not any(c.dep_ == "neg" for c in verb.children):
        for s in subjects_of(verb):
            for org in mentions_of(s, ents):
                sink.add("employ", org, Named(m.name, "PERSON"), verb, "verb:employ:fire", sent,
                         modality="negated")
    if tok.dep_ in {"nsubj", "dobj"} and verb.lemma_.lower() in SUCCEED_VERBS:
        roles = [p for p in prep_objects(verb, "as")]
        mood = replaced_mood(verb) if tok.dep_ == "dobj" else None
        for r in roles if mood != "none" else ():
            for org in role_orgs(r, ents):
                sink.add("employ", org, Named(m.name, "PERSON"), verb, "verb:employ:replace", sent,
                         obj=role_text([t for t in r.subtree if t.i <= r.i and t.dep_ != "det"]),
                         modality=mood)
    hired = _hired_object(first)  # "hired Ann Lee", "hired former sales director Ann Lee"
    if hired:
        verb = first.head if first.dep_ == "dobj" else first.head.head
    if hired and verb.lemma_ in HIRE_VERBS \
            and not quote_then_speaker(verb.i, (m.span[0] if hasattr(m, "span") else tok.i), tok.doc):
        role = named_role(verb)  # "hired X as chief technology officer", "named X chief executive"
        for s in subjects_of(verb):
            for org in mentions_of(s, ents):
                sink.add("employ", org, Named(m.name, "PERSON"), verb, HIRE_RULE, sent,
                         obj=role)
                sources = [o for p in prep_objects(verb, "from") for o in mentions_of(p, ents)]
                # "hired Ann Lee, a former Globex executive,": the employer she left
                sources += [Named(r.head, "ORG") for r in sink.found if r.type == "employ"
                            and r.tail == m.name and r.modality == "negated"
                            and r.evidence.sentence == sent.text.strip()]
                for src in sources:
                    sink.add("talent_move", src, org, verb, "move:hire", sent, obj=m.name)
    if tok.dep_ == "nsubjpass" and verb.lemma_ in HIRE_VERBS:
        # "X was appointed chief executive of Globex", "X was hired by Globex"
        roles = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr"}]
        roles += prep_objects(verb, "as")
        orgs = [o for r in roles for o in role_orgs(r, ents)]
        orgs += [o for p in prep_objects(verb, "by") for o in mentions_of(p, ents)]
        for org in (o for o in orgs if not not_an_employer(o, ents)):  # "named winner of X Award"
            sink.add("employ", org, Named(m.name, "PERSON"), verb, APPOINTED_RULE, sent,
                     obj=named_role(verb))
    changed_posts(m, ents, sink, sent)  # "was ousted as CEO of X", "was promoted to CFO of X"
    _acting_verbs(m, ents, sink, sent)
    led_by(m, ents, sink, sent)  # "Globex, which is headed by Ann Lee"
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        v = tok.head.head  # "founded by X", "the company created by X"
        if v.lemma_ in FOUND_VERBS or v.lemma_.endswith("found"):
            subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
            if v.dep_ == "acl":
                subjects = [v.head] + ([v.head.head] if v.head.dep_ == "appos" else [])
            for s in subjects:
                for org in mentions_of(s, ents):
                    sink.add("employ", org, Named(m.name, "PERSON"), v, "verb:employ:founded_by",
                             sent, obj="founder",
                             modality="negated" if long_ago(v, sink.document) else None)
    # "Ann Lee's robotics company Botco"
    # but not "Ann Lee's National Security Council": the descriptor is outside the name
    if tok.dep_ == "poss" and ents.mention_at(tok.head) and any(
            c.dep_ == "compound" and c.lemma_.lower() in ORG_DESCRIPTORS and not ents.mention_at(c)
            for c in tok.head.children):
        sink.add("employ", ents.mention_at(tok.head), Named(m.name, "PERSON"), tok.head,
                 "poss:owner", sent, obj="owner")


def _acting_verbs(m, ents, sink, sent) -> None:
    """Employ facts from the verbs the person is the subject of."""
    tok = m.root
    reported = {split_verb(v).i for v in reported_relatives(tok)}  # "A, who police say ran X"
    for v in job_verbs(m, map(split_verb, subject_verbs(tok)), ents):  # (a "he"/"she" subject: job verbs only)
        start = len(sink.found)
        # "started the Globex page": the thing made is no employer, whoever's name it bears
        objs = [o for c in v.children if c.dep_ == "dobj" and (
            ents.mention_at(c) or c.lemma_.lower() not in MADE_THINGS) for o in mentions_of(c, ents)]
        lemma = v.lemma_.lower()
        # "will lead the ceremony at Globex": an event held there, no job; "headed home at
        # Globex Hospital": a way somewhere, no job (leading takes what is led)
        dobjs = [c for c in v.children if c.dep_ == "dobj"]
        if not (lemma in LEAD_VERBS and (not dobjs or any(c.lemma_.lower() in LED_THINGS
                                                          for c in dobjs))):
            # "serve on the group for Mental Health": the panel's remit, not an employer
            remit = prep_objects(v, "on") and not prep_objects(v, "as")
            # "built a garden for her mother": what is made or led for someone is no job there
            # but "runs communications for Globex": a function of the firm, a job there
            made_for = lemma in FOUND_VERBS | LEAD_VERBS and bool(dobjs) and not (
                lemma in LEAD_VERBS and all(_a_function(c) for c in dobjs))
            objs += [o for p in prep_objects(v, "at") + ([] if remit or made_for
                                                         else prep_objects(v, "for"))
                     for o in mentions_of(p, ents)
                     if not not_an_employer(o, ents) and workplace(v, o)]
        ended_jobs(v, m, ents, sink, sent)  # "spent ten years at X", "stepped down from X"
        if lemma in LEAD_VERBS or lemma == "join":  # "headed Globex's sales operations", "joined
            # Globex's board", "runs the Globex unit"
            objs += [o for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in ORG_PARTS
                     for o in owners_of(c, ents) if o.type == "ORG"]
        as_role = prep_objects(v, "as")  # "joined Globex as CFO", "stepped down as chief of Globex"
        if lemma == "join" and not objs:  # "joined as head of finance at Globex": the role's body
            objs = [o for r in as_role if is_role(r) for o in role_orgs(r, ents)]
        # "who served as CFO of Globex", "worked at Globex": a past job, as "former" says
        # "who had served as CFO of Globex": a pluperfect, a job before the one told
        past = "negated" if (v.tag_ == "VBD" or _pluperfect(v)) and (
            lemma in SERVED_VERBS or lemma in LEAD_VERBS and dated_past(v)) or career_perfect(v) \
            or long_ago(v, sink.document) else None
        if lemma == "join" and objs:
            later = now_orgs(tok, ents)  # "A, who now runs X, joined Y in 1999": Y was earlier
            # not a name set beside the firm ("at Globex, Ann Lee from Acme as head of sales":
            # another joiner the parser hangs on it)
            objs = [o for o in objs if not (o.root.dep_ == "appos" and o.root.head.i in
                                            {x.root.i for x in objs})]
            for org in [o for o in objs if o.kind == "name" and not joined_as_member(o, v)]:
                sink.add("employ", org, Named(m.name, "PERSON"), v, "verb:employ:join", sent,
                         obj=named_role(v), modality="negated" if later - {org.name}
                         or long_ago(v, sink.document) else agreed_join(v, sent))
        # "will remain as chief executive of Globex", "served as CFO of X", "took over as CEO of X"
        if lemma in STAY_VERBS or takes_post(v):
            # but "started her job after 20 years as an investigator for X": a job before this one
            moods = {o.name: (o, "negated" if _earlier_job(r) else past)
                     for r in as_role for o in role_orgs(r, ents)}
            for org, mood in moods.values():
                sink.add("employ", org, Named(m.name, "PERSON"), v, f"verb:employ:{lemma}", sent,
                         obj=named_role(v), modality=mood)
        if lemma == "step" and any(c.lower_ == "down" for c in v.children):
            for org in {o.name: o for r in as_role for o in role_orgs(r, ents)}.values():
                sink.add("employ", org, Named(m.name, "PERSON"), v, "verb:employ:step-down", sent,
                         obj=named_role(v), modality="negated")
        if lemma in FOUND_VERBS | LEAD_VERBS | {"own", "work", "serve"} or lemma.endswith("found"):
            role = "founder" if "found" in lemma else ("owner" if lemma == "own" else None)
            for org in [o for o in objs if not named_thing(o)]:
                sink.add("employ", org, Named(m.name, "PERSON"), v, f"verb:employ:{lemma}", sent,
                         obj=role, modality=past)
        for org in _left_orgs(v, as_role, ents) if lemma in LEAVE_VERBS else []:
            sink.add("employ", org, Named(m.name, "PERSON"), v, f"verb:employ:{lemma}", sent,
                     modality="negated")
        for r in sink.found[start:] if v.i in reported else []:
            if r.modality == "asserted":  # what others say A did: theirs to tell
                r.modality = r.evidence.modality = "reported"


def _left_orgs(v, as_role, ents) -> list:
    """The organizations a leaving verb leaves."""
    # "left Globex", "left the company", "resigned from X's board"; not "left the Globex
    # building" (a place named after its owner) nor "left for Globex" (where they went)
    if no_change(v):  # "did not leave X", "could resign from X", "never left X": still held
        return []
    dobjs = [c for c in v.children if c.dep_ == "dobj"]
    left = [o for c in dobjs if ents.mention_at(c)
            and not (c.ent_type_ in {"FAC", "LOC"} and not org_shaped(ents.mention_at(c)))
            for o in mentions_of(c, ents)]  # but "never left Hyde Park": a place
    left += [o for p in prep_objects(v, "from") for o in owners_of(p, ents)]
    # "resigned as chairman of Globex", "will retire as CEO of X" (as "step down as")
    left += [o for r in as_role if is_role(r) for o in role_orgs(r, ents)]
    went = prep_objects(v, "for") + [p for c in dobjs for p in prep_objects(c, "for")]
    left = [o for o in left if not left_school(v, o)]  # a pupil's school: no job
    if any(p.lemma_.lower() in DESTINATIONS or p.ent_type_ in {"FAC", "LOC"}
           for p in went):  # (not a city: "left Globex for London" ends the job)
        return []  # "left the Globex building for the resort", "departs the Vellum House for
        # Camp Arden": a trip, not a job
    return left


def _pluperfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _a_function(noun) -> bool:
    """"communications", "sales", "investor relations": a function or part of a firm, bare
    (not "the security of its homes", not "her own security")."""
    return bool({noun.lemma_.lower(), noun.lower_} & (ORG_PARTS | FUNCTIONS)) and not any(
        c.dep_ in {"det", "poss"} for c in noun.children)


def _earlier_job(role) -> bool:
    """"after 20 years as an investigator for X": the "as" role of an "after"/"before" phrase."""
    holder = role.head.head
    return holder.dep_ == "pobj" and holder.head.lower_ in {"after", "before"}
