"""The one configured cattrs converter: model <-> plain JSON-ready data.

Keys are camelCase on the wire (``datePublished``), body blocks and inline
spans carry a ``type`` tag, dates are ISO 8601 strings in the precision the
model holds, and false emphasis flags are left out of inline spans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from newsschema import _dates
from newsschema.model import (
    Article,
    Block,
    Dateline,
    DateValue,
    Divider,
    Furniture,
    FurnitureKind,
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

__all__ = ["BLOCK_TAGS", "INLINE_TAGS", "converter", "wire_name"]

BLOCK_TAGS: dict[type, str] = {
    Paragraph: "paragraph",
    Heading: "heading",
    Quote: "quote",
    ListBlock: "list",
    ImageBlock: "image",
    Divider: "divider",
}
INLINE_TAGS: dict[type, str] = {Text: "text", Link: "link"}

_RECORDS = (Article, Person, Organization, Dateline, Image, Furniture, *BLOCK_TAGS, *INLINE_TAGS)
_OMIT_DEFAULTS = (Text, Link)
# fields added after 1.0 are left out while empty: documents that do not use them stay
# byte for byte what they were, and earlier readers still read them
_OMIT_EMPTY = {
    Article: frozenset({"furniture"}),
    Person: frozenset({"same_as"}),
    Organization: frozenset({"logo_width", "logo_height"}),
}


def wire_name(field_name: str) -> str:
    """``date_published`` -> ``datePublished``."""
    head, *rest = field_name.split("_")
    return head + "".join(part.title() for part in rest)


def _structure_date(value: Any, _: Any) -> DateValue:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return _dates.from_iso(value)


def _unstructure_date(value: dt.date) -> str:
    return _dates.to_iso(value)


def _structure_str(value: Any, _: Any) -> str:
    # cattrs would turn 3 into "3"; a JSON document with a number where text belongs is wrong.
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _structure_kind(value: Any, _: Any) -> FurnitureKind:
    text = _structure_str(value, _)
    try:
        return FurnitureKind(text)
    except ValueError:
        kinds = ", ".join(kind.value for kind in FurnitureKind)
        raise ValueError(f"{text!r} is not a kind of furniture; expected one of {kinds}") from None


def _structure_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _configure_tagged(conv: cattrs.Converter, union: Any, tags: dict[type, str]) -> None:
    """A union told apart by a leading ``type`` key (``{"type": "paragraph", ...}``)."""
    by_tag = {tag: cls for cls, tag in tags.items()}
    expected = ", ".join(repr(t) for t in by_tag)

    # each member's own hook, found once: dispatching every span and block through
    # conv.unstructure again was most of the cost of writing a body
    hooks: dict[type, Callable[[Any], dict[str, Any]]] = {}

    def unstructure(obj: Any) -> dict[str, Any]:
        cls = type(obj)
        hook = hooks.get(cls)
        if hook is None:
            hook = hooks[cls] = conv.get_unstructure_hook(cls)
        return {"type": tags[cls], **hook(obj)}

    def structure(data: Any, _: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object with a type, got {type(data).__name__}")
        tag = data.get("type")
        cls = by_tag.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise ValueError(f"unknown type {tag!r}; expected one of {expected}")
        return conv.structure({k: v for k, v in data.items() if k != "type"}, cls)

    conv.register_unstructure_hook(union, unstructure)
    conv.register_structure_hook(union, structure)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(int, _structure_int)
    # a str enum would take the str hook above and keep any string: only its values pass
    conv.register_structure_hook(FurnitureKind, _structure_kind)
    for date_type in (dt.date, dt.datetime):
        conv.register_unstructure_hook(date_type, _unstructure_date)
    conv.register_structure_hook(DateValue, _structure_date)
    conv.register_unstructure_hook(DateValue, _unstructure_date)
    conv.register_structure_hook(
        DateValue | None,
        lambda v, t: None if v is None else _structure_date(v, t),
    )

    def renames(cls: type) -> dict[str, Any]:
        omitted = _OMIT_EMPTY.get(cls, frozenset())
        return {
            a.name: override(rename=wire_name(a.name), omit_if_default=a.name in omitted or None)
            for a in attrs.fields(cls)
        }

    def unstructure_factory(cls: type) -> Any:
        return make_dict_unstructure_fn(
            cls, conv, _cattrs_omit_if_default=cls in _OMIT_DEFAULTS, **renames(cls)
        )

    def structure_factory(cls: type) -> Any:
        return make_dict_structure_fn(cls, conv, **renames(cls))

    # factories build each class's hook on first use, after the unions below are known
    conv.register_unstructure_hook_factory(lambda t: t in _RECORDS, unstructure_factory)
    conv.register_structure_hook_factory(lambda t: t in _RECORDS, structure_factory)

    _configure_tagged(conv, Inline, INLINE_TAGS)
    _configure_tagged(conv, Block, BLOCK_TAGS)
    return conv


converter = _make_converter()
