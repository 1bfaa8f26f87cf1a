"""Hungarian."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="hu",
    date_order=DateOrder.YMD,
    months={
        1: ("január", "jan"), 2: ("február", "febr"), 3: ("március", "márc"),
        4: ("április", "ápr"), 5: ("május", "máj"), 6: ("június", "jún"), 7: ("július", "júl"),
        8: ("augusztus", "aug"), 9: ("szeptember", "szept"), 10: ("október", "okt"),
        11: ("november", "nov"), 12: ("december", "dec"),
    },
    weekdays=("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    labels=Labels(
        cookies=("süti", "sütik", "cookie"),
        consent=(
            "elfogadom", "elfogad", "összes elfogadása", "mindet elfogadom", "elutasítom",
            "elutasít", "beállítások",
        ),
        site_links=(
            "rólunk", "kapcsolat", "impresszum", "adatvédelem", "adatvédelmi tájékoztató",
            "felhasználási feltételek", "médiaajánlat", "hirdetés", "előfizetés", "súgó",
        ),
        published=("közzétéve", "megjelent"), modified=("frissítve",), photo=("fotó", "kép"),
        source=("forrás",), tags=("címkék",), read_more=("olvassa el", "legolvasottabb",
        "további hírek", "friss hírek", "kapcsolódó cikkek",),
        advertisement=("hirdetés",),
    ),
    and_words=("és",),
    roles=("újságíró", "tudósító"),
    stopwords=(
        "a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "de", "már", "csak", "volt",
        "mint", "ki", "el", "ez", "azt",
    ),
)  # fmt: skip
