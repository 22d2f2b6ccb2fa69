"""Which body `it said`, `they said` or `the statement said` refers to.

The mixin under `Antecedents` and `Pronouns`: a neuter pronoun or a document goes to the
organisation in focus in the same or a recent sentence ("RBC Capital Markets said …. “…,” it
said"), to the issuer of a document just named ("The warning, issued by VicEmergency, …. “…,” the
warning reads", "Helen Price, his mother, gave a statement read to the court. It said: “…”"), and
for "the report" only to its named author ("a report by Ofsted …. The report says"). `References`
supplies `_resolve`.
"""

from __future__ import annotations

from service.extract.lexicon import DOCUMENTS
from service.extract.people import Person
from service.extract.subjects import Subjects
from service.extract.words import Mention


class Bodies(Subjects):
    """Resolve `it`, `they` and a document to the body in focus or the document's issuer."""

    def _resolve(self, si: int, m: Mention) -> Person | None:
        raise NotImplementedError  # `References` resolves every kind of mention

    def _neuter(self, si: int, pronoun: Mention) -> Person | None:
        """Return the body (or statement giver) that `it`, `they` or `the statement` refers to.

        Decides whether the pronoun stands for an issued document, so that its issuer counts, and
        whether only a report's named author may.
        """
        # "X said in a statement …. “…,” the statement added": X's statement, a person's too
        issued = pronoun.surface.lower() not in ("it", "they")
        # "Helen Price gave a statement read to the court. It said: “…”": the statement just named
        issued = issued or (
            pronoun.surface.lower() == "it"
            and si > 0
            and any(x.low in DOCUMENTS for x in self.sentences[si - 1].words)
        )
        # "the report said": a report's author is named as such, never the body in focus
        return self._body(
            si,
            pronoun.first,
            issued,
            issuer_only=pronoun.surface.lower().endswith("report"),
            it=pronoun.surface.lower() == "it",
        )

    def _body(
        self, si: int, limit: int = 0, issued: bool = False, issuer_only: bool = False, it: bool = False
    ) -> Person | None:
        """Return the organisation `it said` / `they said` refers to: the latest one in focus.

        `limit` is where the pronoun stands in sentence si: "The weather service said …, a total
        it described as …" is the subject before it. `issuer_only`: only a body said to have issued
        a document counts ("a report by Ofsted …. The report says"), not the one in focus. `it`:
        the pronoun is "it", which no person is.
        """
        for sj in range(si, max(-1, si - 4), -1):
            s = self.sentences[sj]
            by = self._issuer(s, 0, len(s.words)) if issued and sj < si else None
            if by is not None:
                return self._resolve(
                    sj, by
                )  # "The warning, issued by VicEmergency, …. “…,” the warning reads"
            if issuer_only:
                continue
            subject = self._clause_subject(s, len(s.words) if sj < si else limit)
            if it and issued and sj == si - 1 and subject is not None:
                # "Helen Price, his mother, gave a statement read to the court. It said: “…”"
                giver = self._resolve(sj, subject)
                if giver is not None:
                    return giver
            for p in (s.salient, self._resolve(sj, subject) if subject is not None else None):
                # "Hamas said in a statement …. “…,” the statement said": a one-word name that spoke
                # "RBC Capital Markets said …. “…,” it said": a name no title, gender or given name
                # made a person's
                faceless = (
                    it
                    and sj < si
                    and p is not None
                    and p.kind == "person"
                    and p.gender is None
                    and not p.roles
                )
                # ("Acme fined the trainer. It said: …": "it" is no person, so a name of no known
                # kind it may stand for need not have spoken)
                if p is not None and (
                    p.kind in ("org", "group")
                    or ((p.kind == "unknown" or faceless) and (s.strong or (it and sj < si)))
                ):
                    return p
            if sj < si and s.strong and s.salient is not None and s.salient.kind == "person":
                # "strategists led by X said …. “…,” they wrote": not an older body
                return s.salient if issued and any(x.low in DOCUMENTS for x in s.words) else None
        return None
