"""Text in legacy encodings reads as it was written, every guess is reported, and an
encoding can be named (``--encoding``, ``encoding=``)."""

from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import newsschema
from conftest import EXAMPLES
from newsschema import ConfigError, DecodingError, from_jsonld
from newsschema._convert import load, load_file
from newsschema._text.charsets import CANDIDATES
from newsschema._text.decode import MAX_BYTES, decode
from newsschema.cli import main

WEST = ("cp1252", "latin-1", "iso8859-15")
CENTRAL = ("cp1250", "iso8859-2")
CYRILLIC = ("cp1251", "koi8-r", "iso8859-5")
# the encodings an article in each language is plausibly saved in
PLAUSIBLE = {
    **dict.fromkeys(("en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "fi"), WEST),
    **dict.fromkeys(("pl", "cs", "hu", "ro"), CENTRAL),
    "ru": CYRILLIC,
    "uk": ("cp1251", "koi8-u", "iso8859-5"),
    "bg": ("cp1251", "iso8859-5"),
}
# fixtures stored in a legacy encoding already
STORED = {"16-de-hallenbad-cp1252": "cp1252", "19-ru-biblioteka-cp1251": "cp1251"}
STORED["37-fr-marche-couvert-latin1"] = "latin-1"

# short briefs (invented for these tests), each with the encodings it is plausibly saved in
BRIEFS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": (
        (
            "Council “wasn’t told” about the bridge delay\n\nThe council says it wasn’t warned "
            "that repairs would slip — again — until a week ago, the mayor’s office said."
        ),
        WEST,
    ),
    "de": (
        (
            "Neue Brücke in Kleinau eröffnet\n\nDer Bürgermeister hat am Montag die "
            "Fußgängerbrücke über die Saale freigegeben. Sie ersetzt den alten Steg, der im "
            "Frühjahr gesperrt worden war."
        ),
        WEST,
    ),
    "de-short": (
        (
            "Bürgermeister eröffnet Brücke\n\nDie neue Fußgängerbrücke über die Saale ist seit "
            "Montag für alle offen."
        ),
        WEST,
    ),
    "fr": (
        (
            "Le marché couvert rouvre après travaux\n\nAprès huit mois de chantier, les "
            "commerçants ont retrouvé leurs étals jeudi. La mairie a promis des loyers réduits "
            "jusqu'à l'été."
        ),
        WEST,
    ),
    "fr-short": (
        (
            "Le marché rouvre après travaux\n\nLes commerçants ont retrouvé leurs étals jeudi "
            "matin, très tôt, avant le lever du jour."
        ),
        WEST,
    ),
    "fr-euro": (
        (
            "Le prix du pain augmente de 10 €\n\nLes boulangers du cœur de la ville ont relevé "
            "leurs prix mardi, à cause de la hausse de l'énergie et du prix des œufs."
        ),
        WEST,
    ),
    "es": (
        (
            "La biblioteca de Peñalba amplía su horario\n\nDesde el lunes, la sala de lectura "
            "abrirá también los sábados por la mañana, según informó el ayuntamiento."
        ),
        WEST,
    ),
    "it": (
        (
            "Riapre la funivia dopo la revisione\n\nLa cabina è tornata in servizio giovedì, con "
            "più corse nei fine settimana e un biglietto ridotto per gli studenti dell'università."
        ),
        WEST,
    ),
    "pt": (
        (
            "Câmara aprova novo horário dos autocarros\n\nA partir de março, as linhas que servem "
            "a estação passarão a circular até à meia-noite, disse a vereadora responsável."
        ),
        WEST,
    ),
    "nl": (
        (
            "Gemeente opent nieuwe fietsenstalling\n\nBij het station staan sinds dinsdag ruim "
            "tweeduizend plekken klaar. De wethouder zegt dat de ideeën van de buurt zijn "
            "overgenomen."
        ),
        WEST,
    ),
    "sv": (
        (
            "Färjan till Lillö går igen\n\nEfter två veckors uppehåll på grund av isen kör "
            "färjan åter enligt tidtabell, meddelar kommunen. Resenärer får räkna med förseningar."
        ),
        WEST,
    ),
    "da": (
        (
            "Færgen til Ærø sejler igen\n\nEfter en uges pause på grund af storm sejler færgen "
            "igen efter køreplanen, oplyser rederiet, som beklager ventetiden."
        ),
        WEST,
    ),
    "fi": (
        (
            "Uusi silta avattiin liikenteelle\n\nKaupungin mukaan silta on ollut suljettuna "
            "kesästä asti, mutta nyt korjaustyöt ovat valmiit ja liikenne kulkee taas."
        ),
        WEST,
    ),
    "pl": (
        (
            "Nowy dworzec w Zielonkach otwarty\n\nPasażerowie mogą już korzystać z poczekalni i "
            "kas. Według starosty przebudowa kosztowała mniej, niż zakładano, a prace skończyły "
            "się przed terminem."
        ),
        CENTRAL,
    ),
    "cs": (
        (
            "Obec opravila starou lávku přes řeku\n\nPo třech měsících prací je lávka opět "
            "průchozí. Starostka uvedla, že oprava stála méně, než se čekalo."
        ),
        CENTRAL,
    ),
    "hu": (
        (
            "Újra jár a komp a Dunán\n\nA hajózási társaság közlése szerint hétfőtől ismét "
            "óránként indul a komp, és a jegyek ára nem változik."
        ),
        CENTRAL,
    ),
    "ro": (
        (
            "Primăria deschide o nouă piaţă în centru\n\nComercianţii vor putea închiria tarabe "
            "de luni, a anunţat primarul, care a promis şi locuri de parcare noi."
        ),
        CENTRAL,
    ),
    "tr": (
        (
            "Belediye yeni kütüphaneyi açtı\n\nŞehir merkezindeki kütüphane pazartesi günü "
            "hizmete girdi. Başkan, binanın öğrenciler için gece yarısına kadar açık kalacağını "
            "söyledi."
        ),
        ("cp1254", "iso8859-9"),
    ),
    "ru": (
        (
            "В Заречье открыли новый мост\n\nДвижение по мосту через реку запустили в пятницу "
            "утром. По словам главы района, ремонт занял меньше времени, чем ожидалось."
        ),
        CYRILLIC,
    ),
    "ru-short": (
        (
            "Мост открыли\n\nДвижение по новому мосту запустили в пятницу утром, сообщили в "
            "администрации района города."
        ),
        CYRILLIC,
    ),
    "uk": (
        (
            "У Львові відкрили нову пекарню\n\nПекарня на Підвальній працює щодня з сьомої "
            "ранку. Її власниця каже, що хліб печуть на заквасці за старим рецептом."
        ),
        ("cp1251", "koi8-u", "iso8859-5"),
    ),
    "bg": (
        (
            "Общината ремонтира стария мост\n\nРаботата по моста над реката ще продължи до края "
            "на месеца, съобщиха от общината. Движението е пренасочено."
        ),
        ("cp1251", "iso8859-5"),
    ),
    "el": (
        (
            "Άνοιξε ξανά το μουσείο της πόλης\n\nΗ νέα γραμμή λεωφορείου θα συνδέει το κέντρο "
            "με το μουσείο από τη Δευτέρα, ανακοίνωσε ο δήμος."
        ),
        ("cp1253", "iso8859-7"),
    ),
    "he": (
        (
            "העירייה פתחה גן ציבורי חדש\n\nהגן החדש ליד תחנת הרכבת נפתח ביום שלישי, ובו מגרש "
            "משחקים וספסלים רבים ליד העצים."
        ),
        ("cp1255", "iso8859-8"),
    ),
    "ar": (
        (
            "افتتاح مكتبة جديدة في وسط المدينة\n\nأعلنت البلدية أن المكتبة ستفتح أبوابها يوميا من "
            "الصباح حتى المساء، وأن الدخول مجاني."
        ),
        ("cp1256",),
    ),
    "th": (
        "เทศบาลเปิดสวนสาธารณะแห่งใหม่\n\nสวนแห่งใหม่ใกล้สถานีรถไฟเปิดให้บริการแล้วตั้งแต่วันจันทร์ที่ผ่านมาทุกวัน",
        ("cp874", "tis-620"),
    ),
    "ja": (
        (
            "市が新しい図書館を開館\n\n駅前の新しい図書館は月曜日から利用できる。市によると、"
            "開館時間は午前九時から午後八時までとなる。"
        ),
        ("shift_jis", "cp932", "euc-jp", "iso-2022-jp"),
    ),
    "zh": (
        (
            "城市新图书馆正式开放\n\n位于火车站附近的新图书馆从周一起向市民开放，馆内有三万多册"
            "图书和一个儿童阅读区。"
        ),
        ("gb2312", "gbk", "gb18030"),
    ),
    "zh-Hant": (
        (
            "市政府宣布新公園開放\n\n位於車站旁的新公園從星期一起對市民開放，園內設有兒童遊樂場"
            "與許多長椅，開放到晚上十點。"
        ),
        ("big5", "cp950"),
    ),
    "ko": (
        (
            "시청, 새 도서관 문 열어\n\n역 근처에 있는 새 도서관이 월요일부터 시민들에게 문을 "
            "열었다. 시는 도서관이 매일 밤 아홉 시까지 운영된다고 밝혔다."
        ),
        ("euc-kr", "cp949"),
    ),
    "lt": (
        (
            "Mieste atidaryta nauja biblioteka\n\nNaujoji biblioteka prie geležinkelio stoties "
            "duris atvėrė pirmadienį. Savivaldybė žada, kad ji dirbs iki vėlyvo vakaro."
        ),
        ("cp1257", "iso8859-13"),
    ),
    "lv": (
        (
            "Pilsētā atvērta jauna bibliotēka\n\nJaunā bibliotēka pie dzelzceļa stacijas durvis "
            "vēra pirmdien. Pašvaldība sola, ka tā strādās līdz vēlam vakaram."
        ),
        ("cp1257", "iso8859-13"),
    ),
}
NOT_TEXT_CODECS = ("rot13", "zlib", "hex", "base64", "idna", "bz2", "uu", "quopri", "punycode")
NOT_TEXT_CODECS += ("unicode_escape", "raw_unicode_escape", "undefined", "utf-7", "no-such-thing")


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def fixture_text(stem: str) -> str:
    return (EXAMPLES / f"{stem}.txt").read_bytes().decode(STORED.get(stem, "utf-8-sig"))


