"""newsschema's profile of schema.org: the types and properties it writes and reads (private).

This is written by the project, not generated from the vocabulary file. For
each type: its parent types. For each property: the types it may be used on
(schema.org's ``domainIncludes``, as far as the profile's types go) and the
values it takes (``rangeIncludes``: data types such as Text, URL, Date,
DateTime, Integer, and node types). It was checked by hand against schema.org
release 30.0.

Two more lists name schema.org terms that news pages carry but newsschema
neither writes nor reads (``speakable``, ``potentialAction``, ``Place`` ...).
The validator knows them as schema.org terms, so it reports them as "not in
the newsschema profile" instead of "unknown", and does not check their values.
"""

from __future__ import annotations

import functools

import attrs

__all__ = [
    "ARTICLE_TYPES",
    "DATATYPES",
    "PROPERTIES",
    "QUANTITY_TYPES",
    "RECOGNISED_PROPERTIES",
    "RECOGNISED_TYPES",
    "TYPES",
    "Property",
    "TypeSpec",
    "ancestors",
    "fits",
    "is_a",
]

DATATYPES = frozenset({"Text", "URL", "Date", "DateTime", "Integer", "Number", "Boolean"})
"""Literal ranges. (``URL`` is a kind of Text in schema.org; the validator checks its form.)"""

QUANTITY_TYPES = frozenset({"QuantitativeValue", "Distance"})
"""Node ranges for which schema.org also accepts a bare number (``"width": 1200``)."""


@attrs.frozen
class TypeSpec:
    """A schema.org type in the profile and its direct parents."""

    name: str
    parents: tuple[str, ...] = ()


@attrs.frozen
class Property:
    """A schema.org property in the profile: where it may be used and what it takes."""

    name: str
    domain: frozenset[str]
    ranges: frozenset[str]

    @property
    def datatypes(self) -> frozenset[str]:
        return self.ranges & DATATYPES

    @property
    def node_types(self) -> frozenset[str]:
        return self.ranges - DATATYPES


def _types(*specs: tuple[str, tuple[str, ...]]) -> dict[str, TypeSpec]:
    return {name: TypeSpec(name, parents) for name, parents in specs}


TYPES: dict[str, TypeSpec] = _types(
    ("Thing", ()),
    ("CreativeWork", ("Thing",)),
    # the article family
    ("Article", ("CreativeWork",)),
    ("NewsArticle", ("Article",)),
    ("AnalysisNewsArticle", ("NewsArticle",)),
    ("AskPublicNewsArticle", ("NewsArticle",)),
    ("BackgroundNewsArticle", ("NewsArticle",)),
    ("OpinionNewsArticle", ("NewsArticle",)),
    ("ReportageNewsArticle", ("NewsArticle",)),
    ("ReviewNewsArticle", ("NewsArticle",)),
    ("AdvertiserContentArticle", ("Article",)),
    ("Report", ("Article",)),
    ("SatiricalArticle", ("Article",)),
    ("ScholarlyArticle", ("Article",)),
    ("TechArticle", ("Article",)),
    ("SocialMediaPosting", ("Article",)),
    ("BlogPosting", ("SocialMediaPosting",)),
    ("LiveBlogPosting", ("BlogPosting",)),
    ("DiscussionForumPosting", ("SocialMediaPosting",)),
    # media
    ("MediaObject", ("CreativeWork",)),
    ("ImageObject", ("MediaObject",)),
    # pages a news article sits on
    ("WebPage", ("CreativeWork",)),
    ("AboutPage", ("WebPage",)),
    ("CollectionPage", ("WebPage",)),
    ("ItemPage", ("WebPage",)),
    ("ProfilePage", ("WebPage",)),
    ("WebSite", ("CreativeWork",)),
    ("WebPageElement", ("CreativeWork",)),
    # people and organisations
    ("Person", ("Thing",)),
    ("Organization", ("Thing",)),
    ("NewsMediaOrganization", ("Organization",)),
    ("Corporation", ("Organization",)),
    ("GovernmentOrganization", ("Organization",)),
    ("NGO", ("Organization",)),
    # values
    ("Intangible", ("Thing",)),
    ("StructuredValue", ("Intangible",)),
    ("QuantitativeValue", ("StructuredValue",)),
    ("PropertyValue", ("StructuredValue",)),
    ("Quantity", ("Intangible",)),
    ("Distance", ("Quantity",)),
    ("Language", ("Intangible",)),
    ("DefinedTerm", ("Intangible",)),
    ("ItemList", ("Intangible",)),
    ("BreadcrumbList", ("ItemList",)),
    ("ListItem", ("Intangible",)),
)

