"""Language detection from an article's own words (BCP 47 primary tags)."""

from __future__ import annotations

import pytest

from newsschema._text.language import detect_language

SAMPLES = {
    "en": "The town council said on Monday that the new bridge would open in the spring, "
    "and residents who had waited for years were pleased with the decision.",
    "de": "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke im Frühjahr eröffnet "
    "wird, und die Anwohner, die seit Jahren darauf gewartet haben, sind zufrieden.",
    "fr": "Le conseil municipal a annoncé lundi que le nouveau pont sera ouvert au printemps, "
    "et les habitants qui attendaient depuis des années sont satisfaits de la décision.",
    "es": "El ayuntamiento anunció el lunes que el nuevo puente se abrirá en la primavera, y "
    "los vecinos que esperaban desde hace años están contentos con la decisión.",
    "it": "Il consiglio comunale ha annunciato lunedì che il nuovo ponte sarà aperto in "
    "primavera, e gli abitanti che lo aspettavano da anni sono soddisfatti della decisione.",
    "pt": "A câmara municipal anunciou na segunda-feira que a nova ponte vai abrir na "
    "primavera, e os moradores que esperavam há anos estão satisfeitos com a decisão.",
    "nl": "De gemeenteraad heeft maandag bekendgemaakt dat de nieuwe brug in het voorjaar "
    "opengaat, en de bewoners die er al jaren op wachten zijn blij met het besluit.",
    "pl": "Rada miasta ogłosiła w poniedziałek, że nowy most zostanie otwarty wiosną, a "
    "mieszkańcy, którzy czekali na to od lat, są zadowoleni z tej decyzji.",
    "sv": "Kommunen meddelade på måndagen att den nya bron ska öppnas i vår, och de boende "
    "som har väntat i flera år är nöjda med beslutet som till sist kom.",
    "ru": "Городской совет в понедельник объявил, что новый мост откроется весной, и жители, "
    "которые ждали этого много лет, довольны таким решением.",
    "uk": "Міська рада у понеділок оголосила, що новий міст відкриють навесні, і мешканці, "
    "які чекали цього багато років, задоволені таким рішенням.",
    "el": "Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει την "
    "άνοιξη, και οι κάτοικοι που περίμεναν χρόνια είναι ικανοποιημένοι.",
    "ar": "أعلن المجلس البلدي يوم الاثنين أن الجسر الجديد سيفتح في الربيع، ورحب السكان "
    "الذين انتظروا سنوات طويلة بهذا القرار.",
    "he": "מועצת העיר הודיעה ביום שני כי הגשר החדש ייפתח באביב, והתושבים שחיכו שנים "
    "רבות מרוצים מההחלטה.",
    "zh": "市议会周一宣布，新桥将于春季开通，等待多年的居民对这一决定表示满意。",
    "ja": "市議会は月曜日、新しい橋が春に開通すると発表し、"
    "長年待っていた住民はこの決定を歓迎した。",
    "ko": "시의회는 월요일 새 다리가 봄에 개통된다고 발표했으며, 수년간 기다려 온 주민들은 "
    "이 결정을 환영했다.",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items(), ids=list(SAMPLES))
def test_detects_the_language(lang: str, text: str) -> None:
    assert detect_language(text * 3) == lang


def test_too_little_text_is_unknown() -> None:
    assert detect_language("Ok.") is None
    assert detect_language("12 34 56 78 90 12 34 56 78 90 12 34") is None
