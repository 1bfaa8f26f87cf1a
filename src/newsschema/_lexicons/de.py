"""German."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="de",
    date_order=DateOrder.DMY,
    months={
        1: ("januar", "jänner", "jan", "jän"),
        2: ("februar", "feber", "feb", "febr"),
        3: ("märz", "maerz", "mär", "mrz"),
        4: ("april", "apr"),
        5: ("mai",),
        6: ("juni", "jun"),
        7: ("juli", "jul"),
        8: ("august", "aug"),
        9: ("september", "sep", "sept"),
        10: ("oktober", "okt"),
        11: ("november", "nov"),
        12: ("dezember", "dez"),
    },
    weekdays=(
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
        "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
    ),
    date_words=("am", "um", "uhr", "den", "vom", "stand", "zuletzt", "erstmals"),
    time_before=("um", "ab"),
    time_after=("uhr", "h"),
    relative=Relative(
        before=("vor",),
        units=(
            "sekunde", "sekunden", "minute", "minuten", "min", "stunde", "stunden", "std",
            "tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren",
        ),
        words=("gerade eben", "soeben", "heute", "gestern", "vorgestern"),
    ),
    labels=Labels(
        published=("veröffentlicht", "publiziert", "erschienen", "erstellt", "datum", "stand"),
        modified=("aktualisiert", "geändert", "zuletzt aktualisiert", "update"),
        photo=("foto", "fotos", "bild", "bilder", "bildquelle", "quelle", "grafik", "illustration"),
        source=("quelle", "originalartikel", "original-url"),
        tags=("schlagwörter", "schlagworte", "themen", "stichwörter", "tags"),
        read_more=(
            "lesen sie auch", "lesen sie mehr", "mehr zum thema", "weiterlesen", "auch interessant",
            "das könnte sie auch interessieren", "mehr dazu", "siehe auch", "weitere artikel",
            "zum thema", "nächster artikel",
        ),
        share=("teilen", "artikel teilen", "drucken", "merken", "versenden", "e-mail", "twittern"),
        advertisement=("anzeige", "werbung", "sponsored", "advertorial"),
        comments=("kommentare", "kommentar", "kommentieren"),
        newsletter=("newsletter", "abonnieren", "jetzt abonnieren", "anmelden"),
        reading=("min lesezeit", "lesezeit", "minuten lesezeit", "artikel anhören", "vorlesen"),
        trailer=("mitarbeit", "mit material von"),
        editor=("redaktion", "redakteur", "bearbeitet von"),
        kicker=(
            "meinung", "analyse", "exklusiv", "kommentar", "interview", "politik", "wirtschaft",
            "sport", "kultur", "wissen", "panorama", "ausland", "inland", "digital", "gesundheit",
            "reise", "leben", "service", "eilmeldung", "live", "reportage", "hintergrund", "test",
        ),
    ),
    by=("von", "text von", "geschrieben von", "ein beitrag von", "autor", "autorin", "autoren"),
    and_words=("und", "mit"),
    roles=(
        "korrespondent", "korrespondentin", "redakteur", "redakteurin", "autorin", "autor",
        "reporter", "reporterin", "chefredakteur", "chefredakteurin", "ressortleiter",
        "ressortleiterin", "volontär", "volontärin", "freier", "freie", "mitarbeiter",
        "mitarbeiterin", "leiter", "leiterin",
    ),
    places=("in", "aus"),
    org_words=("redaktion", "zeitung", "nachrichten", "verlag", "rundfunk", "fernsehen"),
    articles=("der", "die", "das"),
    particles=("von", "van", "zu", "vom", "zur", "der", "den"),
    stopwords=(
        "der", "die", "und", "das", "ist", "nicht", "den", "von", "zu", "mit", "sich", "des", "auf",
        "für", "im", "dem", "ein", "eine", "auch", "es", "an", "als", "nach", "wie", "bei", "sie",
        "er", "wird", "hat", "noch", "einer", "wurde", "sind", "aus",
    ),
)  # fmt: skip
