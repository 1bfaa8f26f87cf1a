"""Site templates: a ``Story`` laid out as the HTML page of a news site, with what it shows.

Each template places the parts the way a family of real sites does (kicker above the
headline, byline before or after the date or after the body, captions with credits in
many styles, share bars, advertisement labels, newsletter boxes, "read more" teasers,
wire trailers, tag lines, cookie banners, footers). The choices within a template come
from a random generator seeded with the story id, so a page is the same on every run.

``render(story, pool)`` returns a ``Page``: the HTML and a ``Shown`` record of every
string the page prints for each truth field, which ``truth.py`` then looks for in each
tool's text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import random
import re
from dataclasses import dataclass, field

from langs import LANGS, DateStyle, Lang, render_date, usable_styles
from pool import Block, Figure, Story, plain

# --------------------------------------------------------------------------- sites

SITES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("The Harbor Ledger", "harborledger.com"), ("Midvale Courier", "midvalecourier.com")),
    "de": (("Rheintaler Rundschau", "rheintaler-rundschau.de"), ("Nordkurier Blick", "nkblick.de")),
    "fr": (("Le Veilleur", "leveilleur.fr"), ("Courrier des Alpes", "courrierdesalpes.fr")),
    "es": (("El Faro del Sur", "elfarodelsur.es"), ("Diario Meseta", "diariomeseta.es")),
    "it": (("La Gazzetta del Lago", "gazzettadellago.it"), ("Il Corriere Appenninico", "ilcap.it")),
    "pt": (("Jornal do Planalto", "jornaldoplanalto.com.br"), ("Diário da Ria", "diariodaria.pt")),
    "nl": (("De Polderbode", "polderbode.nl"), ("Het Kanaalblad", "kanaalblad.nl")),
    "pl": (("Gazeta Nadwiślańska", "nadwislanska.pl"), ("Kurier Sudecki", "kuriersudecki.pl")),
    "ru": (("Северный вестник", "sevvestnik.ru"), ("Волжская газета", "volzhskaya.ru")),
    "uk": (("Дніпровський кур'єр", "dnipro-kurier.ua"), ("Карпатський тиждень", "karpaty-t.ua")),
    "zh": (("江南日报网", "jiangnan-daily.cn"), ("东海新闻", "donghainews.cn")),
    "ja": (("湾岸新報", "wangan-shimpo.jp"), ("北陸タイムズ", "hokuriku-times.jp")),
    "sv": (("Norrlandsposten", "norrlandsposten.se"),),
    "cs": (("Vltavský deník", "vltavskydenik.cz"),),
    "tr": (("Ege Postası", "egepostasi.com.tr"),),
    "ko": (("한강일보", "hangang-ilbo.kr"),),
}

TEMPLATES = ("daily", "wire", "local", "portal", "blog", "magazine", "asia", "print")


@dataclass
class Shown:
    """What the page prints for each truth field (strings as a reader sees them)."""

    headline: str
    kicker: str = ""
    deck: str = ""
    authors: list[str] = field(default_factory=list)
    agency: str = ""  # named in the byline beside the persons, or alone
    byline: str = ""  # the byline as printed above the body ("" = none there)
    signoff: str = ""  # a byline after the body
    trailer: str = ""  # wire trailer naming reporters (not a byline)
    trailer_names: list[str] = field(default_factory=list)
    pub_strings: list[str] = field(default_factory=list)
    pub_date: str = ""
    pub_iso: str = ""  # full instant with offset (metadata)
    pub_zone_shown: bool = False  # the printed string shows a time and a zone
    mod_strings: list[str] = field(default_factory=list)
    mod_date: str = ""
    caption: str = ""
    credit: str = ""
    caption_printed: str = ""  # the figcaption as printed (caption and credit together)
    credit_printed: str = ""  # the credit with its label, as printed
    blocks: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    dateline_place: str = ""
    dateline_agency: str = ""  # the agency as the dateline prints it ("AP", "ТАСС", "共同")
    keywords: list[str] = field(default_factory=list)
    keywords_printed: str = ""  # label + list as printed
    url: str = ""
    url_printed: str = ""  # a labelled url line in the page text
    meta_keywords: list[str] = field(default_factory=list)  # article:tag metadata


@dataclass
class Page:
    id: str
    lang: str
    template: str
    site: str
    html: str
    shown: Shown


# --------------------------------------------------------------------------- helpers

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_STRONG = re.compile(r"\*\*([^*]+)\*\*")
_EM = re.compile(r"\*([^*]+)\*")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def inline(text: str, domain: str) -> str:
    """Content markup -> HTML (text escaped first; the markup characters survive escaping)."""

    def link(m: re.Match[str]) -> str:
        href = m.group(2)
        if href.startswith("/"):
            href = f"https://www.{domain}{href}"
        return f'<a href="{esc(href)}">{m.group(1)}</a>'

    out = _LINK.sub(link, esc(text))
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    return _EM.sub(r"<em>\1</em>", out)


def join_names(names: list[str], lang: Lang) -> str:
    if lang.code in {"zh", "ja"}:
        return lang.and_word.join(names)
    if lang.code == "ko":
        return ", ".join(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {lang.and_word} " + names[-1]


def _rng(story: Story, salt: str) -> random.Random:
    seed = hashlib.sha256(f"{story.id}:{salt}".encode()).hexdigest()
    return random.Random(int(seed[:16], 16))


# --------------------------------------------------------------------------- the parts


@dataclass
class Ctx:
    story: Story
    lang: Lang
    site: str
    domain: str
    template: str
    rng: random.Random
    pool: list[Story]
    shown: Shown
    url: str = ""
    dateline: str = ""

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def others(self, n: int) -> list[Story]:
        same = [s for s in self.pool if s.lang == self.story.lang and s.id != self.story.id]
        self.rng.shuffle(same)
        return same[:n]


def byline_text(ctx: Ctx, style: str) -> str:
    """The byline as printed, and the names and agency it shows recorded in ``ctx.shown``."""
    story, lang = ctx.story, ctx.lang
    names = [a.name for a in story.authors]
    ctx.shown.authors = names
    if not names:
        ctx.shown.agency = story.agency
        return story.agency
    by = ctx.pick(lang.by)
    lead = f"{by} " if by and not by.endswith(("：", "/", " ")) else by
    people = join_names(names, lang)
    if lang.code == "ko":
        people = ", ".join(f"{n} 기자" for n in names)
    roles = [a for a in story.authors if a.role]
    if style == "roles" and len(story.authors) == 1 and roles:
        people = f"{names[0]}, {roles[0].role}"
    if style == "caps" and lang.code not in {"zh", "ja", "ko"}:
        return f"{lead}{people}".upper() if lead else people.upper()
    text = f"{lead}{people}"
    if story.agency and style in {"agency", "roles"}:
        ctx.shown.agency = story.agency
        text += ctx.pick((f" | {story.agency}", f", {story.agency}", f" ({story.agency})"))
    if style == "email" and len(names) == 1 and names[0].isascii():
        user = names[0].lower().replace(" ", ".")
        user = re.sub(r"[^a-z.]", "", user) or "desk"
        text += f" | {user}@{ctx.domain}"
    return text


def pick_style(ctx: Ctx, when: dt.datetime, *, need_time: bool = False) -> DateStyle:
    styles = usable_styles(ctx.lang, when)
    if need_time:
        styles = [s for s in styles if s.has_time] or styles
    return styles[ctx.rng.randrange(len(styles))]


def date_lines(ctx: Ctx, *, label: bool) -> tuple[str, str]:
    """(published text, updated text or "") as printed; records them in ``ctx.shown``."""
    story, lang, shown = ctx.story, ctx.lang, ctx.shown
    style = pick_style(ctx, story.published)
    pub = render_date(lang, style, story.published)
    shown.pub_strings.append(pub)
    shown.pub_date = story.published.date().isoformat()
    shown.pub_iso = story.published.isoformat()
    shown.pub_zone_shown = style.has_time and style.has_zone
    pub_text = f"{ctx.pick(lang.published)} {pub}" if label else pub
    upd_text = ""
    if story.updated is not None:
        if ctx.chance(0.25):
            upd_text = lang.relative_update
        else:
            ustyle = pick_style(ctx, story.updated, need_time=True)
            upd = render_date(lang, ustyle, story.updated)
            shown.mod_strings.append(upd)
            shown.mod_date = story.updated.date().isoformat()
            upd_text = f"{ctx.pick(lang.updated)} {upd}"
    return pub_text, upd_text


def credit_label(ctx: Ctx, credit: str) -> str:
    label = ctx.pick(ctx.lang.photo)
    return label.format(credit)


def figure_html(ctx: Ctx, fig: Figure, style: str, *, lead: bool) -> str:
    """A figure in one of the caption/credit styles; the lead one is recorded in ``shown``."""
    alt = {"caption": fig.caption, "none": ""}.get(ctx.pick(("caption", "none", "alt")), fig.alt)
    src = f"https://img.{ctx.domain}/{ctx.story.slug}-{ctx.rng.randrange(10**6)}.jpg"
    img = f'<img src="{esc(src)}" alt="{esc(alt)}" width="1200" height="800">'
    cap, credit = fig.caption, fig.credit
    labelled = credit_label(ctx, credit) if credit else ""
    if not cap:
        style = "credit_only"
    if style == "wire" and credit:
        printed = f"{cap} {credit}"
        labelled = credit
        body = f"<figcaption>{esc(printed)}</figcaption>"
    elif style == "span" and credit:
        printed = f"{cap} {labelled}"
        body = (
            f'<figcaption><span class="caption">{esc(cap)}</span> '
            f'<span class="credit">{esc(labelled)}</span></figcaption>'
        )
    elif style == "above" and credit:
        printed = f"{labelled} {cap}"
        body = f'<div class="credit">{esc(labelled)}</div><figcaption>{esc(cap)}</figcaption>'
    elif style == "pipe" and credit:
        labelled = credit
        printed = f"{cap} | {credit}"
        body = f"<figcaption>{esc(printed)}</figcaption>"
    elif style == "credit_only":
        printed = labelled
        body = f'<figcaption class="credit">{esc(labelled)}</figcaption>' if credit else ""
    else:  # inline: "Caption. Photo: Credit" / "Caption (Credit)" / caption alone
        printed = f"{cap} {labelled}".strip()
        body = f"<figcaption>{esc(printed)}</figcaption>"
    if lead:
        shown = ctx.shown
        shown.caption, shown.credit = cap, credit
        shown.caption_printed, shown.credit_printed = printed, labelled
    cls = "lead-image" if lead else "inline-image"
    return f'<figure class="{cls}">{img}{body}</figure>'


def dateline_prefix(ctx: Ctx) -> str:
    """The dateline that opens the first paragraph, in this language's wire style."""
    story, lang = ctx.story, ctx.lang
    place, agency = story.dateline, story.agency
    if not place:
        return ""
    ctx.shown.dateline_place = place
    when = story.published
    code = lang.code
    printed = {"The Associated Press": "AP", "Agence France-Presse": "AFP"}.get(agency, agency)
    if code == "zh":
        ctx.shown.dateline_agency = agency
        return f"{agency or '本报'}{place}{when.month}月{when.day}日电 "
    if code == "ja":
        ctx.shown.dateline_agency = "共同" if not agency else agency[:2]
        return f"【{place}{ctx.shown.dateline_agency}】"
    ctx.shown.dateline_agency = printed
    if code in {"ru", "uk"} and agency:
        return f"{place}, {when.day} {lang.months_gen[when.month - 1]}. /{agency}/. "
    if code == "en" and agency == "Reuters":
        return f"{place}, {lang.months_abbr[when.month - 1]} {when.day} (Reuters) - "
    if agency:
        return f"{place} ({printed}) {ctx.pick(('—', '-', '–'))} "
    return f"{place} {ctx.pick(('—', '–'))} "


