"""Place votes: whether a name the tagger labels (or leaves) a place is one, from the place
lists and the way the text writes it ("in Avalon", "Fremont, Avalon", "Kellam, Indiana,",
"the Lyon-based group")."""
from __future__ import annotations

from collections import Counter

from ..lexicon import us_states, world_places
from .post_cues import employer_slot, titled_slot
from .tokens import CAMEL, landform
from .words import INVEST_WORDS, ORG_NAME_WORDS, RELATIONAL_NOUNS
from .words import VOTE_WEIGHTS as W


def _firm_named(tok) -> bool:
    """A name the tagger reads as a firm's there, or one of two words or more that ends with
    an organization word ("Orvane Global", "Brisk Partners"), however tagged."""
    if tok.ent_type_ == "ORG":
        return True
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    # not a place by its label ("the East Bank and Quarrow": a bank named by its side)
    return tok.lower_ in ORG_NAME_WORDS and len(words) > 1 and all(w.is_title for w in words) \
        and tok.ent_type_ not in {"GPE", "LOC", "FAC"}


def listed_with_firm(root) -> bool:
    """"from Kestrel Foods and Orvane", "companies like Halvorsen and Telvik": a name the
    tagger labels a place, coordinated with a firm's name, is listed among firms (a known place
    is one all the same: "Acme and Avalon" stays a place where the place lists hold Avalon)."""
    head = root.head if root.dep_ == "conj" else root
    listed = [head, *(c for c in head.children if c.dep_ == "conj")]
    before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if any(t.is_lower and t.is_alpha and t.tag_ in {"NN", "NNP"} for t in [*head.lefts, before]
           if t is not None):
        return False  # "gift shop Bramble and Thistle": a singular noun describes one name
    return len(listed) > 1 and any(t.i != root.i and _firm_named(t) for t in listed)


class PlaceVotes:
    """Part of Voting. Needs sdoc, places, _org_names and _gpe_counts."""

    def _city(self, name: str) -> bool:
        """A city or US state by name, unless it opens a firm's name in this text: "Kirkland"
        beside "Kirkland & Ellis" is the firm's short name."""
        return name in world_places() and not any(
            n.startswith(name + " ") for n in self._org_names)

    def _place_vote(self, v: Counter, i: int, j: int, name: str) -> None:
        """The vote of a place label. A country, or a place the text places ("in Avalon",
        "Fremont, Avalon"), is one; a "place" that acts may be a firm ("Acme said"), but a city
        by name that acts keeps the tagger's vote ("Beijing said", "Chicago's"), which the
        firm's other mentions outvote ("Delta said" beside "Delta Air Lines"). A US state that
        acts stays a party, as the annotation guide counts states ("Texas sued X")."""
        sdoc = self.sdoc
        root = sdoc[i:j].root
        city = self._city(name)  # "CEO of Blinkx", "Jupiter analyst A": a firm, not a city
        slot = not city and (employer_slot(sdoc[i:j]) or root.ent_type_ != "LOC"
                             and titled_slot(sdoc[i:j]))  # "Silicon Valley analyst A": a region
        place = name in self.places or name.isupper() and not slot or landform(name) or \
            self._town_and_state(i, j, name) or (
            j < len(sdoc) and sdoc[j].text in {"-", "‑"}) or (
            root.dep_ == "appos" and root.head.ent_type_ == "GPE"
                and sdoc[i - 1].text == ",") or (  # "Fremont, Avalon"
            j + 1 < len(sdoc) and sdoc[j].text == "," and sdoc[j + 1].ent_type_ == "GPE"
            and sdoc[j + 1].head.i == root.i)  # "Hartford, Conn."
        # "Quebec's X", and "Acme competitor X": a place has no rival, parent or customer
        actor = any(c.dep_ == "poss" and c.text in self.places or c.dep_ == "compound"
                    and c.lemma_.lower() in RELATIONAL_NOUNS for c in root.children) or \
            root.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "appos"} or (
            root.dep_ == "pobj" and root.head.lower_ in {"with", "by", "against", "into"}) or (
            root.dep_ == "pobj" and root.head.lower_ == "in"
            and root.head.head.lemma_ in INVEST_WORDS) or slot or listed_with_firm(root)
        # one acting mention is no evidence ("Nokia supplies X" tagged a place): a firm may
        # share a city's name; and "Texas sued X" names a party, as the guide counts states
        city = city and self._gpe_counts[name] > 1 and not (actor and name in us_states())
        if place or city or (root.dep_ == "pobj" and not actor and not self._stake_cue(i, j)
                             and root.head.lower_ in {"in", "across", "throughout"}):
            v["PLACED"] += 1  # "in Avalon", "Fremont, Avalon", a city: a place in this text
        if place:
            v["GPE"] += W["known_place"]
        elif actor and not city or CAMEL.match(name):  # a "place" that acts or is invested in
            v["ORG"] += W["acting_place"]
        else:
            v["GPE"] += W["place_label"]

    def _town_and_state(self, i: int, j: int, name: str) -> bool:
        """"Kellam, Indiana," and "Kellam, Indiana.": a town written with its US state, both
        places (not "Acme, Texas Instruments and ...", not "a Dallas, Texas-based firm"'s firm)."""
        sdoc = self.sdoc

        def state_at(a: int) -> int:  # end of a US state's name starting at token a, or -1
            for n in (1, 2, 3):
                if sdoc[a:a + n].text in us_states() and (
                        a + n == len(sdoc) or sdoc[a + n].text in {",", ".", ")", ";"}):
                    return a + n
            return -1
        if j + 1 < len(sdoc) and sdoc[j].text == "," and sdoc[i].is_title and state_at(j + 1) > 0:
            return True
        return name in us_states() and i > 1 and sdoc[i - 1].text == "," \
            and sdoc[i - 2].is_title and state_at(i) == j

    def _based_place(self, name: str, j: int) -> bool:
        """A known place that opens "-based" ("Lyon-based"): where a firm sits, never a firm
        (not "Android-based", a product, which no place list holds)."""
        sdoc = self.sdoc
        return j + 1 < len(sdoc) and sdoc[j].text in {"-", "‑"} \
            and sdoc[j + 1].lower_ in {"based", "headquartered"} and name in world_places()
