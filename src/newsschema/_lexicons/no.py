"""Norwegian (Bokmål)."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="no",
    date_order=DateOrder.DMY,
    months={
        1: ("januar", "jan"), 2: ("februar", "feb"), 3: ("mars", "mar"), 4: ("april", "apr"),
        5: ("mai",), 6: ("juni", "jun"), 7: ("juli", "jul"), 8: ("august", "aug"),
        9: ("september", "sep", "sept"), 10: ("oktober", "okt"), 11: ("november", "nov"),
        12: ("desember", "des"),
    },
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    date_words=("kl", "den"),
    time_before=("kl",),
    labels=Labels(
        cookies=("cookie", "informasjonskapsler"),
        consent=(
            "godta", "godta alle", "jeg godtar", "avvis", "avvis alle", "innstillinger", "tilpass",
        ),
        site_links=(
            "om oss", "kontakt", "personvern", "personvernerklæring", "vilkår", "annonsere",
            "abonnement", "kundeservice", "tilgjengelighet", "jobb",
        ),
        published=("publisert",), modified=("oppdatert",), photo=("foto", "bilde"),
        source=("kilde",), tags=("emner", "tagger"), read_more=("les også", "les mer", "mest lest",
        "flere nyheter", "siste nytt", "relatert",),
        advertisement=("annonse", "reklame"),
    ),
    by=("av", "tekst"),
    and_words=("og",),
    roles=("journalist", "korrespondent", "redaktør"),
    stopwords=(
        "og", "at", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den", "har",
        "ikke", "om", "et", "var", "jeg", "men", "fra", "eller", "også", "så", "kan", "ble",
    ),
)  # fmt: skip
