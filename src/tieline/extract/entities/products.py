"""Product candidates: names in product noun phrases and the syntax that calls a name a product."""
from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from ..lexicon import TECH_STANDARDS, large_places
from .bounds import glued_hyphen
from .tokens import MODEL_NUMBER, YEAR, common_possessor, name_bounds, name_like, product_heads, span_text
from .words import (BRAND_NOUNS, BUYING_VERBS, CALENDAR, COMPANY_SUFFIXES, DEVELOP_VERBS,
                    EXAMPLE_PREPOSITIONS, FEAST_WORDS, GENERIC_NAMES, LAUNCH_VERBS, MAKER_NOUNS,
                    NAME_LINKS, NAMING_VERBS, ORG_DESCRIPTORS, ORG_NAME_WORDS, PEOPLE_POSSESSIVES,
                    PERSON_NOUNS, PRODUCT_NOUNS, PUBLICATION_WORDS, SEASON_WORDS, VENTURE_NOUNS)

# "Fortnite maker Epic Games": nouns that title a firm by what it makes (not "producer",
# "publisher", "designer" or "developer": "Hollywood producer Ann Lee", "Acme designer Ann
# Lee", "Xbox developer Acme Studios" writes for a platform it does not own)
TITLE_MAKER_IDS = frozenset(map(get_string_id, {"maker", "creator", "manufacturer"}))
# "Acme, which makes Zephyr": verbs whose plain object, said of a firm, is its product
MAKING_VERBS = {"make", "produce", "manufacture", "brew", "publish"}
# "Frostline, made by Kestrel Foods": participles that say a name is goods whoever the agent
MADE_VERBS = {"make", "manufacture"}
# "made rich by", "made chief by": a participle with a complement says what the name became
PARTICIPLE_COMPLEMENTS = {"oprd", "acomp", "xcomp", "ccomp", "attr"}
FIRM_TAILS = ORG_NAME_WORDS | COMPANY_SUFFIXES  # a word that ends a firm's name
# a technology standard before the product noun: "Zephyr Bluetooth speaker" (no name of its own)
STANDARD_WORDS = TECH_STANDARDS - {"ai"}


def _time_word(token) -> bool:
    """A first word of a good's name that says when it sells: a year, a feast, or a month or a
    season the tagger reads as a time ("the 2025 Zephyr app", "the Christmas Seaspray drink").
    An untagged season is a name ("the Summer Breeze app")."""
    text = token.lower_
    return bool(YEAR.fullmatch(text)) or text in FEAST_WORDS or (
        token.ent_type_ == "DATE" and (text in SEASON_WORDS or text in CALENDAR))


