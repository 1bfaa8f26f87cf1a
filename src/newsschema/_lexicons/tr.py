"""Turkish."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="tr",
    date_order=DateOrder.DMY,
    months={
        1: ("ocak", "oca"),
        2: ("şubat", "şub"),
        3: ("mart",),
        4: ("nisan", "nis"),
        5: ("mayıs", "may"),
        6: ("haziran", "haz"),
        7: ("temmuz", "tem"),
        8: ("ağustos", "ağu"),
        9: ("eylül", "eyl"),
        10: ("ekim", "eki"),
        11: ("kasım", "kas"),
        12: ("aralık", "ara"),
    },
    weekdays=("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    date_words=("saat",),
    time_before=("saat",),
    relative=Relative(
        after=("önce",),
        units=("dakika", "saat", "gün", "hafta", "ay", "yıl"),
        words=("şimdi", "bugün", "dün"),
    ),
    labels=Labels(
        cookies=("çerez", "cookie"),
        consent=(
            "kabul et", "tümünü kabul et", "hepsini kabul et", "kabul ediyorum", "reddet",
            "tümünü reddet", "ayarlar", "tamam",
        ),
        site_links=(
            "hakkımızda", "iletişim", "künye", "gizlilik politikası", "gizlilik",
            "çerez politikası", "kullanım koşulları", "kvkk", "reklam", "site haritası", "yardım",
            "abonelik", "kariyer",
        ),
        published=("yayınlanma", "yayın tarihi", "yayınlandı", "tarih"),
        modified=("güncelleme", "güncellendi", "son güncelleme"),
        photo=("fotoğraf", "foto", "görsel"),
        source=("kaynak",),
        tags=("etiketler", "konular"),
        read_more=("ayrıca okuyun", "ilgili haberler", "devamını oku", "en çok okunanlar",
        "son haberler", "diğer haberler", "bunlar da ilginizi çekebilir",),
        share=("paylaş",),
        advertisement=("reklam",),
        comments=("yorumlar", "yorum"),
        newsletter=("abone ol", "bülten"),
        editor=("editör",),
    ),
    by=("yazan", "yazar", "haber"),
    and_words=("ve",),
    roles=("muhabir", "muhabiri", "editör", "yazar", "gazeteci"),
    stopwords=(
        "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "ama", "gibi",
        "en", "olan", "sonra", "kadar", "her", "ancak", "değil",
    ),
)  # fmt: skip
