"""Grouping: short forms, acronyms and repeats of a name under its canonical (fullest) form."""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...names import compact
from .shortforms import given_name_targets, short_form_targets, tail_targets
from .tokens import BRACKETED, SUFFIX_TAIL, Mention, acronyms, grown_acronym
from .voting import surname
from .words import (GENERIC_NAMES, ORG_NAME_TAILS, ORG_NAME_WORDS, OWN_BODY_TAILS,
                    PERSON_SUFFIXES, PUBLICATION_WORDS)


def _surname_of(name, longest_first, kinds):
    """The person a lone name is the surname of: "Varnum" is Dale Varnum's, not the "Varnum
    Organization" the tagger also typed a person ("Ada met Bo": lower-case words are no name).
    It replaces a firm's acronym target too: a "GB" typed a person beside "Great Britain"
    would pass its person votes to the country. Where two people of the text bear it ("Ada
    Vale" and her brother "Bo Vale"), it is UNSURE."""
    fits = [n for n in longest_first if kinds[n] == "PERSON" and n != name
            and n.split()[-1] == name and not any(w.islower() and len(w) > 3 for w in n.split())]
    if any(not _same_party(fits[0], other) for other in fits[1:]):
        return UNSURE
    return fits[0] if fits else None


class Grouping:
    """Part of DocEntities. Maps names to canonical names (needs the votes) and adds a mention
    for every occurrence of a known name."""

    def _group(self, raw, votes) -> dict[str, str]:
        """Map each name to its canonical form; names voted places are dropped."""
        def best(name):
            c = votes[name]
            return max(c, key=lambda t: (c[t], t == "ORG"))

        first_seen: dict[str, int] = {}
        for i, _, name, _ in raw:
            first_seen.setdefault(name, i)
        kinds = {n: best(n) for n in first_seen}
        names = [n for n in first_seen if kinds[n] != "GPE"]
        canon: dict[str, str] = {}
        by_key: dict[str, str] = {}
        for name in sorted(names, key=lambda n: (-len(n), first_seen[n])):
            key = compact(name)
            canon[name] = by_key.setdefault(key, name)
        spelled: dict[str, set[str]] = defaultdict(set)
        for name in names:
            if kinds[name] in {"ORG", "PRODUCT"}:
                for a in acronyms(name) | grown_acronym(name):
                    spelled[a].add(canon[name])
        # "DNC" beside "Democratic National Committee" and "... Convention" may mean either
        acr = {a: next(iter(longs)) for a, longs in spelled.items() if len(longs) == 1}
        for short, long_ in self._parentheticals(names):
            acr[short] = long_
        longest_first = sorted(names, key=lambda n: (-len(n), first_seen[n]))
        unsure: set[str] = set()  # short names two longer ones fit: no party at all
        for name in sorted(names, key=len):
            if canon[name] == name and kinds[name] == "PERSON" and " " not in name \
                    and (elder := self._suffixed_elder(name, names, kinds, first_seen)):
                canon[name] = canon.get(elder, elder)
                continue
            if canon[name] != name:
                continue
            words = name.split()
            target = None
            bare = name.replace(".", "")  # "S.B.A." spells "Small Business Administration"
            if acr.get(name, acr.get(bare, name)) != name:
                target = acr.get(name, acr.get(bare))
            if kinds[name] == "PERSON" and len(words) == 1:  # no acronym target: see _surname_of
                target = _surname_of(name, longest_first, kinds)
            target = target or _longer_target(name, longest_first, kinds, names)
            if target is UNSURE:
                unsure.add(name)
            elif target:
                canon[name] = canon.get(target, target)
        first_body = {}  # a headline may name the firm by its short form before the text
        for i, _, name, _ in raw:
            if not self.headline[self._tok_sent[i]]:
                first_body[name] = min(i, first_body.get(name, i))
        given = given_name_targets(names, kinds, self.text, self.places)
        for short, full in {**short_form_targets(names, kinds, first_body, self.text, self.places),
                            **tail_targets(names, kinds, self.places, self.text), **given}.items():
            if canon[short] == short:
                canon[short] = canon.get(full, full)
                if short in given:  # the tagger's votes for a firm were votes for her
                    votes[short] = Counter({"PERSON": sum(votes[short].values())})
        products = {n for n in names if kinds[n] == "PRODUCT"}
        for name in names:  # "Microsoft Azure" tagged as one ORG is the product Azure
            first, _, rest = name.partition(" ")
            if rest in products and first in kinds and kinds[first] == "ORG":
                canon[name] = rest
                self.makers.setdefault(rest, (first, None))
        for name, c in list(canon.items()):  # follow chains
            while canon.get(c, c) != c:
                c = canon[c]
            canon[name] = c
        return {n: c for n, c in canon.items() if c not in unsure}

    @staticmethod
    def _suffixed_elder(name, names, kinds, first_seen) -> str | None:
        """"Ada Vale Sr. ... her son, Ada Vale Jr. ... Vale said": where the surname is that
        of a name with a suffix ("Sr.", "Jr."), it means the one of that surname the text
        introduced first, not the longest name that ends with it."""
        people = [n for n in names if kinds[n] == "PERSON" and " " in n and surname(n) == name]
        if not any(n.split()[-1].lower() in PERSON_SUFFIXES for n in people):
            return None
        return min(people, key=lambda n: first_seen[n])

    def _parentheticals(self, names) -> list[tuple[str, str]]:
        """"Hindustan Aeronautics (HAL)": the bracketed acronym is an alias."""
        text, found = self.text, []
        for m in BRACKETED.finditer(text):
            before = SUFFIX_TAIL.sub("", text[max(0, m.start() - 80):m.start()])
            # the longest name the text ends with: "Kestrel Land Motors (KLM)" is not "Land
            # Motors", a name the text also writes apart
            ending = [name for name in names if before.endswith(name) and m.group(1) != name]
            if ending:
                found.append((m.group(1), max(ending, key=len)))
        return found

    def _find_known_names(self, canon: dict[str, str], places=()) -> None:
        """Every occurrence of a known name is a mention, even where the tagger missed it,
        but not inside a longer name voted a place (`places`, their token spans): "States"
        in "the United States", "New York" in "New York State" are pieces of that place."""
        sdoc = self.sdoc
        matcher = PhraseMatcher(sdoc.vocab)
        for name in canon:
            if len(name) < 3 or name.lower() in GENERIC_NAMES:
                continue
            matcher.add(name, [Doc(sdoc.vocab, words=self._words[name])])
        # "Jupiter" for "Jupiter Research", "Aggregate" for "Aggregate Industries"
        firsts: dict[str, list[str]] = defaultdict(list)
        for name, words in self._words.items():
            if len(words) > 1 and words[-1].lower() in ORG_NAME_WORDS - OWN_BODY_TAILS \
                    and words[0].istitle() and words[0].lower() not in ORG_NAME_WORDS | GENERIC_NAMES \
                    and name in canon:
                firsts[words[0]].append(canon[name])
        short_forms = {}
        for first, owners in firsts.items():
            if len(set(owners)) == 1 and first not in canon:
                short_forms[first] = owners[0]
                matcher.add(first, [Doc(sdoc.vocab, words=[first])])
        spans = sorted(((s, e, sdoc.vocab.strings[mid]) for mid, s, e in matcher(sdoc)),
                       key=lambda x: (x[0], -(x[1] - x[0])))
        for s, e, name in spans:
            if any(k in self.by_token for k in range(s, e)) or any(
                    i <= s and e <= j and j - i > e - s for i, j in places):
                continue
            if name in short_forms:
                if sdoc[s].pos_ != "PROPN" or sdoc[s].ent_type_ in {"GPE", "LOC"} \
                        and sdoc[s].dep_ != "compound":
                    continue  # "in Colorado" beside "Colorado Mesa University" is the place
                    # (but "the Wuhan lab" may be the Wuhan institute)
                if s > 0 and sdoc[s - 1].is_title and sdoc[s - 1].pos_ == "PROPN" \
                        and not sdoc[s - 1].is_sent_start:
                    continue  # "City" for "City University of ..." is no word of "New York City"
                canon = {**canon, name: short_forms[name]}
            if e < len(sdoc) and sdoc[e].text in {"-", "‑"} and e + 1 < len(sdoc) \
                    and sdoc[e + 1].lower_ == "based":
                continue
            self._add(Mention(canon[name], "", sdoc[s].idx, sdoc[e - 1].idx + len(sdoc[e - 1]),
                              sdoc[s:e].root, "name", (s, e)))