_TEXT = ("Text",)
_URL = ("URL",)
_DATES = ("Date", "DateTime")
_AGENTS = ("Person", "Organization")


def _props(*specs: tuple[str, tuple[str, ...], tuple[str, ...]]) -> dict[str, Property]:
    return {name: Property(name, frozenset(dom), frozenset(rng)) for name, dom, rng in specs}


PROPERTIES: dict[str, Property] = _props(
    # Thing
    ("name", ("Thing",), _TEXT),
    ("alternateName", ("Thing",), _TEXT),
    ("description", ("Thing",), _TEXT),
    ("disambiguatingDescription", ("Thing",), _TEXT),
    ("url", ("Thing",), _URL),
    ("sameAs", ("Thing",), _URL),
    ("image", ("Thing",), ("ImageObject", "URL")),
    ("identifier", ("Thing",), ("PropertyValue", "Text", "URL")),
    ("mainEntityOfPage", ("Thing",), ("CreativeWork", "URL")),
    # CreativeWork
    ("headline", ("CreativeWork",), _TEXT),
    ("alternativeHeadline", ("CreativeWork",), _TEXT),
    ("abstract", ("CreativeWork",), _TEXT),
    ("text", ("CreativeWork",), _TEXT),
    ("author", ("CreativeWork",), _AGENTS),
    ("creator", ("CreativeWork",), _AGENTS),
    ("editor", ("CreativeWork",), ("Person",)),
    ("publisher", ("CreativeWork",), _AGENTS),
    ("sourceOrganization", ("CreativeWork",), ("Organization",)),
    ("copyrightHolder", ("CreativeWork",), _AGENTS),
    ("copyrightNotice", ("CreativeWork",), _TEXT),
    ("copyrightYear", ("CreativeWork",), ("Number",)),
    ("creditText", ("CreativeWork",), _TEXT),
    ("license", ("CreativeWork",), ("CreativeWork", "URL")),
    ("acquireLicensePage", ("CreativeWork",), ("CreativeWork", "URL")),
    ("datePublished", ("CreativeWork",), _DATES),
    ("dateModified", ("CreativeWork",), _DATES),
    ("dateCreated", ("CreativeWork",), _DATES),
    ("inLanguage", ("CreativeWork",), ("Language", "Text")),
    ("keywords", ("CreativeWork", "Organization"), ("DefinedTerm", "Text", "URL")),
    ("thumbnailUrl", ("CreativeWork",), _URL),
    ("isAccessibleForFree", ("CreativeWork",), ("Boolean",)),
    ("hasPart", ("CreativeWork",), ("CreativeWork",)),
    ("isPartOf", ("CreativeWork",), ("CreativeWork", "URL")),
    ("mainEntity", ("CreativeWork",), ("Thing",)),
    ("about", ("CreativeWork",), ("Thing",)),
    ("wordCount", ("CreativeWork",), ("Integer",)),
    ("position", ("CreativeWork", "ListItem"), ("Integer", "Text")),
    ("encodingFormat", ("CreativeWork",), ("Text", "URL")),
    # Article and NewsArticle
    ("articleBody", ("Article",), _TEXT),
    ("articleSection", ("Article",), _TEXT),
    ("dateline", ("NewsArticle",), _TEXT),
    ("printColumn", ("NewsArticle",), _TEXT),
    ("printEdition", ("NewsArticle",), _TEXT),
    ("printPage", ("NewsArticle",), _TEXT),
    ("printSection", ("NewsArticle",), _TEXT),
    # MediaObject and ImageObject
    ("contentUrl", ("MediaObject",), _URL),
    ("embedUrl", ("MediaObject",), _URL),
    ("uploadDate", ("MediaObject",), _DATES),
    ("width", ("MediaObject",), ("Distance", "QuantitativeValue")),
    ("height", ("MediaObject", "Person"), ("Distance", "QuantitativeValue")),
    ("caption", ("ImageObject",), ("MediaObject", "Text")),
    ("representativeOfPage", ("ImageObject",), ("Boolean",)),
    # WebPage and its parts
    ("breadcrumb", ("WebPage",), ("BreadcrumbList", "Text")),
    ("primaryImageOfPage", ("WebPage",), ("ImageObject",)),
    ("cssSelector", ("WebPageElement",), _TEXT),
    # Person
    ("jobTitle", ("Person",), ("DefinedTerm", "Text")),
    ("affiliation", ("Person",), ("Organization",)),
    ("worksFor", ("Person",), ("Organization",)),
    ("givenName", ("Person",), _TEXT),
    ("familyName", ("Person",), _TEXT),
    ("honorificPrefix", ("Person",), _TEXT),
    ("honorificSuffix", ("Person",), _TEXT),
    # Organization
    ("logo", ("Organization",), ("ImageObject", "URL")),
    ("legalName", ("Organization",), _TEXT),
    # values
    (
        "value",
        ("QuantitativeValue", "PropertyValue"),
        ("Boolean", "Number", "StructuredValue", "Text"),
    ),
    ("unitCode", ("QuantitativeValue", "PropertyValue"), ("Text", "URL")),
    ("unitText", ("QuantitativeValue", "PropertyValue"), _TEXT),
    ("propertyID", ("PropertyValue",), ("Text", "URL")),
    ("termCode", ("DefinedTerm",), _TEXT),
    ("itemListElement", ("ItemList",), ("ListItem", "Text", "Thing")),
    ("numberOfItems", ("ItemList",), ("Integer",)),
    ("item", ("ListItem",), ("Thing",)),
)

