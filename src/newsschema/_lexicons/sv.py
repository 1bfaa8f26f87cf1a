"""Swedish."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="sv",
    date_order=DateOrder.YMD,
    months={
        1: ("januari", "jan"), 2: ("februari", "feb"), 3: ("mars", "mar"), 4: ("april", "apr"),
        5: ("maj",), 6: ("juni", "jun"), 7: ("juli", "jul"), 8: ("augusti", "aug"),
        9: ("september", "sep", "sept"), 10: ("oktober", "okt"), 11: ("november", "nov"),
        12: ("december", "dec"),
    },
    weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    date_words=("kl", "den"),
    time_before=("kl",),
    labels=Labels(
        cookies=("cookie", "kakor"),
        consent=(
            "acceptera", "acceptera alla", "godkänn", "godkänn alla", "jag godkänner", "neka",
            "avvisa alla", "inställningar", "hantera inställningar", "ok",
        ),
        site_links=(
            "om oss", "kontakt", "kontakta oss", "integritetspolicy", "personuppgiftspolicy",
            "cookiepolicy", "villkor", "annonsera", "prenumerera", "kundservice", "tillgänglighet",
            "jobb", "arkiv",
        ),
        published=("publicerad", "publicerat"), modified=("uppdaterad", "uppdaterat"),
        photo=("foto", "bild"), source=("källa",), tags=("ämnen", "taggar"),
        read_more=("läs också", "läs mer", "mest läst", "fler nyheter", "senaste nytt", "mer från",
        "relaterat",), advertisement=("annons",),
    ),
    by=("av", "text"),
    and_words=("och",),
    roles=("reporter", "korrespondent", "redaktör"),
    particles=("af", "von", "de"),
    stopwords=(
        "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
        "inte", "om", "ett", "var", "jag", "men", "från", "eller", "också", "så", "kan",
    ),
)  # fmt: skip
