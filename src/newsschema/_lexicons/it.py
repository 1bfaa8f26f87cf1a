"""Italian."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="it",
    date_order=DateOrder.DMY,
    months={
        1: ("gennaio", "gen"),
        2: ("febbraio", "feb"),
        3: ("marzo", "mar"),
        4: ("aprile", "apr"),
        5: ("maggio", "mag"),
        6: ("giugno", "giu"),
        7: ("luglio", "lug"),
        8: ("agosto", "ago"),
        9: ("settembre", "set", "sett"),
        10: ("ottobre", "ott"),
        11: ("novembre", "nov"),
        12: ("dicembre", "dic"),
    },
    weekdays=(
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "lun", "mar", "mer", "gio",
        "ven", "sab", "dom",
    ),
    date_words=("il", "alle", "ore", "del", "di", "e"),
    time_before=("alle", "ore", "alle ore"),
    time_after=(),
    relative=Relative(
        before=("da",),
        after=("fa",),
        units=(
            "secondo", "secondi", "minuto", "minuti", "min", "ora", "ore", "giorno", "giorni",
            "settimana", "settimane", "mese", "mesi", "anno", "anni",
        ),
        words=("adesso", "oggi", "ieri", "l'altro ieri"),
    ),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "accetta", "accetta tutto", "accetta tutti", "accetto", "rifiuta", "rifiuta tutto",
            "personalizza", "gestisci preferenze", "continua senza accettare", "ok",
        ),
        site_links=(
            "chi siamo", "contatti", "contattaci", "privacy", "informativa sulla privacy",
            "privacy policy", "cookie policy", "note legali", "termini e condizioni",
            "condizioni d'uso", "pubblicità", "mappa del sito", "aiuto", "abbonamenti", "archivio",
            "redazione",
        ),
        published=("pubblicato", "pubblicata", "data", "pubblicato il"),
        modified=("aggiornato", "aggiornata", "ultimo aggiornamento", "modificato"),
        photo=("foto", "immagine", "credito", "crediti", "illustrazione"),
        source=("fonte", "link", "url"),
        tags=("argomenti", "parole chiave", "tag", "tags", "temi"),
        read_more=(
            "leggi anche", "leggi di più", "potrebbe interessarti", "correlati",
            "articoli correlati", "i più letti", "più letti", "ultime notizie", "altre notizie",
            "dalla stessa sezione", "ti potrebbe interessare", "in primo piano",),
        share=("condividi", "stampa", "invia"),
        advertisement=("pubblicità", "annuncio", "contenuto sponsorizzato"),
        comments=("commenti", "commento", "commenta"),
        newsletter=("newsletter", "iscriviti", "abbonati"),
        reading=("min di lettura", "tempo di lettura", "ascolta"),
        editor=("redazione", "a cura di"),
        kicker=(
            "opinione", "analisi", "esclusiva", "editoriale", "intervista", "mondo", "esteri",
            "politica", "economia", "cronaca", "cultura", "sport", "scienza", "salute", "diretta",
        ),
    ),
    by=("di", "a cura di", "scritto da", "autore", "autrice", "testo"),
    and_words=("e", "con"),
    roles=(
        "corrispondente", "giornalista", "redattore", "redattrice", "inviato", "inviata",
        "direttore",
    ),
    places=("a", "da"),
    org_words=("redazione", "giornale", "quotidiano", "notizie"),
    articles=("il", "lo", "la", "gli", "le", "i"),
    particles=("de", "di", "da", "del", "della", "dei", "degli", "lo", "la"),
    stopwords=(
        "il", "di", "che", "la", "per", "un", "una", "non", "sono", "del", "della", "gli", "le",
        "nel", "alla", "è", "da", "con", "ha", "anche", "dei", "delle", "degli", "ma", "come",
        "più", "questo", "nella",
    ),
)  # fmt: skip
