"""Finnish."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="fi",
    date_order=DateOrder.DMY,
    months={
        1: ("tammikuu", "tammikuuta"), 2: ("helmikuu", "helmikuuta"),
        3: ("maaliskuu", "maaliskuuta"),
        4: ("huhtikuu", "huhtikuuta"), 5: ("toukokuu", "toukokuuta"), 6: ("kesäkuu", "kesäkuuta"),
        7: ("heinäkuu", "heinäkuuta"), 8: ("elokuu", "elokuuta"), 9: ("syyskuu", "syyskuuta"),
        10: ("lokakuu", "lokakuuta"), 11: ("marraskuu", "marraskuuta"),
        12: ("joulukuu", "joulukuuta"),
    },
    weekdays=(
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
    ),
    date_words=("klo",),
    time_before=("klo",),
    labels=Labels(
        cookies=("eväste",),
        consent=(
            "hyväksy", "hyväksy kaikki", "hyväksyn", "hylkää", "hylkää kaikki", "asetukset",
            "muokkaa asetuksia",
        ),
        site_links=(
            "tietoa meistä", "yhteystiedot", "ota yhteyttä", "tietosuoja", "tietosuojaseloste",
            "käyttöehdot", "mainosta", "ilmoita", "asiakaspalvelu", "tilaa", "saavutettavuus",
        ),
        published=("julkaistu",), modified=("päivitetty",), photo=("kuva",), source=("lähde",),
        tags=("aiheet",), read_more=("lue myös", "luetuimmat", "lisää uutisia", "uusimmat",
        "aiheesta lisää",), advertisement=("mainos",),
    ),
    and_words=("ja",),
    roles=("toimittaja", "kirjeenvaihtaja"),
    stopwords=(
        "ja", "on", "ei", "että", "se", "oli", "hän", "mutta", "kun", "myös", "tai", "kuin",
        "ovat", "jo", "vain", "sen", "joka",
    ),
)  # fmt: skip