def block_html(ctx: Ctx, block: Block, first: bool) -> str:
    d = ctx.domain
    if block.kind == "p":
        prefix = esc(ctx.dateline) if first else ""
        text = prefix + inline(block.text, d)
        if ctx.template == "portal" and first and ctx.chance(0.3):
            return f'<p class="intro"><strong>{text}</strong></p>'
        return f"<p>{text}</p>"
    if block.kind == "h":
        tag = ctx.pick(("h2", "h2", "h3"))
        return f"<{tag}>{inline(block.text, d)}</{tag}>"
    if block.kind == "quote":
        return f"<blockquote><p>{inline(block.text, d)}</p></blockquote>"
    if block.kind in {"ul", "ol"}:
        items = "".join(f"<li>{inline(i, d)}</li>" for i in block.items)
        return f"<{block.kind}>{items}</{block.kind}>"
    if block.kind == "img" and block.figure is not None:
        return figure_html(ctx, block.figure, ctx.pick(("inline", "span", "pipe")), lead=False)
    raise ValueError(block.kind)


def record_blocks(ctx: Ctx) -> None:
    ctx.dateline = dateline_prefix(ctx)
    for i, block in enumerate(ctx.story.blocks):
        if block.kind == "img":
            continue
        text = ctx.dateline + block.plain if i == 0 else block.plain
        ctx.shown.blocks.append((block.kind, text, tuple(plain(x) for x in block.items)))


