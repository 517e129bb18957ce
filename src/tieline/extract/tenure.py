"""When a role written next to a person is a past one: "former", "ex-", "retired", an end date,
or a leaving verb in the same sentence, or the death of the person; a "now" job stays current."""
from __future__ import annotations

from .arguments import Named, mention_or_person, mentions_of, prep_objects
from .employers import is_quote_mark
from .lexicon import ORG_DESCRIPTORS
from .modality import NEGATING_GOVERNORS, modality_at
from .not_employers import workplace
from .role_clauses import is_role, kept_post
from .wordlists import words

FORMER = words("people", "former")
FORMER_ON_NOUN = words("people", "former_on_noun")  # "an earlier director at X"
NOW_WORDS = words("people", "now_words")
LEAVE_VERBS = words("people", "leave_verbs")
TENURE_JOBS = words("people", "tenure_jobs")  # "held the role at Globex"
TENURE_TIMES = words("people", "tenure_times")  # "spent two decades at Globex"
FIRE_VERBS = words("people", "fire_verbs")
OWN_REPORTERS = words("people", "relative_reporters")  # "A says she was fired"
GENDERED = {"he", "she", "him", "her", "his", "hers"}  # a person the text talks of
DEPARTURES = words("people", "departure_nouns")  # "the resignation of Globex chief Ann Lee"
PENDING = words("people", "departure_pending")  # "her impending departure": not yet
DEMANDS = words("people", "departure_demands")  # "called for the removal of": not done
DELAYS = {"postpone", "delay"}  # "postponed the resignation of": not yet
RECENT = {"past", "last", "recent", "current"}  # "during the past decade": up to now


def past_role(m, org, rtok, sdoc) -> bool:
    """"former Globex CEO Ann Lee", "Ann Lee, ex-chief of Globex", "chief until 2021"; but
    "Former FDA head Ann Lee (now with Globex)": the "now" job is a current one."""
    if _still_emeritus(rtok):
        return False
    span = getattr(org, "span", None)
    near = [rtok.i] + ([span[0]] if span else [])
    now = any(t.lower_ in NOW_WORDS and t.pos_ == "ADV" for i in near
              for t in sdoc[max(0, i - 3):i + 1])
    org_former = span is not None and (  # "ex-Globex", "Former Globex CEO Ann Lee"
        former_word(sdoc[span[0]]) or (span[1] <= m.span[0] or span[1] == rtok.i)
        and any(former_word(t) for t in words_before(sdoc, span[0], 2)))
    # (span[1] == rtok.i: "Ann Lee, the former Council of Planners chair": the name written
    # right before the role, after the person, is inside the former title)
    # a former word before the name scopes a role written before it, not one written after
    # it: "Globex's president, ex-FBI official Ann Lee" is still Globex's president
    # "a scientist formerly with Globex": the former word on the preposition naming the employer
    root = getattr(org, "root", None)
    while root is not None and root.dep_ == "conj" and root.head.i < root.i and not any(
            t.lower_ in NOW_WORDS for t in sdoc[root.head.i:root.i]):
        root = root.head  # "formerly of Globex and Harlow Bank": both are past (not "and now X")
    if root is not None and root.dep_ == "pobj" and root.head.i != rtok.i and any(
            former_word(c) or c.lower_ == "previously" for c in root.head.lefts):
        return True
    # ("emeritus": "professor emeritus at Y" is a post no longer held)
    return any(former_word(t) for t in [*rtok.lefts, *sdoc[max(0, rtok.i - 2):rtok.i]]) \
        or any(then_word(t) for t in rtok.subtree if t.i < rtok.i) \
        or not now and any(former_word(t) and t.i < rtok.i < m.span[0]
                           for t in words_before(sdoc, m.span[0], 4)) \
        or _ended(rtok) or org_former or rtok.lower_ == "emeritus" \
        or _shared_former(rtok, org) or _at_the_time(rtok) or _former_title(rtok, span)


def _former_title(rtok, span) -> bool:
    """"the former Globex and Acme physician": the former word opens a title that names both
    employers before its role noun, so it dates the second as well as the first it hangs on
    (not "the Globex and former Acme physician": the word comes after Globex)."""
    if span is None or span[1] > rtok.i:
        return False  # the employer is named inside the title, before the role noun
    first = rtok.left_edge.i
    return any(former_word(t) and t.i < span[0] and not any(
        x.text in {",", ";", ":"} for x in rtok.doc[t.i:rtok.i]) for t in rtok.doc[first:span[0]])