UNSURE = object()  # what a short name stands for when two longer names fit it
ARTICLES = {"The", "A", "An"}  # "A Times reporter": the article is no word of the name
QUOTES = "\"“”"


def _longer_target(name, longest_first, kinds, names):
    """The longer name of the same kind that `name` stands for: a person's first name or
    surname alone, a firm without its industry tail, a paper without its city ("The Times" for
    "The New York Times"). Where two longer names fit and neither holds the other's words ("The
    Post" beside "The Harbor Post" and "The Valley Post"), the short name may be either, so it
    is UNSURE: it names no party (kept apart, it would read as a third paper or firm)."""
    fits = [longer for longer in longest_first if _stands_for(name, longer, kinds, names)]
    if any(not _same_party(fits[0], other) for other in fits[1:]):
        return UNSURE
    return fits[0] if fits else None


def _same_party(a: str, b: str) -> bool:
    """Two longer names one of which holds all the other's words ("The Harbor Post", "Harbor
    Post"), quotes aside: 'Ada "Di" Vale' is 'Ada Vale', and a piece cut at a quoted nickname,
    'Di" Vale', holds no more than the surname. A quote alone makes no two names one ('Ada
    "Di" Vale' and her brother "Bo Vale" are two people)."""
    wa, wb = (_name_words(n) for n in (a, b))
    return wa <= wb or wb <= wa


def _name_words(name: str) -> set[str]:
    words = name.split()
    if words[0][-1] in QUOTES:  # 'Di" Vale': the nickname is no word of her written name
        words = words[1:]
    return {w.strip(QUOTES) for w in words} - ARTICLES


def _stands_for(name, longer, kinds, names) -> bool:
    words = name.split()
    if len(longer) <= len(name) or kinds[longer] != kinds[name]:
        return False
    lw = longer.split()
    if kinds[name] == "PERSON" and len(words) == 1 and name in (lw[0], lw[-1]) \
            and not any(w.islower() and len(w) > 3 for w in lw):  # "Ada met Bo"
        return True
    if kinds[name] == "ORG" and lw[:len(words)] == words and all(
            w.lower() in ORG_NAME_TAILS for w in lw[len(words):]):
        return True
    return kinds[name] == "ORG" and words[-1].lower() in PUBLICATION_WORDS and \
        lw[-1] == words[-1] and (words[0] in {"The", lw[0]} or len(words) == 1) \
        and all(w in lw or w == "The" for w in words) \
        and not any(n.split()[0] == words[-1] and kinds[n] == "ORG" and n != name
                    for n in names)
