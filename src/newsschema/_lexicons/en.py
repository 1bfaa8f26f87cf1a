"""English."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="en",
    # US usage; British and Commonwealth texts print the day first, so an ambiguous
    # all-numeric date in English is read month first with a warning
    date_order=DateOrder.MDY,
    months={
        1: ("january", "jan"),
        2: ("february", "feb"),
        3: ("march", "mar"),
        4: ("april", "apr"),
        5: ("may",),
        6: ("june", "jun"),
        7: ("july", "jul"),
        8: ("august", "aug"),
        9: ("september", "sep", "sept"),
        10: ("october", "oct"),
        11: ("november", "nov"),
        12: ("december", "dec"),
    },
    weekdays=(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ),
    date_words=("at", "on", "the", "of", "in", "and", "time", "first", "last", "hrs"),
    time_before=("at",),
    time_after=("hrs",),
    relative=Relative(
        after=("ago",),
        units=(
            "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "m",
            "hour", "hours", "hr", "hrs", "h", "day", "days", "d", "week", "weeks", "wk", "wks",
            "month", "months", "year", "years",
        ),
        words=("just now", "yesterday", "today", "moments ago", "an hour ago", "a day ago"),
    ),
    labels=Labels(
        cookies=("cookie", "cookies"),
        consent=(
            "accept", "accept all", "accept all cookies", "accept cookies", "i accept", "i agree",
            "agree", "agree and close", "reject all", "decline", "decline all", "manage cookies",
            "cookie settings", "manage preferences", "manage settings", "got it", "allow all",
            "allow cookies", "customize", "more options",
        ),
        site_links=(
            "about", "about us", "contact", "contact us", "privacy", "privacy policy",
            "privacy notice", "terms", "terms of use", "terms of service", "terms and conditions",
            "cookie policy", "cookie settings", "advertise", "advertise with us", "careers", "jobs",
            "accessibility", "sitemap", "site map", "help", "faq", "imprint", "masthead",
            "corrections", "rss", "archive", "subscriptions", "your privacy choices",
            "do not sell my personal information", "references", "visible links", "hidden links",
        ),
        published=(
            "published", "posted", "first published", "publication date", "date",
            "originally published", "released", "issued",
        ),
        modified=(
            "updated", "last updated", "last modified", "modified", "revised", "edited",
            "last edited", "update",
        ),
        photo=(
            "photo", "photos", "photograph", "photo credit", "picture", "image", "images",
            "credit", "credits", "image credit", "illustration", "graphic", "video",
            "copyright", "source",
        ),
        source=(
            "original url", "original link", "original article", "source", "source url",
            "canonical", "canonical url", "url", "permalink", "link", "article url",
            "originally published at",
        ),
        tags=("tags", "tag", "topics", "keywords", "related topics", "labels", "filed under"),
        read_more=(
            "read more", "read also", "also read", "related", "related articles",
            "related article", "related stories", "related coverage", "see also",
            "more on this", "more on this story", "next", "previous", "up next",
            "recommended", "most read", "most popular", "you may also like", "more from",
            "continue reading", "keep reading", "read the full story", "read next", "more stories",
            "more news", "latest news", "latest stories", "top stories", "more in",
            "you might also like", "recommended for you", "trending", "trending now",
            "editor's picks", "what to read next", "more headlines",),
        share=(
            "share", "share this", "share this article", "share this story", "share on",
            "share to", "tweet", "email", "email this", "print", "facebook", "twitter",
            "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "copy link",
            "gift article", "gift this article", "save", "save article", "blogthis",
            "purchase licensing rights", "licensing rights", "enlarge", "enlarge this image",
            "view gallery", "open gallery", "expand image",),
        advertisement=(
            "advertisement", "skip advertisement", "story continues below",
            "story continues below advertisement", "continue reading below",
            "article continues below", "sponsored", "ad", "scroll to continue",
        ),
        comments=("comments", "comment", "view comments", "show comments", "leave a comment"),
        newsletter=(
            "sign up", "subscribe", "newsletter", "sign up for", "get our newsletter",
            "subscribe to", "follow us",
        ),
        reading=("min read", "minute read", "minutes read", "listen to this article", "listen"),
        trailer=(
            "reporting by", "additional reporting by", "writing by", "editing by",
            "compiled by", "contributed to this report", "contributed to this story",
            "contributed reporting",
        ),
        editor=("editor", "edited by"),
        standards=("our standards",),
        kicker=(
            "world", "opinion", "analysis", "exclusive", "breaking", "breaking news", "live",
            "news", "politics", "business", "sport", "sports", "culture", "science", "tech",
            "technology", "health", "comment", "commentary", "editorial", "review", "reviews",
            "interview", "feature", "features", "explainer", "fact check", "update", "local",
            "national", "international", "europe", "asia", "africa", "americas", "us", "uk",
            "economy", "markets", "climate", "environment", "travel", "lifestyle", "entertainment",
            "education", "letters", "obituary", "obituaries", "podcast", "video", "photos",
            "special report", "investigation", "long read", "perspective", "in pictures",
        ),
    ),
    by=(
        "by", "written by", "reported by", "story by", "words by", "text by", "reporting by",
        "posted by", "author", "authors", "byline",
    ),
    and_words=("and", "with", "&"),
    roles=(
        "writer", "reporter", "correspondent", "editor", "columnist", "contributor",
        "producer", "analyst", "photographer", "critic", "chief", "senior", "junior", "bureau",
        "staff", "freelance", "freelancer", "journalist", "commentator", "anchor", "host",
        "presenter", "intern", "fellow", "director", "manager", "head", "deputy", "associate",
        "special", "contributing", "political", "business", "science", "health", "sports",
        "culture", "foreign", "economics", "managing", "executive", "data",
        "investigative", "features", "assistant", "legal",
    ),
    places=("in", "from", "reporting from"),
    org_words=(
        "news", "press", "times", "post", "journal", "tribune", "herald", "gazette", "daily",
        "weekly", "wire", "media", "network", "agency", "agencies", "tv", "radio", "channel",
        "broadcasting", "magazine", "newsroom", "desk", "bureau", "reports", "staff", "service",
        "services", "editorial", "team", "online", "digital", "newspaper", "review", "board",
    ),
    articles=("the",),
    particles=("st", "st.", "mc", "mac", "o'"),
    stopwords=(
        "the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "as", "he",
        "said", "it", "by", "at", "from", "his", "her", "they", "have", "has", "are", "were",
        "be", "this", "which", "an", "who", "their", "not", "but", "had", "been", "will", "would",
    ),
)  # fmt: skip
