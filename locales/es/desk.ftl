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

## The article list: search, filters, import

search-label = Buscar artículos
search-placeholder = Buscar en titulares y textos
search-loading = Cargando…
search-failed = La búsqueda falló: { $reason }
search-empty = Ningún artículo coincide con esta búsqueda.
search-count =
    { $count ->
        [one] { $count } artículo
       *[other] { $count } artículos
    }
search-more = Mostrar más ({ $shown } de { $total })
hit-locale-title = Encontrado en el texto en { $language }
filters-toggle = Filtros
filters-toggle-count = Filtros ({ $count })
filter-any = Todos
filter-state = Estado
filter-section = Sección
filter-locale = Idioma
filter-tag = Etiqueta
filter-author = Firma
filter-author-placeholder = Cualquiera
filter-reset = Quitar filtros
sort-label = Ordenar por
sort-relevance = Relevancia
sort-updated = Último cambio
sort-title = Titular A–Z
import-button = Importar Markdown…
import-running = Importando…
import-files = Archivos Markdown…
import-folder = Una carpeta de archivos Markdown…
import-dialog-files-title = Importar archivos Markdown
import-dialog-folder-title = Importar una carpeta de archivos Markdown
import-filter-name = Markdown
import-failed = No se pudo importar: { $reason }
import-report-title = Importación
import-report-imported =
    { $count ->
        [0] No se importó ningún artículo.
        [one] { $count } artículo importado.
       *[other] { $count } artículos importados.
    }
import-report-more = y { $count } más
import-report-failed =
    { $count ->
        [one] { $count } archivo no se importó:
       *[other] { $count } archivos no se importaron:
    }
drop-hint = Suelte archivos o carpetas Markdown para importarlos, o imágenes sobre el texto para añadirlas.

## The editor

editor-region = Editor
toolbar-label = Formato
tooltip-with-shortcut = { $action } ({ $shortcut })
format-heading = Ladillo
format-bold = Negrita
format-italic = Cursiva
format-link = Enlace
format-quote = Cita
format-list = Lista
format-image = Imagen
format-paywall = Corte de suscriptores
image-dialog-title = Insertar imágenes
image-filter-name = Imágenes
image-failed = No se pudo añadir la imagen: { $reason }
image-no-article = Abra un artículo para añadirle imágenes.
focus-mode = Modo concentración
focus-mode-leave = Salir del modo concentración (Esc)
focus-mode-hint = Esc sale del modo concentración
more-actions = Más acciones
export-button = Exportar…
export-dialog-title = Exportar el artículo a una carpeta
export-done =
    { $count ->
        [one] { $count } archivo exportado a { $dir }
       *[other] { $count } archivos exportados a { $dir }
    }
export-failed = No se pudo exportar: { $reason }
delete-button = Eliminar…
delete-confirm = ¿Eliminar «{ $title }»? Podrá deshacerlo justo después.
delete-confirm-yes = Eliminar
delete-done = «{ $title }» eliminado.
delete-failed = No se pudo eliminar: { $reason }
undelete-failed = No se pudo recuperar el artículo: { $reason }
undo = Deshacer
cancel = Cancelar
dismiss = Cerrar
workflow-to-review = Enviar a revisión
workflow-to-draft = Volver a borrador
workflow-failed = No se pudo cambiar el estado: { $reason }
snapshot-done = Versión guardada.
snapshot-failed = No se pudo guardar una versión: { $reason }

## Details of an article

metadata-heading = Detalles
metadata-empty = Entradilla, firma, etiquetas, slug, enlace de origen
metadata-standfirst = Entradilla
metadata-standfirst-placeholder = El gancho bajo el titular
metadata-byline = Firma
metadata-byline-placeholder = Quién lo escribió
metadata-tags = Etiquetas
metadata-tags-placeholder = Añada una etiqueta y pulse Intro
metadata-tags-count =
    { $count ->
        [one] { $count } etiqueta
       *[other] { $count } etiquetas
    }
metadata-tag-remove = Quitar la etiqueta { $tag }
metadata-source = Enlace de origen
metadata-source-placeholder = https://… (piezas sindicadas)
metadata-source-invalid = No es una dirección web: debe empezar por http:// o https://.
metadata-slug = Slug
metadata-slug-from-title = Desde el titular
metadata-slug-follows = Sigue al titular hasta que lo cambie.
metadata-slug-own = Fijado a mano.
metadata-slug-locked = Publicado: cambiar el slug cambia la dirección del artículo.

## History

revisions-button = Historial
revisions-heading = Historial
revisions-close = Cerrar el historial
revisions-loading = Cargando el historial…
revisions-empty = Aún no hay versiones.
revisions-failed = No se pudo cargar el historial: { $reason }
revisions-hint = Elija una versión para compararla con la más reciente; marque otra para comparar esas dos.
revision-compare = Comparar con esta versión
revision-kind-autosave = Autoguardado
revision-kind-named = Versión guardada
revision-kind-workflow = Cambio de estado
revision-kind-restore = Restaurada
revision-restored-from = desde la versión del { $when }
revision-kind-import = Importada
revisions-diff-heading = Del { $from } al { $to }
revisions-diff-same = No hay cambios entre estas versiones.
revisions-diff-skip =
    { $count ->
        [one] … { $count } palabra sin cambios …
       *[other] … { $count } palabras sin cambios …
    }
revisions-diff-failed = No se pudo comparar: { $reason }
restore-revision = Restaurar esta versión
restore-failed = No se pudo restaurar: { $reason }
restore-done = Versión restaurada; el texto anterior sigue en el historial.
snapshot-button = Guardar versión
snapshot-label-placeholder = Nombre de esta versión (opcional)

## Trouble with the desk's database

trouble-disk-full = El disco está lleno. Su texto sigue aquí y se guardará en cuanto haya espacio.
trouble-read-only = La base de datos del desk es de solo lectura: no se puede guardar nada. Exporte su artículo para conservarlo.
trouble-locked = Otro programa está bloqueando la base de datos del desk. Se volverá a intentar en breve.
trouble-damaged = La base de datos del desk está dañada. Exporte lo que pueda y conserve el archivo para repararlo.
trouble-retry = Reintentar ahora
trouble-export = Exportar este artículo…

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline no puede abrir su base de datos
db-trouble-body =
    { $reason }

    No se ha cambiado nada. Puede exportar todos los artículos que aún se pueden leer a una carpeta de archivos Markdown.
db-trouble-export = Exportar lo legible…
db-trouble-quit = Salir
db-rescue-done = { $written } archivos exportados a { $dir }. { $failed } no se pudieron leer.