# --------------------------------------------------------------------------- furniture


def ad(ctx: Ctx) -> str:
    return (
        f'<div class="ad-slot"><span class="ad-label">{esc(ctx.lang.advertisement)}</span>'
        '<div class="ad-frame"></div></div>'
    )


def teaser(ctx: Ctx) -> str:
    other = ctx.others(1)
    if not other:
        return ""
    o = other[0]
    label = ctx.pick(ctx.lang.read_more)
    return (
        f'<p class="related-inline"><strong>{esc(label)}</strong> '
        f'<a href="https://www.{ctx.domain}/{esc(o.slug)}">{esc(o.headline)}</a></p>'
    )


def newsletter(ctx: Ctx) -> str:
    title, pitch, button = ctx.lang.newsletter
    return (
        f'<aside class="newsletter"><h3>{esc(title)}</h3><p>{esc(pitch)}</p>'
        f'<form><input type="email" placeholder="E-mail"><button>{esc(button)}</button>'
        "</form></aside>"
    )


def share_bar(ctx: Ctx) -> str:
    links = "".join(
        f'<li><a href="https://share.example.net/?u={esc(ctx.url)}">{esc(s)}</a></li>'
        for s in ctx.lang.share
    )
    comments = ctx.lang.comments.format(n=ctx.rng.randrange(2, 480))
    save = "".join(f"<button>{esc(s)}</button>" for s in ctx.lang.save[:1])
    return (
        f'<div class="share"><ul class="share-links">{links}</ul>'
        f'<a class="comment-count" href="#comments">{esc(comments)}</a>{save}</div>'
    )


