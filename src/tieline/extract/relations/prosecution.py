"""A criminal prosecution is no lawsuit: "charged Ann Lee with murder", "filed criminal charges
against Lee", and "the case against Ann Lee" where the text around it speaks of prosecutors,
an indictment or a crime. A charge of fraud or of a breach, a regulator's action, still is one."""
from __future__ import annotations

CHARGE_VERBS = {"charge", "indict", "prosecute"}
CRIMES = {"crime", "murder", "manslaughter", "homicide", "assault", "rape", "robbery", "burglary",
          "kidnapping", "arson", "battery", "stalking", "felony", "misdemeanor", "misdemeanour",
          "terrorism", "treason", "shooting", "stabbing", "trafficking", "smuggling"}
CASE_NOUNS = {"case", "charge"}  # nouns that name a prosecution as well as a suit
PROSECUTION_CUES = {"prosecutor", "prosecution", "prosecute", "indict", "indictment", "criminal",
                    "guilty", "convict", "conviction", "jury", "sentence", "sentencing", "plea",
                    "arrest", "acquit", "acquittal"} | CRIMES


def criminal_charge(verb, objs) -> bool:
    """"charged Ann Lee with murder", "indicted on assault charges", "filed criminal charges
    against Lee", "brought murder charges": the verb or its object names a crime."""
    if verb.lemma_.lower() in CHARGE_VERBS and any(
            t.lemma_.lower() in CRIMES for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"with", "for", "on"} for t in c.subtree):
        return True
    return any(o.lemma_.lower() == "charge" and any(
        c.lower_ == "criminal" or c.lemma_.lower() in CRIMES for c in o.children
        if c.dep_ in {"amod", "compound"}) for o in objs)


def prosecuted(noun, ents) -> bool:
    """"prosecutors dropped the case against Ann Lee" (a person): a prosecution, no suit. A case
    against a firm, or with no prosecution word near, stays a suit."""
    if noun.lemma_.lower() not in CASE_NOUNS:
        return False
    against = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"
               for p in c.children if p.dep_ == "pobj"]
    people = [m for p in against for m in [ents.mention_at(p)] if m and m.type == "PERSON"]
    if not people:
        return False
    return any(t.lemma_.lower() in PROSECUTION_CUES or t.lower_ in PROSECUTION_CUES
               for t in near(noun.sent))


# who looks into a wrong: cooperating with them is help in an inquiry, not a partnership
INQUIRY_WORDS = {"investigation", "investigator", "probe", "inquiry", "enquiry", "prosecutor",
                 "authorities", "police", "regulator"}
COOPERATE_VERBS = {"cooperate", "co-operate"}


def assists_inquiry(verb) -> bool:
    """"is co-operating fully with the SEC investigation", "cooperates with the police in its
    probe", "will cooperate with regulators": an inquiry's helper, no partner of the inquirer."""
    return verb.lemma_.lower() in COOPERATE_VERBS and any(
        t.lemma_.lower() in INQUIRY_WORDS or t.lower_ in INQUIRY_WORDS
        for c in verb.children if c.dep_ == "prep" for t in c.subtree)


def near(sent):
    """The sentence with the one before and the one after it."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return doc[start:end]
