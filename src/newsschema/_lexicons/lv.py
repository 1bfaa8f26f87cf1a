"""Latvian."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="lv",
    date_order=DateOrder.DMY,
    months={
        1: ("janvāris", "janvārī", "janvāra", "janv"),
        2: ("februāris", "februārī", "februāra", "febr"),
        3: ("marts", "martā", "marta"),
        4: ("aprīlis", "aprīlī", "aprīļa", "apr"),
        5: ("maijs", "maijā", "maija"),
        6: ("jūnijs", "jūnijā", "jūnija"),
        7: ("jūlijs", "jūlijā", "jūlija"),
        8: ("augusts", "augustā", "augusta", "aug"),
        9: ("septembris", "septembrī", "septembra", "sept"),
        10: ("oktobris", "oktobrī", "oktobra", "okt"),
        11: ("novembris", "novembrī", "novembra", "nov"),
        12: ("decembris", "decembrī", "decembra", "dec"),
    },
    weekdays=(
        "pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena",
    ),
    date_words=("gada", "g", "plkst"),
    time_before=("plkst",),
    relative=Relative(
        before=("pirms",),
        units=("minūtes", "minūtēm", "stundas", "stundām", "dienas", "dienām"),
        words=("šodien", "vakar"),
    ),
    labels=Labels(
        cookies=("sīkdatne", "cookie"),
        consent=("piekrītu", "pieņemt", "pieņemt visas", "apstiprināt", "noraidīt", "iestatījumi"),
        site_links=(
            "par mums", "kontakti", "privātuma politika", "sīkdatņu politika",
            "lietošanas noteikumi", "reklāma", "abonēšana",
        ),
        published=("publicēts",),
        modified=("atjaunināts",),
        photo=("foto", "attēls"),
        source=("avots",),
        tags=("tēmas", "birkas"),
        read_more=("lasi arī", "lasiet arī", "lasītākie", "citas ziņas", "jaunākās ziņas",),
        share=("dalīties",),
        advertisement=("reklāma",),
        comments=("komentāri",),
        editor=("redaktore", "redaktors"),
    ),
    by=("autori", "autors", "autore"),
    and_words=("un",),
    roles=("redaktore", "redaktors", "žurnāliste", "žurnālists", "korespondents", "korespondente"),
    stopwords=(
        "un", "ir", "ar", "no", "uz", "par", "kas", "ka", "arī", "bet", "tiek", "pēc", "to", "vai",
        "līdz", "bija", "tas", "tā", "kā", "lai", "viņš", "viņa", "savu", "gada",
    ),
)  # fmt: skip