def cookie_banner(ctx: Ctx) -> str:
    text, button = ctx.lang.cookie
    return f'<div class="cookie-banner"><p>{esc(text)}</p><button>{esc(button)}</button></div>'


def nav(ctx: Ctx) -> str:
    items = "".join(
        f'<li><a href="https://www.{ctx.domain}/{i}">{esc(n)}</a></li>'
        for i, n in enumerate(ctx.lang.nav)
    )
    return (
        f'<header class="site-header"><a class="logo" href="https://www.{ctx.domain}/">'
        f"{esc(ctx.site)}</a><nav><ul>{items}</ul></nav></header>"
    )


def footer(ctx: Ctx) -> str:
    links = " ".join(
        f'<a href="https://www.{ctx.domain}/p{i}">{esc(x)}</a>'
        for i, x in enumerate(ctx.lang.footer)
    )
    year = ctx.story.published.year
    return f"<footer><p>{links}</p><p>© {year} {esc(ctx.site)}</p></footer>"


def related(ctx: Ctx) -> str:
    items = "".join(
        f'<li><a href="https://www.{ctx.domain}/{esc(o.slug)}">{esc(o.headline)}</a></li>'
        for o in ctx.others(3)
    )
    return f'<section class="related"><h2>{esc(ctx.lang.related)}</h2><ul>{items}</ul></section>'


def tags_html(ctx: Ctx) -> str:
    kws = list(ctx.story.keywords)
    if not kws:
        return ""
    label = ctx.pick(ctx.lang.tags)
    sep = "、" if ctx.lang.code in {"zh", "ja"} else ", "
    links = sep.join(
        f'<a href="https://www.{ctx.domain}/tag/{i}">{esc(k)}</a>' for i, k in enumerate(kws)
    )
    ctx.shown.keywords = kws
    ctx.shown.keywords_printed = f"{label} {sep.join(kws)}"
    return f'<p class="tags"><span>{esc(label)}</span> {links}</p>'


def trailer_html(ctx: Ctx) -> str:
    story = ctx.story
    out = ""
    if story.trailer:
        ctx.shown.trailer = story.trailer
        names = re.findall(r"(?:[Rr]eporting|[Ww]riting) by ([^;]+)", story.trailer)
        found: list[str] = []
        for chunk in names:
            found.extend(n.strip() for n in re.split(r",| and ", chunk) if n.strip())
        ctx.shown.trailer_names = [a.name for a in story.authors if a.name in found]
        out += f'<p class="trailer"><em>{esc(story.trailer)}</em></p>'
    if story.agency and story.authors and ctx.chance(0.5) and not story.trailer:
        out += f'<p class="source">{esc(ctx.lang.sources.format(agency=story.agency))}</p>'
    return out


