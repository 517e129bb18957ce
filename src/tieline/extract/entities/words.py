"""The entity rules' word lists and thresholds, read from patterns/entities.json."""
from __future__ import annotations

from ..lexicon import (COMPANY_SUFFIXES, GENERIC_NAMES, HONORIFICS,  # noqa: F401
                       ORG_DESCRIPTORS, ORG_NAME_TAILS, ORG_NAME_WORDS, PRODUCT_NOUNS,
                       PUBLICATION_WORDS, ROLE_WORDS, place_names)
from ..wordlists import load, words


def _words(key: str) -> frozenset[str]:
    return words("entities", key)


_DATA = load("entities")
LABEL_TYPES: dict[str, str] = _DATA["label_types"]  # spaCy label -> our type
POSSESSIVE_TOKENS = _words("possessive_tokens")
# "the sale of Acme Chemicals to Globex Oil" tagged as one name: the noun's "to" parts them
PARTY_SPLITTING_NOUNS = _words("party_splitting_nouns")
NAME_ABBREVIATIONS = _words("name_abbreviations")  # "Dept.", "Univ.": name words with a stop
MAKER_NOUNS = _words("maker_nouns")  # "the maker of X"
DEVELOP_VERBS = _words("develop_verbs")  # "X was developed by ..."
LAUNCH_VERBS = _words("launch_verbs")  # "... launched X"
# Descriptors only a company takes (unlike "investor" or "developer", which people are too).
FIRM_ONLY = _words("firm_only")
# plural kinds of firms whose listed names are firms: "grocers including A and B"
LISTED_FIRM_GROUPS = _words("listed_firm_groups")
BRAND_NOUNS = _words("brand_nouns")
NAMING_VERBS = _words("naming_verbs")  # "a chatbot dubbed X"
VENTURE_NOUNS = _words("venture_nouns")  # "a venture called X" names no product
ARG_DEPS = _words("argument_deps")  # dependency labels of a verb's or noun's arguments
CALENDAR = _words("calendar")  # month and day names are never names of firms
# "the Christmas Zephyr drink", "the summer Zephyr range": when goods sell, no part of a name
FEAST_WORDS = _words("feast_words")
SEASON_WORDS = _words("season_words")
PLACE_ANTECEDENTS = _words("place_antecedents")  # "the country ..., its president"
BASE_WORDS = _words("base_words")  # "the Ohio-based firm"
TRADE_DESCRIPTORS = _words("trade_descriptors")  # "the carmaker" is no firm called a retailer
HEADLINE_LINKS = _words("headline_links")  # "... to Join Apple": a name follows in a headline
# "40% of X", "a stake in X": a stake word that makes X a company when voting types (the
# relation rules' stake_words, amended: named apart from rules.py and gifts.py STAKE_WORDS)
FIRM_STAKE_WORDS = (words("relation_words", "stake_words") | _words("stake_words_added")) \
    - _words("stake_words_left_out")
