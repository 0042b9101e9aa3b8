app-title = Dateline
articles-heading = Artículos
article-new = Nuevo artículo
article-untitled = Sin título
articles-empty = Aún no hay artículos. Empiece con «Nuevo artículo».
state-draft = Borrador
state-in-review = En revisión
state-ready = Listo
state-scheduled = Programado
state-published = Publicado
state-unpublished = Retirado
articles-load-failed = No se pudieron cargar los artículos: { $reason }
article-open-failed = No se pudo abrir el artículo: { $reason }
article-create-failed = No se pudo crear un artículo: { $reason }
editor-title-label = Titular
editor-title-placeholder = Escriba un titular
editor-body-label = Cuerpo (Markdown)
editor-section-label = Sección
editor-tier-label = Acceso
editor-empty = Elija un artículo o empiece uno nuevo.
preview-heading = Vista previa
preview-paywall-band = Solo para suscriptores a partir de aquí
preview-words =
    { $count ->
        [one] { $count } palabra
       *[other] { $count } palabras
    }
preview-reading = { $minutes } min de lectura
preview-failed = Vista previa no disponible: { $reason }
save-state-saving = Guardando…
save-state-saved = Guardado
save-state-failed = No guardado: { $reason }
publish-button = Publicar
publish-sending = Publicando…
publish-done = Publicado en { $url }
publish-failed = No publicado: { $reason }
site-connected = Sitio: { $name }
site-offline = Sitio inaccesible; niveles de acceso de la última conexión.
site-none = Ningún sitio conectado. Vea el README: «Point the desk at another site».
keyring-unavailable = Sin llavero del sistema: la publicación está desactivada. El token de la API nunca se guarda en otro lugar.
language-label = Idioma