# --------------------------------------------------------------------------- the page


def head(ctx: Ctx, level: int) -> str:
    s = ctx.story
    title = f"{s.headline} | {ctx.site}" if ctx.chance(0.7) else s.headline
    parts = [
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width">',
    ]
    if level >= 1:
        parts += [
            f'<link rel="canonical" href="{esc(ctx.url)}">',
            f'<meta property="og:title" content="{esc(s.headline)}">',
            f'<meta property="og:url" content="{esc(ctx.url)}">',
            f'<meta property="og:site_name" content="{esc(ctx.site)}">',
        ]
        if s.deck:
            parts.append(f'<meta name="description" content="{esc(s.deck)}">')
    if level >= 2:
        parts.append(
            f'<meta property="article:published_time" content="{s.published.isoformat()}">'
        )
        if s.updated:
            parts.append(
                f'<meta property="article:modified_time" content="{s.updated.isoformat()}">'
            )
        for a in s.authors:
            parts.append(f'<meta name="author" content="{esc(a.name)}">')
        for k in s.keywords:
            parts.append(f'<meta property="article:tag" content="{esc(k)}">')
        ctx.shown.meta_keywords = list(s.keywords)
    if level >= 3:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.headline,
            "datePublished": s.published.isoformat(),
            "author": [{"@type": "Person", "name": a.name} for a in s.authors]
            or [{"@type": "Organization", "name": s.agency or ctx.site}],
            "publisher": {"@type": "Organization", "name": ctx.site},
            "mainEntityOfPage": ctx.url,
        }
        if s.updated:
            ld["dateModified"] = s.updated.isoformat()
        parts.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
            + "</script>"
        )
    return "<head>" + "".join(parts) + "</head>"


def body_html(ctx: Ctx, *, ads: bool, teasers: bool, letter: bool) -> str:
    blocks = ctx.story.blocks
    n = len(blocks)
    ad_at = {ctx.rng.randrange(1, n)} if ads and n > 3 else set()
    teaser_at = {ctx.rng.randrange(1, n)} if teasers and n > 2 else set()
    letter_at = {ctx.rng.randrange(2, n)} if letter and n > 4 else set()
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i in ad_at:
            out.append(ad(ctx))
        if i in teaser_at and blocks[i - 1].kind == "p":
            out.append(teaser(ctx))
        if i in letter_at:
            out.append(newsletter(ctx))
        out.append(block_html(ctx, block, first=i == 0))
    return "".join(out)


def header_html(ctx: Ctx, order: str, byline_style: str, *, labels: bool, glue: bool) -> str:
    """Kicker, headline, deck, byline and dates in the order named by ``order``."""
    s, shown = ctx.story, ctx.shown
    pub, upd = date_lines(ctx, label=labels)
    byline = byline_text(ctx, byline_style) if (s.authors or s.agency) else ""
    shown.byline = byline
    date_html = f'<time datetime="{s.published.isoformat()}">{esc(pub)}</time>'
    if upd:
        date_html += f' <span class="updated">{esc(upd)}</span>'
    by_html = f'<span class="byline">{esc(byline)}</span>' if byline else ""
    if glue and by_html:
        meta = f'<div class="meta">{by_html}{date_html}</div>'
    elif order == "date-first":
        meta = f'<div class="meta"><div>{date_html}</div><div>{by_html}</div></div>'
    else:
        meta = f'<div class="meta"><div>{by_html}</div><div>{date_html}</div></div>'
    kicker = ""
    if s.kicker:
        shown.kicker = s.kicker
        kicker = f'<p class="kicker"><a href="https://www.{ctx.domain}/k">{esc(s.kicker)}</a></p>'
    deck = ""
    if s.deck:
        shown.deck = s.deck
        deck = f'<p class="standfirst">{esc(s.deck)}</p>'
    h1 = f"<h1>{esc(s.headline)}</h1>"
    if order == "deck-after-meta":
        return kicker + h1 + meta + deck
    return kicker + h1 + deck + meta


def lead_html(ctx: Ctx, style: str) -> str:
    if ctx.story.image is None:
        return ""
    return figure_html(ctx, ctx.story.image, style, lead=True)


