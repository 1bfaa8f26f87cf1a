"""Serbian (Cyrillic and Latin)."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="sr",
    date_order=DateOrder.DMY,
    months={
        1: ("јануар", "januar"), 2: ("фебруар", "februar"), 3: ("март", "mart"),
        4: ("април", "april"), 5: ("мај", "maj"), 6: ("јун", "jun"), 7: ("јул", "jul"),
        8: ("август", "avgust"), 9: ("септембар", "septembar"), 10: ("октобар", "oktobar"),
        11: ("новембар", "novembar"), 12: ("децембар", "decembar"),
    },
    labels=Labels(
        cookies=("kolačić", "колачић", "cookie"),
        consent=(
            "prihvatam", "prihvati", "prihvati sve", "slažem se", "odbij", "podešavanja",
            "прихватам", "прихвати", "прихвати све",
        ),
        site_links=(
            "o nama", "kontakt", "politika privatnosti", "privatnost", "uslovi korišćenja",
            "marketing", "impresum", "о нама", "контакт", "политика приватности",
            "услови коришћења", "импресум",
        ),
        published=("објављено", "objavljeno"), modified=("ажурирано", "ažurirano"),
        photo=("фото", "foto"), source=("извор", "izvor"),
    ),
    by=("аутор", "autor"),
    and_words=("и", "i"),
    stopwords=(
        "и", "у", "на", "да", "се", "за", "од", "не", "је", "са", "по", "што", "као", "су", "то",
        "али", "он", "она", "био", "била",
    ),
)  # fmt: skip