def _shared_former(rtok, org) -> bool:
    """"the former Globex and Acme physician": a former word on the first of two joined roles
    (the parser's reading of the shared title) dates the second too when that one has no word
    of its own ("the former CEO and current chair": "current" is its own); "economist,
    professor and former chair of Globex": the employer named after the list is the last
    title's, a former one, though the parser hangs it on the first."""
    span = getattr(org, "span", None)
    last = max((c for c in rtok.conjuncts if c.i > rtok.i), key=lambda c: c.i, default=None)
    if span is not None and last is not None and last.i < span[0] and any(
            former_word(c) for c in last.lefts):
        return True
    # (but "former chief of Trellis and founder of Globex": the first title, closed by its own
    # "of", is a whole one, and the former word stays on it)
    return rtok.dep_ == "conj" and rtok.head.i < rtok.i and not any(
        c.dep_ in {"amod", "det", "poss", "advmod"} for c in rtok.children) and not any(
        c.dep_ == "prep" and c.i < rtok.i for c in rtok.head.rights) and any(
        former_word(c) for c in rtok.head.lefts)


def _at_the_time(rtok) -> bool:
    """"the Berlin correspondent for the Herald at the time": the post held when the told
    events happened, a past one; "at the time" hung on the role or on its employer's name, not
    inside a clause of its own ("who said at the time ...") nor "at the same time"."""
    for t in rtok.subtree:
        if t.lower_ != "at" or t.dep_ != "prep":
            continue
        up = t.head
        while up.i != rtok.i and up.pos_ in {"NOUN", "PROPN", "ADP"}:
            up = up.head
        if up.i == rtok.i and any(p.dep_ == "pobj" and p.lower_ == "time" and [
                c.lower_ for c in p.children] in (["the"], ["that"]) for p in t.children):
            return True
    return False


def _still_emeritus(rtok) -> bool:
    """"Ada Fenn, chairman emeritus of Globex, still sits on its board": an honorary title of
    someone the sentence says is still there is no past role."""
    return any(t.lower_ == "emeritus" for t in rtok.doc[max(0, rtok.i - 1):rtok.i + 2]) and any(
        t.lower_ == "still" and t.dep_ == "advmod" for t in rtok.sent)


def now_orgs(tok, ents) -> set[str]:
    """"Ann Lee, now an analyst at Globex,", "Lee, who now runs Globex,": the organizations of
    the person's present job, so a job the sentence says she joined or left is an earlier one
    and not the place a move started from."""
    now = [c for c in tok.children if c.dep_ in {"appos", "relcl"} and any(
        x.dep_ == "advmod" and x.lower_ in NOW_WORDS for x in c.children)]
    return {o.name for c in now for t in c.subtree for o in mentions_of(t, ents) if o.type == "ORG"}


def left_post(m, org, ents) -> bool:
    """"Globex chief Ann Lee resigned on Monday", "quit her post", "has stepped down": the
    role written by her name is one she has left (not "will resign", not "left for Paris")."""
    tok = m.root
    if tok.dep_ == "appos" and tok.head.dep_ == "nsubj":  # "Globex chief, Ann Lee, resigned"
        tok = tok.head
    v = tok.head
    if tok.dep_ != "nsubj" or not (v.tag_ == "VBD" or v.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)):
        return False
    lemma = v.lemma_.lower()
    stepped_down = lemma == "step" and any(c.lower_ == "down" for c in v.children)
    if lemma not in LEAVE_VERBS and not stepped_down:
        return False
    objs = [c for c in v.children if c.dep_ == "dobj"] + prep_objects(v, "from")
    named = {o.name for c in objs for o in mentions_of(c, ents) if o.type == "ORG"}
    if named:  # "Globex CEO Ann Lee left Acme in 2010": another job left
        return org.name in named
    # "resigned", "quit her post", "left the company"; not "left the building"
    return lemma in {"resign", "quit", "retire"} or stepped_down or any(
        c.lemma_.lower() in TENURE_JOBS | ORG_DESCRIPTORS for c in objs)


def words_before(sdoc, i: int, n: int) -> list:
    """Up to n words right before token i, not past punctuation: "former Globex CEO Ann Lee",
    not "... we had in the past,' Ann Lee"."""
    out = []
    for t in reversed(sdoc[max(0, i - n):i]):
        if t.is_punct and t.text not in {"-", "."}:
            break
        out.append(t)
    return out