TERRITORIAL_VERBS = _words("territorial_verbs")
BANK_SIDES = _words("bank_sides")  # "annexing 30% of X": X is land
INVEST_WORDS = _words("invest_words")  # "invested in X": X acts, it is no place
ACTING_VERBS = _words("acting_verbs")  # "X said", "X hired": X is no product
PRONOUNS = _words("pronouns")
# "their Quillfield cameras": a person's goods, the name before them their maker
PEOPLE_POSSESSIVES = _words("people_possessives")
EXAMPLE_PREPOSITIONS = _words("example_prepositions")  # "snacks like X, made by ...": X itself
BUYING_VERBS = _words("buying_verbs")  # "bought its X jets": "its" is the buyer
# "Oracle, its cloud partner": `its` in such an apposition is the other party, not Oracle
RELATIONAL_NOUNS = _words("relational_nouns")
NATION_RIVAL_NOUNS = _words("nation_rival_nouns")  # "its German rival": the one German firm
ANTECEDENT_WINDOW: int = _DATA["antecedent_window"]  # sentences looked back for an antecedent
# "would value the company", "bid for the group": the description is the target of a deal
TARGET_VERBS = _words("target_verbs")
SHARE_WORDS = _words("share_words")  # "62% of its revenue": the share is someone else's
# "the deal with X gives it ...": a tie whose with-object is the other side, not the holder
COUNTERPARTY_DEALS = _words("counterparty_deals")
# A description's class and the name words that show a firm belongs to it ("the bank" for
# "Acme Bank"); descriptors of one class share one set.
WORD_CLASSES = {name: frozenset(ws) for name, ws in _DATA["word_classes"].items()}
CLASS_WORDS = {d: WORD_CLASSES[c] for d, c in _DATA["class_of_descriptor"].items()}
STATE_WORDS = WORD_CLASSES["state"]  # public bodies: never "the carrier" or "the bank"
PRESS_DESCRIPTORS = _words("press_descriptors")  # "the newspaper" may be a cited paper
NAMED_ONLY_DESCRIPTORS = _words("named_only_descriptors")  # "the club": only a club named so
GENERIC_DESCRIPTORS = _words("generic_descriptors")  # "the company" fits any firm
# Public bodies and institutes: "Department of Health and Human Services" is one name.
BODY_WORDS = _words("body_words")
NAME_OR_BODY_WORDS = ORG_NAME_WORDS | BODY_WORDS  # a word only an organization's name holds
ACADEMIC_TITLES = _words("academic_titles")  # "Dean of College of X": a title, no body word
OWN_BODY_TAILS = _words("own_body_tails")  # "VBL Players Association" is not the VBL
NAME_LINKS = _words("name_links")  # lower-case words inside a capitalised name
# Words that are never a name alone, only the tail of one ("Lumo Payments" cut to "Payments").
FRAGMENT_WORDS = _words("fragment_words")
# Diseases and demonyms or party words: never a party to a fact, however tagged.
NOT_PARTY_NAMES = _words("not_party_names")
DEMONYMS = _words("demonyms")
# A first or last word that makes a name a disease or nutrient ("Acute Respiratory Syndrome",
# "Vitamin C"), unless the name has an organization word too ("Centers for Disease Control").
NOT_PARTY_WORDS = _words("not_party_words")
PRONOUN_NAMES = _words("pronoun_names")  # "She" tagged a name at a line start
# Possessed names that are no product of the possessor: venues ("the College's Wilder Bowl")
# and institutions that make none ("the city's", "the school's").
VENUE_WORDS = _words("venue_words")
NON_MAKER_WORDS = _words("non_maker_words")
# "Finance Minister X": the word before such a role is a portfolio, not an employer
PORTFOLIO_ROLES = _words("portfolio_roles")
FIELD_HEADS = _words("field_heads")  # "Chief of Safety Ann Lee": a field, no employer
# "Paycheck Protection Program", "Heroes Act": a law or a public scheme, no party
LAW_TAILS = _words("law_tails")
# "Big Pharma", "Big Tech": a whole industry, no one party
SECTOR_NICKNAMES = _words("sector_nicknames")
CURRENCY_CODES = _words("currency_codes")
# Public offices a town or state holds: "Wylie's mayor" names no firm
OFFICE_WORDS = _words("office_words")
# "the Vale administration", "the Vale presidency": only a person leads one by name
TENURE_NOUNS = _words("tenure_nouns")
# "Larch Vale District", "Avalon Province": the last word of a place's name, never a person's
PLACE_UNITS = _words("place_units")
# "Photo: Ada Vale/Avalon Wire": the name after a credit lead is a photographer's
CREDIT_LEADS = frozenset(tuple(lead.split()) for lead in _words("credit_leads"))
CREDIT_AGENCY_WORDS = _words("credit_agency_words")
KIN_WORDS = _words("kin_words")  # "my friend Ada": a person, however the tagger labels her
PERSON_NOUNS = _words("person_nouns") | KIN_WORDS  # "a girl named Ada": a person's name
LANDFORM_WORDS = _words("landform_words")  # "Larch Pond", "Lake Avalon": a place
FACILITY_WORDS = _words("facility_words")  # "its warehouse, QX4": a site, not a party  # "CHF 40 million": a unit, no party
# How much each cue adds to a name's type vote (voting.py); "known_place" is also the GPE
# vote below which a name tagged a person here and a place there is taken for a firm.
VOTE_WEIGHTS: dict[str, float] = _DATA["vote_weights"]
# Round 5 name bounds (see entities.json "_comment_bounds")
DIVISION_WORDS = _words("division_words")
UNIT_NOUNS = _words("unit_nouns")  # "Globex's North America arm": a firm's part
CAUSE_HEADS = _words("cause_heads") | BODY_WORDS  # "Alliance for ...", "Center for ..."
PARTY_WORDS = _words("party_words")
SHARED_TAILS = _words("shared_tails")
SERVICE_FIELDS = _words("service_fields")  # "... and Family Services": a body's field
NUMBERED_BODIES = _words("numbered_bodies")  # "Union Council 31": the number is in the name
SHIP_PREFIXES = _words("ship_prefixes")  # "USS Ada Vale": a ship, no party
STAGE_DIRECTIONS = _words("stage_directions")  # "[Laughs]" in a transcript
STREET_WORDS = _words("street_words")  # "N. Larch Rd": an address, no party
HOLIDAY_WORDS = _words("holiday_words")  # "Election Day": a holiday, no party
COMPASS_WORDS = _words("compass_words")
PERSON_SUFFIXES = _words("person_suffixes")  # "Jr." alone is no name
SERVICE_USE_NOUNS = _words("service_use_nouns")  # "a Zoom call": a service used, a product
SERVICE_USE_VERBS = _words("service_use_verbs")  # "follow her on Twitter"
SERVICE_TALK_VERBS = _words("service_talk_verbs")  # "chatted via Meetlo", "met via Quillo"
# what one posts on a service: "posted a clip on X" (not "wrote a report on X": about X)
SHARED_THINGS = _words("shared_things")  # lemmas: "clips" is read as "clip"
DEAL_VERBS = _words("deal_verbs")  # "bought Chirpa", "invested in Chirpa": a firm
COMMON_POSSESSORS = _words("common_possessors")  # "Women's Aid": part of a longer name
# "Acting White House Chief of Staff": a word before a title, never part of a name
TITLE_MODIFIERS = _words("title_modifiers")
TITLE_ADJECTIVES = _words("title_adjectives")  # "New Vale CEO": the CEO is new
# "Skyhop Airlines Aerovance 737": an airline and a planemaker run together end here
OPERATOR_TAILS = _words("operator_tails")
PERSON_TITLES = _words("person_titles")
APPOSED_POSTS = _words("apposed_posts")  # "Globex's chairman, Ann Vale,": only a person
# "Gazprom CEO Ann Vale": the word before is a firm; "Acme CFO Ann Lee": only a person follows
TITLED_POSTS = _words("titled_posts")
# "CEO at Harlan Boyd": the slot of a post only an organization gives is a firm, however tagged
# (not a spokesman's: a person has one too)
FIRM_SLOT_POSTS = frozenset(w for w in TITLED_POSTS if not w.startswith("spokes"))
# "Acme Board member": a seat on Acme's board; any other post after "Board" is the board's own
BOARD_SEATS = _words("board_seats")
UNIT_HEADS = _words("unit_heads")  # "the School of Public Health at Avalon University"
# "Department of Health" said again after "Avalon Department of Health": the text's one longer
# name of that body (the academic units and the department-like heads)
FIELD_BODY_HEADS = UNIT_HEADS | _words("department_heads")
