"""Indonesian."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="id",
    date_order=DateOrder.DMY,
    months={
        1: ("januari", "jan"), 2: ("februari", "feb"), 3: ("maret", "mar"), 4: ("april", "apr"),
        5: ("mei",), 6: ("juni", "jun"), 7: ("juli", "jul"), 8: ("agustus", "agu", "agt"),
        9: ("september", "sep"), 10: ("oktober", "okt"), 11: ("november", "nov"),
        12: ("desember", "des"),
    },
    weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    date_words=("pukul",),
    time_before=("pukul",),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "terima", "terima semua", "setuju", "saya setuju", "tolak", "tolak semua", "pengaturan",
        ),
        site_links=(
            "tentang kami", "kontak", "hubungi kami", "kebijakan privasi", "privasi",
            "pedoman media siber", "syarat dan ketentuan", "info iklan", "redaksi", "karir",
            "bantuan",
        ),
        published=("diterbitkan", "dipublikasikan"), modified=("diperbarui",),
        photo=("foto",), source=("sumber",), tags=("tag", "topik"), read_more=("baca juga",
        "terpopuler", "berita terkait", "berita lainnya", "terkini",),
        advertisement=("iklan",),
    ),
    by=("oleh", "penulis"),
    and_words=("dan",),
    roles=("wartawan", "reporter", "editor", "koresponden"),
    stopwords=(
        "yang", "dan", "di", "dari", "ini", "itu", "dengan", "untuk", "tidak", "dalam", "akan",
        "pada", "juga", "ke", "karena", "oleh", "ada", "adalah", "mereka",
    ),
)  # fmt: skip