def _ended(role) -> bool:
    """"who was chief executive of Globex until 2021": a role with an end; "Ann Lee, Globex's
    treasurer until her retirement,": the parser hangs the end on the name after the role."""
    holder = role.head if role.dep_ == "attr" else role
    if kept_post(holder):  # "remains CEO of X until March": held now, to end later
        return False
    return any(c.dep_ == "prep" and c.lower_ == "until" for c in holder.children) or (
        role.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ == "until" and c.i > role.i
                                     for c in role.head.children))


def dated_past(verb) -> bool:
    """"led Globex during the scandal", "ran Globex at the time", "headed Globex until her
    retirement": a past tense tied to a time gone by, so a role since left; not "during the past
    decade" (a time up to now) nor "at the same time"."""
    for c in verb.children:
        objs = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        if c.lower_ in {"during", "until", "till"} and not any(
                a.lower_ in RECENT for p in objs for a in p.children):
            return bool(objs)
        if c.lower_ == "at" and any(p.lower_ == "time" and not any(
                a.dep_ in {"amod", "compound", "nummod"} for a in p.children) for p in objs):
            return True
    return False


LIFETIME = 60  # years: a job taken this long before the article is no longer held


def long_ago(verb, document) -> bool:
    """"a lawyer who joined the Globex Corps in 1943", "set up in 1337 by King Edward": a
    joining or founding dated a working life or more before the article's own date is a past
    tie, whatever the tense says; an undated article keeps the tense's reading. The year is the
    date the "in" governs ("in 1943", "in the 1950s", "in May 1948"), not a count ("leads
    Globex in 1500 towns") nor a style ("in 1950s-style fashion"); a post the sentence says is
    still held ("founded Globex in 1955 and remains its chairman", "is still its chair") keeps
    the tense's reading too."""
    published = (getattr(document, "published", None) or "")[:4]
    if not published.isdigit() or _still_held(verb):
        return False
    years = [int(t.text[:4]) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
             for p in c.children if p.dep_ == "pobj" for t in p.subtree
             if len(t.text) in (4, 5) and t.text[:4].isdigit() and t.text[4:] in ("", "s")
             and t.ent_type_ == "DATE" and (t.i == p.i or t.head.i == p.i and p.ent_type_ == "DATE")]
    return any(y <= int(published) - LIFETIME for y in years)


def _still_held(verb) -> bool:
    """"still", "now" or a present "remain(s)" said of a person in the sentence (its verb has a
    person, "who", he or she as subject, or shares the subject of a verb before): a tie said to
    go on to now; not "it still builds ferries" (the firm lives on, the founder need not)."""
    for t in verb.sent:
        if t.lower_ == "still" or t.lower_ in NOW_WORDS and t.dep_ == "advmod" \
                or t.lemma_.lower() == "remain" and t.tag_ in {"VBZ", "VBP"}:
            g = t if t.lemma_.lower() == "remain" else t.head
            subjects = [c for c in g.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subjects or any(c.ent_type_ == "PERSON" or c.lower_ in {"who", "he", "she"}
                                   for c in subjects):
                return True
    return False


def career_perfect(verb) -> bool:
    """"has worked at the Justice Department and was its inspector general": a present perfect
    of working with no span up to now lists a career, not the present job (but "has worked at
    Globex since 2019", "for eight years", "now works at Globex")."""
    if verb.lemma_.lower() != "work" or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    spans = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
             for p in c.children if p.dep_ == "pobj"]
    return not spans and not any(t.lower_ == "since" for t in verb.subtree) and not any(
        c.lower_ in NOW_WORDS | {"long", "always"} for c in verb.children)


def former_word(tok) -> bool:
    """"former", "ex-chief": a word saying the role is a past one ("an earlier director": a
    comparative only on the role noun, not "earlier this month")."""
    return tok.lower_ in FORMER or tok.lower_.startswith("ex-") or then_word(tok) \
        or tok.lower_ in FORMER_ON_NOUN and tok.head.pos_ == "NOUN" and is_role(tok.head) \
        or tok.lower_ == "retired" and tok.tag_ != "VBD"  # "retired police officer"


def then_word(tok) -> bool:
    """"then-chief executive", "the then chairman", "then Globex owner Ann Lee": "then" on a
    title dates it to the time told; not "and then chief executive Ann Lee said" (the parser
    hangs that "then" on the verb) nor a "then" opening the sentence without a hyphen."""
    if tok.lower_ != "then":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "-" and not tok.whitespace_:
        return True
    prev = tok.nbor(-1) if tok.i > 0 else None
    return tok.head.pos_ in {"NOUN", "PROPN"} and prev is not None \
        and prev.lower_ not in {"and", "but", "or"} and not prev.is_punct


