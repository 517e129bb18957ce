"""Type voting: each name's type from all its mentions and the cues around them."""
from __future__ import annotations

from collections import Counter, defaultdict

from ..lexicon import POST_WORDS, in_waiting  # POST_WORDS: role words and player positions
from .credits import DASHES, Credits
from .firm_cues import firm_cue, posted_elsewhere
from .person_firms import firm_post_slot
from .place_votes import PlaceVotes
from .post_cues import apposed_to_post, described_post_org
from .services import party_hashtag, services_only, used_service
from .tokens import VERSIONED, river_bank
from .versioned import Versioned
from .words import (ACTING_VERBS, COMPANY_SUFFIXES, FACILITY_WORDS,
                    FIRM_ONLY, HONORIFICS,
                    KIN_WORDS, NAMING_VERBS, NUMBERED_BODIES, OFFICE_WORDS, PERSON_NOUNS,
                    PERSON_SUFFIXES,
                    PLACE_UNITS, TENURE_NOUNS, ORG_DESCRIPTORS, ORG_NAME_WORDS, POSSESSIVE_TOKENS,
                    PUBLICATION_WORDS, FIRM_STAKE_WORDS,
                    TERRITORIAL_VERBS, UNIT_NOUNS)
from .words import VOTE_WEIGHTS as W

GENDERED = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
TITLE_LEADS = HONORIFICS | OFFICE_WORDS  # "Rep. Ada Vale", "Mayor Bo Lind"
PERSON_ROLES = POST_WORDS - ORG_DESCRIPTORS  # "a fund manager": a person's, never a firm's


