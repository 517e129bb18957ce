"""employ, round 21 mend: a fired or departed holder loses only the role at the firm the
sentence names, a departure only refused, rumoured or possible is no leaving, "nearly fired"
is not stated, and an emeritus still there keeps the role (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail", [
    # finance: the firm that fired her is not the one she now runs
    ("Rita Moss, now chief executive of Quarrow Capital, was fired by Tamsley Bank in 2019.",
     "Quarrow Capital", "Rita Moss"),
    # health and energy: ousted by one firm, still a director of the other
    ("Nadia Kim, Orlamo Health's chief and a director of Vennick Energy, was ousted by Orlamo "
     "Health.", "Vennick Energy", "Nadia Kim"),
    # mining: removed from another firm's board
    ("Omar Reyes, the head of Vennick Energy, was removed from the board of Brindlecote Mining.",
     "Vennick Energy", "Omar Reyes"),
    # steel: fired from an earlier job
    ("Jon Beck, Dunmere Steel's new chief executive, was fired from Quarrow Capital in 2019.",
     "Dunmere Steel", "Jon Beck"),
    # a departure from another firm; the "now" job stays
    ("The departure of Rita Moss, now Tamsley Bank's chief executive, from Quarrow Capital hurt "
     "morale.", "Tamsley Bank", "Rita Moss"),
    # a role told in the holder's own relative clause
    ("The resignation of Orlamo Health chief Nadia Kim, who is also a director of Vennick Energy, "
     "surprised investors.", "Vennick Energy", "Nadia Kim"),
    # departures refused, rejected, denied, rumoured, only possible, postponed
    ("The resignation of Trelvix Media chairman Gary Dunn was rejected by the board on Monday.",
     "Trelvix Media", "Gary Dunn"),
    ("The board of Trelvix Media refused the resignation of chairman Gary Dunn.",
     "Trelvix Media", "Gary Dunn"),
    ("The board denied the resignation of Mopsley Airlines chief executive Jon Beck.",
     "Mopsley Airlines", "Jon Beck"),
    ("Rumors of the resignation of Mopsley Airlines chief executive Jon Beck swirled.",
     "Mopsley Airlines", "Jon Beck"),
    ("The board could announce the resignation of Mopsley Airlines chief executive Jon Beck "
     "next week.", "Mopsley Airlines", "Jon Beck"),
    ("The board of Brindlecote Mining postponed the resignation of director Omar Reyes.",
     "Brindlecote Mining", "Omar Reyes"),
    # nearly fired
    ("Dunmere Steel chief executive Jon Beck was nearly fired last year.", "Dunmere Steel",
     "Jon Beck"),
    # an emeritus still on the board
    ("Ada Fenn, chairman emeritus of Dunmere Steel, still sits on the company's board.",
     "Dunmere Steel", "Ada Fenn"),
])
def test_role_kept(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) not in {None, "negated"}


@pytest.mark.parametrize("text, head, tail", [
    # the named firm's role is the one lost
    ("Nadia Kim, Orlamo Health's chief and a director of Vennick Energy, was ousted by Orlamo "
     "Health.", "Orlamo Health", "Nadia Kim"),
    ("Rita Moss, the chief executive of Quarrow Capital, was fired by the board in 2019.",
     "Quarrow Capital", "Rita Moss"),
    ("The board accepted the resignation of Mopsley Airlines chief executive Jon Beck.",
     "Mopsley Airlines", "Jon Beck"),
    # the list of holders: each one in it
    ("The scandal led to the resignation of Trelvix Media chairman Gary Dunn, director Ann Lee "
     "and reporter Bo Lind.", "Trelvix Media", "Bo Lind"),
    ("The scandal led to the departure of Trelvix Media's chief executive, Ann Lee, and its "
     "chairman, Gary Dunn.", "Trelvix Media", "Gary Dunn"),
    # a departure that ended or left something happened (only a passive "was rejected" undoes it)
    ("The departure of Trelvix Media chairman Gary Dunn ended an era.", "Trelvix Media",
     "Gary Dunn"),
    ("The resignation of Trelvix Media chairman Gary Dunn left the board without a leader.",
     "Trelvix Media", "Gary Dunn"),
    # "emeritus" before the title
    ("Ada Fenn, the emeritus chairman of Dunmere Steel, spoke at the meeting.", "Dunmere Steel",
     "Ada Fenn"),
])
def test_role_lost(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "negated"


@pytest.mark.parametrize("text", [
    "The possible resignation of Trelvix Media chairman Gary Dunn worried staff.",
    "The rumored ouster of Trelvix Media chairman Gary Dunn worried staff.",
    "The board is considering the removal of Trelvix Media chairman Gary Dunn.",
    "Investors sought the removal of Trelvix Media chairman Gary Dunn.",
    "Investors threatened the ouster of Trelvix Media chairman Gary Dunn.",
])
def test_hedged_departure_read_by_modality(nlp, text):
    """The hedging words and governors people.json no longer lists: modality_at reads them."""
    assert of_kind(nlp, text, "employ").get(("Trelvix Media", "Gary Dunn")) == "asserted"