class Products:
    """Part of DocEntities. Needs the raw candidates; sets makers (product -> maker token or
    name), explicit_products and product_lists."""

    def _product_candidates(self, raw) -> list[tuple[int, int, str, str]]:
        """Names in product noun phrases; records who makes them where the phrase says."""
        sdoc = self.sdoc
        named = {k for i, j, name, label in raw if label == "PERSON" and (
                 j - i > 1 or name in self.surnames) or (
                 label == "GPE" and name in self.places) for k in range(i, j)}
        org_at = {k: name for i, j, name, label in raw if label in {"ORG", "GPE"}
                  for k in range(i, j)}
        # one-word names that may make what a longer name names ("Nvidia Hopper GPUs"); a
        # state or a large city tagged a place makes nothing: "Ohio Health Justice Network"
        # is one body, not Ohio's product "Health Justice Network"
        single_orgs = {name.lower(): name for i, j, name, label in raw if j - i == 1 and (
                       label in {"ORG", "WEAK"} or label == "GPE" and name not in self.places
                       and name not in large_places())}
        named |= {k for i, j, _, label in raw if label == "ORG" and sdoc[i:j].root.dep_ == "poss"
                  for k in range(i, j)}
        out = []
        for h in product_heads(sdoc):
            head = sdoc[h]
            if head.pos_ in {"NOUN", "PROPN"}:
                self._product_phrase(head, named, org_at, single_orgs, out)
        return out

    def _product_phrase(self, head, named, org_at, single_orgs, out) -> None:
        """The product names one product noun phrase gives, with their maker where it says."""
        sdoc, h = self.sdoc, head.i
        if any(c.dep_ == "poss" and common_possessor(c) for c in head.children):
            return  # "People's Gazette" is one name, no product of "People"
        bounds = self._words_before(head, named, org_at, single_orgs, out)
        if bounds is None:
            return
        i, j, maker = bounds
        has_poss = any(c.dep_ == "poss" for c in head.children)
        # "their Quillfield cameras": people's goods, a firm's name before them is their maker
        owned_goods = head.tag_ == "NNS" and any(
            c.dep_ == "poss" and c.lower_ in PEOPLE_POSSESSIVES for c in head.children)
        if i < j and all(k in org_at for k in range(i, j)) and (not has_poss or owned_goods) \
                and head.lower_ not in BRAND_NOUNS:  # "the Rosemount brand" is no maker
            if j - i >= 2 and sdoc[i].lower_ in single_orgs and j == h + 1 \
                    and head.lower_ in ORG_NAME_WORDS:
                return  # "Ventec Life Systems" where "Ventec" stands alone too: a firm's name
            if j - i >= 2 and sdoc[i].lower_ in single_orgs:
                maker, i = single_orgs[sdoc[i].lower_], i + 1  # "Nvidia Hopper GPUs" as one ORG
            else:
                maker, i = org_at[i], j  # "Nvidia GPUs": a maker, no product name
        if i >= j and head.tag_ == "NNS" and h > 0 and not has_poss \
                and sdoc[h - 1].text[:1].isupper() and name_like(sdoc[h - 1]) \
                and h - 1 not in named and (head.lower_ in BRAND_NOUNS or h - 1 not in org_at):
            i, j = h - 1, h  # "the Kestrel, Marlowe and Tidewell brands", however parsed
        appos_form = i >= j
        if appos_form and h in org_at:
            return  # "the Department of Human Services (HHS)": the head is part of a name
        if i >= j:
            appos = [c for c in head.children if c.dep_ in {"appos", "oprd"} and name_like(c)]
            # "its own models like MAI-Voice-1": named examples of the product noun
            appos += [p for c in head.children if c.dep_ == "prep" and c.lower_ in {"like", "including"}
                      for p in c.children if p.dep_ == "pobj" and name_like(p)]
            dubbed = [g for c in head.children if c.dep_ == "acl"
                      and c.lemma_ in {"dub", "call", "name", "brand"}
                      for g in c.children if g.dep_ in {"oprd", "dobj", "xcomp", "attr"}]
            target = (appos or [g for g in dubbed if name_like(g)] or [None])[0]
            if target is None and head.dep_ == "compound" and name_like(head.head) \
                    and head.head.i not in named and head.head.i not in org_at:
                target = head.head
            if target is None:
                return
            i, j = name_bounds(target)
        if appos_form and i in org_at and len(org_at[i]) > len(span_text(sdoc[i:j])):
            return  # "the newspaper, People's Gazette": the name is longer than its last word
        if (not appos_form and any(k in named for k in range(i, j))) or (
                sdoc[i].is_sent_start and j - i == 1 and sdoc[i].pos_ != "PROPN"):
            return
        name = re.sub(r"\s+", " ", span_text(sdoc[i:j]))
        if not self._acceptable(name, "PRODUCT") or name.lower() in COMPANY_SUFFIXES:
            return
        found = [(i, j, name)]
        if appos_form and head.tag_ in {"NNS", "NNPS"}:
            found += self._listed_after(sdoc[i:j].root, named)  # "the drugs Zephyr and Globa"
        if not appos_form and head.tag_ in {"NNS", "NNPS"}:
            taken = named if head.lower_ in BRAND_NOUNS else named | set(org_at)
            found += self._listed_before(i, taken)  # "the A, B and C brands"
        # "Acme's Quill-X Ethernet platform": the parser may hang the possessive on a word
        # between the name and the noun
        poss = [c for t in [head, *sdoc[i:h]] for c in t.children if c.dep_ == "poss" and c.i < i]
        # "Orvane bought its Frostline jets from Kestrel": a pronoun owning goods bought is
        # the buyer ("bought Kestrel's Frostline jets" still names the maker)
        bought = head.dep_ == "dobj" and head.head.lemma_ in BUYING_VERBS and bool(poss) \
            and poss[0].pos_ == "PRON"
        # "Kestrel sued Orvane over its Crunchwell cereal": the pronoun may be either name the
        # verb joins ("beat Orvane with its cereal" is the subject's), so it names no maker
        verb = head.head.head if head.dep_ == "pobj" else None
        torn = bool(poss) and poss[0].pos_ == "PRON" and verb is not None and verb.pos_ == "VERB" \
            and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
        if maker is None and poss and not bought and not torn:
            maker = poss[0]  # a token; resolved once names are grouped
        if len(found) > 1:
            self.product_lists.append([name for _, _, name in found])
        for i, j, name in found:
            out.append((i, j, name, "PRODUCT*"))
            if appos_form or has_poss or len(found) > 1:  # "its AI chatbot, Grok"
                self.explicit_products.add(name)
            if maker is not None:
                self.makers.setdefault(name, (maker, head))

    def _words_before(self, head, named, org_at, single_orgs, out):
        """(start, end, maker) of the name words before a product noun: "its Siri voice
        assistant", "Nvidia H100 GPUs" (maker Nvidia); None for a firm's name ("Epic Games")."""
        sdoc, h = self.sdoc, head.i
        k = h - 1
        if _bracketed_short_form(sdoc, k, head.left_edge.i):
            k -= 3  # "its Acme Field View (AFV) software": the short form is the name's own
        # "its Siri voice assistant", "GPT-4 large language model", '"Blackwell" chips'
        while k >= head.left_edge.i and not name_like(sdoc[k]) and (
                sdoc[k].is_quote or sdoc[k].is_lower and sdoc[k].is_alpha
                and sdoc[k].dep_ in {"compound", "amod", "nmod"}):
            k -= 1
        skipped_to = k
        while k >= head.left_edge.i and (name_like(sdoc[k]) or (
                sdoc[k].lower_ in GENERIC_NAMES and sdoc[k].text[:1].isupper())) \
                and sdoc[k].dep_ in {"compound", "nmod", "nummod", "amod", "npadvmod"}:
            k -= 1
            if _glued_hyphen(sdoc, k, head.left_edge.i):
                k -= 1  # "Quill-X": a hyphen glued between two name words is inside the name
        i, j = k + 1, skipped_to + 1
        while i < j and sdoc[i].is_quote:
            i += 1
        while i < j and sdoc[i].like_num and not any(c.isalpha() for c in sdoc[i].text) and (
                "," in sdoc[i].text or i + 1 in org_at or len(sdoc[i].text) > 4
                or (i + 1 < j and sdoc[i + 1].like_num)
                or any(MODEL_NUMBER.fullmatch(t.text) for t in sdoc[i + 1:j])):
            i += 1  # "100,000 Nvidia GPUs", "30 Airbus A320s" (but "787 Dreamliner")
        maker = None
        if j - i == 2 and MODEL_NUMBER.fullmatch(sdoc[i + 1].text) and (
                i in org_at or sdoc[i].lower_ in single_orgs) and i not in named:
            maker = single_orgs.get(sdoc[i].lower_, sdoc[i].text)  # "Vantair V320 planes"
            out.append((i, i + 1, maker, "ORG"))
            i += 1
        if head.is_title and not head.is_sent_start and i < j:
            j = h + 1  # "Amazon Web Services": the head noun is part of the name
            maker = org_at.get(i)
            if maker is None or org_at.get(i - 1) == maker and sdoc[i - 1].lower_ in NAME_LINKS:
                return None  # "Epic Games", "Center for Farm & Fishery Services": a body's name
        while j > i and (sdoc[j - 1].lower_ in GENERIC_NAMES or sdoc[j - 1].lower_ in COMPANY_SUFFIXES):
            j -= 1
        while j - i > 1 and sdoc[j - 1].lower_ in STANDARD_WORDS and j <= h:
            j -= 1  # "the Quill-X Ethernet platform": the standard says what kind, the name is Quill-X
        while i < j and sdoc[i].lower_ in GENERIC_NAMES:
            i += 1
        while i < j and _time_word(sdoc[i]):
            i += 1  # "the 2025 Zephyr app", "its Christmas drink": when it sells, no name
        # "Nvidia H100 GPUs": the maker's name leads a model number (but "Copilot 365" is
        # all product, and the maker's name stays in "Acme Lakehouse platform")
        while i < j and i in org_at and j <= h and any(
                c.isalpha() for t in sdoc[i + 1:j] for c in t.text) and any(
                c.isdigit() for t in sdoc[i + 1:j] for c in t.text):
            maker = org_at[i]
            i += 1
        return i, j, maker

    def _listed_after(self, first, named: set[int]) -> list[tuple[int, int, str]]:
        """Names joined to the first one a plural product noun is in apposition to: "Velmo" in
        "the drugs Zephyr and Velmo" (the tagger often calls such a coined name a firm)."""
        out, joined = [], [c for c in first.children if c.dep_ == "conj"]
        for c in joined:  # "A, B and C": C hangs off B
            joined += [g for g in c.children if g.dep_ == "conj"]
        for tok in (c for c in joined if name_like(c)):
            i, j = name_bounds(tok)
            name = re.sub(r"\s+", " ", span_text(self.sdoc[i:j]))
            if any(k in named for k in range(i, j)) or name in self.places \
                    or self.sdoc[j - 1].lower_ in FIRM_TAILS \
                    or not self._acceptable(name, "PRODUCT"):
                continue  # a person, a place or a firm's name closes the list
            out.append((i, j, name))
        return out

    def _listed_before(self, i: int, taken: set[int]) -> list[tuple[int, int, str]]:
        """Names listed before a product name: "Penfolds" and "Lindemans" in "the Penfolds,
        Lindemans and Rosemount brands" (single capitalised words, as the tagger rarely joins them)."""
        sdoc, out = self.sdoc, []
        k = i - 1
        while k >= 2 and sdoc[k].lower_ in {",", "and", "or"}:
            if sdoc[k].lower_ != "," and sdoc[k - 1].text == ",":
                k -= 1  # serial comma
            name_tok = sdoc[k - 1]
            if not (name_tok.text[:1].isupper() and name_tok.is_alpha and name_like(name_tok)) \
                    or name_tok.i in taken or name_tok.text in self.places:
                break
            out.append((k - 1, k, name_tok.text))
            k -= 2
        return out

    def _product_cues(self, raw) -> list[tuple[int, int, str, str]]:
        """Names the syntax calls products: "the maker of X", "the company behind X and Y",
        "X was developed by ...", "... launched X"."""
        sdoc, out = self.sdoc, []
        # "publishes The Sun, the Acme Media Group and Trinity ...": a firm ends the product list
        firms = {sdoc[i:j].root.i for i, j, name, label in raw if label == "ORG" and j - i > 1 and (
                 "&" in name or sdoc[j - 1].lower_ in ORG_NAME_WORDS - PUBLICATION_WORDS)}
        for i, j, name, label in raw:
            made = _made_by_firm(_first_conjunct(sdoc[i:j].root))
            if label not in {"ORG", "PRODUCT", "WEAK", "PERSON", "GPE"} or j - i > 4 or (
                    label == "GPE" and name in self.places) or (
                    label == "PERSON" and j - i > 1 and not made):
                continue
            root = sdoc[i:j].root
            tok = root
            while tok.dep_ == "conj" and tok.head.i != tok.i and tok.i not in firms and not any(
                    c.dep_ == "conj" and c.i < tok.i and c.i in firms for c in tok.head.children):
                tok = tok.head
            if tok.dep_ == "conj":
                continue
            head = tok.head
            cue = (tok.dep_ == "pobj" and (
                head.lower_ == "behind" and head.head.lemma_.lower() in ORG_DESCRIPTORS
                or head.lower_ == "of" and head.head.lemma_.lower() in MAKER_NOUNS))
            cue |= tok.dep_ == "nsubjpass" and head.lemma_ in DEVELOP_VERBS
            # "the maker of the Zephyr chatbot": a name compounded with a product noun there
            if tok.dep_ in {"compound", "nmod"} and head.lower_ in PRODUCT_NOUNS and head.dep_ == "pobj":
                grand = head.head
                cue |= grand.lower_ == "of" and grand.head.lemma_.lower() in MAKER_NOUNS
                cue |= grand.lower_ == "behind" and grand.head.lemma_.lower() in ORG_DESCRIPTORS
            # "a rival chatbot, dubbed Claude"; "Falcon Mini (a smaller model)"
            cue |= tok.dep_ in {"oprd", "xcomp", "attr"} and head.lemma_ in NAMING_VERBS \
                and head.head.lemma_.lower() not in ORG_DESCRIPTORS | VENTURE_NOUNS | PERSON_NOUNS
            cue |= any(c.dep_ == "appos" and c.lower_ in PRODUCT_NOUNS for c in root.children)
            cue |= tok.dep_ == "dobj" and head.lemma_ in LAUNCH_VERBS and any(
                c.dep_ == "nsubj" for c in head.children)
            cue |= made
            # "Frostline, made by Kestrel Foods,": only goods are made or manufactured (a firm
            # may be built, created or launched by another)
            cue |= _participle_maker(root, MADE_VERBS) is not None
            kind = self._predicated_product(tok)
            if kind is not None:  # "Gemini is the line of AI models being developed by DeepMind"
                cue = True
                agent = [p for t in kind.subtree if t.dep_ == "agent" and t.head.lemma_ in DEVELOP_VERBS
                         for p in t.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                if agent:
                    self.makers.setdefault(name, (agent[0], kind))
            if cue:
                out.append((i, j, name, "PRODUCT*"))
                self.explicit_products.add(name)
                described = _described_maker(root)
                if described is not None:
                    self.makers.setdefault(name, described)
                desc = head.head if head.lower_ in {"behind", "of"} else None
                if desc is not None and desc.dep_ == "appos" and desc.head.pos_ == "PROPN":
                    self.makers.setdefault(name, (desc.head, desc))  # "Acme, the maker of X"
        return out + self._titled_makers()

    def _titled_makers(self) -> list[tuple[int, int, str, str]]:
        """Names a maker noun titles a firm with: "Fortnite maker Epic Games", "ChatGPT maker
        OpenAI", "the Zephyr creator, Acme Games" (the name before the noun, the firm after
        it or in apposition to it)."""
        sdoc, out = self.sdoc, []
        for h in (i for i, lower in enumerate(sdoc.to_array(LOWER).tolist())
                  if lower in TITLE_MAKER_IDS):
            noun = sdoc[h]
            firm = [noun.head] if noun.dep_ == "compound" else [
                c for c in noun.children if c.dep_ == "appos"]
            if not firm or firm[0].pos_ != "PROPN" or firm[0].i < h:
                continue
            k = h
            while k > 0 and sdoc[k - 1].dep_ in {"compound", "amod", "nmod", "nummod"} \
                    and (name_like(sdoc[k - 1]) and not sdoc[k - 1].like_num
                         or sdoc[k - 1].like_num and k < h):  # "Fortune 500 maker": an index
                k -= 1
            if k == h or not sdoc[k].text[:1].isalpha() or sdoc[k].is_sent_start and (
                    sdoc[k].lower_ in PRODUCT_NOUNS or self._common_words(sdoc[k:h])):
                continue  # no name, or a common noun opening a sentence ("Car maker Acme")
            name = re.sub(r"\s+", " ", span_text(sdoc[k:h]))
            if name in self.places or not self._acceptable(name, "PRODUCT"):
                continue  # "Texas maker Acme": where the firm is, not what it makes
            out.append((k, h, name, "PRODUCT*"))
            self.explicit_products.add(name)
            self.makers.setdefault(name, (firm[0], noun))
        return out

    @staticmethod
    def _predicated_product(tok):
        """The product noun a name is said to be: "X is a chatbot", "X is the family of models"."""
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            return None
        for attr in (c for c in tok.head.children if c.dep_ == "attr"):
            kinds = [attr, *(p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj")]
            for noun in kinds:
                if noun.lemma_.lower() in PRODUCT_NOUNS - ORG_DESCRIPTORS - {"family", "line",
                                                                             "series", "range"}:
                    return noun
        return None


def _glued_hyphen(sdoc, k: int, start: int) -> bool:
    """Whether token k is a hyphen with no space on either side and a capitalised word before
    it: "Quill-X Ethernet platform" is one name, not "X Ethernet"."""
    return k - 1 >= start and glued_hyphen(sdoc, k, {"-", "–"}) \
        and sdoc[k - 1].text[:1].isupper() and name_like(sdoc[k - 1])


def _bracketed_short_form(sdoc, k: int, start: int) -> bool:
    """Whether tokens k-2..k are a bracketed capitals short form and token k-3 ends a name:
    "Acme Field View (AFV) software" names "Acme Field View" before the product noun."""
    return k - 3 >= start and sdoc[k].text == ")" and sdoc[k - 2].text == "(" \
        and sdoc[k - 1].text.isupper() and sdoc[k - 1].text.isalpha() and len(sdoc[k - 1]) <= 6 \
        and name_like(sdoc[k - 3])


def _first_conjunct(tok):
    """The first of the names a list joins ("A" of "A, B and C")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _made_by_firm(root) -> bool:
    """Whether a name is what a firm makes: "Acme, which makes Zephyr", "It also brews Velka"
    (a relative pronoun or "it" as the maker, the name the plain object, the verb in the
    present: "the deal makes Acme the leader" or "made Zephyr rich" say something else)."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in MAKING_VERBS or verb.tag_ != "VBZ":
        return False
    if any(c.dep_ in {"oprd", "ccomp", "xcomp", "dative", "acomp", "prt"} for c in verb.children) \
            or any(c.dep_ in {"poss", "case"} for c in root.children):
        return False  # "makes Acme the biggest", "makes Acme's chips"
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subj) == 1 and (subj[0].lower_ in {"which", "that"} and verb.dep_ == "relcl"
                               and verb.head.pos_ == "PROPN" or subj[0].lower_ == "it")


def _described_maker(root):
    """(maker token, product noun) when an appositive product noun says who makes the name:
    "Velmira, Novacor's antiviral drug", "Velmira, a Novacor drug", "Skyreach, a game from
    Quillon Studios", "Velmira, a drug developed by Novacor". The token must later resolve to an
    organization ("a Covid drug", "a drug from Japan" name no maker)."""
    for noun in (c for c in root.children if c.dep_ == "appos" and c.lower_ in PRODUCT_NOUNS):
        for c in noun.children:
            if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN":
                return c, noun
            if c.dep_ == "acl" and c.lemma_ in DEVELOP_VERBS:  # "a drug developed by Novacor"
                c = next((a for a in c.children if a.dep_ == "agent"), None)
            elif not (c.dep_ == "prep" and c.lower_ == "from"):  # "a game from Quillon"
                continue
            by = [p for p in (c.children if c is not None else ()) if p.dep_ == "pobj"
                  and p.pos_ == "PROPN"]
            if by:
                return by[0], noun
    return _participle_maker(root)


def _participle_maker(root, verbs=DEVELOP_VERBS):
    """(maker token, participle) for a name a past participle of making describes, the maker
    its agent: "Seastrider 40, built by Halvorsen Marine," (the token must later resolve to an
    organization: "built by hand", "made by volunteers" name none). Not a name a preposition
    governs ("the offer for Orvane, made by Kestrel,": the participle may say the offer's
    maker) unless it gives an example ("snacks like Frostline, made by Kestrel,"), nor a
    participle with a complement ("made rich by", "made by Kestrel into a leader": what the name
    became, not who made it)."""
    if root.dep_ == "pobj" and root.head.lower_ not in EXAMPLE_PREPOSITIONS:
        return None
    for c in root.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in verbs and not any(
                a.dep_ in PARTICIPLE_COMPLEMENTS or a.dep_ == "prep" and a.lower_ == "into"
                for a in c.children):
            by = [p for a in c.children if a.dep_ == "agent" for p in a.children
                  if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if by:
                return by[0], c
    return None
