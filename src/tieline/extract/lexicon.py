"""Generic English word lists the entity and relation rules share (no company or person names)."""
from __future__ import annotations

from functools import lru_cache

from ..names import COMPANY_SUFFIXES, HONORIFICS, PUBLICATION_WORDS  # noqa: F401

# Trailing words that are part of an organization's name but also shortened away
# ("Mistral AI" is "Mistral"; "Kingfisher Airlines" is "Kingfisher").
ORG_NAME_TAILS = {
    "ai", "labs", "lab", "group", "industries", "holdings", "technologies", "technology",
    "systems", "airlines", "airways", "communications", "resources", "platforms", "inc",
    "international", "entertainment", "networks", "motors", "pharmaceuticals", "bank",
    "capital", "partners", "ventures",
}
# Last words that mark a multi-word name as an organization, whatever the tagger says.
ORG_NAME_WORDS = ORG_NAME_TAILS | {"air",
    "global", "next", "fund", "funds", "investments", "investment", "securities", "research",
    "company", "corporation", "associates", "management", "equity", "trust", "media", "bank",
    "banking", "financial", "insurance", "energy", "electric", "telecom", "telecoms", "foods",
    "brands", "motors", "aerospace", "aviation", "airline", "pharma", "therapeutics",
    "biosciences", "robotics", "semiconductor", "semiconductors", "software", "solutions",
    "services", "consulting", "advisors", "advisers", "exchange", "commission", "council",
    "agency", "authority", "ministry", "department", "university", "institute", "institution",
    "foundation", "association", "union", "federation", "society", "club", "league", "studios",
    "pictures", "records", "publishing", "press", "news", "times", "journal", "post", "auto",
    "automotive", "steel", "mining", "oil", "petroleum", "cement", "airport", "railways",
    "rail", "shipping", "logistics", "retail", "stores", "markets", "government", "office",
}
# Acronyms and words NER tags as names but which name no organization.
GENERIC_NAMES = {
    "ai", "agi", "genai", "gpu", "gpus", "cpu", "cpus", "api", "apis", "llm", "llms", "ceo",
    "cfo", "coo", "cto", "evp", "svp", "vp", "ipo", "pbc", "ip", "gdp", "esg", "q1", "q2",
    "q3", "q4", "ml", "r&d", "ev", "evs", "ar", "vr", "saas", "b2b", "faq", "imo", "nda",
    "ndas", "big tech", "foundation", "the", "tv", "pc", "pcs", "news", "update", "read",
    "also read", "key takeaways", "takeaways", "what happened", "why it matters",
}
# Nouns that describe an organization: "the company", "the chipmaker", "AI startup Scale".
ORG_DESCRIPTORS = {
    "company", "firm", "startup", "start-up", "giant", "group", "maker", "chipmaker",
    "carmaker", "automaker", "drugmaker", "carrier", "airline", "bank", "lender", "brewer",
    "winemaker", "retailer", "insurer", "operator", "conglomerate", "outlet", "newspaper",
    "regulator", "watchdog", "vendor", "provider", "developer", "lab", "laboratory", "unit",
    "club", "exchange", "miner", "manufacturer", "publisher", "broadcaster", "network",
    "business", "supplier", "consortium", "corporation", "agency", "subsidiary",
    "utility", "producer", "distributor", "investor", "fund", "automaker", "titan",
    "heavyweight", "player", "platform", "organisation", "organization", "retailer",
    "multinational", "behemoth", "powerhouse", "upstart", "outfit", "house", "studio",
}
# Parts of an organization a person may run: "headed Globex's sales operations".
ORG_PARTS = {
    "operation", "operations", "business", "businesses", "unit", "division", "team", "arm",
    "department", "branch", "subsidiary", "board", "office", "lab", "laboratory", "desk",
    "research", "practice", "wing", "side", "activities", "affairs", "sales", "marketing",
}
# Head nouns of a product noun phrase: "its Copilot 365 product", "Nvidia H100 GPUs".
PRODUCT_NOUNS = {
    "product", "model", "models", "chatbot", "bot", "assistant", "platform", "chip", "chips",
    "gpu", "gpus", "processor", "processors", "accelerator", "accelerators", "server",
    "servers", "service", "services", "app", "application", "software", "supercomputer",
    "system", "systems", "suite", "applications", "apps", "aircraft", "jet", "jets", "plane",
    "planes", "jumbo", "superjumbo",
    "airliner", "brand", "brands", "range", "marque", "label", "lager", "beer", "drug",
    "vaccine", "phone", "phones", "smartphone", "smartphones", "console", "device", "devices",
    "tablet", "laptop", "car", "cars", "vehicle", "vehicles", "engine", "engines", "browser",
    "network", "tool", "tools", "api", "game",
    "games", "film", "films", "movie", "magazine", "newspaper", "paper", "channel", "show",
    "programme", "program", "cloud", "database", "llm", "family", "series", "line", "version",
}
# Words after which a capitalised name is a person's role, not an organization.
ROLE_WORDS = {
    "ceo", "chief", "executive", "officer", "president", "chairman", "chairwoman", "chair",
    "founder", "co-founder", "cofounder", "director", "head", "boss", "manager", "analyst",
    "economist", "strategist", "spokesman", "spokeswoman", "spokesperson", "vice",
    "vp", "evp", "svp", "cfo", "coo", "cto", "partner", "owner", "leader", "lead", "co-lead",
    "chief", "secretary", "general", "minister", "commissioner", "official", "executive",
    "scientist", "researcher", "engineer", "editor", "reporter", "writer", "correspondent",
    "host", "treasurer", "trustee", "governor", "deputy", "managing", "senior", "principal",
    "footballer", "player", "coach", "member", "board", "adviser", "advisor",
    "staffer", "staff", "employee", "lawyer", "counsel", "architect", "designer",
    "co-head", "cohead", "founding", "chairperson", "professor", "fellow",
}


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Country and region names (Babel's CLDR data), so 'Switzerland' is never an ORG."""
    from babel import Locale

    names = set(Locale("en").territories.values())
    names |= {"U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "Britain", "America", "Europe",
              "Asia", "Africa"}
    return frozenset(names)
