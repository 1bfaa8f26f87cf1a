"""Every number the reader's rules decide by, named, in one place.

The recognizers compare against these and nothing else: a change of a limit is one
line here, and a reader of the rule table sees what each rule allows.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- zones
HEADER_UNITS = 12
"""Units after the headline that can still be header (bylines, dates, images, decks)."""
EDGE_BLOCKS = 5
"""Blocks at either end of a text where a byline or date line may stand inside a block of
wrapped lines (and is split out of it)."""

# --------------------------------------------------------------------------- lines
META_LINE_CHARS = 160
"""A byline or a date line is never longer."""
STANDALONE_CHARS = 160
"""A line longer than this is always part of its paragraph."""
FOOTER_LINE_CHARS = 300
"""Footer labels (copyright, "Read more") are never longer."""
KEYWORDS_LINE_CHARS = 1000

# --------------------------------------------------------------------------- header
HEADLINE_CHARS = 250
HEADLINE_WORDS = 40
HEADLINE_RAW_CHARS = 1000
"""A headline with its markup (links) is no longer."""
HEADLINE_SENTENCE_WORDS = 15
"""A headline ending with a full stop is a sentence when it has more words than this."""
HEADLINE_UNSPACED_CHARS = 80
"""A headline in a script written without spaces (Chinese, Japanese, Thai) is no longer."""
KICKER_WORDS = 4
KICKER_CHARS = 40
KICKER_RAW_CHARS = 400
DECK_CHARS = 400
DECK_RAW_CHARS = 2000
DECK_EMPHASIS_CHARS = 15
DECK_PHRASE_WORDS = (6, 40)
"""A deck in plain text that ends without a full stop has this many words."""
"""A bold or italic line under the headline is a deck when it is at least this long."""
BARE_NAME_WORDS = (2, 4)
NAME_CHARS = 60
"""A name alone on its line, beside a date, has this many words."""

# --------------------------------------------------------------------------- images
CAPTION_WORDS = 25
"""A caption printed without an image or a credit is a phrase of at most this many words."""
CAPTION_CHARS = 600
"""Longer text is never a caption (and its end is never read as a credit)."""
CAPTION_RAW_CHARS = 2000
"""A caption with its markup (a link, an image's URL) is no longer."""
CREDIT_WORDS = 10
CREDIT_BOLD_WORDS = 12
CREDIT_PARENS_WORDS = 8
CREDIT_CHARS = 100
CREDIT_RAW_CHARS = 400
"""A credit line with its markup (a link) is no longer."""

# --------------------------------------------------------------------------- body
PROSE_CHARS = 240
"""A text unit longer than this, without image or credit markup, is prose at once."""
SHORT_PROSE_CHARS = 80
"""A text unit longer than this that ends as a sentence, with no label, is prose at once."""
LABEL_CHARS = 40
"""A label ("Read more:", "Photo:") ends with its colon within this many characters."""
SUBHEADING_CHARS = 120
SUBHEADING_RAW_CHARS = 1000
"""A subheading with its markup (a link in it) is no longer."""
SUBHEADING_BETWEEN_CHARS = 100
SUBHEADING_BETWEEN_WORDS = 14
SUBHEADING_QUESTION_CHARS = 80
FURNITURE_CHARS = 200
FURNITURE_RAW_CHARS = 3000
"""A furniture line with its markup (a row of share links keeps their URLs) is no longer."""
BOX_TITLE_WORDS = 8
"""A newsletter box's title is a heading of at most this many words."""
BOX_PITCH_WORDS = 25
"""The one sentence under a newsletter box's title."""
TEASER_WORDS = 14
"""A teaser without a colon or link ("Read more about the budget") is at most this long."""
SPLIT_PARAGRAPH_CHARS = 60
"""A paragraph this long that stops on a lower-case word may go on after a blank line."""
QUOTE_ATTRIBUTION_WORDS = 12
SIGN_OFF_UNITS = 3
"""A sign-off byline stands in the last units of the body."""
SIGN_OFF_BIO_WORDS = 25
"""``Name is a staff writer …``: a one-sentence author note is at most this long."""
TRAILER_UNITS = 4
"""Wire trailers and furniture lines stand among the last units of the body."""

# --------------------------------------------------------------------------- page chrome
MENU_ITEMS = 3
"""A menu has at least this many entries."""
MENU_ITEM_WORDS = 3
"""A menu entry (a section's name) is at most this long."""
LINK_WORDS = 6
"""A link a text browser numbered (``[3]Privacy policy``) in a row of links: at most this long."""
SITE_NAME_WORDS = 4
"""The site's name above its menu."""
BREADCRUMB_PARTS = (2, 6)
BREADCRUMB_CHARS = 120
CONSENT_CHARS = 400
"""A consent banner's text (about cookies) is at most this long."""
CONSENT_SENTENCES = 3

# --------------------------------------------------------------------------- dateline
DATELINE_HEAD_CHARS = 70
DATELINE_PLACE_WORDS = 5

# --------------------------------------------------------------------------- language
LANGUAGE_SAMPLE_CHARS = 700
PROSE_WORDS = 3
"""A paragraph of prose has at least this many words (of two letters or more)."""
UNSPACED_PROSE_CHARS = 8
