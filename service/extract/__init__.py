"""Quote extraction: raw article text in, verbatim attributed quotes with offsets out."""

from service.extract.article import ParsedArticle, parse_article
from service.extract.extractor import ArticleExtraction, Extractor, PersonSeen
from service.extract.registry import SpeakerRegistry

__all__ = [
    "ArticleExtraction",
    "Extractor",
    "ParsedArticle",
    "PersonSeen",
    "SpeakerRegistry",
    "parse_article",
]
