"""Product makers: the organization each product name belongs to, where the text says so."""
from __future__ import annotations

from .words import PRONOUNS


class Makers:
    """Part of DocEntities. Resolves makers to canonical organizations and sets Entity.maker;
    runs before anaphora (names) and after it (possessive pronouns)."""

    def _link_makers(self, pronouns: bool) -> None:
        for product, (maker, head) in list(self.makers.items()):
            pname = self._canonical_of(product)
            if pname is None or self.entities[pname].type != "PRODUCT":
                del self.makers[product]
                continue
            if not isinstance(maker, str) and (maker.lower_ in PRONOUNS) != pronouns:
                continue  # possessive pronouns wait until pronouns are resolved
            if isinstance(maker, str):
                mname = self._canonical_of(maker)
            else:
                m = self.mention_at(maker) or (
                    self.antecedent(maker) if maker.lower_ in PRONOUNS else self._whose_owner(maker))
                mname = m.name if m else None
            if head is None:  # "Microsoft Azure": evidence is where the pair is named
                head = next((m.root for m in self.mentions if m.name == pname), None)
            if mname and mname != pname and self.entities[mname].type == "ORG" and head is not None:
                if not isinstance(maker, str) and maker.lower_ == "whose":
                    self.brand_owners.add(product)
                if product not in self.brand_owners:
                    # but an owned brand ("Acme, whose Zephyr brand") often trades as a firm of
                    # its own: a rival of the brand is no rival of the owner
                    self.entities[pname].maker = self.entities[pname].maker or mname
                self.makers[product] = (mname, head)
            else:
                del self.makers[product]
        if pronouns:
            return
        for names in self.product_lists:  # "the maker behind the A, B and C brands"
            made = {self.makers[n] for n in names if n in self.makers}
            if len(made) == 1:
                maker, head = made.pop()
                for n in names:
                    pname = self._canonical_of(n)
                    if pname and self.entities[pname].type == "PRODUCT" and n not in self.makers:
                        self.entities[pname].maker = maker
                        self.makers[n] = (maker, head)
        for ent in self.entities.values():  # "Amazon Web Services": named after its maker
            first, *rest = ent.name.split()
            owner = self._canonical_of(first) if rest else None
            if ent.type == "PRODUCT" and not ent.maker and owner and self.entities[owner].type == "ORG":
                # a name whose words a shorter name already took ("NoVa" in "NoVa House") has
                # no mention of its own, so no token to cite: no maker link for it
                root = next((m.root for m in self.mentions if m.name == ent.name), None)
                if root is not None:
                    ent.maker = owner
                    self.makers.setdefault(ent.name, (owner, root))
        # "OpenAI's ChatGPT": a possessed name the tagger never called ORG or PERSON
        for m in list(self.mentions):
            if m.kind != "name" or self.entities[m.name].type != "PRODUCT":
                continue
            poss = [c for c in m.root.children if c.dep_ == "poss"]
            owner = self.mention_at(poss[0]) if poss else None
            if owner and self.entities[owner.name].type == "ORG" and not self.entities[m.name].maker:
                self.entities[m.name].maker = owner.name
                self.makers.setdefault(m.name, (owner.name, m.root))

    def _whose_owner(self, tok):
        """The named noun a "whose" clause describes: "Acme, whose Zephyr brand leads ..."
        (only a name the clause hangs on, never a noun further up)."""
        if tok.lower_ != "whose":
            return None
        while tok.dep_ != "relcl" and tok.head.i != tok.i:
            tok = tok.head
        return self.mention_at(tok.head) if tok.dep_ == "relcl" else None

    def _canonical_of(self, name: str) -> str | None:
        if name in self.entities:
            return name
        for ent in self.entities.values():
            if name in ent.aliases:
                return ent.name
        return None
