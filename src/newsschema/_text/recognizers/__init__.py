"""The recognizers: pure functions ``(unit, context) -> Finding | None``, one concern each.

``header`` (headline, kicker, deck, bylines, date lines), ``images`` (images,
captions, credits), ``body`` (structure, subheadings, paragraphs, the dateline),
``furniture`` (page furniture, trailers, sign-offs) and ``footer`` (canonical
URL, keywords, copyright). Which of them run where, and in what order, is
:mod:`newsschema._text.rules`.
"""