def removed(tok, org, rtok, ents) -> bool:
    """"Globex removed boss Ann Lee", "Globex fired its chief, Ann Lee", "Globex chief Ann Lee
    was fired", "the resignation of Globex chairman Ann Lee": a job she lost. When the sentence
    names the firm she was put out of ("fired by Acme", "removed as chairman of Acme", "her
    departure from Acme"), only that firm's role; never her "now" job nor one told in a clause
    of her own ("who is also a director of Acme")."""
    holder = tok.head if tok.dep_ == "appos" else tok
    own = own_firing(holder, ents)
    own_named = _orgs_after(own, {"by", "from", "as"}, ents) if own is not None else set()
    if own is not None and not own_named and any(
            c.dep_ == "prep" and c.lower_ in {"from", "as"} for c in own.children):
        return False  # "says he was fired from a previous job": some other post
    if own is not None:
        named = own_named
    elif holder.dep_ == "dobj" and holder.head.lemma_ in FIRE_VERBS or fired_passive(holder):
        named = _orgs_after(holder.head, {"by", "from", "as"}, ents)
    else:
        noun = _departure_noun(holder)
        if noun is None:
            return False
        named = _orgs_after(noun, {"from"}, ents)
    if named:
        return org.name in named
    return org.name not in now_orgs(tok, ents) and not any(
        c.dep_ == "relcl" and rtok in c.subtree for c in [*tok.children, *holder.children])


def _orgs_after(head, preps, ents) -> set[str]:
    """Firms named under the word's "by", "from" or "as" ("removed from the board of Acme")."""
    return {o.name for c in head.children if c.dep_ in {"prep", "agent"} and c.lower_ in preps
            for t in c.subtree for o in mentions_of(t, ents) if o.type == "ORG"}


def fired_passive(holder) -> bool:
    """"Ann Lee, Globex's chief, was fired in March"; not "could be fired", "will be ousted"
    (not yet done), "was not ousted", "was nearly fired"."""
    return holder.dep_ == "nsubjpass" and fired_passive_verb(holder.head)


def own_firing(holder, ents):
    """"Ann Lee, a Globex engineer, says she was fired": her own word for her firing; the fired
    verb, or None. The rule cannot tell a name's gender, so the "he"/"she" is hers only when no
    one else is brought in before it: no other person named in its sentence or the one before
    (voted or tagged), no "her sister", "his manager" between the saying and the pronoun."""
    from .career import SUBJECT_PRONOUNS, someone_else_between  # (career reads this module)
    verb = holder.head
    if holder.dep_ != "nsubj" or verb.lemma_.lower() not in OWN_REPORTERS:
        return None
    fired = next((c for c in verb.children if c.dep_ == "ccomp" and fired_passive_verb(c)), None)
    pron = fired and next((s for s in fired.children if s.dep_ == "nsubjpass"), None)
    if pron is None or pron.lower_ not in SUBJECT_PRONOUNS:
        return None
    own, k = ents.mention_at(holder), ents.sent_index(holder)
    name = {c.i for c in holder.children if c.dep_ == "compound"} | {holder.i}
    others = {m.name for back in (k - 1, k) if back >= 0 for m in ents.mentions_in(ents.sents[back])
              if m.type == "PERSON" and m.end <= pron.idx} - {own.name if own else ""}
    start = ents.sents[k - 1].start if k > 0 else holder.sent.start
    tagged = any(t.ent_type_ == "PERSON" and t.i not in name for t in holder.doc[start:holder.sent.end])
    # a name the tagger took for a firm ("Quorra Vantelle lost her post. A says she was fired")
    # still shows by its pronoun, in a sentence before that does not name the holder
    told = k > 0 and (own is None or own.name not in ents.sents[k - 1].text) and any(
        t.lower_ in GENDERED for t in ents.sents[k - 1])
    if others or tagged or told or someone_else_between(holder.doc, verb.i + 1, pron.i, ents):
        return None
    return fired


def fired_passive_verb(verb) -> bool:
    return verb.lemma_ in FIRE_VERBS and verb.tag_ == "VBN" and _stated(verb)


def _departure_noun(holder):
    """"led to the resignation of its chairman, Ann Lee", "after the departure of Globex chief
    Ann Lee": the noun of a leaving that happened; not "called for the ouster of", "her impending
    departure", "refused the resignation of", "the resignation ... was rejected"."""
    for _ in range(2):  # "the resignation of chairman A, director B and reporter C"
        if holder.dep_ in {"appos", "conj"} and holder.head.pos_ in {"NOUN", "PROPN"}:
            holder = holder.head
    prep = holder.head
    if holder.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in DEPARTURES:
        return None
    noun = prep.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if any(c.lower_ in PENDING for c in noun.children) or governor.lemma_.lower() in DEMANDS \
            or _undone(noun) or modality_at(noun) not in {"asserted", "reported"}:
        return None
    return noun