def fixture_cases() -> list[tuple[str, str]]:
    cases = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = fixture_text(path.stem)
        language = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["language"]
        cases += [
            (path.stem, encoding)
            for encoding in PLAUSIBLE[language]
            if encodable(text, encoding) and not text.encode(encoding).isascii()
        ]
    return cases


def encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False  # the code page lacks a character of the text
    return True


def brief_cases() -> list[tuple[str, str]]:
    return [
        (name, encoding)
        for name, (text, encodings) in BRIEFS.items()
        for encoding in encodings
        if encodable(text, encoding)
    ]


@pytest.mark.parametrize(("stem", "encoding"), fixture_cases())
def test_fixture_saved_in_a_legacy_encoding_reads_as_the_utf8_file(
    tmp_path: Path, stem: str, encoding: str
) -> None:
    text = fixture_text(stem)
    path = tmp_path / f"{stem}.txt"
    path.write_bytes(text.encode(encoding))
    loaded = load_file(path)
    assert loaded.article == load(text.encode(), fmt="text").article
    assert "encoding was guessed" in str(loaded.warnings[0])


def test_every_language_with_a_legacy_fixture_is_covered() -> None:
    covered = {encoding for _, encoding in fixture_cases()}
    # (the Russian fixtures hold guillemets, which KOI8-R lacks: the briefs cover it)
    assert covered >= {"cp1252", "latin-1", "iso8859-15", "cp1250", "iso8859-2", "cp1251"}
    assert len(brief_cases()) > 70