class Voting(PlaceVotes, Credits, Versioned):
    """Part of DocEntities. Turns candidates and their cues into type votes per name; sets
    descriptor_names ("AI startup Scale": startup -> Scale), _org_names (tagged ORG) and
    _gpe_counts (mentions tagged a place, per name)."""

    def _vote(self, raw) -> dict[str, Counter]:
        """Type votes per name: the tagger's label, the cues around each mention, then what the
        whole text says of the name (a known person's surname, a firm's name plus a word)."""
        votes: dict[str, Counter] = defaultdict(Counter)
        multi_person = {n for i, j, n, lab in raw if lab == "PERSON" and j - i > 1}
        strong_org: set[str] = set()  # a cue says organization, whatever the tagger says
        firms: set[str] = set()  # introduced by a noun only a company takes ("water firm X")
        people_in = Counter(self._tok_sent[i] for i, _, _, label in raw if label == "PERSON")
        self._org_names = {n for _, _, n, label in raw if label == "ORG"}
        self._gpe_counts = Counter(n for _, _, n, label in raw if label == "GPE")
        for i, j, name, label in raw:
            self._label_vote(votes[name], i, j, name, label, multi_person)
            self._cue_votes(votes[name], i, j, name, label, strong_org, firms)
            if label == "PERSON" and people_in[self._tok_sent[i]] == 1 and self._he_or_she(j):
                votes[name]["PERSON"] += W["gendered_pronoun"]
        # a stake decides the type, unless another mention places the name: "30% of Avalon"
        # beside "settlers in Avalon" is a share of land
        strong_org |= {n for n, v in votes.items() if v.pop("STAKE", 0) and not v["PLACED"]}
        self._text_votes(raw, votes, multi_person, strong_org, firms)
        for name in posted_elsewhere(self.sdoc, [n for n, v in votes.items() if v["PRODUCT"] > v["ORG"]]):
            votes[name]["FIRM"] += 1  # "the app Pulsefy ... a Pulsefy spokesperson"
        firmed = strong_org | firms | {n for n, v in votes.items() if v["FIRM"]}
        for v in votes.values():
            if v.pop("FIRM", 0):
                v["ORG"] = max(v["ORG"] + W["employer_of_role"], v["PRODUCT"] + 1)
        # names used only as a service: typed as voted (a description's firm stays theirs),
        # but no organization party (relations.sink)
        self.service_names = services_only(raw, self.sdoc, self._acting_or_titled, firmed)
        self.firmed_names = firmed  # a cue calls them firms: never shown as a product (shown.py)
        self._pronoun_people(raw, votes, strong_org, people_in)
        sites = self._site_tokens()
        site_names = {n for i, j, n, _ in raw if self.sdoc[i:j].root.i in sites}
        site_names |= {self.sdoc[k].text for k in sites} & votes.keys()
        site_names |= {n for i, j, n, _ in raw if self._credit_lead(i, j)}  # no party either
        # a name only ever written as a hashtag ("#StayCalm") tags a topic or a campaign,
        # unless one of its hashtags is a party ("#Quellan, the carmaker, said")
        site_names |= {n for *_, n, _ in raw} - {n for i, j, n, _ in raw if not self._hashtag(i)
                                                 or party_hashtag(self.sdoc[i:j].root)}
        for name in site_names:  # the text says what it is, whatever the tagger or the name say
            v = votes[name]
            v["OTHER"] = max(v["OTHER"] + W["not_party"], sum(v.values()) + 1)
        credited = {n for i, j, n, label in raw
                    if label in {"ORG", "PERSON"} and self._credit(i, j)}
        for name in (self._named_people(raw) | credited) - site_names:
            v = votes[name]
            v["PERSON"] = max(v["PERSON"], sum(v.values()) + 1)
        return votes

    def _pronoun_people(self, raw, votes, strong_org: set[str], people_in: Counter) -> None:
        """"Capri Vale ... Vale said ... Vale has only her charm": a two- or three-word name of
        plain capitalised words whose one-word short form also stands alone, where several
        mentions of either are the subject and the only person-like name of their sentence
        and a "he" or "she" follows (or "who"), is a person and so is the short form, however
        the tagger typed both (a firm is "it"; a firm's name has a firm word or a cue that says
        firm; "the chief of Acme said he" speaks of someone else)."""
        at: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for i, j, name, label in raw:
            at[name].append((i, j, label))
        for full, mentions in at.items():
            words = full.split()
            shorts = [w for w in {words[0], words[-1]} if w in at and w not in strong_org]
            if not 2 <= len(words) <= 3 or not shorts or full in strong_org \
                    or votes[full]["PERSON"] > votes[full]["ORG"] \
                    or not all(w.istitle() and w.isalpha() for w in words) \
                    or {w.lower() for w in words} & (ORG_NAME_WORDS | COMPANY_SUFFIXES) \
                    or any(w in self.places or self._city(w) for w in words):
                continue
            group = mentions + [m for w in shorts for m in at[w]]
            subject = [(i, j, label) for i, j, label in group
                       if self.sdoc[i:j].root.dep_ in {"nsubj", "nsubjpass"}]
            cued = sum(1 for i, j, label in group if self._who(i, j)) + sum(
                1 for i, j, label in subject if self._he_or_she(j)
                and people_in[self._tok_sent[i]] == (label == "PERSON"))
            its = sum(1 for i, j, _ in subject if self._it_follows(j))
            if cued > 2 * its and (cued >= 3 or cued == 2 and 6 >= len(group)):
                for name in [full, *shorts]:
                    votes[name]["PERSON"] = max(votes[name]["PERSON"], votes[name]["ORG"] + 1)

    def _hashtag(self, i: int) -> bool:
        """The name starting at token i is written as a hashtag: "#StayCalm"."""
        return i > 0 and self.sdoc[i - 1].text == "#" and not self.sdoc[i - 1].whitespace_

    def _it_follows(self, j: int) -> bool:
        """"Acme said it would ...": "it" or "its" later in the sentence of a subject."""
        end = self.sents[self._tok_sent[j - 1]].end
        return any(t.lower_ in {"it", "its"} for t in self.sdoc[j:end])

    def _who(self, i: int, j: int) -> bool:
        """"said Ada, who is ...": a relative clause opened by "who" (a firm is "which")."""
        return any(c.dep_ == "relcl" and any(t.lower_ in {"who", "whom"} for t in c.children)
                   for c in self.sdoc[i:j].root.children)

    def _named_people(self, raw) -> set[str]:
        """"a little girl named Ada", "a man called Vale", "Vale-Orr, the woman who ...": the
        name a person noun is given is a person's, however the tagger labels its mentions; so
        is a name followed by an age ("Vale, 38, a nurse"), and the one full name it ends."""
        found = set()
        for i, j, name, _ in raw:
            tok = self.sdoc[i:j].root
            verb = tok.head
            if tok.dep_ in {"oprd", "xcomp", "attr"} and verb.lemma_ in NAMING_VERBS \
                    and verb.dep_ == "acl" and verb.head.lemma_.lower() in PERSON_NOUNS:
                found.add(name)
            if any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS and c.left_edge.i <= j + 1
                   and j < len(self.sdoc) and self.sdoc[j].text == "," for c in tok.children):
                found.add(name)
        aged = {name for _, j, name, _ in raw if self._aged(j)}
        full = defaultdict(set)  # "Ada Vale ... Vale, 38, a nurse": the age is Ada Vale's
        for _, _, name, _ in raw:
            if " " in name:
                full[name.split()[-1]].add(name)
        return found | aged | {next(iter(full[n])) for n in aged if len(full[n]) == 1}

    def _aged(self, j: int) -> bool:
        """"Vale, 38, a nurse", "Ada Vale, 61, said": an age between commas follows a person
        (not "Avalon, 12, Larch, 8": a count in a list is followed by the next name)."""
        nxt = self.sdoc[j:j + 4]
        return len(nxt) == 4 and nxt[0].text == "," and nxt[2].text == "," \
            and nxt[1].text.isdigit() and 1 <= int(nxt[1].text) <= 110 and nxt[3].is_lower

    def _site_tokens(self) -> set[int]:
        """Names the text gives a site: "its warehouse, QX4", "the plant, called QX4"."""
        found = set()
        for tok in self.view.tokens:
            dep = tok.dep_
            if dep not in {"oprd", "appos", "npadvmod"}:
                continue  # read no head: most words are none of these
            head = tok.head
            if dep == "oprd" and head.lemma_ in NAMING_VERBS:
                head = head.head
            elif dep not in {"appos", "npadvmod"} or tok.i < head.i:
                continue
            if (tok.pos_ == "PROPN" or tok.is_title) and head.lemma_.lower() in FACILITY_WORDS:
                found.add(tok.i)
        return found

    def _he_or_she(self, j: int) -> bool:
        """"Edward was 24 and he ...", "... Edward. She said": a person's pronoun follows the
        only person named in the sentence (a firm is "it")."""
        k = self._tok_sent[j - 1]
        rest = list(self.sdoc[j:self.sents[k].end])
        if k + 1 < len(self.sents):
            rest += list(self.sents[k + 1][:2])
        return any(t.lower_ in GENDERED for t in rest)

    def _label_vote(self, v: Counter, i: int, j: int, name: str, label: str,
                    multi_person: set[str]) -> None:
        """The vote of the tagger's label, weighed by how sure it can be."""
        sdoc = self.sdoc
        if label == "PRODUCT*":
            stated = name in self.makers or name in self.explicit_products
            v["PRODUCT"] += W["product_with_maker"] if stated else W["product_phrase"]
        elif label == "GPE":
            self._place_vote(v, i, j, name)
        elif label == "WEAK":
            v["ORG"] += W["weak_name"]
            if name in self.places or self._city(name):
                v["PLACED"] += 1  # "Ann Vale of Illinois": a place the tagger skipped
        elif label == "PERSON" and j - i > 1 \
                and sdoc[j - 1].lower_.removesuffix("s") in PLACE_UNITS:
            v["GPE"] += W["known_place"]  # "in Larch Vale District(s)": no person's name
        elif label == "PERSON" and j - i == 1 and not any(
                name in p.split() for p in multi_person):
            # a lone surname-like word: a person only if introduced as one
            v["UNSURE"] += W["lone_person_label"]
        elif label == "PERSON":
            v["PERSON"] += W["person_label"]
        elif label in {"NORP", "OTHER"}:  # demonyms, diseases, currencies: no party
            v[label] += W["not_party"]
        elif label == "PRODUCT" and self._acting(i, j) and name not in self.makers \
                and name not in self.explicit_products:
            v["ORG"] += W["other_label"]  # "Maersk said", "Maersk to buy X": no product does
        else:
            v[label] += W["other_label"]
            if label == "ORG" and name in self.places:
                v["PLACED"] += 1  # "Belgium's University of X": a country however tagged

    def _cue_votes(self, v: Counter, i: int, j: int, name: str, label: str,
                   strong_org: set[str], firms: set[str]) -> None:
        """Votes of the words around one mention: honorifics, roles, descriptors, suffixes."""
        sdoc = self.sdoc
        prev = sdoc[i - 1] if i > 0 else None
        if prev is not None and (prev.lower_ in HONORIFICS or prev.lower_ in KIN_WORDS
                                 and label == "PERSON"):
            v["PERSON"] += W["after_honorific"]  # "Mr Vale", "my friend Ada", "his wife Ada"
        root = sdoc[i:j].root
        if root.dep_ == "compound" and root.head.lower_ in TENURE_NOUNS and label != "ORG":
            v["PERSON"] += W["role_apposition"]  # "the Vale administration": a leader's name
        if any(c.dep_ == "appos" and c.lemma_.lower() in FACILITY_WORDS for c in root.children):
            v["OTHER"] += W["not_party"]  # "QX4, its warehouse in Avalon": a site
        if prev is not None and (prev.lower_ in POST_WORDS or in_waiting(prev)) and j - i > 1 \
                and label in {"PERSON", "ORG"} and all(t.is_title for t in sdoc[i:j]):
            # "boss Bernie Ebbers", "chairman-elect Bo Park"
            v["PERSON"] += W["role_before_person"] if label == "PERSON" else W["role_before_org"]
        if label in {"ORG", "PERSON"} and j - i > 1 and j < len(sdoc) and sdoc[j].text == ":" \
                and sdoc[i].is_sent_start and all(t.text[:1].isupper() for t in sdoc[i:j]) \
                and not {t.lower_ for t in sdoc[i:j]} & ORG_NAME_WORDS:
            v["SPEAKER"] += 1  # "Ada Vale: I think ...": who speaks in an interview
        if label in {"ORG", "PERSON"} and self._signature(i, j):
            v["PERSON"] += W["signature"]
        nxt = sdoc[j:j + 3]
        if len(nxt) and nxt[0].lower_ in OFFICE_WORDS and self._city(name):
            v["PLACED"] += 1  # "Anaheim police officer", "Wylie Mayor Ann Vale": a town's office
        titled = prev is not None and label == "PERSON" and j - i > 1 and (
            prev.lower_ in HONORIFICS or prev.lower_ in POST_WORDS or prev.lower_ in OFFICE_WORDS)
        if len(nxt) >= 2 and nxt[0].text in POSSESSIVE_TOKENS and any(
                t.lower_ in POST_WORDS for t in nxt[1:]) and not (
                self._city(name) and any(t.lower_ in OFFICE_WORDS for t in nxt[1:])) \
                and not titled:
            # "Air Deccan's managing director ...": an employer (but "Wylie's mayor" is a
            # town's, and "Mayor Ada Vale's floor leader" a titled person's aide)
            v["ORG"] += W["employer_of_role"]
            if name not in self._titled_surnames():  # "Mayor Ada Vale ... Vale's spokeswoman"
                strong_org.add(name)
        if label != "GPE" and self._town_and_state(i, j, name):
            v["GPE"] += W["known_place"]  # "its Kellam, Indiana, plant": a town and its state
        if label != "GPE" and self._based_place(name, j):
            v["GPE"] += W["known_place"]  # "the Lyon-based group": a tagger's ORG is the city
        if self._owns_unit(root):
            v["ORG"] += W["owner_of_unit"]
        if label in {"ORG", "PRODUCT", "WEAK", "PERSON"} and j - i == 1 \
                and used_service(root):  # one word: no "the Scores by Avalon Sports app"
            v["PRODUCT"] += W["used_service"]  # "a Zoom call", "posted it on Instagram"
        if self._stake_cue(i, j):
            v["ORG"] += W["stake_in"]  # "40% of Aguas Argentinas", "a stake in X": a company
            v["STAKE"] += 1  # decides the type unless the text places the name (in _vote)
        org_words = {t.lower_ for t in sdoc[i:j]} & ORG_NAME_WORDS
        if j - i > 1 and (org_words or "&" in name) and not river_bank(name):
            # "Trellis Cloud Ventures", "Orvane Global", "Kestrel & Vale"
            v["ORG"] += W["org_name_word"]
            if "&" in name or sdoc[j - 1].lower_ not in PUBLICATION_WORDS | {"news"}:
                strong_org.add(name)  # but a publisher's "Financial Times" is its product
        after = sdoc[j:j + 3]  # "Vale, co-author of ...": no "Co." suffix
        if any(t.lower_ in COMPANY_SUFFIXES for t in after[:1]) or \
                (len(after) >= 2 and after[0].text == "," and after[1].lower_ in COMPANY_SUFFIXES
                 and not (len(after) == 3 and after[2].text in DASHES)):
            v["ORG"] += W["company_suffix"]
            strong_org.add(name)
        # "water firm X", and "car unit X" parsed as an apposition of the descriptor
        if prev is not None and prev.lower_ in ORG_DESCRIPTORS and (
                prev.dep_ == "compound" or root.dep_ == "appos" and root.head.i == prev.i):
            v["ORG"] += W["descriptor_before"]
            strong_org.add(name)
            self.descriptor_names[prev.lemma_.lower()].append(name)
            if prev.lower_ in FIRM_ONLY:
                firms.add(name)  # "investment firm Grant Ledger": no person, however tagged
        self._apposition_votes(v, i, j, name, org_words, strong_org, firms)
        if label == "PERSON" and j - i > 1 and firm_post_slot(sdoc[i:j]) \
                and name not in self.places and not self._city(name):
            v["ORG"] += W["employer_of_role"]  # "CEO at Harlan Boyd": a firm named after someone
            strong_org.add(name)
            firms.add(name)
        if firm_cue(sdoc[i:j], label):
            v["FIRM"] += 1  # "Pindra chief executive A": outvotes the tagger's product labels

    def _apposition_votes(self, v: Counter, i: int, j: int, name: str, org_words: set,
                          strong_org: set[str], firms: set[str]) -> None:
        """Votes of what a name is set beside: a post ("Moderna's chairman, Ann Vale,"), a
        person's trade ("Shawn Burns, a fund manager") or a kind of firm ("X, a drugmaker")."""
        sdoc = self.sdoc
        root = sdoc[i:j].root
        if j - i > 1 and not org_words and all(t.is_title for t in sdoc[i:j]) and apposed_to_post(root):
            v["PERSON"] += W["role_apposition"]  # "Moderna's chairman, Ann Vale, said"
        for c in root.children:
            if c.dep_ == "appos" and j - i > 1 and c.lemma_.lower() in PERSON_ROLES:
                # "Shawn Burns, a fund manager at ...": a person
                v["PERSON"] += W["role_apposition"]
            if c.dep_ == "appos" and c.lemma_.lower() in ORG_DESCRIPTORS \
                    and not (j - i > 1 and described_post_org(root, c)):
                v["ORG"] += W["descriptor_apposition"]
                strong_org.add(name)
                self.descriptor_names[c.lemma_.lower()].append(name)
                if c.lemma_.lower() in FIRM_ONLY:
                    firms.add(name)

    def _titled_surnames(self) -> set[str]:
        """Last words of people's names the text introduces by an office or a form of address
        ("Rep. Ada Vale", "Mayor Bo Lind"): "Vale's spokesperson" is her aide, no employer."""
        if not hasattr(self, "_titled"):
            self._titled = {e[-1].text for e in self.sdoc.ents if e.label_ == "PERSON"
                            and len(e) > 1 and e.start > 0 and self.sdoc[e.start - 1].lower_
                            in TITLE_LEADS}
        return self._titled

    def _acting_or_titled(self, i: int, j: int) -> bool:
        """Acting, or a post written after the name ("Quillo manager Ann Lee")."""
        return self._acting(i, j) or j < len(self.sdoc) and self.sdoc[j].lower_ in POST_WORDS

    def _acting(self, i: int, j: int) -> bool:
        """The subject of a verb only a firm or a person does: "X said", "X hired", "X agreed
        to buy" (a product speaks, buys, hires or sues no one)."""
        root = self.sdoc[i:j].root
        if root.dep_ != "nsubj":
            return False
        verb = root.head
        return verb.lemma_.lower() in ACTING_VERBS or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ACTING_VERBS for c in verb.children)

    @staticmethod
    def _owns_unit(root) -> bool:
        """"Globex's North America arm", "Brindle's European unit": the possessor of a named
        or described unit is a firm (not "Ivanov's unit", a soldier's)."""
        head = root.head
        return root.dep_ == "poss" and head.lemma_.lower() in UNIT_NOUNS \
            and any(c.dep_ in {"compound", "amod"} and c.i > root.i for c in head.children)

    def _stake_cue(self, i: int, j: int) -> bool:
        """"40% of X", "a stake in X": X is a company, but not in "annexing 30% of X" or
        "covers 60% of X" (a share of land)."""
        root = self.sdoc[i:j].root
        stake = root.head.head
        return root.dep_ == "pobj" and root.head.lower_ in {"of", "in"} \
            and stake.lemma_.lower() in FIRM_STAKE_WORDS \
            and stake.head.lemma_.lower() not in TERRITORIAL_VERBS

    def _text_votes(self, raw, votes, multi_person, strong_org, firms) -> None:
        """Votes from the whole text: surnames of named people, titled names, coordinated
        names, products named after a firm, model numbers."""
        sdoc = self.sdoc
        people = {n for n, v in votes.items() if " " in n and v["PERSON"] > v["ORG"]} - firms
        body = sorted((i, n) for i, _, n, _ in raw if not self.headline[self._tok_sent[i]])
        first_body: dict[str, int] = {}
        for i, n in body:
            first_body.setdefault(n, i)

        def after(p):  # named twice before the full name, it is no surname: "Avalon's ...
            start = first_body.get(p, -1)  # Avalon said ... Ditch Avalon!"
            return sum(n == surname(p) and i < start for i, n in body) < 2
        for name, v in votes.items():  # "Altman" once "Sam Altman" is a person
            if " " not in name and name not in strong_org and any(
                    surname(p) == name and after(p) for p in people):
                # the tagger's bare ORG labels of a surname do not outvote the full name
                v["PERSON"] = max(v["PERSON"] + W["surname_of_person"], v["ORG"] + 1)
        # "Ms Druyun" elsewhere: "Darleen Druyun" is a person, whoever's possessive precedes it
        called = {t.nbor().text for t in self.view.with_lower(HONORIFICS)
                  if t.i < len(sdoc) - 1 and t.nbor().text[:1].isupper()}
        titled = {n for n in votes if " " in n and n.split()[-1] in called
                  and n.split()[0].lower() not in HONORIFICS and n.split()[0][:1].isupper()
                  and not {w.lower() for w in n.split()} & ORG_NAME_WORDS}
        for name in self.explicit_products - strong_org - titled:
            if name in votes:  # "OpenAI's ChatGPT", "its chatbot, Grok": the syntax decides
                votes[name]["PRODUCT"] += W["explicit_product"]
        for name in titled - firms:
            votes[name]["PERSON"] += W["titled_person"]
        for name in firms - titled:
            votes[name]["PERSON"] = 0
        self._coordinated_votes(raw, votes)
        surnames = {surname(p) for p in multi_person - firms if after(p)}
        single_orgs = {n for n, v in votes.items() if " " not in n and v["ORG"] >= 1}
        graded, holders = self._graded_models(raw), self._post_holders(raw)
        first_at: dict[str, int] = {}
        for i, _, n, _ in raw:
            first_at.setdefault(n, i)
        # "Yahoo ... Yahoo Messenger": a firm named first, then its name plus a word (not
        # "Acme Partners", "OpenAI LP", nor "Lockheed Martin" shortened to "Lockheed" later)
        named_after = {n for n in votes.keys() & first_body.keys() if len(n.split()) == 2
                       and n.split()[0] in single_orgs and first_at[n.split()[0]] < first_at[n]
                       and n.split()[1] not in votes and n not in strong_org
                       and n.split()[1] not in self.places and n.split()[1][:1].isupper()
                       and not (n.split()[1].isupper() and len(n.split()[1]) <= 3)
                       and n.split()[1].lower() not in ORG_NAME_WORDS | ORG_DESCRIPTORS}
        for name, v in votes.items():
            if v["PERSON"] and " " in name and name.split()[0] in single_orgs:
                v["PERSON"] = 0  # "Mistral Large" is not a person when "Mistral" is a firm
            if name in surnames:
                v["PERSON"] += W["known_surname"]  # "Musk" after "Elon Musk"
            if any(c.isdigit() for c in name) and v["PERSON"]:
                v["PRODUCT"] += v.pop("PERSON")  # "Grok 3", "Claude 2": no person has digits
            numbered_body = len(name.split()) > 1 and name.split()[-2].lower() in NUMBERED_BODIES
            if VERSIONED.fullmatch(name) and not v["EVENT"] and not numbered_body \
                    and name not in holders:
                # "Office 365", "MPT-30B", "A320": a model number names a product; one
                # only ever written before a common noun ("N95 masks") is a grade of it
                v["PRODUCT"] += W["model_number"] + (v["ORG"] if name in graded else 0)
            if name in named_after:
                # "Nvidia Hopper", "Yahoo Messenger": a firm's name, then more
                v["PRODUCT"] += W["named_after_firm"]
            if v.pop("PLACED", 0) and name not in strong_org:
                # a place in one sentence is the place where it acts in another ("Avalon
                # issued an order"), so it is no firm here
                v["GPE"] = max(v["GPE"], v["ORG"] + 1)
            if v.pop("SPEAKER", 0) >= 2 and name not in strong_org:
                # named as the speaker of several answers: a person, however tagged
                v["PERSON"] = max(v["PERSON"], v["ORG"] + 1)
            unsure = v.pop("UNSURE", 0)
            if unsure and v["PERSON"]:
                v["PERSON"] += unsure
            elif v["GPE"] and (name in self.places or self._city(name) and name not in strong_org):
                pass  # a known place tagged a person once ("decoupling Germany") stays one
            elif unsure and self._city(name) and name not in strong_org:
                v["GPE"] += unsure  # a town tagged a person, never named as one ("Ada of Wylie")
            elif unsure or (v["GPE"] and v["GPE"] < W["known_place"] and v["PERSON"]):
                v["ORG"] += unsure + v["GPE"]  # tagged a person here and a place there: a firm
            if not v["GPE"]:
                v.pop("GPE", None)

    def _coordinated_votes(self, raw, votes) -> None:
        """"Jeff Dean and Ann Vale": a two-word name listed with a person is a person; listed
        with "Acme Capital" it is a firm ("Acme Capital, Dee Horn and Co Ventures")."""
        sdoc = self.sdoc
        by_root = {sdoc[i:j].root.i: (i, j, name) for i, j, name, _ in raw}
        for i, j, name, label in raw:
            if j - i != 2 or not all(t.is_title for t in sdoc[i:j]) or any(
                    w in ORG_NAME_WORDS or w + "s" in ORG_NAME_WORDS for w in name.lower().split()):
                continue
            root = sdoc[i:j].root
            head = root.head if root.dep_ == "conj" else root
            sibs = [head, *(c for c in head.children if c.dep_ == "conj")]
            listed = [c for c in root.head.children if c.dep_ == "appos" and c.i in by_root]
            if root.dep_ == "appos" and root.head.i in by_root and len(listed) > 1:
                # "Ann Vale, Bo Lind, Cy Park and Di Moss" parsed as appositions of the first
                sibs += [*listed, root.head]
            for sib in sibs:
                other = by_root.get(sib.i)
                if other is None or other[2] == name:
                    continue
                oi, oj, oname = other
                if {t.lower_ for t in sdoc[oi:oj]} & (ORG_NAME_WORDS - PUBLICATION_WORDS):
                    votes[name]["ORG"] += W["listed_with_firm"]
                elif votes[oname]["PERSON"] > max(votes[oname]["ORG"], 1) and oj - oi > 1:
                    votes[name]["PERSON"] += W["listed_with_person"]

    @staticmethod
    def _type_of(cname: str, votes: dict[str, Counter], canon: dict[str, str]) -> str:
        total: Counter = Counter()
        for name, c in canon.items():
            if c == cname:
                total.update(votes.get(name, Counter()))
        order = {"ORG": 4, "PERSON": 3, "PRODUCT": 2, "EVENT": 1, "GPE": 0}
        return max(total, key=lambda t: (total[t], order.get(t, 0)))


def surname(name: str) -> str:
    """"Cy Vance Jr." -> "Vance": a generational suffix is no surname ("a spokesman for Vance")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in PERSON_SUFFIXES:
        words = words[:-1]
    return words[-1]
