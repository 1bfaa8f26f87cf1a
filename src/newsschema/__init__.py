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
    "Quote",
    "Text",
    "ValidationError",
    "__version__",
    "analyze",
    "analyze_file",
    "from_json",
    "from_jsonld",
    "from_nitf",
    "jsonld_warnings",
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
