"""The words and date forms of each language, as the generated news sites print them.

Data only: the site templates (``sites.py``) look words up here; a new language is a
new entry in ``LANGS``. Every string is our own; month and weekday names are the
languages' ordinary ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DateStyle:
    """A way a site prints a date: a ``str.format`` pattern over the fields of ``date_fields``."""

    pattern: str
    has_time: bool = False
    has_zone: bool = False


@dataclass(frozen=True)
class Lang:
    code: str
    months: tuple[str, ...]
    months_gen: tuple[str, ...]  # the form after a day number ("12 апреля", "12 kwietnia")
    months_abbr: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_styles: tuple[DateStyle, ...]
    zones: dict[int, str]  # UTC offset in minutes -> the abbreviation sites of this language print
    by: tuple[str, ...]  # byline openers; "" = bare names
    and_word: str
    published: tuple[str, ...]
    updated: tuple[str, ...]
    photo: tuple[str, ...]  # credit labels; "{}" marks where the credit goes
    advertisement: str
    read_more: tuple[str, ...]
    tags: tuple[str, ...]
    share: tuple[str, ...]
    comments: str  # "{n}" = count
    newsletter: tuple[str, str, str]  # title, pitch, button
    cookie: tuple[str, str]  # text, button
    nav: tuple[str, ...]
    footer: tuple[str, ...]
    related: str
    bio: str  # "{name}", "{site}"
    relative_update: str  # an "updated N hours ago" line: no date in it
    sources: str  # "{agency}": the closing source line of agency copy
    role_staff: str
    role_corr: str  # "{place}"
    save: tuple[str, ...] = field(default=())


def _w(text: str) -> tuple[str, ...]:
    """Space-separated words (month and weekday names are data, kept on one line each)."""
    return tuple(text.split())


def _styles(*items: tuple[str, bool, bool]) -> tuple[DateStyle, ...]:
    return tuple(DateStyle(p, t, z) for p, t, z in items)


EN_MONTHS = _w(
    "January February March April May June July August September October November December"
)

LANGS: dict[str, Lang] = {
    "en": Lang(
        code="en",
        months=EN_MONTHS,
        months_gen=EN_MONTHS,
        months_abbr=_w("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec."),
        weekdays=_w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        date_styles=_styles(
            ("{M} {d}, {Y}", False, False),
            ("{Ma} {d}, {Y} {h12}:{MI} {ampm} {Z}", True, True),
            ("{d} {M} {Y}", False, False),
            ("{W}, {M} {d}, {Y}", False, False),
            ("{h12}:{MI} {AMPM} {Z}, {Wa} {M} {d}, {Y}", True, True),
            ("{Y}-{mm}-{dd}", False, False),
            ("{M} {d}, {Y} at {h12}:{MI} {ampm2}", True, False),
            ("{Mb} {d}, {Y} {HH}:{MI} {Z}", True, True),
            ("{ISO}", True, True),
        ),
        zones={-240: "EDT", -300: "EST", -420: "PDT", -480: "PST", 0: "GMT", 60: "CET"},
        by=("By", "By", "BY", "", "by:"),
        and_word="and",
        published=("Published", "Posted", "Published on"),
        updated=("Updated", "Last updated", "Updated on"),
        photo=("Photograph: {}", "Photo: {}", "Credit: {}", "({})", "Image: {}", "Photo by {}"),
        advertisement="Advertisement",
        read_more=("Read more:", "READ MORE:", "Related:"),
        tags=("Tags:", "Topics:"),
        share=("Share on Facebook", "Share on X", "Email", "Copy link"),
        comments="{n} comments",
        newsletter=(
            "Sign up for The Morning Brief",
            "The day's essential stories, in your inbox before breakfast.",
            "Subscribe",
        ),
        cookie=(
            (
                "We use cookies to give you the best experience on our site. "
                "By continuing you agree to our cookie policy."
            ),
            "Accept all cookies",
        ),
        nav=("Home", "News", "World", "Business", "Sport", "Culture", "Opinion"),
        footer=("About us", "Contact", "Privacy policy", "Terms of use", "Advertise"),
        related="More stories",
        bio="{name} is a staff writer at {site}.",
        relative_update="Updated 2 hours ago",
        sources="Additional reporting by {agency}.",
        role_staff="Staff Writer",
        role_corr="{place} correspondent",
        save=("Save this story", "Gift article"),
    ),
    "de": Lang(
        code="de",
        months=_w(
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
        ),
        months_gen=_w(
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
        ),
        months_abbr=_w("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
        weekdays=_w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
        date_styles=_styles(
            ("{dd}.{mm}.{Y}", False, False),
            ("{dd}.{mm}.{Y}, {HH}:{MI} Uhr", True, False),
            ("{d}. {M} {Y}", False, False),
            ("{d}. {M} {Y}, {HH}.{MI} Uhr", True, False),
            ("{W}, {dd}.{mm}.{Y}, {HH}:{MI} Uhr", True, False),
            ("{d}. {M} {Y} um {HH}:{MI} Uhr", True, False),
            ("{dd}.{mm}.{Y} {HH}:{MI} Uhr {Z}", True, True),
        ),
        zones={60: "MEZ", 120: "MESZ"},
        by=("Von", "von", "", "Ein Beitrag von"),
        and_word="und",
        published=("Veröffentlicht am", "Stand:", "Erschienen am"),
        updated=("Aktualisiert am", "Zuletzt aktualisiert:"),
        photo=("Foto: {}", "Bild: {}", "© {}", "Foto: © {}"),
        advertisement="Anzeige",
        read_more=("Lesen Sie auch:", "Mehr zum Thema:", "Auch interessant:"),
        tags=("Themen:", "Schlagworte:"),
        share=("Teilen", "Auf Facebook teilen", "Auf X teilen", "Link kopieren"),
        comments="{n} Kommentare",
        newsletter=(
            "Der Morgen-Newsletter",
            "Die wichtigsten Nachrichten des Tages, jeden Morgen in Ihrem Postfach.",
            "Jetzt anmelden",
        ),
        cookie=(
            (
                "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. "
                "Mit der Nutzung der Seite stimmen Sie dem zu."
            ),
            "Alle akzeptieren",
        ),
        nav=("Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Wissen"),
        footer=("Impressum", "Datenschutz", "Kontakt", "AGB", "Mediadaten"),
        related="Mehr aus dem Ressort",
        bio="{name} schreibt für {site} über Politik und Gesellschaft.",
        relative_update="Aktualisiert vor 2 Stunden",
        sources="Mit Material von {agency}",
        role_staff="Redaktion",
        role_corr="Korrespondent in {place}",
    ),
    "fr": Lang(
        code="fr",
        months=_w(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        months_gen=_w(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        months_abbr=_w("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
        weekdays=_w("lundi mardi mercredi jeudi vendredi samedi dimanche"),
        date_styles=_styles(
            ("{d} {M} {Y}", False, False),
            ("{d} {M} {Y} à {HH}h{MI}", True, False),
            ("{dd}/{mm}/{Y}", False, False),
            ("le {d} {M} {Y} à {HH}:{MI}", True, False),
            ("{W} {d} {M} {Y}", False, False),
            ("{dd}/{mm}/{Y} à {HH}h{MI}", True, False),
        ),
        zones={60: "CET", 120: "CEST"},
        by=("Par", "par", ""),
        and_word="et",
        published=("Publié le", "Publié"),
        updated=("Mis à jour le", "Modifié le"),
        photo=("Photo : {}", "© {}", "Crédit : {}", "({})"),
        advertisement="Publicité",
        read_more=("Lire aussi :", "À lire aussi :", "Sur le même sujet :"),
        tags=("Mots-clés :", "Sujets :"),
        share=("Partager", "Partager sur Facebook", "Partager sur X", "Copier le lien"),
        comments="{n} commentaires",
        newsletter=(
            "La lettre du matin",
            "L'essentiel de l'actualité chaque matin dans votre boîte mail.",
            "Je m'inscris",
        ),
        cookie=(
            (
                "Nous utilisons des cookies pour améliorer votre expérience. "
                "En poursuivant votre navigation, vous acceptez leur utilisation."
            ),
            "Tout accepter",
        ),
        nav=("Accueil", "International", "Politique", "Économie", "Culture", "Sport"),
        footer=("Mentions légales", "Contact", "Confidentialité", "CGU", "Publicité"),
        related="À lire également",
        bio="{name} est journaliste à {site}.",
        relative_update="Mis à jour il y a 2 heures",
        sources="Avec {agency}",
        role_staff="journaliste",
        role_corr="correspondant à {place}",
    ),
    "es": Lang(
        code="es",
        months=_w(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre"
        ),
        months_gen=_w(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre"
        ),
        months_abbr=_w("ene. feb. mar. abr. may. jun. jul. ago. sep. oct. nov. dic."),
        weekdays=_w("lunes martes miércoles jueves viernes sábado domingo"),
        date_styles=_styles(
            ("{d} de {M} de {Y}", False, False),
            ("{dd}/{mm}/{Y} {HH}:{MI} h", True, False),
            ("{d} {M} {Y} - {HH}:{MI} {Z}", True, True),
            ("{dd}/{mm}/{Y}", False, False),
            ("{d} de {M} de {Y}, {HH}:{MI}", True, False),
            ("{dd}/{mm}/{Y} - {HH}:{MI}", True, False),
        ),
        zones={60: "CET", 120: "CEST"},
        by=("Por", "por", ""),
        and_word="y",
        published=("Publicado:", "Publicado el"),
        updated=("Actualizado:", "Actualizado el"),
        photo=("Foto: {}", "Imagen: {}", "({})", "© {}"),
        advertisement="Publicidad",
        read_more=("Lee también:", "Te puede interesar:", "Más información:"),
        tags=("Etiquetas:", "Temas:"),
        share=("Compartir", "Compartir en Facebook", "Compartir en X", "Copiar enlace"),
        comments="{n} comentarios",
        newsletter=(
            "Boletín de la mañana",
            "Las noticias más importantes del día, cada mañana en tu correo.",
            "Suscribirme",
        ),
        cookie=(
            (
                "Utilizamos cookies propias y de terceros para mejorar tu experiencia. "
                "Si continúas navegando, aceptas su uso."
            ),
            "Aceptar",
        ),
        nav=("Portada", "Internacional", "España", "Economía", "Cultura", "Deportes"),
        footer=("Aviso legal", "Contacto", "Política de privacidad", "Cookies"),
        related="Más noticias",
        bio="{name} es periodista de {site}.",
        relative_update="Actualizado hace 2 horas",
        sources="Con información de {agency}",
        role_staff="Redacción",
        role_corr="corresponsal en {place}",
    ),
    "it": Lang(
        code="it",
        months=_w(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
            "novembre dicembre"
        ),
        months_gen=_w(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
            "novembre dicembre"
        ),
        months_abbr=_w("gen feb mar apr mag giu lug ago set ott nov dic"),
        weekdays=_w("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
        date_styles=_styles(
            ("{d} {M} {Y}", False, False),
            ("{dd}/{mm}/{Y} ore {HH}:{MI}", True, False),
            ("{d} {M} {Y} - {HH}:{MI}", True, False),
            ("{dd}.{mm}.{Y}", False, False),
            ("{W} {d} {M} {Y}", False, False),
        ),
        zones={60: "CET", 120: "CEST"},
        by=("di", "Di", ""),
        and_word="e",
        published=("Pubblicato il", "Pubblicato:"),
        updated=("Aggiornato il", "Ultimo aggiornamento:"),
        photo=("Foto: {}", "(foto {})", "© {}", "Credit: {}"),
        advertisement="Pubblicità",
        read_more=("Leggi anche:", "Approfondimenti:"),
        tags=("Tag:", "Argomenti:"),
        share=("Condividi", "Condividi su Facebook", "Condividi su X", "Copia link"),
        comments="{n} commenti",
        newsletter=(
            "La newsletter del mattino",
            "Le notizie più importanti della giornata, ogni mattina nella tua casella.",
            "Iscriviti",
        ),
        cookie=(
            (
                "Questo sito utilizza cookie per migliorare la tua esperienza. "
                "Continuando la navigazione ne accetti l'uso."
            ),
            "Accetta",
        ),
        nav=("Home", "Cronaca", "Politica", "Economia", "Esteri", "Sport", "Cultura"),
        footer=("Chi siamo", "Contatti", "Privacy", "Note legali"),
        related="Altre notizie",
        bio="{name} è giornalista di {site}.",
        relative_update="Aggiornato 2 ore fa",
        sources="Fonte: {agency}",
        role_staff="Redazione",
        role_corr="inviato a {place}",
    ),
    "pt": Lang(
        code="pt",
        months=_w(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
            "dezembro"
        ),
        months_gen=_w(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
            "dezembro"
        ),
        months_abbr=_w("jan fev mar abr mai jun jul ago set out nov dez"),
        weekdays=_w(
            "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"
        ),
        date_styles=_styles(
            ("{d} de {M} de {Y}", False, False),
            ("{dd}/{mm}/{Y} {HH}h{MI}", True, False),
            ("{dd}/{mm}/{Y} - {HH}:{MI}", True, False),
            ("{d} {Ma} {Y}, {HH}h{MI}", True, False),
            ("{dd}/{mm}/{Y}", False, False),
        ),
        zones={-180: "BRT", 0: "WET", 60: "WEST"},
        by=("Por", "por", ""),
        and_word="e",
        published=("Publicado em", "Publicado"),
        updated=("Atualizado em", "Atualizado"),
        photo=("Foto: {}", "Imagem: {}", "({})", "Crédito: {}"),
        advertisement="Publicidade",
        read_more=("Leia também:", "Veja também:", "Saiba mais:"),
        tags=("Tags:", "Assuntos:"),
        share=("Compartilhar", "Compartilhar no Facebook", "Compartilhar no X", "Copiar link"),
        comments="{n} comentários",
        newsletter=(
            "Newsletter da manhã",
            "As principais notícias do dia, toda manhã no seu e-mail.",
            "Quero receber",
        ),
        cookie=(
            (
                "Usamos cookies para melhorar sua experiência. "
                "Ao continuar navegando, você concorda com a nossa política."
            ),
            "Aceitar",
        ),
        nav=("Início", "Brasil", "Mundo", "Economia", "Esportes", "Cultura"),
        footer=("Quem somos", "Fale conosco", "Política de privacidade", "Termos de uso"),
        related="Mais lidas",
        bio="{name} é repórter de {site}.",
        relative_update="Atualizado há 2 horas",
        sources="Com informações da {agency}",
        role_staff="Redação",
        role_corr="correspondente em {place}",
    ),
    "nl": Lang(
        code="nl",
        months=_w(
            "januari februari maart april mei juni juli augustus september oktober november "
            "december"
        ),
        months_gen=_w(
            "januari februari maart april mei juni juli augustus september oktober november "
            "december"
        ),
        months_abbr=_w("jan feb mrt apr mei jun jul aug sep okt nov dec"),
        weekdays=_w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        date_styles=_styles(
            ("{d} {M} {Y}", False, False),
            ("{d} {M} {Y}, {HH}:{MI}", True, False),
            ("{dd}-{mm}-{Y}, {HH}:{MI}", True, False),
            ("{W} {d} {M} {Y}", False, False),
            ("{d} {Ma} {Y} om {HH}:{MI}", True, False),
        ),
        zones={60: "CET", 120: "CEST"},
        by=("Door", "door", ""),
        and_word="en",
        published=("Gepubliceerd:", "Gepubliceerd op"),
        updated=("Bijgewerkt:", "Laatste update:"),
        photo=("Foto: {}", "Beeld: {}", "({})", "© {}"),
        advertisement="Advertentie",
        read_more=("Lees ook:", "Meer over dit onderwerp:"),
        tags=("Tags:", "Onderwerpen:"),
        share=("Delen", "Deel op Facebook", "Deel op X", "Kopieer link"),
        comments="{n} reacties",
        newsletter=(
            "De ochtendbrief",
            "Elke ochtend het belangrijkste nieuws in je mailbox.",
            "Aanmelden",
        ),
        cookie=(
            (
                "Wij gebruiken cookies om je een betere ervaring te bieden. "
                "Door verder te gaan ga je hiermee akkoord."
            ),
            "Accepteren",
        ),
        nav=("Home", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur"),
        footer=("Over ons", "Contact", "Privacy", "Cookiebeleid"),
        related="Meer nieuws",
        bio="{name} is verslaggever bij {site}.",
        relative_update="2 uur geleden bijgewerkt",
        sources="Bron: {agency}",
        role_staff="redacteur",
        role_corr="correspondent in {place}",
    ),
    "pl": Lang(
        code="pl",
        months=_w(
            "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik "
            "listopad grudzień"
        ),
        months_gen=_w(
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
            "listopada grudnia"
        ),
        months_abbr=_w("sty lut mar kwi maj cze lip sie wrz paź lis gru"),
        weekdays=_w("poniedziałek wtorek środa czwartek piątek sobota niedziela"),
        date_styles=_styles(
            ("{d} {Mg} {Y}", False, False),
            ("{dd}.{mm}.{Y}, {HH}:{MI}", True, False),
            ("{d} {Mg} {Y}, {HH}:{MI}", True, False),
            ("{dd}.{mm}.{Y}", False, False),
            ("{W}, {d} {Mg} {Y}", False, False),
        ),
        zones={60: "CET", 120: "CEST"},
        by=("", "Autor:", "Tekst:"),
        and_word="i",
        published=("Opublikowano:", "Data publikacji:"),
        updated=("Aktualizacja:", "Zaktualizowano:"),
        photo=("Fot. {}", "Foto: {}", "({})", "Źródło: {}"),
        advertisement="Reklama",
        read_more=("Czytaj także:", "Zobacz też:"),
        tags=("Tagi:", "Tematy:"),
        share=("Udostępnij", "Udostępnij na Facebooku", "Udostępnij na X", "Kopiuj link"),
        comments="{n} komentarzy",
        newsletter=(
            "Poranny newsletter",
            "Najważniejsze wiadomości dnia, każdego ranka w Twojej skrzynce.",
            "Zapisz się",
        ),
        cookie=(
            (
                "Używamy plików cookies, aby ułatwić korzystanie z serwisu. "
                "Dalsze korzystanie oznacza zgodę na ich użycie."
            ),
            "Akceptuję",
        ),
        nav=("Strona główna", "Kraj", "Świat", "Gospodarka", "Sport", "Kultura"),
        footer=("O nas", "Kontakt", "Polityka prywatności", "Regulamin"),
        related="Najnowsze",
        bio="{name} jest dziennikarzem {site}.",
        relative_update="Zaktualizowano 2 godziny temu",
        sources="Źródło: {agency}",
        role_staff="dziennikarz",
        role_corr="korespondent w {place}",
    ),
    "ru": Lang(
        code="ru",
        months=_w(
            "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
        ),
        months_gen=_w(
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
        ),
        months_abbr=_w("янв фев мар апр мая июн июл авг сен окт ноя дек"),
        weekdays=_w("понедельник вторник среда четверг пятница суббота воскресенье"),
        date_styles=_styles(
            ("{d} {Mg} {Y}", False, False),
            ("{d} {Mg} {Y}, {HH}:{MI}", True, False),
            ("{dd}.{mm}.{Y} {HH}:{MI}", True, False),
            ("{HH}:{MI}, {d} {Mg} {Y}", True, False),
            ("{d} {Mg} {Y}, {HH}:{MI} {Z}", True, True),
            ("{d} {Mg} {Y} г.", False, False),
        ),
        zones={180: "МСК"},
        by=("", "Автор:", "Текст:"),
        and_word="и",
        published=("Опубликовано:", "Дата публикации:"),
        updated=("Обновлено:", "Обновлено"),
        photo=("Фото: {}", "© {}", "Фото: © {}", "({})"),
        advertisement="Реклама",
        read_more=("Читайте также:", "По теме:"),
        tags=("Теги:", "Темы:"),
        share=("Поделиться", "ВКонтакте", "Telegram", "Скопировать ссылку"),
        comments="{n} комментариев",
        newsletter=(
            "Утренняя рассылка",
            "Главные новости дня каждое утро в вашей почте.",
            "Подписаться",
        ),
        cookie=(
            (
                "Мы используем файлы cookie, чтобы сайт работал лучше. "
                "Продолжая пользоваться сайтом, вы соглашаетесь с этим."
            ),
            "Принять",
        ),
        nav=("Главная", "Политика", "Экономика", "Общество", "Спорт", "Культура"),
        footer=("О проекте", "Контакты", "Политика конфиденциальности", "Реклама на сайте"),
        related="Другие новости",
        bio="{name} — корреспондент издания «{site}».",
        relative_update="Обновлено 2 часа назад",
        sources="По материалам {agency}",
        role_staff="корреспондент",
        role_corr="собкор в городе {place}",
    ),
    "uk": Lang(
        code="uk",
        months=_w(
            "січень лютий березень квітень травень червень липень серпень вересень жовтень "
            "листопад грудень"
        ),
        months_gen=_w(
            "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
        ),
        months_abbr=_w("січ лют бер кві тра чер лип сер вер жов лис гру"),
        weekdays=_w("понеділок вівторок середа четвер пʼятниця субота неділя"),
        date_styles=_styles(
            ("{d} {Mg} {Y}", False, False),
            ("{d} {Mg} {Y}, {HH}:{MI}", True, False),
            ("{dd}.{mm}.{Y} {HH}:{MI}", True, False),
            ("{HH}:{MI}, {d} {Mg} {Y}", True, False),
            ("{d} {Mg} {Y} р.", False, False),
        ),
        zones={120: "EET", 180: "EEST"},
        by=("", "Автор:", "Автор —"),
        and_word="і",
        published=("Опубліковано:", "Дата публікації:"),
        updated=("Оновлено:", "Оновлено"),
        photo=("Фото: {}", "Фото ілюстративне: {}", "© {}", "({})"),
        advertisement="Реклама",
        read_more=("Читайте також:", "Раніше:"),
        tags=("Теги:", "Теми:"),
        share=("Поділитися", "Facebook", "Telegram", "Скопіювати посилання"),
        comments="{n} коментарів",
        newsletter=(
            "Ранкова розсилка",
            "Головні новини дня щоранку у вашій поштовій скриньці.",
            "Підписатися",
        ),
        cookie=(
            (
                "Ми використовуємо файли cookie, щоб сайт працював краще. "
                "Продовжуючи, ви погоджуєтеся з цим."
            ),
            "Прийняти",
        ),
        nav=("Головна", "Політика", "Економіка", "Суспільство", "Спорт", "Культура"),
        footer=("Про нас", "Контакти", "Політика конфіденційності", "Реклама"),
        related="Інші новини",
        bio="{name} — кореспондентка видання «{site}».",
        relative_update="Оновлено 2 години тому",
        sources="За матеріалами {agency}",
        role_staff="кореспондент",
        role_corr="власкор у місті {place}",
    ),
    "zh": Lang(
        code="zh",
        months=tuple(f"{i}月" for i in range(1, 13)),
        months_gen=tuple(f"{i}月" for i in range(1, 13)),
        months_abbr=tuple(f"{i}月" for i in range(1, 13)),
        weekdays=_w("星期一 星期二 星期三 星期四 星期五 星期六 星期日"),
        date_styles=_styles(
            ("{Y}年{m}月{d}日", False, False),
            ("{Y}-{mm}-{dd} {HH}:{MI}:{SS}", True, False),
            ("{Y}年{mm}月{dd}日 {HH}:{MI}", True, False),
            ("{Y}/{mm}/{dd} {HH}:{MI}", True, False),
            ("{Y}-{mm}-{dd} {HH}:{MI}", True, False),
        ),
        zones={480: "北京时间"},
        by=("作者：", "记者 ", "文/"),
        and_word="、",
        published=("发布时间：", "时间："),
        updated=("更新时间：",),
        photo=("图片来源：{}", "（{}摄）", "摄影：{}", "图/{}"),
        advertisement="广告",
        read_more=("相关阅读：", "延伸阅读："),
        tags=("标签：", "关键词："),
        share=("分享到：", "微信", "微博", "复制链接"),
        comments="评论（{n}）",
        newsletter=("订阅早报", "每天早上把最重要的新闻送到您的邮箱。", "立即订阅"),
        cookie=("本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意。", "同意"),
        nav=("首页", "国内", "国际", "财经", "科技", "体育", "文化"),
        footer=("关于我们", "联系我们", "隐私政策", "版权声明"),
        related="相关新闻",
        bio="{name}是{site}记者。",
        relative_update="2小时前更新",
        sources="来源：{agency}",
        role_staff="记者",
        role_corr="驻{place}记者",
    ),
    "ja": Lang(
        code="ja",
        months=tuple(f"{i}月" for i in range(1, 13)),
        months_gen=tuple(f"{i}月" for i in range(1, 13)),
        months_abbr=tuple(f"{i}月" for i in range(1, 13)),
        weekdays=_w("月 火 水 木 金 土 日"),
        date_styles=_styles(
            ("{Y}年{m}月{d}日 {H}時{MI}分", True, False),
            ("{Y}年{m}月{d}日", False, False),
            ("{Y}/{mm}/{dd} {HH}:{MI}", True, False),
            ("{Y}年{m}月{d}日 {HH}:{MI} {Z}", True, True),
            ("{Y}年{m}月{d}日（{W}） {HH}:{MI}", True, False),
        ),
        zones={540: "JST"},
        by=("", "記者：", "文："),
        and_word="、",
        published=("公開日：", "配信"),
        updated=("更新日：", "更新"),
        photo=("写真：{}", "（写真：{}）", "撮影：{}", "提供：{}"),
        advertisement="広告",
        read_more=("関連記事：", "あわせて読みたい："),
        tags=("キーワード：", "タグ："),
        share=("シェア", "X（旧Twitter）でシェア", "LINEで送る", "リンクをコピー"),
        comments="コメント{n}件",
        newsletter=(
            "朝のニュースレター",
            "その日の主要ニュースを毎朝メールでお届けします。",
            "登録する",
        ),
        cookie=(
            (
                "当サイトでは利便性向上のためにCookieを使用しています。"
                "閲覧を続けることで同意したものとみなします。"
            ),
            "同意する",
        ),
        nav=("トップ", "国内", "国際", "経済", "スポーツ", "文化", "科学"),
        footer=("会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約"),
        related="関連ニュース",
        bio="{name}は{site}の記者。",
        relative_update="2時間前に更新",
        sources="（{agency}）",
        role_staff="記者",
        role_corr="{place}支局",
    ),
    "sv": Lang(
        code="sv",
        months=_w(
            "januari februari mars april maj juni juli augusti september oktober november december"
        ),
        months_gen=_w(
            "januari februari mars april maj juni juli augusti september oktober november december"
        ),
        months_abbr=_w("jan feb mar apr maj jun jul aug sep okt nov dec"),
        weekdays=_w("måndag tisdag onsdag torsdag fredag lördag söndag"),
        date_styles=_styles(
            ("{d} {M} {Y} {HH}:{MI}", True, False),
            ("{Y}-{mm}-{dd} {HH}.{MI}", True, False),
            ("{d} {Ma} {Y}", False, False),
        ),
        zones={60: "CET", 120: "CEST"},
        by=("Av", "", "Text:"),
        and_word="och",
        published=("Publicerad", "Publicerad:"),
        updated=("Uppdaterad", "Uppdaterad:"),
        photo=("Foto: {}", "Bild: {}", "({})"),
        advertisement="Annons",
        read_more=("Läs också:", "Läs mer:"),
        tags=("Ämnen:", "Taggar:"),
        share=("Dela", "Dela på Facebook", "Dela på X", "Kopiera länk"),
        comments="{n} kommentarer",
        newsletter=("Morgonbrevet", "Dagens viktigaste nyheter varje morgon.", "Prenumerera"),
        cookie=(
            (
                "Vi använder kakor för att förbättra din upplevelse. "
                "Genom att fortsätta godkänner du detta."
            ),
            "Godkänn",
        ),
        nav=("Start", "Inrikes", "Utrikes", "Ekonomi", "Sport", "Kultur"),
        footer=("Om oss", "Kontakt", "Integritetspolicy", "Annonsera"),
        related="Fler nyheter",
        bio="{name} är reporter på {site}.",
        relative_update="Uppdaterad för 2 timmar sedan",
        sources="Källa: {agency}",
        role_staff="reporter",
        role_corr="korrespondent i {place}",
    ),
    "cs": Lang(
        code="cs",
        months=_w(
            "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec"
        ),
        months_gen=_w(
            "ledna února března dubna května června července srpna září října listopadu prosince"
        ),
        months_abbr=_w("led úno bře dub kvě čvn čvc srp zář říj lis pro"),
        weekdays=_w("pondělí úterý středa čtvrtek pátek sobota neděle"),
        date_styles=_styles(
            ("{d}. {Mg} {Y} {H}:{MI}", True, False),
            ("{d}. {m}. {Y}", False, False),
            ("{d}. {Mg} {Y}", False, False),
        ),
        zones={60: "SEČ", 120: "SELČ"},
        by=("", "Autor:"),
        and_word="a",
        published=("Publikováno:", "Vydáno:"),
        updated=("Aktualizováno:",),
        photo=("Foto: {}", "Zdroj: {}", "({})"),
        advertisement="Reklama",
        read_more=("Čtěte také:", "Související:"),
        tags=("Témata:", "Štítky:"),
        share=("Sdílet", "Sdílet na Facebooku", "Sdílet na X", "Kopírovat odkaz"),
        comments="{n} komentářů",
        newsletter=("Ranní přehled", "Nejdůležitější zprávy dne každé ráno e-mailem.", "Odebírat"),
        cookie=(
            "Tento web používá soubory cookie. Pokračováním v prohlížení souhlasíte.",
            "Souhlasím",
        ),
        nav=("Hlavní stránka", "Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura"),
        footer=("O nás", "Kontakt", "Ochrana osobních údajů", "Reklama"),
        related="Další zprávy",
        bio="{name} je redaktorem {site}.",
        relative_update="Aktualizováno před 2 hodinami",
        sources="Zdroj: {agency}",
        role_staff="redaktor",
        role_corr="zpravodaj v {place}",
    ),
    "tr": Lang(
        code="tr",
        months=_w("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
        months_gen=_w("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
        months_abbr=_w("Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara"),
        weekdays=_w("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"),
        date_styles=_styles(
            ("{d} {M} {Y} {HH}:{MI}", True, False),
            ("{dd}.{mm}.{Y}", False, False),
            ("{dd}.{mm}.{Y} - {HH}:{MI}", True, False),
        ),
        zones={180: "TSİ"},
        by=("", "Yazan:"),
        and_word="ve",
        published=("Yayınlanma:", "Yayın tarihi:"),
        updated=("Güncelleme:",),
        photo=("Fotoğraf: {}", "({})", "Kaynak: {}"),
        advertisement="Reklam",
        read_more=("İlginizi çekebilir:", "Ayrıca okuyun:"),
        tags=("Etiketler:",),
        share=("Paylaş", "Facebook'ta paylaş", "X'te paylaş", "Bağlantıyı kopyala"),
        comments="{n} yorum",
        newsletter=("Sabah bülteni", "Günün önemli haberleri her sabah e-postanızda.", "Abone ol"),
        cookie=(
            "Sitemizde çerezler kullanılmaktadır. Gezinmeye devam ederek kabul etmiş olursunuz.",
            "Kabul et",
        ),
        nav=("Ana Sayfa", "Gündem", "Dünya", "Ekonomi", "Spor", "Kültür"),
        footer=("Hakkımızda", "İletişim", "Gizlilik Politikası", "Künye"),
        related="Diğer haberler",
        bio="{name}, {site} muhabiridir.",
        relative_update="2 saat önce güncellendi",
        sources="Kaynak: {agency}",
        role_staff="muhabir",
        role_corr="{place} muhabiri",
    ),
    "ko": Lang(
        code="ko",
        months=tuple(f"{i}월" for i in range(1, 13)),
        months_gen=tuple(f"{i}월" for i in range(1, 13)),
        months_abbr=tuple(f"{i}월" for i in range(1, 13)),
        weekdays=_w("월 화 수 목 금 토 일"),
        date_styles=_styles(
            ("입력 {Y}.{mm}.{dd} {HH}:{MI}", True, False),
            ("{Y}년 {m}월 {d}일", False, False),
            ("{Y}-{mm}-{dd} {HH}:{MI}", True, False),
        ),
        zones={540: "KST"},
        by=("",),
        and_word=",",
        published=("입력", "등록"),
        updated=("수정",),
        photo=("사진={}", "({})", "사진: {}"),
        advertisement="광고",
        read_more=("관련 기사:", "함께 보면 좋은 기사:"),
        tags=("태그:", "키워드:"),
        share=("공유하기", "페이스북", "카카오톡", "링크 복사"),
        comments="댓글 {n}",
        newsletter=("아침 뉴스레터", "하루의 주요 뉴스를 매일 아침 메일로 받아보세요.", "구독하기"),
        cookie=("이 사이트는 쿠키를 사용합니다. 계속 이용하면 동의한 것으로 간주됩니다.", "동의"),
        nav=("홈", "정치", "경제", "사회", "국제", "스포츠", "문화"),
        footer=("회사 소개", "고객센터", "개인정보처리방침", "이용약관"),
        related="많이 본 뉴스",
        bio="{name} 기자는 {site} 소속이다.",
        relative_update="2시간 전 수정",
        sources="출처: {agency}",
        role_staff="기자",
        role_corr="{place} 특파원",
    ),
}


def date_fields(lang: Lang, when: dt.datetime) -> dict[str, str]:
    """The values a ``DateStyle`` pattern may use, for ``when`` (an aware datetime)."""
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    h12 = when.hour % 12 or 12
    am = when.hour < 12
    return {
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mm": f"{when.month:02d}",
        "M": lang.months[when.month - 1],
        "Mg": lang.months_gen[when.month - 1],
        "Ma": lang.months_abbr[when.month - 1],
        "Mb": lang.months[when.month - 1][:3],
        "Y": str(when.year),
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "MI": f"{when.minute:02d}",
        "SS": f"{when.second:02d}",
        "h12": str(h12),
        "ampm": "a.m." if am else "p.m.",
        "AMPM": "AM" if am else "PM",
        "ampm2": "am" if am else "pm",
        "W": lang.weekdays[when.weekday()],
        "Wa": lang.weekdays[when.weekday()][:3],
        "Z": lang.zones.get(minutes, ""),
        "ISO": when.isoformat(),
    }


def render_date(lang: Lang, style: DateStyle, when: dt.datetime) -> str:
    return style.pattern.format_map(date_fields(lang, when))


def usable_styles(lang: Lang, when: dt.datetime) -> list[DateStyle]:
    """The styles this language can print ``when`` in (a zone style needs a known zone)."""
    zone = date_fields(lang, when)["Z"]
    return [s for s in lang.date_styles if zone or "{Z}" not in s.pattern]