RECOGNISED_PROPERTIES = frozenset(
    [
        "accessMode",
        "accessibilityFeature",
        "accountablePerson",
        "actionableFeedbackPolicy",
        "address",
        "alumniOf",
        "associatedMedia",
        "audience",
        "award",
        "backstory",
        "birthDate",
        "citation",
        "comment",
        "commentCount",
        "contactPoint",
        "contentLocation",
        "contributor",
        "correction",
        "correctionsPolicy",
        "countryOfOrigin",
        "discussionUrl",
        "diversityPolicy",
        "email",
        "ethicsPolicy",
        "exifData",
        "expires",
        "founder",
        "foundingDate",
        "genre",
        "interactionStatistic",
        "isBasedOn",
        "isFamilyFriendly",
        "knowsAbout",
        "lastReviewed",
        "locationCreated",
        "masthead",
        "mentions",
        "missionCoveragePrioritiesPolicy",
        "nationality",
        "noBylinesPolicy",
        "ownershipFundingInfo",
        "pageEnd",
        "pageStart",
        "pagination",
        "parentOrganization",
        "potentialAction",
        "publishingPrinciples",
        "relatedLink",
        "reviewedBy",
        "significantLink",
        "speakable",
        "subjectOf",
        "telephone",
        "thumbnail",
        "timeRequired",
        "unnamedSourcesPolicy",
        "verificationFactCheckingPolicy",
        "video",
    ]
)
"""schema.org properties news pages use that the profile does not describe (values unchecked)."""

RECOGNISED_TYPES = frozenset(
    [
        "AggregateRating",
        "Audience",
        "AudioObject",
        "City",
        "Comment",
        "ContactPoint",
        "CorrectionComment",
        "Country",
        "EducationalOrganization",
        "EntryPoint",
        "Event",
        "FAQPage",
        "InteractionCounter",
        "LocalBusiness",
        "Place",
        "PostalAddress",
        "Product",
        "QAPage",
        "Rating",
        "ReadAction",
        "Review",
        "SearchAction",
        "SearchResultsPage",
        "SpeakableSpecification",
        "VideoObject",
    ]
)
"""schema.org types news pages use that the profile does not describe (properties unchecked)."""


@functools.cache
def ancestors(name: str) -> frozenset[str]:
    """The type and every type above it in the profile (unknown names: just themselves)."""
    out = {name}
    spec = TYPES.get(name)
    if spec is not None:
        for parent in spec.parents:
            out |= ancestors(parent)
    return frozenset(out)


def is_a(name: str, other: str) -> bool:
    """Whether type ``name`` is ``other`` or below it."""
    return other in ancestors(name)


def fits(types: frozenset[str] | set[str] | list[str], allowed: frozenset[str]) -> bool:
    """Whether any of ``types`` is one of ``allowed`` or below one of them."""
    return any(ancestors(t) & allowed for t in types)


ARTICLE_TYPES = frozenset(name for name in TYPES if is_a(name, "Article"))
"""Article and every type below it in the profile: what the reader takes as the article."""
