"""newsschema: news article text -> a typed Article -> JSON, schema.org JSON-LD, IPTC NITF.

>>> import newsschema
>>> article = newsschema.parse(text)                 # doctest: +SKIP
>>> newsschema.to_json(article)                      # doctest: +SKIP
"""

from newsschema._api import (
    analyze,
    analyze_file,
    from_json,
    from_jsonld,
    from_nitf,
    jsonld_warnings,
    parse,
    parse_file,
    to_json,
    to_jsonld,
    to_jsonld_string,
    to_nitf,
    validate_json,
    validate_jsonld,
    validate_nitf,
)
from newsschema._gaps import Gap, GapCode
from newsschema._profiles import (
    AuthorProfile,
    Profile,
    ProfileElement,
    SiteProfile,
    apply_profile,
    load_profile,
)
from newsschema._text.reader import Element, ParseResult, ParseWarning
from newsschema.errors import (
    BinaryInputError,
    ConfigError,
    DecodingError,
    EmptyInputError,
    FormatError,
    InputError,
    InputTooLargeError,
    NewsschemaError,
    NotAnArticleError,
    OutputError,
    Problem,
    ValidationError,
)
from newsschema.model import (
    Article,
    Block,
    Dateline,
    DateValue,
    Divider,
    Heading,
    Image,
    ImageBlock,
    Inline,
    Link,
    ListBlock,
    Organization,
    Paragraph,
    Person,
    Quote,
    Text,
)

try:
    from newsschema._version import __version__
except ImportError:  # pragma: no cover - a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "AuthorProfile",
    "BinaryInputError",
    "Block",
    "ConfigError",
    "DateValue",
    "Dateline",
    "DecodingError",
    "Divider",
    "Element",
    "EmptyInputError",
    "FormatError",
    "Gap",
    "GapCode",
    "Heading",
    "Image",
    "ImageBlock",
    "Inline",
    "InputError",
    "InputTooLargeError",
    "Link",
    "ListBlock",
    "NewsschemaError",
    "NotAnArticleError",
    "Organization",
    "OutputError",
    "Paragraph",
    "ParseResult",
    "ParseWarning",
    "Person",
    "Problem",
    "Profile",
    "ProfileElement",
    "Quote",
    "SiteProfile",
    "Text",
    "ValidationError",
    "__version__",
    "analyze",
    "analyze_file",
    "apply_profile",
    "from_json",
    "from_jsonld",
    "from_nitf",
    "jsonld_warnings",
    "load_profile",
    "parse",
    "parse_file",
    "to_json",
    "to_jsonld",
    "to_jsonld_string",
    "to_nitf",
    "validate_json",
    "validate_jsonld",
    "validate_nitf",
]
