"""Polish."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="pl",
    date_order=DateOrder.DMY,
    months={
        1: ("styczeń", "stycznia", "sty"),
        2: ("luty", "lutego", "lut"),
        3: ("marzec", "marca", "mar"),
        4: ("kwiecień", "kwietnia", "kwi"),
        5: ("maj", "maja"),
        6: ("czerwiec", "czerwca", "cze"),
        7: ("lipiec", "lipca", "lip"),
        8: ("sierpień", "sierpnia", "sie"),
        9: ("wrzesień", "września", "wrz"),
        10: ("październik", "października", "paź"),
        11: ("listopad", "listopada", "lis"),
        12: ("grudzień", "grudnia", "gru"),
    },
    weekdays=(
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "pon", "wt", "śr", "czw", "pt", "sob", "niedz",
    ),
    date_words=("o", "godz", "r", "roku", "dnia", "w"),
    time_before=("o", "godz", "r", "roku"),
    time_after=(),
    relative=Relative(
        after=("temu",),
        units=(
            "sekunda", "sekundy", "sekund", "minuta", "minuty", "minut", "min", "godzina",
            "godziny", "godzin", "godz", "dzień", "dni", "tydzień", "tygodnie", "tygodni",
            "miesiąc", "miesiące", "miesięcy", "rok", "lata", "lat",
        ),
        words=("przed chwilą", "dzisiaj", "dziś", "wczoraj", "przedwczoraj"),
    ),
    labels=Labels(
        cookies=("cookie", "ciasteczk"),
        consent=(
            "akceptuję", "akceptuj", "zaakceptuj", "akceptuj wszystkie", "zaakceptuj wszystkie",
            "zgadzam się", "przejdź do serwisu", "odrzuć", "odrzuć wszystkie", "ustawienia",
            "dostosuj",
        ),
        site_links=(
            "o nas", "kontakt", "polityka prywatności", "prywatność", "polityka cookies",
            "regulamin", "reklama", "mapa strony", "pomoc", "prenumerata", "archiwum", "kariera",
            "dostępność", "redakcja",
        ),
        published=("opublikowano", "data publikacji", "dodano", "data"),
        modified=("zaktualizowano", "aktualizacja", "zmieniono"),
        photo=("fot", "foto", "zdjęcie", "zdjęcia", "źródło"),
        source=("źródło", "link", "url"),
        tags=("tagi", "tematy", "słowa kluczowe"),
        read_more=(
            "czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także", "polecamy",
            "najczęściej czytane", "najnowsze", "więcej z działu", "więcej wiadomości",
            "może cię zainteresować",),
        share=("udostępnij", "drukuj", "wyślij"),
        advertisement=("reklama", "artykuł sponsorowany"),
        comments=("komentarze", "komentarz", "skomentuj"),
        newsletter=("newsletter", "subskrybuj", "zapisz się"),
        reading=("min czytania", "czas czytania", "posłuchaj"),
        editor=("redakcja", "oprac"),
        kicker=(
            "opinia", "opinie", "analiza", "wywiad", "świat", "kraj", "polityka", "gospodarka",
            "kultura", "sport", "nauka", "zdrowie", "na żywo", "komentarz", "felieton",
        ),
    ),
    by=("autor", "autorka", "autorzy", "tekst", "przez"),
    and_words=("i", "oraz"),
    roles=(
        "korespondent", "korespondentka", "dziennikarz", "dziennikarka", "redaktor", "redaktorka",
        "reporter",
    ),
    places=("w", "z"),
    org_words=("redakcja", "gazeta", "wiadomości"),
    articles=(),
    particles=(),
    stopwords=(
        "i", "w", "na", "z", "że", "do", "się", "nie", "jest", "to", "o", "jak", "po", "za", "od",
        "przez", "dla", "był", "być", "które", "także", "ale", "oraz", "jego", "jej",
    ),
)  # fmt: skip
