"""Portuguese."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="pt",
    date_order=DateOrder.DMY,
    months={
        1: ("janeiro", "jan"),
        2: ("fevereiro", "fev"),
        3: ("março", "marco", "mar"),
        4: ("abril", "abr"),
        5: ("maio", "mai"),
        6: ("junho", "jun"),
        7: ("julho", "jul"),
        8: ("agosto", "ago"),
        9: ("setembro", "set"),
        10: ("outubro", "out"),
        11: ("novembro", "nov"),
        12: ("dezembro", "dez"),
    },
    weekdays=(
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
        "domingo", "segunda", "terça", "quarta", "quinta", "sexta", "seg", "ter", "qua", "qui",
        "sex", "sáb", "dom",
    ),
    date_words=("de", "do", "às", "as", "a", "em", "h", "e"),
    time_before=("às", "as"),
    time_after=("h",),
    relative=Relative(
        before=("há",),
        after=("atrás",),
        units=(
            "segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "h", "dia", "dias",
            "semana", "semanas", "mês", "meses", "ano", "anos",
        ),
        words=("agora", "hoje", "ontem", "anteontem"),
    ),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "aceitar", "aceitar todos", "aceitar tudo", "aceito", "concordo", "rejeitar",
            "rejeitar todos", "recusar", "configurar", "gerir preferências",
            "gerenciar preferências", "entendi",
        ),
        site_links=(
            "sobre nós", "quem somos", "contato", "contacto", "fale conosco", "contactos",
            "política de privacidade", "privacidade", "política de cookies", "termos de uso",
            "termos e condições", "publicidade", "anuncie", "expediente", "mapa do site", "ajuda",
            "assinaturas", "estatuto editorial", "ficha técnica",
        ),
        published=("publicado", "publicada", "publicação", "data", "publicado em"),
        modified=("atualizado", "atualizada", "atualização", "modificado"),
        photo=("foto", "fotos", "fotografia", "imagem", "crédito", "créditos", "ilustração"),
        source=("fonte", "link", "url"),
        tags=("etiquetas", "tags", "temas", "palavras-chave", "tópicos"),
        read_more=(
            "leia também", "leia mais", "veja também", "saiba mais", "relacionadas", "próxima",
            "mais lidas", "mais lidos", "últimas notícias", "mais notícias",
            "você também pode gostar", "recomendados",),
        share=("compartilhar", "partilhar", "imprimir", "enviar"),
        advertisement=("publicidade", "anúncio", "conteúdo patrocinado"),
        comments=("comentários", "comentário", "comentar"),
        newsletter=("newsletter", "assine", "inscreva-se", "subscrever"),
        reading=("min de leitura", "tempo de leitura", "ouvir"),
        editor=("edição", "editado por", "redação"),
        kicker=(
            "opinião", "análise", "exclusivo", "editorial", "entrevista", "mundo", "internacional",
            "política", "economia", "sociedade", "cultura", "desporto", "esportes", "ciência",
            "saúde", "ao vivo", "reportagem",
        ),
    ),
    by=("por", "escrito por", "autor", "autora", "autores", "texto"),
    and_words=("e", "com"),
    roles=(
        "correspondente", "jornalista", "redator", "redatora", "repórter", "enviado", "enviada",
        "especial", "colunista", "editor", "editora",
    ),
    places=("em", "de"),
    org_words=("redação", "jornal", "notícias"),
    articles=("o", "a", "os", "as"),
    particles=("de", "da", "do", "dos", "das", "e"),
    stopwords=(
        "o", "os", "as", "de", "do", "da", "dos", "das", "que", "em", "um", "uma", "para", "com",
        "não", "no", "na", "se", "por", "mais", "foi", "ao", "pelo", "pela", "também", "seu",
        "sua", "são", "está",
    ),
)  # fmt: skip