def after_body(ctx: Ctx, *, signoff: str) -> str:
    out = ""
    s = ctx.story
    if signoff and s.authors:
        names = join_names([a.name for a in s.authors], ctx.lang)
        dash = signoff == "dash"
        text = f"— {names}" if dash else ctx.lang.bio.format(name=names, site=ctx.site)
        ctx.shown.signoff = text
        ctx.shown.authors = [a.name for a in s.authors]
        out += f'<p class="author-bio"><em>{esc(text)}</em></p>'
    out += trailer_html(ctx)
    return out


def permalink(ctx: Ctx) -> str:
    ctx.shown.url_printed = f"Permalink: {ctx.url}"
    return f'<p class="permalink">Permalink: <a href="{esc(ctx.url)}">{esc(ctx.url)}</a></p>'


# --------------------------------------------------------------------------- templates


def t_daily(ctx: Ctx) -> str:
    header = header_html(
        ctx,
        ctx.pick(("byline-first", "date-first", "deck-after-meta")),
        ctx.pick(("plain", "roles", "agency", "caps")),
        labels=ctx.chance(0.6),
        glue=False,
    )
    lead = lead_html(ctx, ctx.pick(("inline", "span", "pipe", "above")))
    body = body_html(ctx, ads=True, teasers=True, letter=ctx.chance(0.5))
    return (
        cookie_banner(ctx)
        + nav(ctx)
        + '<main><article class="story">'
        + f"<header>{header}</header>{share_bar(ctx)}{lead}"
        + f'<div class="article-body">{body}</div>'
        + after_body(ctx, signoff="")
        + tags_html(ctx)
        + "</article>"
        + related(ctx)
        + "</main>"
        + footer(ctx)
    )


def t_wire(ctx: Ctx) -> str:
    header = header_html(
        ctx, "byline-first", ctx.pick(("plain", "agency", "caps")), labels=False, glue=False
    )
    lead = lead_html(ctx, ctx.pick(("wire", "inline", "span")))
    body = body_html(ctx, ads=False, teasers=False, letter=False)
    licence = (
        '<a class="licence" href="https://www.example.net/licensing">Purchase licensing rights</a>'
    )
    standards = (
        f'<p class="standards"><a href="https://www.{ctx.domain}/trust">Our Standards</a></p>'
    )
    return (
        nav(ctx)
        + '<div class="wrapper"><article>'
        + header
        + lead
        + (licence if lead else "")
        + f'<div class="body">{body}</div>'
        + after_body(ctx, signoff="")
        + standards
        + "</article>"
        + related(ctx)
        + "</div>"
        + footer(ctx)
        + cookie_banner(ctx)
    )


def t_local(ctx: Ctx) -> str:
    header = header_html(
        ctx,
        ctx.pick(("byline-first", "date-first")),
        ctx.pick(("plain", "email", "roles")),
        labels=True,
        glue=ctx.chance(0.4),
    )
    lead = lead_html(ctx, ctx.pick(("credit_only", "inline", "above")))
    body = body_html(ctx, ads=True, teasers=True, letter=False)
    copyright_line = (
        f'<p class="copyright">Copyright {ctx.story.published.year} {esc(ctx.site)}. '
        "All rights reserved.</p>"
    )
    return (
        nav(ctx)
        + '<div id="content"><div class="article">'
        + lead
        + header
        + share_bar(ctx)
        + f'<div class="article-content">{body}</div>'
        + after_body(ctx, signoff="")
        + (copyright_line if ctx.lang.code == "en" else "")
        + tags_html(ctx)
        + "</div>"
        + related(ctx)
        + '<div id="comments"><h3>Comments</h3></div></div>'
        + footer(ctx)
    )


def t_portal(ctx: Ctx) -> str:
    header = header_html(
        ctx,
        ctx.pick(("byline-first", "date-first")),
        ctx.pick(("plain", "roles", "agency")),
        labels=ctx.chance(0.5),
        glue=ctx.chance(0.3),
    )
    crumbs = " › ".join(esc(x) for x in ctx.lang.nav[:2])
    lead = lead_html(ctx, ctx.pick(("inline", "span", "above")))
    body = body_html(ctx, ads=True, teasers=True, letter=ctx.chance(0.4))
    signoff = ctx.pick(("", "", "dash"))
    return (
        nav(ctx)
        + f'<div class="breadcrumb">{crumbs}</div>'
        + '<article class="article">'
        + header
        + lead
        + f'<div class="text">{body}</div>'
        + after_body(ctx, signoff=signoff)
        + tags_html(ctx)
        + share_bar(ctx)
        + "</article>"
        + related(ctx)
        + footer(ctx)
        + cookie_banner(ctx)
    )