@pytest.mark.parametrize(("name", "encoding"), brief_cases())
def test_short_brief_decodes_right(name: str, encoding: str) -> None:
    text, _ = BRIEFS[name]
    data = text.encode(encoding)
    assert 100 <= len(data) <= 300
    decoded = decode(data)
    assert decoded.text == text
    assert decoded.warning is not None
    assert f"guessed: {decoded.encoding} (" in decoded.warning


def test_guessed_encoding_is_named_and_the_language_given() -> None:
    decoded = decode(BRIEFS["de"][0].encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.warning is not None
    assert "not UTF-8" in decoded.warning
    assert "cp1252 (Windows Western European; the text reads as de)" in decoded.warning
    assert "--encoding" in decoded.warning
    assert decode(BRIEFS["ru"][0].encode("koi8-r")).encoding == "koi8-r"


def test_utf8_and_a_byte_order_mark_give_no_warning() -> None:
    text = BRIEFS["de"][0]
    for data in (text.encode(), codecs.BOM_UTF8 + text.encode(), text.encode("utf-16")):
        assert decode(data).text == text
        assert decode(data).warning is None


def test_candidates_are_text_encodings_python_knows() -> None:
    for codec, description in CANDIDATES:
        assert codecs.lookup(codec).name == codec
        assert description


def test_guess_reaches_the_cli_and_inspect(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(BRIEFS["fr"][0].encode("cp1252"))
    result = run("convert", str(path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Le marché couvert rouvre après travaux"
    assert "warning: " in result.stderr
    assert "encoding was guessed: cp1252" in result.stderr
    result = run("convert", str(path), "--fail-on", "warning")
    assert result.exit_code == 1
    result = run("inspect", str(path))
    assert result.exit_code == 0
    assert "warning: the file is not UTF-8; its encoding was guessed: cp1252" in result.stdout
    assert "Le marché couvert rouvre après travaux" in result.stdout
    assert newsschema.analyze_file(path).encoding == "cp1252"


def test_encoding_option_forces_an_encoding(tmp_path: Path) -> None:
    text = BRIEFS["ru"][0]
    path = tmp_path / "most.txt"
    path.write_bytes(text.encode("cp1251"))
    assert newsschema.parse_file(path, encoding="windows-1251").headline == text.split("\n")[0]
    forced = newsschema.parse_file(path, encoding="koi8-r")  # wrong, but as told
    assert forced.headline == text.split("\n")[0].encode("cp1251").decode("koi8-r")
    result = newsschema.analyze_file(path, encoding="cp1251")
    assert result.encoding == "cp1251"
    assert not any("encoding" in str(w) for w in result.warnings)
    result_cli = run("convert", str(path), "--encoding", "cp1251")
    assert result_cli.exit_code == 0, result_cli.stderr
    assert json.loads(result_cli.stdout)["headline"] == "В Заречье открыли новый мост"
    assert "guessed" not in result_cli.stderr
    inspected = run("inspect", str(path), "--encoding", "koi8-r")
    assert inspected.exit_code == 0
    assert "guessed" not in inspected.stdout


def test_encoding_option_in_a_batch(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("ru", "ru-short"):
        (src / f"{name}.txt").write_bytes(BRIEFS[name][0].encode("koi8-r"))
    out = tmp_path / "out"
    result = run("convert", str(src), "--out-dir", str(out), "--encoding", "KOI8-R", "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert "warnings" in result.stderr
    assert json.loads((out / "ru-short.json").read_text(encoding="utf-8"))["headline"] == (
        "Мост открыли"
    )
    assert "guessed" not in result.stderr


def test_a_file_not_in_the_named_encoding_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(("Headline\n\n" + BRIEFS["de"][0]).encode("cp1252"))
    with pytest.raises(DecodingError, match="not valid utf-8") as info:
        newsschema.parse_file(path, encoding="utf-8")
    assert info.value.file == str(path)
    assert info.value.line == 3


@pytest.mark.parametrize("name", NOT_TEXT_CODECS)
def test_a_name_that_is_no_text_encoding_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(BRIEFS["en"][0], encoding="utf-8")
    with pytest.raises(ConfigError, match="not a text encoding"):
        newsschema.parse_file(path, encoding=name)
    with pytest.raises(ConfigError, match="not a text encoding"):
        newsschema.analyze_file(path, encoding=name)
    for command in ("convert", "inspect"):
        result = run(command, str(path), "--encoding", name)
        assert result.exit_code == 2
        assert "not a text encoding" in result.stderr
        assert "Traceback" not in result.output


@pytest.mark.parametrize("charset", [*NOT_TEXT_CODECS, "utf-16", "utf-32", "x-user-defined"])
def test_html_charset_that_is_no_text_encoding_is_ignored(charset: str) -> None:
    page = (
        f'<html><head><meta charset="{charset}"><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Le marché rouvre après les travaux de l’été"}</script></head></html>'
    ).encode("cp1252")
    assert from_jsonld(page).headline == "Le marché rouvre après les travaux de l’été"


def test_html_charsets_are_read_as_browsers_do() -> None:
    headline = "Мост открыли после ремонта"
    for charset, encoding in (("windows-1251", "cp1251"), ("koi8-r", "koi8-r")):
        page = (
            f"<html><head><meta http-equiv='Content-Type' content='text/html; "
            f"charset={charset}'><script type='application/ld+json'>"
            f'{{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{headline}"}}</script></head></html>'
        ).encode(encoding)
        assert from_jsonld(page).headline == headline
    # Latin-1 and ASCII labels mean Windows-1252 to a browser
    page = (
        '<meta charset="iso-8859-1"><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "It’s “here”"}</script>'
    ).encode("cp1252")
    assert from_jsonld(page).headline == "It’s “here”"


def test_encoding_option_overrides_what_a_page_declares(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(
        (
            '<meta charset="windows-1252"><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Мост открыли"}</script>'
        ).encode("cp1251")
    )
    assert load_file(page).article.headline != "Мост открыли"
    assert load_file(page, encoding="cp1251").article.headline == "Мост открыли"
    result = run("convert", str(page), "--encoding", "cp1251")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Мост открыли"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("name", ["en", "ru", "zh", "ja", "el"])
def test_utf16_and_utf32_without_a_byte_order_mark_are_text(codec: str, name: str) -> None:
    text = BRIEFS[name][0]
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == codec
    assert decoded.warning is not None
    assert "byte-order mark" in decoded.warning


def test_utf16_without_a_byte_order_mark_reads_as_an_article(tmp_path: Path) -> None:
    text = fixture_text("00-river-museum")
    path = tmp_path / "museum.txt"
    path.write_bytes(text.encode("utf-16-le"))
    assert newsschema.parse_file(path) == load(text.encode(), fmt="text").article


def test_binary_data_with_nul_bytes_is_still_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(newsschema.BinaryInputError):
        decode(png)
    with pytest.raises(newsschema.BinaryInputError):
        decode(bytes(range(256)) * 16)


def test_text_in_an_encoding_no_article_uses_is_refused_clearly() -> None:
    # a DOS code page: its letters fall where Windows and ISO code pages have controls
    data = ("Headline\n\n" + BRIEFS["de"][0]).encode("cp437")
    with pytest.raises(DecodingError, match="name its encoding") as info:
        decode(data, file="dos.txt")
    assert info.value.line == 3
    assert decode(data, encoding="cp437").text.endswith("gesperrt worden war.")


def test_utf8_with_a_few_cp1252_bytes_keeps_its_utf8() -> None:
    text = BRIEFS["de"][0] + "\n\n"
    data = text.encode() + "It’s fine, the café said.\n".encode("cp1252")
    decoded = decode(data)
    assert decoded.text == text + "It’s fine, the café said.\n"
    assert decoded.encoding == "utf-8"
    assert decoded.warning is not None
    assert "UTF-8 but for 2 bytes" in decoded.warning
    assert "line 5" in decoded.warning


@pytest.mark.parametrize("name", ["de", "ja", "ru"])
def test_a_large_legacy_file_is_read_in_linear_time(name: str) -> None:
    text, encodings = BRIEFS[name]
    unit = (text + "\n\n").encode(encodings[0])
    small = unit * (MAX_BYTES // 8 // len(unit))
    large = unit * (MAX_BYTES // len(unit))
    timings = []
    for data in (small, large):
        start = time.perf_counter()
        assert decode(data).text == (text + "\n\n") * (len(data) // len(unit))
        timings.append(time.perf_counter() - start)
    assert timings[1] < 2.0
    assert timings[1] < 8 * timings[0] + 0.2


@pytest.mark.parametrize(
    ("headline", "encoding"),
    [("Мост открыли после ремонта", "koi8-r"), ("Brücke über die Saale eröffnet", "cp1252")],
)
def test_page_without_a_charset_is_guessed_like_a_text_file(headline: str, encoding: str) -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "headline": "{headline}"}}</script></head></html>'
    ).encode(encoding)
    assert from_jsonld(page).headline == headline


def test_page_in_utf8_but_for_a_cp1252_quote_keeps_its_utf8() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Brücke über die Saale eröffnet"}</script>'
    ).encode() + "<p>It’s open</p></head></html>".encode("cp1252")
    assert from_jsonld(page).headline == "Brücke über die Saale eröffnet"


def test_encoding_option_overrides_an_xml_declaration(tmp_path: Path) -> None:
    nitf = (EXAMPLES / "15-fr-boulangers-energie.xml").read_text(encoding="utf-8")
    assert nitf.startswith("<?xml version='1.0' encoding='UTF-8'?>")
    path = tmp_path / "latin1-declared-utf8.xml"
    path.write_bytes(nitf.encode("latin-1", errors="xmlcharrefreplace"))
    want = newsschema.from_nitf(nitf.encode())
    with pytest.raises(newsschema.FormatError):
        load_file(path)
    assert load_file(path, encoding="latin-1").article == want
    result = run("convert", str(path), "--encoding", "latin-1")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == want.headline


def test_configuration_file_that_is_not_utf8_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "newsschema.toml").write_bytes('[publisher]\nname = "Café"\n'.encode("cp1252"))
    monkeypatch.chdir(tmp_path)
    for args in (("config",), ("convert", "-")):
        result = run(*args, stdin=BRIEFS["en"][0].encode())
        assert result.exit_code in {1, 2}
        assert "newsschema.toml: byte 23 is not UTF-8" in result.stderr
        assert "Traceback" not in result.output


def test_input_list_naming_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    name = b"caf\xe9.txt"  # a Latin-1 file name, as older systems write them
    try:
        (tmp_path / os.fsdecode(name)).write_bytes(BRIEFS["fr"][0].encode("cp1252"))
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take non-UTF-8 names")
    listing = tmp_path / "list.txt"
    listing.write_bytes(os.fsencode(tmp_path) + b"/" + name + b"\n")
    result = run("convert", "--from-list", str(listing))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Le marché couvert rouvre après travaux"
