"""Romanian."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="ro",
    date_order=DateOrder.DMY,
    months={
        1: ("ianuarie", "ian"), 2: ("februarie", "feb"), 3: ("martie", "mar"),
        4: ("aprilie", "apr"), 5: ("mai",), 6: ("iunie", "iun"), 7: ("iulie", "iul"),
        8: ("august", "aug"), 9: ("septembrie", "sep", "sept"), 10: ("octombrie", "oct"),
        11: ("noiembrie", "noi"), 12: ("decembrie", "dec"),
    },
    weekdays=("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    date_words=("ora", "la"),
    time_before=("ora", "la ora"),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "accept", "acceptă", "accept tot", "acceptă tot", "acceptă toate", "sunt de acord",
            "refuz", "respinge", "setări",
        ),
        site_links=(
            "despre noi", "contact", "politica de confidențialitate", "confidențialitate",
            "politica de cookies", "termeni și condiții", "publicitate", "abonamente", "arhivă",
            "redacția",
        ),
        published=("publicat",), modified=("actualizat",), photo=("foto", "sursa foto"),
        source=("sursa",), tags=("etichete",), read_more=("citește și", "cele mai citite",
        "alte știri", "ultimele știri", "articole similare",),
        advertisement=("publicitate",),
    ),
    by=("autor",),
    and_words=("și",),
    roles=("jurnalist", "corespondent", "redactor"),
    stopwords=(
        "și", "de", "la", "în", "cu", "pe", "că", "a", "fost", "un", "o", "din", "pentru", "care",
        "nu", "este", "mai", "sunt", "au", "ca", "dar", "prin",
    ),
)  # fmt: skip
