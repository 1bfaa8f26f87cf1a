"""French."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="fr",
    date_order=DateOrder.DMY,
    months={
        1: ("janvier", "janv", "jan"),
        2: ("février", "fevrier", "févr", "fevr", "fév", "fev"),
        3: ("mars",),
        4: ("avril", "avr"),
        5: ("mai",),
        6: ("juin",),
        7: ("juillet", "juil"),
        8: ("août", "aout"),
        9: ("septembre", "sept"),
        10: ("octobre", "oct"),
        11: ("novembre", "nov"),
        12: ("décembre", "decembre", "déc", "dec"),
    },
    weekdays=(
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lun", "mer", "jeu", "ven", "sam", "dim",
    ),
    date_words=("le", "la", "du", "à", "a", "h", "et", "en", "ligne"),
    time_before=("à", "a", "vers"),
    time_after=("h",),
    relative=Relative(
        before=("il y a", "depuis"),
        units=(
            "seconde", "secondes", "minute", "minutes", "min", "heure", "heures", "h", "jour",
            "jours", "semaine", "semaines", "mois", "an", "ans",
        ),
        words=("à l'instant", "aujourd'hui", "hier", "avant-hier"),
    ),
    labels=Labels(
        published=("publié", "publiée", "publié le", "mis en ligne", "date", "paru"),
        modified=("mis à jour", "mise à jour", "modifié", "modifiée", "actualisé", "actualisée"),
        photo=("photo", "photos", "crédit", "crédits", "crédit photo", "image", "illustration"),
        source=("source", "source originale", "lien", "url"),
        tags=("mots-clés", "mots clés", "sujets", "thèmes", "tags", "étiquettes"),
        read_more=(
            "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite",
            "à lire", "sur le même sujet", "à voir aussi", "suivant", "précédent",
        ),
        share=("partager", "partagez", "imprimer", "envoyer", "tweeter", "copier le lien"),
        advertisement=("publicité", "annonce", "contenu sponsorisé"),
        comments=("commentaires", "commentaire", "réagir", "réagissez"),
        newsletter=("newsletter", "abonnez-vous", "s'abonner", "inscrivez-vous", "s'inscrire"),
        reading=("min de lecture", "temps de lecture", "écouter cet article", "écouter"),
        trailer=("avec afp", "avec reuters", "avec ap", "avec agences"),
        editor=("édité par", "rédaction"),
        kicker=(
            "opinion", "analyse", "exclusif", "tribune", "éditorial", "entretien", "enquête",
            "monde", "international", "politique", "économie", "société", "culture", "sport",
            "sports", "sciences", "santé", "direct", "en direct", "décryptage", "reportage",
            "chronique", "idées",
        ),
    ),
    by=("par", "écrit par", "auteur", "auteurs", "auteure", "texte"),
    and_words=("et", "avec"),
    roles=(
        "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "envoyé",
        "envoyée", "spécial", "spéciale", "chroniqueur", "chroniqueuse", "reporter",
        "éditorialiste",
        "directeur", "directrice", "rédaction", "chef",
    ),
    places=("à", "au", "en"),
    org_words=("rédaction", "journal", "quotidien"),
    articles=("le", "la", "les", "l'"),
    particles=("de", "du", "des", "d'", "le", "la"),
    stopwords=(
        "le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "qui", "dans",
        "pour", "pas", "au", "sur", "ne", "se", "plus", "par", "il", "elle", "ce", "sont", "avec",
        "aux", "été", "cette", "ont", "mais", "leur",
    ),
)  # fmt: skip
