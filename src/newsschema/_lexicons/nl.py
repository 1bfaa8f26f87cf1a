"""Dutch."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="nl",
    date_order=DateOrder.DMY,
    months={
        1: ("januari", "jan"),
        2: ("februari", "feb"),
        3: ("maart", "mrt", "mar"),
        4: ("april", "apr"),
        5: ("mei",),
        6: ("juni", "jun"),
        7: ("juli", "jul"),
        8: ("augustus", "aug"),
        9: ("september", "sep", "sept"),
        10: ("oktober", "okt"),
        11: ("november", "nov"),
        12: ("december", "dec"),
    },
    weekdays=(
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "ma", "di", "wo", "do", "vr", "za", "zo",
    ),
    date_words=("op", "om", "uur", "de", "het"),
    time_before=("om",),
    time_after=("uur", "u"),
    relative=Relative(
        after=("geleden",),
        units=(
            "seconde", "seconden", "minuut", "minuten", "min", "uur", "uren", "dag", "dagen",
            "week", "weken", "maand", "maanden", "jaar", "jaren",
        ),
        words=("zojuist", "vandaag", "gisteren", "eergisteren"),
    ),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "accepteren", "alles accepteren", "alle cookies accepteren", "akkoord", "ga akkoord",
            "weigeren", "alles weigeren", "instellingen", "cookie-instellingen",
            "voorkeuren beheren", "prima",
        ),
        site_links=(
            "over ons", "contact", "privacy", "privacybeleid", "privacyverklaring", "cookiebeleid",
            "colofon", "adverteren", "algemene voorwaarden", "disclaimer", "vacatures",
            "toegankelijkheid", "klantenservice", "abonnementen", "archief",
        ),
        published=("gepubliceerd", "geplaatst", "datum", "verschenen"),
        modified=("bijgewerkt", "gewijzigd", "laatst bijgewerkt", "update"),
        photo=("foto", "foto's", "beeld", "afbeelding", "illustratie"),
        source=("bron", "link", "url"),
        tags=("trefwoorden", "onderwerpen", "tags", "thema's"),
        read_more=("lees ook", "lees meer", "meer over", "gerelateerd", "volgende", "meest gelezen",
        "meer nieuws", "laatste nieuws", "ook interessant", "aanbevolen",),
        share=("delen", "deel", "printen", "mailen"),
        advertisement=("advertentie", "gesponsord"),
        comments=("reacties", "reactie", "reageer"),
        newsletter=("nieuwsbrief", "abonneer", "aanmelden"),
        reading=("min leestijd", "leestijd", "luister"),
        editor=("redactie",),
        kicker=(
            "opinie", "analyse", "exclusief", "column", "interview", "buitenland", "binnenland",
            "politiek", "economie", "cultuur", "sport", "wetenschap", "gezondheid", "live",
        ),
    ),
    by=("door", "geschreven door", "auteur", "tekst"),
    and_words=("en", "met"),
    roles=(
        "correspondent", "redacteur", "verslaggever", "journalist", "columnist", "hoofdredacteur",
    ),
    places=("in", "uit"),
    org_words=("redactie", "krant", "nieuws", "omroep"),
    articles=("de", "het"),
    particles=("van", "de", "der", "den", "ter", "ten", "het"),
    stopwords=(
        "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "zijn", "voor", "met",
        "niet", "er", "aan", "ook", "als", "bij", "door", "maar", "werd", "wordt", "naar",
        "heeft", "hij", "zij",
    ),
)  # fmt: skip
