"""The dateline's place resolved to a country: the prior every other place in the story is read against."""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Dateline
from .gazetteer import Gazetteer, gazetteer


@Language.factory("dateline_places", assigns=["doc._.dateline"], requires=["doc._.article"])
def make_places(nlp: Language, name: str) -> DatelineResolver:
    return DatelineResolver(gazetteer())


class DatelineResolver:
    def __init__(self, places: Gazetteer) -> None:
        self.places = places

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        doc._.dateline = self.resolve(article.dateline) if article and article.dateline else None
        return doc

    def resolve(self, dateline: Dateline) -> Dateline:
        """Country from the region part when it names one ("Calif." → US), else from the place itself."""
        country_code = None
        for part in reversed((dateline.region or "").split(",")):
            found = self.places.resolve(part.strip()) if part.strip() else None
            if found and found[0].kind in ("country", "admin1"):
                country_code = found[0].country_code
                break
        place = dateline.place
        if place:
            found = self.places.resolve(place, prefer_country=country_code, city_first=True)
            if found and (country_code is None or found[0].country_code == country_code):
                country_code = found[0].country_code
                if found[0].kind == "city" and found[0].name.isascii():
                    place = found[0].name
        return dataclasses.replace(dateline, place=place, country=self.places.country_name(country_code),
                                   country_code=country_code)