def t_blog(ctx: Ctx) -> str:
    s, lang = ctx.story, ctx.lang
    pub, upd = date_lines(ctx, label=False)
    names = join_names([a.name for a in s.authors], lang)
    posted = {
        "en": ("Posted on", "by"),
        "de": ("Veröffentlicht am", "von"),
        "fr": ("Publié le", "par"),
        "es": ("Publicado el", "por"),
        "it": ("Pubblicato il", "da"),
        "pt": ("Publicado em", "por"),
        "nl": ("Geplaatst op", "door"),
    }.get(lang.code)
    if posted and names:
        line = f"{posted[0]} {pub} {posted[1]} {names}"
        ctx.shown.byline = line
        ctx.shown.authors = [a.name for a in s.authors]
        meta = f'<div class="entry-meta">{esc(line)}</div>'
    else:
        byline = byline_text(ctx, "plain") if (s.authors or s.agency) else ""
        ctx.shown.byline = byline
        meta = f'<div class="entry-meta"><span>{esc(pub)}</span> <span>{esc(byline)}</span></div>'
    if upd:
        meta += f'<div class="entry-updated">{esc(upd)}</div>'
    if s.kicker:
        ctx.shown.kicker = s.kicker
    cats = f'<span class="cat-links">{esc(s.kicker)}</span>' if s.kicker else ""
    lead = lead_html(ctx, ctx.pick(("credit_only", "inline")))
    body = body_html(ctx, ads=False, teasers=False, letter=False)
    share = "".join(f"<li>{esc(x)}</li>" for x in lang.share[:3])
    return (
        nav(ctx)
        + '<div id="primary"><article class="post">'
        + f'<header class="entry-header">{cats}<h1 class="entry-title">{esc(s.headline)}</h1>'
        + meta
        + "</header>"
        + f'<div class="entry-content">{lead}{body}'
        + f'<div class="sharedaddy"><h3>{esc(lang.share[0])}:</h3><ul>{share}</ul></div></div>'
        + '<footer class="entry-footer">'
        + tags_html(ctx)
        + "</footer></article>"
        + f'<div id="comments"><h3>{esc(lang.comments.format(n=3))}</h3></div></div>'
        + footer(ctx)
    )


def t_magazine(ctx: Ctx) -> str:
    signoff = ctx.pick(("bio", "dash", ""))
    s = ctx.story
    if signoff and s.authors:
        pub, upd = date_lines(ctx, label=False)
        kicker = ""
        if s.kicker:
            ctx.shown.kicker = s.kicker
            kicker = f'<div class="rubric">{esc(s.kicker)}</div>'
        deck = ""
        if s.deck:
            ctx.shown.deck = s.deck
            deck = f'<div class="dek">{esc(s.deck)}</div>'
        extra = f'<span class="updated"> {esc(upd)}</span>' if upd else ""
        header = f"{kicker}<h1>{esc(s.headline)}</h1>{deck}<time>{esc(pub)}</time>{extra}"
    else:
        signoff = ""
        header = header_html(
            ctx, "date-first", ctx.pick(("plain", "caps")), labels=False, glue=False
        )
    lead = lead_html(ctx, ctx.pick(("above", "span", "inline")))
    body = body_html(ctx, ads=True, teasers=True, letter=True)
    save = "".join(f"<button>{esc(x)}</button>" for x in ctx.lang.save)
    return (
        cookie_banner(ctx)
        + nav(ctx)
        + '<main><div class="content-header">'
        + header
        + f"</div>{save}{lead}"
        + f'<div class="body__inner-container">{body}</div>'
        + after_body(ctx, signoff=signoff)
        + tags_html(ctx)
        + related(ctx)
        + "</main>"
        + footer(ctx)
    )