def _undone(noun) -> bool:
    """"postponed the resignation of", "the resignation ... was rejected" (a passive the noun's
    modality stops before); not "the departure of Ann Lee ended an era", which happened."""
    lemma = noun.head.lemma_.lower()
    return lemma in DELAYS or noun.dep_ == "nsubjpass" and lemma in NEGATING_GOVERNORS


def tenure_facts(v, m, ents, sink, sent) -> None:
    """Time spent in a job: "spent two decades at Globex", "held the role at Globex until 2017".
    A past tense or an end date makes the role a former one."""
    lemma = v.lemma_.lower()
    objs = {c.lemma_.lower() for c in v.children if c.dep_ == "dobj"}
    if not (lemma == "spend" and objs & TENURE_TIMES or lemma == "hold" and objs & TENURE_JOBS):
        return
    # "spent four years at Kestrel Park" (a ground) or "at X Jail" (custody) names no employer
    orgs = [o for p in prep_objects(v, "at") + prep_objects(v, "with") for o in mentions_of(p, ents)
            if o.type == "ORG" and workplace(v, o)]
    ended = v.tag_ == "VBD" or any(c.dep_ == "prep" and c.lower_ == "until" for c in v.children)
    for org in orgs:
        sink.add("employ", org, Named(m.name, "PERSON"), v, f"verb:employ:{lemma}", sent,
                 modality="negated" if ended else None)


DEATH_VERBS = {"die", "decease"}
HEDGES = words("people", "near_misses") | {"reportedly", "allegedly", "never"}


def dead_people(sdoc, ents) -> set[str]:
    """People the text says have died ("Ann Lee died on Sunday", "Lee, who passed away in
    March", "Lee was killed in a crash", "the late Ann Lee"). Not a death only feared or nearly
    met ("could have died", "nearly died"), nor one inside a quotation."""
    dead = set()
    # only a "late" or a death verb's word can say so
    for tok in ents.view.with_any(lemmas=DEATH_VERBS | {"pass", "kill"}, lowers=("late",)):
        if tok.lower_ == "late" and tok.dep_ == "amod":  # "the late Ann Lee"
            m = ents.mention_at(tok.head)
        elif _a_death(tok):
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.lower_ in {"who", "that"} and tok.dep_ == "relcl":
                subj = tok.head  # "Ann Lee, who died in March"
            m = mention_or_person(subj, ents) if subj is not None else None
            if m is None and subj is not None:  # "the party leader, Omar Lee, was killed"
                m = next((ents.mention_at(c) for c in subj.children if c.dep_ == "appos"
                          and ents.mention_at(c) is not None), None)
        else:
            continue
        if m is not None and m.type == "PERSON":
            dead.add(m.name)
    return dead


def _a_death(tok) -> bool:
    """"died", "has died", "passed away", "was killed": stated, not hedged or quoted."""
    lemma = tok.lemma_.lower()
    if tok.tag_ not in {"VBD", "VBN"} or not (
            lemma in DEATH_VERBS
            or lemma == "pass" and any(c.lower_ == "away" for c in tok.children)
            or lemma == "kill" and any(c.dep_ == "nsubjpass" for c in tok.children)):
        return False
    return _stated(tok)


def _stated(verb) -> bool:
    """A verb told as a fact: not negated, modal or hedged ("nearly", "reportedly"), not quoted."""
    hedged = any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" or c.lower_ in HEDGES
                 for c in verb.children)
    quoted = sum(is_quote_mark(t) for t in verb.sent if t.i < verb.i) % 2 == 1
    return not hedged and not quoted


def ended_by_death(relations, sdoc, ents):
    """An employ tie of someone the text says has died is a past one (negated, as a former
    role is), whatever tense the sentence that states it uses ("Lee, who died on Sunday,
    joined Globex in 1998")."""
    if not any(rel.type == "employ" for rel in relations):
        return relations
    dead = dead_people(sdoc, ents)
    for rel in relations:
        if rel.type == "employ" and rel.tail in dead and rel.modality == "asserted":
            rel.modality = "negated"
            if rel.evidence is not None:
                rel.evidence.modality = "negated"
    return relations
