"""Spanish."""

from newsschema._lexicons import DateOrder, Labels, Lexicon, Relative

LEXICON = Lexicon(
    code="es",
    date_order=DateOrder.DMY,
    months={
        1: ("enero", "ene"),
        2: ("febrero", "feb"),
        3: ("marzo", "mar"),
        4: ("abril", "abr"),
        5: ("mayo", "may"),
        6: ("junio", "jun"),
        7: ("julio", "jul"),
        8: ("agosto", "ago"),
        9: ("septiembre", "setiembre", "sep", "sept", "set"),
        10: ("octubre", "oct"),
        11: ("noviembre", "nov"),
        12: ("diciembre", "dic"),
    },
    weekdays=(
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado",
        "domingo", "lun", "mié", "jue", "vie", "sáb", "dom",
    ),
    date_words=("de", "del", "el", "a", "las", "la", "y", "hs", "horas", "hora"),
    time_before=("a las", "a la"),
    time_after=("hs", "horas", "h"),
    relative=Relative(
        before=("hace",),
        units=(
            "segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "h", "día", "días",
            "semana", "semanas", "mes", "meses", "año", "años",
        ),
        words=("ahora", "hoy", "ayer", "anteayer"),
    ),
    labels=Labels(
        cookies=("cookie",),
        consent=(
            "aceptar", "aceptar todo", "aceptar todas", "aceptar cookies", "acepto", "rechazar",
            "rechazar todo", "rechazar todas", "configurar", "configuración", "gestionar cookies",
            "de acuerdo", "entendido",
        ),
        site_links=(
            "aviso legal", "contacto", "contáctenos", "quiénes somos", "sobre nosotros",
            "política de privacidad", "privacidad", "política de cookies", "términos y condiciones",
            "condiciones de uso", "publicidad", "mapa del sitio", "ayuda", "suscripciones",
            "hemeroteca", "accesibilidad",
        ),
        published=("publicado", "publicada", "fecha", "publicado el"),
        modified=(
            "actualizado", "actualizada", "actualización", "modificado", "última actualización",
        ),
        photo=("foto", "fotos", "fotografía", "imagen", "crédito", "créditos", "ilustración"),
        source=("fuente", "enlace", "url"),
        tags=("etiquetas", "temas", "palabras clave", "tags"),
        read_more=(
            "lee también", "lea también", "leer más", "seguir leyendo", "mira también",
            "te puede interesar", "más noticias", "relacionado", "relacionadas", "siguiente",
            "lo más leído", "más leídas", "últimas noticias", "más en",
            "también te puede interesar", "noticias relacionadas", "recomendado",),
        share=("compartir", "comparte", "imprimir", "enviar", "tuitear", "copiar enlace"),
        advertisement=("publicidad", "anuncio", "contenido patrocinado"),
        comments=("comentarios", "comentario", "comentar"),
        newsletter=("newsletter", "suscríbete", "suscribirse", "boletín"),
        reading=("min de lectura", "tiempo de lectura", "escuchar"),
        trailer=("con información de",),
        editor=("edición", "editado por", "redacción"),
        kicker=(
            "opinión", "análisis", "exclusiva", "exclusivo", "editorial", "entrevista", "mundo",
            "internacional", "política", "economía", "sociedad", "cultura", "deportes", "ciencia",
            "salud", "en vivo", "última hora", "reportaje", "tribuna",
        ),
    ),
    by=("por", "escrito por", "autor", "autora", "autores", "texto"),
    and_words=("y", "e", "con"),
    roles=(
        "corresponsal", "redactor", "redactora", "periodista", "enviado", "enviada", "especial",
        "columnista", "editor", "editora", "director", "directora", "reportero", "reportera",
    ),
    places=("en", "desde"),
    org_words=("redacción", "diario", "periódico", "noticias"),
    articles=("el", "la", "los", "las"),
    particles=("de", "del", "la", "las", "los", "y"),
    stopwords=(
        "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para",
        "es", "se", "no", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue",
        "este", "esta", "ya", "entre", "cuando", "también",
    ),
)  # fmt: skip
