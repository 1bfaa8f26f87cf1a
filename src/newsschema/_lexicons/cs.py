"""Czech."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="cs",
    date_order=DateOrder.DMY,
    months={
        1: ("leden", "ledna"),
        2: ("únor", "února"),
        3: ("březen", "března"),
        4: ("duben", "dubna"),
        5: ("květen", "května"),
        6: ("červen", "června"),
        7: ("červenec", "července"),
        8: ("srpen", "srpna"),
        9: ("září",),
        10: ("říjen", "října"),
        11: ("listopad", "listopadu"),
        12: ("prosinec", "prosince"),
    },
    weekdays=("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    date_words=("v", "ve", "hodin", "hod"),
    time_before=("v", "ve"),
    time_after=("hod",),
    relative=Relative(
        before=("před",),
        units=("minutou", "minutami", "hodinou", "hodinami", "dnem", "dny", "týdnem", "týdny"),
        words=("právě teď", "dnes", "včera"),
    ),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "přijmout", "přijmout vše", "přijmout všechny", "souhlasím", "rozumím", "odmítnout",
            "odmítnout vše", "nastavení", "upravit nastavení",
        ),
        site_links=(
            "o nás", "kontakt", "kontakty", "ochrana osobních údajů",
            "zásady ochrany osobních údajů", "podmínky užití", "obchodní podmínky", "reklama",
            "inzerce", "mapa stránek", "nápověda", "předplatné", "archiv", "kariéra", "redakce",
        ),
        published=("publikováno", "zveřejněno", "datum"),
        modified=("aktualizováno", "upraveno"),
        photo=("foto", "snímek", "zdroj"),
        source=("zdroj", "odkaz"),
        tags=("témata", "štítky", "tagy"),
        read_more=("čtěte také", "přečtěte si také", "související", "nejčtenější", "další zprávy",
        "nejnovější", "mohlo by vás zajímat", "další články",),
        share=("sdílet", "tisk"),
        advertisement=("reklama",),
        comments=("diskuse", "komentáře", "komentářů", "komentář",),
        newsletter=("newsletter", "odebírat"),
        editor=("redakce",),
    ),
    by=("autor", "autorka", "text"),
    and_words=("a",),
    roles=("zpravodaj", "zpravodajka", "redaktor", "redaktorka", "novinář", "novinářka"),
    places=("v", "ve", "z"),
    stopwords=(
        "a", "v", "na", "se", "je", "že", "do", "s", "z", "o", "to", "by", "k", "jako", "ale",
        "pro", "od", "jsou", "byl", "bylo", "které", "také", "jeho", "její", "podle",
    ),
)  # fmt: skip
