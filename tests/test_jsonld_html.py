"""The scanner that finds ld+json blocks in saved pages reads markup as a browser does."""

from __future__ import annotations

import pytest

from newsschema.formats._jsonld_html import script_blocks

LD = '<script type="application/ld+json">'


@pytest.mark.parametrize(
    ("page", "blocks"),
    [
        (f'<html><head>{LD}{{"a": 1}}</script></head></html>', [('{"a": 1}', 1)]),
        (f"<html>\n<head>\n{LD}\n\n  {{}}\n</script>", [("{}", 5)]),
        ("<SCRIPT TYPE='Application/LD+JSON; charset=utf-8'>{}</SCRIPT >", [("{}", 1)]),
        ("<script type=application/ld+json>[]</script>", [("[]", 1)]),
        ("<script type='application&#47;ld+json'>{}</script>", [("{}", 1)]),
        # not blocks: other scripts, comments, attribute values, style text
        ('<script type="text/javascript">var a = "<script>";</script>', []),
        (f"<!-- {LD}{{}}</script> -->", []),
        (f"<div title='{LD}'>x</div>", []),
        (f"<style>{LD}{{}}</style>", []),
        (f'<p data-x="a>b">{LD}{{}}</script>', [("{}", 1)]),
        # wrappers old pages put around script text
        (f"{LD}<!--\n{{}}\n-->\n</script>", [("{}", 1)]),
        (f"{LD}<![CDATA[{{}}]]></script>", [("{}", 1)]),
        (f"{LD}</script>", [("", 1)]),
        # a page cut off inside a block keeps the block's text; an unclosed comment hides
        # the rest of the page, as in a browser
        (f'<head>{LD}{{"cut": ', [('{"cut":', 1)]),
        (f"<!-- never closed {LD}{{}}</script>", []),
        (f'<a href="never closed>{LD}{{}}</script>', []),
        ("< not a tag <3 " + LD + "{}</script>", [("{}", 1)]),
        # a tag with more quoted values than one match of the pattern takes
        ("<div " + 'a="x>" ' * 100 + ">" + LD + "{}</script>", [("{}", 1)]),
    ],
)
def test_script_blocks(page: str, blocks: list[tuple[str, int]]) -> None:
    assert [(b.text, b.line) for b in script_blocks(page)] == blocks
