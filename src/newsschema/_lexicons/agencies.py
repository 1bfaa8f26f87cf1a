"""News agencies and wire services, each with the forms bylines, datelines and credits print.

The first form of each entry is its name in :func:`newsschema._bylines.agency_key`;
forms are compared case-insensitively. An agency credited in a byline belongs in
``Article.organizations``, never in ``authors``.
"""

from __future__ import annotations

__all__ = ["AGENCIES", "COLLECTIVE", "PHOTO_AGENCIES"]

AGENCIES: tuple[tuple[str, ...], ...] = (
    ("associated press", "the associated press", "ap", "ассошиэйтед пресс"),
    ("agence france-presse", "agence france presse", "afp", "франс пресс", "法新社"),
    ("reuters", "thomson reuters", "рейтер", "рейтерс", "路透社"),
    ("deutsche presse-agentur", "dpa", "dpa-afx"),
    ("agencia efe", "efe"),
    ("ansa", "agenzia ansa"),
    ("press association", "pa media", "pa"),
    ("canadian press", "the canadian press", "cp"),
    ("australian associated press", "aap"),
    ("kyodo news", "kyodo news agency", "kyodo", "共同通信", "共同社", "교도통신"),
    ("jiji press", "jiji", "時事通信", "时事社"),
    ("xinhua news agency", "xinhua", "新华社", "新華社"),
    ("china news service", "中新社", "中新网"),
    ("yonhap news agency", "yonhap", "연합뉴스", "韩联社"),
    ("bloomberg news", "bloomberg"),
    ("anadolu agency", "anadolu", "aa", "anadolu ajansı"),
    ("tass", "itar-tass", "тасс", "итар-тасс", "塔斯社"),
    ("ria novosti", "ria", "риа новости", "риа"),
    ("interfax", "интерфакс", "interfax-ukraine", "інтерфакс-україна"),
    ("ukrinform", "укрінформ", "укринформ"),
    ("unian", "уніан", "униан"),
    ("kazinform", "казинформ"),
    ("belta", "белта"),
    ("kna",),
    ("epd",),
    ("apa", "austria presse agentur"),
    ("sda", "keystone-sda"),
    ("belga",),
    ("anp",),
    ("ntb",),
    ("tt",),
    ("ritzau",),
    ("stt",),
    ("lusa", "agência lusa"),
    ("čtk", "ctk"),
    ("pap", "polska agencja prasowa"),
    ("mti",),
    ("bta",),
    ("tanjug",),
    ("hina",),
    ("ansamed",),
    ("agência brasil", "agencia brasil"),
    ("télam", "telam"),
    ("sputnik",),
    ("irna",),
    ("wafa",),
    ("bernama",),
    ("antara",),
    ("kcna",),
    ("upi", "united press international"),
    ("cna",),
    ("ani",),
    ("pti", "press trust of india"),
    ("ians",),
    ("europa press",),
    ("notimex",),
    ("dow jones", "dow jones newswires"),
    ("agenzia nova",),
    ("adnkronos",),
    ("agi",),
    ("lapresse",),
    ("ips", "inter press service"),
    ("mena",),
    ("spa", "saudi press agency"),
    ("wam",),
    ("qna",),
    ("kuna",),
    ("trend",),
    ("apa-ots",),
)

COLLECTIVE = (
    "wire services", "news agencies", "agencies", "agences", "agencias", "agenturen",
    "agenzie", "агентства",
)  # fmt: skip
"""Credits to several agencies at once."""

PHOTO_AGENCIES = (
    "getty images", "getty", "shutterstock", "imago", "imago images", "keystone", "epa",
    "epa-efe", "ap photo", "afp photo", "reuters photo", "alamy", "alamy stock photo",
    "picture alliance", "picture-alliance", "istock", "istockphoto", "unsplash", "pixabay",
    "pexels", "sipa", "abaca", "zuma", "zuma press", "ddp", "eyevine", "redux", "magnum",
    "contrasto", "efe foto", "anp foto", "scanpix", "ritzau scanpix", "belga image",
    "tass photo", "ria novosti photo", "pool", "handout", "file photo", "archive", "archiv",
    "courtesy", "stock", "photo agency", "press photo", "xinhua photo", "visual china group",
)  # fmt: skip
"""Photo agencies and credit words that make a short line a photo credit."""
