"""Quotes: quoted text and the person who said it.

Quote spans come from the quotation marks (curly pairs, or straight marks classed as opening
or closing by what surrounds them; a paragraph's unclosed quote ends where the next opens).
The speaker is the subject of the nearest speech verb outside the quote in the same sentence
("...," said Jane Roe / Roe told / he added, "..."), a name right after the quote, or, for a
quote that simply continues the previous one, that quote's speaker. "He" and "she" resolve to
the person named last. Quotes nobody is said to have spoken (scare quotes) are dropped, and so
are quotes by organizations: the guide keeps people's words. One quote is kept per speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Quote
from .entities.words import HONORIFICS
from .evidence import evidence
from .wordlists import load, words

SPEECH_VERBS = words("quotes", "speech_verbs")
PRONOUNS = words("quotes", "pronouns")
# Role nouns in an apposition that show a name is a person's even when NER typed it otherwise:
# "Jane Roe, an analyst at X, said".
ROLE_NOUNS = words("quotes", "role_nouns")
OPEN_STRAIGHT = re.compile(r'(?:^|(?<=[\s(\[:;—–-]))"(?=\S)')
CLOSE_STRAIGHT = re.compile(r'(?<=\S)"(?=[\s,.;:!?)\]—–-]|$)')
CURLY = re.compile(r"“([^”\n]+)”")
# Characters after a quote within which "he" is still its speaker
PRONOUN_REACH = load("quotes")["pronoun_reach"]
# Characters between a quote's end and a bare speaker name ("," Mr Roe.)
MAX_NAME_GAP = load("quotes")["max_name_gap"]
EVENT_CUE = re.compile(r"\b(?i:during|at)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*)*)")


@dataclass
class Span:
    start: int  # of the quoted text, marks excluded
    end: int


def quote_spans(text: str) -> list[Span]:
    """Quoted stretches of text, in order, without their quotation marks."""
    spans = [Span(m.start(1), m.end(1)) for m in CURLY.finditer(text)]
    for paragraph in re.finditer(r"[^\n]+", text):
        marks = sorted([(m.start(), "open") for m in OPEN_STRAIGHT.finditer(paragraph.group())]
                       + [(m.start(), "close") for m in CLOSE_STRAIGHT.finditer(paragraph.group())])
        opened = None
        for pos, kind in marks:
            if kind == "open":
                if opened is not None and pos > opened + 1:  # unclosed: ends where this opens
                    spans.append(Span(paragraph.start() + opened + 1, paragraph.start() + pos))
                opened = pos
            elif opened is not None and pos > opened + 1:
                spans.append(Span(paragraph.start() + opened + 1, paragraph.start() + pos))
                opened = None
        if opened is not None and paragraph.end() - paragraph.start() > opened + 1:
            spans.append(Span(paragraph.start() + opened + 1, paragraph.end()))
    for span in spans:  # trim spaces and the punctuation that belongs to the sentence around
        raw = text[span.start:span.end]
        stripped = raw.strip().rstrip(",")
        span.start += raw.index(stripped[:1]) if stripped else 0
        span.end = span.start + len(stripped)
    return sorted((s for s in spans if s.end > s.start), key=lambda s: s.start)


class Speakers:
    def __init__(self, sdoc, ents, spans: list[Span]):
        self.sdoc, self.ents = sdoc, ents
        self.quoted = [(s.start, s.end) for s in spans]
        self.last_speaker: tuple[int, str] | None = None  # (end of the quote, speaker)

    def inside_quote(self, tok) -> bool:
        return any(a <= tok.idx < b for a, b in self.quoted)

    def person(self, tok) -> str | None:
        """The person tok names, with he/she resolved to the last person named before it."""
        for cand in [tok, *[c for c in tok.children if c.dep_ in ("compound", "appos")]]:
            mention = self.ents.mention_at(cand)
            if mention and mention.type == "PERSON":
                return self.fullest(mention.name)
            if cand.pos_ == "PROPN" and self.fullest(cand.text) != cand.text:
                return self.fullest(cand.text)  # a surname NER missed or mistyped
            if mention and self.looks_like_person(cand):
                return mention.name
            if mention:
                return None
        if tok.pos_ == "PROPN" and self.ents.mention_at(tok) is None:
            # a speaker's full name NER missed: "said Jane Roe"
            parts = sorted([c for c in tok.children if c.dep_ == "compound"
                            and c.pos_ == "PROPN"] + [tok], key=lambda t: t.i)
            if 2 <= len(parts) <= 3 and all(p.text.istitle() and p.text.isalpha() for p in parts):
                return self.fullest(" ".join(p.text for p in parts))
        if tok.lower_ in PRONOUNS:  # the speaker just quoted, else the person named last
            if self.last_speaker and 0 <= tok.idx - self.last_speaker[0] < PRONOUN_REACH:
                return self.last_speaker[1]
            return self.last_person(tok.idx)
        if tok.lower_ == "who" and tok.head.dep_ == "relcl":
            return self.person(tok.head.head)
        for child in tok.children:  # "analysts at X, including Jane Roe"
            if child.dep_ in ("appos", "conj"):
                found = self.person(child)
                if found:
                    return found
        return None

    def looks_like_person(self, tok) -> bool:
        """A name NER typed as an organization that the sentence shows is a person's: it has a
        role in apposition ("X, a fund manager") or belongs to an organization ("Acme's X")."""
        for child in tok.children:
            if child.dep_ == "appos" and child.lemma_.lower() in ROLE_NOUNS:
                return True
            if child.dep_ == "poss" and self.ents.mention_at(child) and \
                    self.ents.mention_at(child) is not self.ents.mention_at(tok):
                return True
        return False

    def fullest(self, name: str) -> str:
        """The longest person name in the document that ends with name's last word and holds
        all its words ("Julia Kerpel" is never her mother "Melissa Kerpel")."""
        words = name.split()
        given = {w for w in words[:-1]  # her given names, not a title ("Mr", "Sen.")
                 if w.lower() not in HONORIFICS and w.lower().rstrip(".") not in HONORIFICS}
        names = [n for n, e in self.ents.entities.items()
                 if e.type == "PERSON" and n.split()[-1] == words[-1] and len(n) > len(name)
                 and given <= set(n.split())]
        return max(names, key=len) if names else name

    def last_person(self, char: int) -> str | None:
        best = None
        for sent in self.sdoc.sents:
            if sent.start_char > char:
                break
            for m in self.ents.mentions_in(sent):
                if m.type == "PERSON" and m.end <= char and not any(
                        a <= m.start < b for a, b in self.quoted):
                    best = self.fullest(m.name)
        return best

    def speech_verbs(self, span: Span):
        """Speech verbs outside any quote in the sentences the quote touches, nearest first."""
        first = self.sdoc.char_span(span.start, span.start + 1, alignment_mode="expand")
        last = self.sdoc.char_span(span.end - 1, span.end, alignment_mode="expand")
        if first is None or last is None:
            return []
        lo, hi = first[0].sent.start, last[-1].sent.end
        verbs = [t for t in self.sdoc[lo:hi] if t.lemma_.lower() in SPEECH_VERBS
                 and t.pos_ in ("VERB", "AUX") and not self.inside_quote(t)]
        return sorted(verbs, key=lambda t: min(abs(t.idx - span.start), abs(t.idx - span.end)))

    def _subject_of(self, verbs) -> tuple[str | None, str] | None:
        """The person who speaks through the nearest verb; None when there is no verb."""
        for verb in verbs:
            head = verb
            for _ in range(3):  # "asserting on X, ..." takes the subject of the main verb
                subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subjects or head.head.i == head.i:
                    break
                head = head.head
            for subj in subjects:
                found = self.person(subj)
                if found:
                    return found, f"quote:verb:{verb.lemma_.lower()}"
            agents = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children]  # "according to Jane Roe"
            for agent in agents:
                found = self.person(agent)
                if found:
                    return found, "quote:according-to"
            return None, "quote:verb-without-person"
        return None

    def speaker(self, span: Span) -> tuple[str | None, str]:
        found = self._subject_of(self.speech_verbs(span))
        if found:
            return found
        text = self.ents.text  # the document's text, built once
        if "," in text[span.end:span.end + 2]:  # '..., " Mr Roe.' - a bare name after a comma
            after = self.sdoc.char_span(span.end, min(len(text), span.end + 40),
                                        alignment_mode="expand")
            for tok in after or []:
                if tok.idx - span.end > MAX_NAME_GAP + 2 and not tok.is_punct:
                    break
                mention = self.ents.mention_at(tok)
                if mention and mention.type == "PERSON":
                    return self.fullest(mention.name), "quote:name-after"
        # 'Roe said the plan works. "We are pleased."': the previous sentence's speaker
        first = self.sdoc.char_span(span.start, span.start + 1, alignment_mode="expand")
        sent = first[0].sent if first is not None and len(first) else None
        if sent is not None and sent.start > 0:
            before = self.sdoc[sent.start - 1].sent
            if "\n" not in text[before.end_char:span.start]:
                verbs = [t for t in before if t.lemma_.lower() in SPEECH_VERBS
                         and t.pos_ in ("VERB", "AUX") and not self.inside_quote(t)]
                found = self._subject_of(verbs)
                if found and found[0]:
                    return found[0], "quote:previous-sentence"
        return None, "quote:none"


def _about(ents, sent, span: Span, skip: set) -> str | None:
    """The organization the quote is about: named in the quote, else in its sentence."""
    inside = [m for m in ents.mentions_in(sent) if span.start <= m.start < span.end
              and m.type == "ORG" and m.name not in skip]
    around = [m for m in ents.mentions_in(sent) if m.type == "ORG" and m.name not in skip]
    chosen = inside or around
    return chosen[0].name if chosen else None


def _event(ents, sent) -> str | None:
    events = [m.name for m in ents.mentions_in(sent) if m.type == "EVENT"]
    if events:
        return events[0]
    match = EVENT_CUE.search(sent.text)
    return match.group(1) if match and re.search(r"\d{4}|conference|summit|forum|expo|show",
                                                 match.group(1), re.I) else None


def extract_quotes(sdoc, ents, document) -> list[Quote]:
    text = ents.text  # Doc.text joins every token again on each access
    spans = quote_spans(text)
    speakers = Speakers(sdoc, ents, spans)
    found: list[Quote] = []
    seen: set[str] = set()
    previous: tuple[Span, str | None] | None = None
    for span in spans:
        speaker, rule = speakers.speaker(span)
        if speaker is None and previous and previous[1] and "\n" not in \
                text[previous[0].end:span.start] and span.start - previous[0].end < 400:
            speaker, rule = previous[1], "quote:continued"
        previous = (span, speaker)
        if speaker:
            speakers.last_speaker = (span.end, speaker)
        if speaker is None or speaker in seen:
            continue
        seen.add(speaker)
        token = sdoc.char_span(span.start, span.start + 1, alignment_mode="expand")
        sent = token[0].sent
        end_sent = sdoc.char_span(span.end - 1, span.end, alignment_mode="expand")[-1].sent
        ev = evidence(document, sent.start_char, end_sent.end_char, rule, 0.6)
        event = _event(ents, sent)
        found.append(Quote(speaker, text[span.start:span.end],
                           _about(ents, sent, span, {speaker, event}), event, ev))
    return found