def t_asia(ctx: Ctx) -> str:
    s, lang = ctx.story, ctx.lang
    pub, upd = date_lines(ctx, label=ctx.chance(0.5))
    byline = byline_text(ctx, "plain") if (s.authors or s.agency) else ""
    ctx.shown.byline = byline
    source = f"{'来源：' if lang.code == 'zh' else ''}{ctx.site}"
    info = f'<div class="info"><span>{esc(pub)}</span> <span>{esc(source)}</span>'
    if byline:
        info += f" <span>{esc(byline)}</span>"
    info += "</div>"
    if upd:
        info += f'<div class="info">{esc(upd)}</div>'
    if s.kicker:
        ctx.shown.kicker = s.kicker
    kicker = f'<div class="channel">{esc(s.kicker)}</div>' if s.kicker else ""
    lead = lead_html(ctx, ctx.pick(("inline", "above", "credit_only")))
    body = body_html(ctx, ads=False, teasers=True, letter=False)
    editor = ""
    if lang.code == "zh":
        editor = '<p class="editor">【责任编辑：周晓岚】</p>'
    share = "".join(f"<a>{esc(x)}</a>" for x in lang.share)
    return (
        nav(ctx)
        + '<div class="main"><div class="article">'
        + kicker
        + f"<h1>{esc(s.headline)}</h1>"
        + info
        + f'<div class="share">{share}</div>'
        + f'<div id="article-body">{lead}{body}</div>'
        + editor
        + after_body(ctx, signoff="")
        + tags_html(ctx)
        + "</div>"
        + related(ctx)
        + "</div>"
        + footer(ctx)
    )


def t_print(ctx: Ctx) -> str:
    s = ctx.story
    pub, upd = date_lines(ctx, label=ctx.chance(0.5))
    byline = (
        byline_text(ctx, ctx.pick(("plain", "caps", "roles"))) if (s.authors or s.agency) else ""
    )
    ctx.shown.byline = byline
    lead = lead_html(ctx, ctx.pick(("credit_only", "inline", "pipe")))
    body = body_html(ctx, ads=False, teasers=False, letter=False)
    parts = [f"<h1>{esc(s.headline)}</h1>"]
    if s.deck:
        ctx.shown.deck = s.deck
        parts.append(f"<p><em>{esc(s.deck)}</em></p>")
    if byline:
        parts.append(f'<p class="byline">{esc(byline)}</p>')
    parts.append(f'<p class="date">{esc(pub)}</p>')
    if upd:
        parts.append(f'<p class="date">{esc(upd)}</p>')
    return (
        '<div class="print-view">'
        + "".join(parts)
        + lead
        + body
        + after_body(ctx, signoff="")
        + tags_html(ctx)
        + permalink(ctx)
        + "</div>"
    )


BUILDERS = {
    "daily": (t_daily, 3),
    "wire": (t_wire, 3),
    "local": (t_local, 1),
    "portal": (t_portal, 2),
    "blog": (t_blog, 2),
    "magazine": (t_magazine, 3),
    "asia": (t_asia, 0),
    "print": (t_print, 0),
}


def choose_template(story: Story, index: int) -> str:
    """Templates in turn within each language, from a different start in each language."""
    start = int(hashlib.sha256(story.lang.encode()).hexdigest(), 16)
    if story.lang in {"zh", "ja", "ko"}:
        return ("asia", "daily", "asia", "print", "portal", "magazine")[(start + index) % 6]
    order = ("daily", "portal", "wire", "magazine", "local", "blog", "print")
    return order[(start + index) % len(order)]


def site_of(story: Story) -> tuple[str, str]:
    sites = SITES[story.lang]
    return sites[int(hashlib.sha256(story.id.encode()).hexdigest(), 16) % len(sites)]


def canonical(story: Story, domain: str, rng: random.Random) -> str:
    p = story.published
    section = story.section or "news"
    form = rng.randrange(3)
    if form == 0:
        return f"https://www.{domain}/{section}/{p:%Y/%m/%d}/{story.slug}/"
    if form == 1:
        return f"https://www.{domain}/{section}/{story.slug}-{rng.randrange(10**7, 10**8)}.html"
    return f"https://www.{domain}/{p:%Y-%m-%d}/{story.slug}"


def render(story: Story, pool: list[Story], index: int) -> Page:
    lang = LANGS[story.lang]
    site, domain = site_of(story)
    template = choose_template(story, index)
    rng = _rng(story, template)
    shown = Shown(headline=story.headline)
    ctx = Ctx(story, lang, site, domain, template, rng, pool, shown)
    ctx.url = canonical(story, domain, rng)
    shown.url = ctx.url
    builder, level = BUILDERS[template]
    record_blocks(ctx)
    body = builder(ctx)
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang.code}">{head(ctx, level)}<body>{body}</body></html>\n'
    )
    return Page(story.id, story.lang, template, site, page, shown)
