"""Danish."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="da",
    date_order=DateOrder.DMY,
    months={
        1: ("januar", "jan"), 2: ("februar", "feb"), 3: ("marts", "mar"), 4: ("april", "apr"),
        5: ("maj",), 6: ("juni", "jun"), 7: ("juli", "jul"), 8: ("august", "aug"),
        9: ("september", "sep", "sept"), 10: ("oktober", "okt"), 11: ("november", "nov"),
        12: ("december", "dec"),
    },
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    date_words=("kl", "den"),
    time_before=("kl",),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "accepter", "accepter alle", "accepter alt", "jeg accepterer", "afvis", "afvis alle",
            "indstillinger", "tilpas",
        ),
        site_links=(
            "om os", "kontakt", "privatlivspolitik", "cookiepolitik", "vilkår", "annoncer",
            "annoncering", "abonnement", "kundeservice", "tilgængelighed", "job",
        ),
        published=("publiceret", "offentliggjort"), modified=("opdateret",),
        photo=("foto", "billede"), source=("kilde",), tags=("emner", "tags"),
        read_more=("læs også", "læs mere", "mest læste", "flere nyheder", "seneste nyt",
        "relateret",), advertisement=("annonce", "reklame"),
    ),
    by=("af", "tekst"),
    and_words=("og",),
    roles=("journalist", "korrespondent", "redaktør"),
    stopwords=(
        "og", "at", "det", "som", "en", "på", "er", "af", "for", "med", "til", "den", "har",
        "ikke", "om", "et", "var", "jeg", "men", "fra", "eller", "også", "så", "kan", "blev",
    ),
)  # fmt: skip
