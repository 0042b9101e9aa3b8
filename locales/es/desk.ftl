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
site-none = Ningún sitio conectado: añada uno en Ajustes.
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
format-article-link = Enlazar a un artículo
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
revision-kind-merge = Fusionada
revision-you = Usted
revision-this-desk = este puesto
revision-other-desk = puesto { $desk }
revision-someone = Alguien
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

## Why something failed, by the desk's error code ({ $detail } stays in English).

desk-error-not-found = ya no está ({ $detail })
desk-error-invalid = el desk no lo aceptó ({ $detail })
desk-error-storage = falló la base de datos del desk ({ $detail })
desk-error-keyring = el llavero del sistema está bloqueado, no existe o lo rechazó ({ $detail })
desk-error-no-site = todavía no hay ningún sitio configurado: añada uno en Ajustes
desk-error-unauthorized = el sitio rechazó el token de la API: introduzca uno nuevo en Ajustes ({ $detail })
desk-error-forbidden = su rol no permite hacerlo ({ $detail })
desk-error-site-rejected = el sitio rechazó la solicitud ({ $detail })
desk-error-network = no se pudo contactar con el sitio ({ $detail })
desk-error-conflict = choca con el estado actual del artículo ({ $detail })
desk-error-disk-full = el disco está lleno; no se ha perdido nada y su texto se guardará en cuanto haya espacio
desk-error-read-only = no se puede escribir en la base de datos del desk (el archivo o su carpeta son de solo lectura)
desk-error-locked = otro programa bloquea la base de datos del desk; no se ha perdido nada, inténtelo de nuevo en un momento
desk-error-damaged = la base de datos del desk está dañada: exporte lo que se pueda leer antes de nada ({ $detail })

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline no puede abrir su base de datos
db-trouble-body =
    { $reason }

    No se ha cambiado nada. Puede exportar todos los artículos que aún se pueden leer a una carpeta de archivos Markdown.
db-trouble-export = Exportar lo legible…
db-trouble-quit = Salir
db-rescue-done = { $written } archivos exportados a { $dir }. { $failed } no se pudieron leer.

## Espacios de trabajo

views-label = Espacios de trabajo
view-write = Escribir
view-translate = Traducir
view-publish = Publicar
view-settings = Ajustes

## Ajustes: sitios

sites-heading = Sitios
sites-lead = Los sitios en los que publica esta mesa. El token de la API de cada sitio se guarda en el llavero del sistema y en ningún otro lugar; el primer sitio es el predeterminado.
sites-empty = Todavía no hay ningún sitio. Añada uno con su dirección y un token de la API del operador del sitio.
sites-load-failed = No se pudieron listar los sitios: { $reason }
site-add-heading = Añadir un sitio
site-url-label = Dirección del sitio
site-token-label = Token de la API
site-token-hint = El token se comprueba con el sitio y después se guarda en el llavero del sistema. No se vuelve a mostrar.
site-add = Añadir sitio
site-adding = Comprobando…
site-default = Predeterminado
site-test = Probar la conexión
site-testing = Probando…
site-test-ok = Conectado: la descripción de abajo acaba de llegar del sitio.
site-remove = Quitar
site-remove-confirm = ¿Quitar { $name } y su token de esta mesa? Los artículos se quedan; el sitio en sí no cambia.
site-remove-yes = Quitar el sitio
site-remove-pending = Aún hay operaciones para este sitio en la bandeja de salida. Envíelas o cancélelas primero.
site-remove-failed = No se pudo quitar el sitio.
site-role = Rol del token
site-locales = Idiomas
site-sections = Secciones
site-tiers = Niveles de acceso
site-time-zone = Zona horaria
site-time-zone-unknown = El sitio no la indica (fechas en UTC)
site-last-seen = Último contacto
site-never-seen = Nunca
site-not-described = La mesa aún no ha tenido noticias de este sitio: pruebe la conexión.
site-problem-invalid = Esa dirección o ese token no se pueden usar.
site-problem-unauthorized = El sitio no acepta este token.
site-problem-forbidden = Este token no puede hacer eso en el sitio.
site-problem-network = No se pudo contactar con el sitio.
site-problem-keyring = El llavero del sistema no está disponible, así que el token no se puede guardar.
site-problem-rejected = El sitio rechazó la solicitud.
site-problem-not-found = La mesa no conoce este sitio.
site-problem-no-site = No hay ningún sitio configurado.
site-problem-other = Algo salió mal.
role-writer = Redactor (no puede publicar)
role-translator = Traductor (no puede publicar)
role-editor = Editor

## Publicar: la cola

queue-heading = Cola de publicación
queue-site = Sitio
queue-locale = Idioma
queue-any = Todos
queue-empty = No hay artículos en este estado.
queue-draft-note = Los borradores aún se están escribiendo: el autor los envía a revisión con «Enviar a revisión» en Escribir. Un editor también puede publicar un borrador desde aquí, con las mismas comprobaciones.
queue-select = Seleccionar «{ $title }»
queue-select-all = Seleccionar todo
bulk-publish =
    { $count ->
        [0] Publicar la selección
        [one] Publicar { $count } artículo
       *[other] Publicar { $count } artículos
    }
bulk-heading = Publicación en bloque
bulk-progress = { $done } de { $total } enviados · { $pending } en espera · { $stopped } por revisar
bulk-skipped =
    { $count ->
        [one] { $count } artículo descartado
       *[other] { $count } artículos descartados
    }
bulk-failed = Falló la publicación en bloque: { $reason }
publish-no-site = Todavía no hay ningún sitio donde publicar.
publish-go-settings = Añadir un sitio en Ajustes
publish-choose = Elija un artículo de la cola.

## Publicar: un artículo

publish-plan-failed = No se pudo preparar la publicación: { $reason }
publish-to = En { $site }
publication-live = En línea, versión { $version }, desde { $when }
unsent-changes = Cambios aún no publicados en el sitio
unsent-changes-hint = El artículo cambió después de publicarse: «Actualizar» en Publicar envía los cambios
publish-locales = Idiomas que publicar
text-source = Original
text-outdated = Desactualizada
text-status-in-progress = En curso
text-status-needs-review = Por revisar
text-status-done = Terminada
publish-confirm-outdated = He visto que algunas de estas traducciones son anteriores al original y las publico de todos modos.
publish-when = Cuándo
publish-now = Ahora
publish-later = En una fecha y hora
schedule-date = Fecha
schedule-time = Hora
schedule-zone = Zona horaria
schedule-zone-site = Hora del sitio ({ $zone })
schedule-zone-editor = Mi hora ({ $zone })
schedule-site-clock = Lectores ({ $zone })
schedule-editor-clock = Usted ({ $zone })
schedule-past = Esa hora ya pasó: el artículo aparecería de inmediato.
publish-checks = Comprobaciones
publish-checks-clear = Nada lo impide.
check-error = Error
check-warning = Aviso
publish-blocked = Corrija primero los errores de las comprobaciones.
publish-blocked-outdated = Marque primero la confirmación sobre las traducciones desactualizadas.
publish-schedule = Programar
publish-update = Actualizar
publish-unpublish = Despublicar
unpublish-confirm = ¿Retirar este artículo del sitio? Los lectores ya no lo encontrarán; podrá volver a publicarlo más tarde.
publish-store-first = No se pudo guardar antes el artículo, así que no se envió nada.
publish-last-op = Última operación
op-action-publish = Publicación
op-action-unpublish = Despublicación
op-next-attempt = Falló el intento { $attempts }; próximo intento { $when }
op-retry = Enviar ahora
op-cancel = Cancelar
op-resolve = Comparar y elegir…
op-scheduled-for = Aparece { $when }
op-retrying = Reintentando ({ $attempts }): { $reason }
op-state-queued = En cola
op-state-sending = Enviando
op-state-done = Hecho
op-state-failed = Fallida
op-state-conflict = Conflicto
op-state-cancelled = Cancelada
url-copy = Copiar
url-copied = Copiado

## Vista previa como lector

reader-heading = Vista como lector
reader-locale = Idioma de la vista previa
reader-kinds = Tipos de lector
reader-anonymous = Anónimo
reader-sees-all = { $reader } recibe el artículo completo.
reader-sees-part = { $reader } solo recibe la parte de arriba; el sitio retiene la parte marcada.
reader-hidden-label = No se envía a este lector
reader-failed = Sin vista como lector: { $reason }

## Bandeja de salida

outbox-heading = Bandeja de salida
outbox-badge-title = { $pending } por enviar, { $attention } requieren su atención
outbox-empty = La bandeja de salida está vacía.
outbox-failed = No se pudo leer la bandeja de salida: { $reason }
conflict-heading = Conflicto
conflict-explain = El sitio tiene una versión de «{ $title }» más reciente (versión { $version }) que la última que vio esta mesa: otra persona la cambió. No se ha sobrescrito nada. Compare ambas y elija.
conflict-keep-mine = Conservar la mía
conflict-keep-mine-explain = Envía al sitio la versión de esta mesa, en lugar de la del sitio. Los cambios de la otra persona se pierden en el sitio.
conflict-take-theirs = Tomar la del sitio
conflict-take-theirs-explain = Sustituye el texto de esta mesa por la versión del sitio y no envía nada. Sus cambios sin enviar quedan en el historial de versiones.
conflict-theirs-gone = El sitio ya no tiene este artículo, así que no hay versión que tomar.
conflict-theirs-unpublished = El sitio ha retirado este artículo: conservar la versión de este escritorio lo vuelve a publicar; tomar la del sitio lo registra aquí como retirado.
conflict-keep-mine-blocked = No se puede enviar tal como está: { $reasons }
conflict-only-differences = Solo las diferencias
conflict-mine = Esta mesa
conflict-theirs = El sitio (versión { $version })
conflict-same = Las dos versiones son iguales.
conflict-field-tier = Acceso
conflict-field-section = Sección
conflict-field-publish-at = Hora de publicación
conflict-field-title = Titular
conflict-field-standfirst = Entradilla
conflict-field-slug = Slug
conflict-field-body = Cuerpo

## Notificaciones

toast-published = «{ $title }» está publicado.
toast-unpublished = «{ $title }» ya no está en el sitio.
toast-op-failed = «{ $title }» no se envió: { $reason }
toast-op-conflict = «{ $title }»: el sitio tiene una versión más reciente. No se ha sobrescrito nada.
toast-open-outbox = Abrir la bandeja de salida
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = Publicación en bloque terminada: { $done } de { $total } artículos están en el sitio.
notify-batch-stopped = Publicación en bloque terminada: { $stopped } de { $total } artículos necesitan revisión en la bandeja de salida.

## Traducciones en el editor

texts-label = Textos del artículo
texts-failed = No se pudieron listar los textos del artículo: { $reason }
text-open-failed = No se pudo abrir el texto: { $reason }
translation-add = Añadir traducción
translation-add-choose = Idioma…
translation-add-failed = No se pudo empezar la traducción: { $reason }
translation-status = Estado
translation-status-failed = No se pudo cambiar el estado: { $reason }
translation-outdated-note = El original ha cambiado desde que esta traducción se marcó como terminada.
source-changes-show = Qué cambió en el original
source-change-same = Sin cambios
source-change-changed = Modificado
source-change-added = Añadido
source-change-removed = Eliminado
source-change-title = Titular
source-change-standfirst = Entradilla
translation-mark-current = Marcar como al día

## Comprobaciones antes de publicar, por código de la mesa (sus propias palabras siguen como detalle)

check-site-unknown = La mesa aún no ha tenido noticias de este sitio
check-role = Este token no puede publicar
check-tier-unknown = El sitio no tiene ese nivel de acceso
check-section-missing = No se ha elegido sección
check-section-unknown = El sitio no tiene esa sección
check-no-locale = No se ha elegido idioma
check-schedule-past = La hora programada ya pasó
check-no-text = No hay texto en este idioma
check-locale-unknown = El sitio no publica en este idioma
check-no-headline = Sin titular
check-not-done = Traducción no marcada como terminada
check-outdated = Traducción desactualizada
check-cut-missing = Este texto no tiene corte de pago
check-cut-misplaced = El corte de pago no está después del mismo párrafo que en el original
check-slug-taken = Dirección ya en uso
check-image-missing = Falta una imagen en esta mesa
check-standfirst-missing = Sin entradilla, aunque el original tiene una
check-link-target-unpublished = Enlaza a un artículo que aún no está en el sitio
check-conflict = Choca con la versión de otro puesto: resuelva primero el conflicto

## The Translate workspace: interface strings

translate-articles = Artículos
translate-strings = Textos de la interfaz
strings-list-heading = Textos de la interfaz
strings-source = Textos de
strings-source-sites = Sitios
strings-source-folders = Carpetas abiertas antes
strings-open-folder = Abrir una carpeta de textos…
strings-folder-dialog-title = Una carpeta organizada como locales/, con una carpeta en-US dentro
strings-file = Archivo
strings-locale = Idioma
strings-new-locale = Código del nuevo idioma, p. ej. it
strings-add-locale = Añadir
strings-locale-invalid = «{ $locale }» no es un código de idioma (como it, pt-BR o zh-Hant).
strings-filter = Mostrar
strings-filter-all = Todos los mensajes ({ $count })
strings-filter-todo = Pendientes ({ $count })
strings-search = Buscar en identificadores y textos
strings-status-missing = Falta
strings-status-translated = Traducido
strings-status-warning = Aviso
strings-status-error = Error
strings-status-obsolete = Obsoleto
strings-at-line = Línea { $line }, columna { $column }:
strings-loading = Abriendo los textos…
strings-empty = Elija un sitio o abra una carpeta de textos y, después, un idioma.
strings-none-match = Ningún mensaje coincide.
strings-pick = Elija un mensaje a la izquierda para traducirlo.
strings-draft = Borrador sin guardar
strings-mode = Editar como
strings-mode-form = Campos
strings-mode-raw = Código Fluent
strings-raw-not-valid = El código Fluent no se puede mostrar como campos: { $reason }
strings-revert = Descartar cambios
strings-save = Guardar
strings-save-hint = Ctrl+S guarda; Ctrl+Intro guarda y abre el mensaje siguiente
strings-send = Enviar al sitio
strings-saved = Guardado.
strings-sent = Enviado: los lectores ya lo ven.
strings-writer-note = Su token para este sitio es de redactor: puede leer sus textos, pero para enviarlos hace falta un traductor o un editor.
strings-conflict-heading = Otra persona cambió estos textos mientras tanto; no se sobrescribió nada suyo ni de usted.
strings-reopen = Reabrir con sus cambios
strings-note = Nota para traductores
strings-reference = Referencia · { $language }
strings-obsolete-note = La referencia ya no tiene este mensaje. La traducción se conserva, pero nada la muestra.
strings-value = Valor
strings-plural-on = una forma por categoría de plural, elegida según { $selector }
strings-select-on = elegido según { $selector }
strings-default = predeterminado
strings-plural-example = p. ej. { $number }
strings-preview = Vista previa con valores de ejemplo

## What the string checks found, by check code.

string-check-syntax = Esto no es Fluent válido: { $detail }
string-check-missing-default-variant = Un selector no tiene variante por defecto (marque una con *)
string-check-multiple-default-variants = Un selector tiene más de una variante por defecto (*)
string-check-duplicate-id = { $what } está definido dos veces; solo cuenta la primera
string-check-duplicate-attribute = { $what } aparece dos veces
string-check-duplicate-variant = { $what } tiene la variante { $key } dos veces
string-check-missing-message = { $what } aún no está traducido
string-check-obsolete-message = La referencia ya no tiene { $what }: nada lo muestra
string-check-missing-term = El término { $what } aún no está traducido
string-check-obsolete-term = La referencia no tiene el término { $what }
string-check-missing-value = { $what } no tiene valor, pero la referencia sí
string-check-obsolete-value = { $what } tiene un valor, pero la referencia solo tiene atributos
string-check-missing-attribute = Falta el atributo { $what }
string-check-obsolete-attribute = La referencia no tiene el atributo { $what }
string-check-missing-variable = { $what } no muestra { $variable }, que la referencia sí muestra
string-check-unknown-variable = { $what } usa { $variable }, que el programa nunca rellena
string-check-missing-plural = A { $what } le faltan las variantes de plural { $categories } que necesita este idioma
string-check-unused-plural = { $what } tiene la variante { $key }, una categoría de plural que este idioma no tiene
string-check-variant-lost-variable = { $what } { $key } no muestra { $variable }, que la misma variante de la referencia sí muestra
string-check-empty-value = { $what } está vacío
string-check-unknown-reference = { $what } remite a { $reference }, que no está definido
string-check-missing-reference = { $what } no remite a { $reference } como hace la referencia
string-check-obsolete-reference = { $what } remite a { $reference }, y la referencia no
string-check-missing-file = { $locale } no tiene { $file }
string-check-obsolete-file = { $locale } no tiene { $file }: nada lee este archivo

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = Una { "{" } no está cerrada: añada { "}" } después de «{ $near }»
string-syntax-unclosed-choice = Las variantes de «{ $near }» no están cerradas: añada { "}" } en una línea aparte después de la última
string-syntax-stray-brace = La { "}" } de «{ $near }» no cierra nada: quítela o añada la { "{" } que debe cerrar
string-syntax-bad-variable = Una variable es $ seguido directamente de su nombre, que empieza por una letra, como { "{ $minutes }" }: revise «{ $near }»
string-syntax-unclosed-string = El texto entre comillas «{ $near }» no está cerrado: añada " antes del final de la línea
string-syntax-line-start = Una línea de texto no puede empezar aquí por [, * o .: «{ $near }». Únala a la línea anterior o escriba el carácter como { "{ \"[\" }" }
string-syntax-entry-start = «{ $near }» no forma parte de ningún mensaje: un mensaje empieza al principio de una línea con su identificador y =, y sus demás líneas van sangradas
string-syntax-missing-equals = Un mensaje empieza por su identificador, una sola palabra (letras, cifras, - y _), y luego =: revise «{ $near }»
string-syntax-bad-placeable = Dentro de { "{ }" } va una variable (como { "{ $name }" }), un mensaje, un término o un texto entre comillas: revise «{ $near }»
string-syntax-no-text = { $near } no tiene texto después de =
string-syntax-variant-line = Después de ->, cada variante va en una línea aparte: empiece una línea nueva antes de «{ $near }»
string-syntax-bad-variant-key = La clave de una variante es una sola palabra o número entre [ y ], como [one] u [other]: revise «{ $near }»
string-syntax-bad-escape = En un texto entre comillas, \ solo puede ir seguida de ", \ o un código de carácter como \u00A0: revise «{ $near }»
string-syntax-bad-selector = Un selector (antes de ->) solo puede ser una variable, un número o una función como NUMBER($count): revise «{ $near }»
string-syntax-function-call = Revise la función de «{ $near }»: su nombre en mayúsculas y luego sus argumentos entre ( ), primero los sin nombre, cada uno con nombre una sola vez, con un número o un texto entre comillas
string-syntax-other = Esto no es Fluent válido cerca de «{ $near }»

## The bin

bin-open = Papelera
bin-heading = Papelera
bin-empty = La papelera está vacía.
bin-explain = Los artículos eliminados se quedan aquí 30 días; después el escritorio los borra. Los que siguen en un sitio, esperan en la bandeja de salida o están traducidos se quedan hasta que usted decida.
bin-deleted-on = Eliminado el { $when }
bin-purge-on = se borrará solo el { $when }
bin-kept-published = se conserva: un sitio aún lo muestra (despublíquelo antes)
bin-kept-pending = se conserva: una operación espera en la bandeja de salida
bin-kept-translated = se conserva: tiene traducciones
bin-restore = Restaurar
bin-delete-forever = Eliminar definitivamente
bin-confirm = ¿Eliminar definitivamente «{ $title }» y sus versiones? No se puede deshacer.
bin-confirm-translated = ¿Eliminar definitivamente «{ $title }», sus versiones y { $count ->
        [one] su traducción
       *[other] sus { $count } traducciones
    }? No se puede deshacer.

## Settings: developer

developer-heading = Desarrollo
developer-pseudo-locales = Ofrecer pseudoidiomas en el menú de idiomas
developer-pseudo-locales-hint = Textos acentuados (en-XA) y reflejados de derecha a izquierda (ar-XB) hechos a partir del inglés: un texto que sigue en inglés normal nunca se localizó, y un diseño que se rompe también se romperá en un idioma real.

## El espacio Traducir

tr-dashboard-heading = Traducciones
tr-filter-missing = Faltan
tr-filter-outdated = Desactualizadas
tr-filter-locale = Idioma
tr-filter-all-locales = Todos los idiomas
tr-empty = Ningún artículo coincide con estos filtros.
tr-overview-failed = No se pudieron listar las traducciones: { $reason }
tr-state-missing = Falta
tr-state-outdated = Desactualizada
tr-source-deleted = Original eliminado
tr-source-deleted-note = Se eliminó el original de esta traducción. La traducción se conserva.
tr-restore-source = Restaurar el artículo
tr-choose = Elija a la izquierda el idioma de un artículo para traducirlo.
tr-load-failed = No se pudo abrir la traducción: { $reason }
tr-source-heading = Original · { $language }
tr-target-heading = Traducción · { $language }
tr-headline = Titular
tr-standfirst = Entradilla
tr-block-label = Párrafo { $n } de la traducción
tr-before = Antes:
tr-cut-fixed = El corte se queda donde lo tiene el original: lo que sigue es para suscriptores en todos los idiomas.
tr-cut-removed = El original ya no tiene un corte aquí, así que esta traducción tampoco.
tr-standfirst-missing = El original tiene entradilla: tradúzcala también, o los lectores de este idioma no tendrán ninguna.
tr-change-changed = Cambiado desde que se terminó la traducción
tr-change-added = Nuevo en el original
tr-change-removed = Eliminado del original
tr-preview-show = Vista previa
tr-suggestions-heading = Memoria de traducción
tr-suggestions-hint = Ponga el cursor en un párrafo de la traducción para ver traducciones anteriores de su original.
tr-suggestions-none = No hay traducciones anteriores de un párrafo parecido.
tr-suggestion-score = { $score } %
tr-suggestion-use = Usar esta traducción (coincidencia del { $score } %)

## Links between articles, and what the page will not have

article-link-title = Enlazar a un artículo
article-link-search = Buscar en títulos y textos
article-link-none = Ningún artículo coincide
article-link-hint = El sitio enlaza al artículo en el idioma de cada lector, aunque cambie su dirección.
article-link-cancel = Cancelar
dropped-heading = No estará en la página publicada
dropped-link = Línea { $line }: el enlace a
dropped-image = Línea { $line }: la imagen
dropped-why-scheme = un enlace lleva a una página web (https://…), a una dirección de correo (mailto:…) o a una página de este sitio (/…); este tipo de dirección no se conserva
dropped-why-image-scheme = solo se conservan imágenes con dirección http o https
dropped-why-no-scheme = una dirección que empieza por // lleva a otro sitio sin decir cómo: escriba https://
dropped-why-article-id = no es el identificador de un artículo: inserte el enlace con «Enlazar a un artículo»
dropped-why-relative-image = una imagen necesita una dirección completa (https://…) o insertarse en el escritorio
dropped-why-image-reference = esta referencia de imagen del escritorio está dañada: inserte la imagen de nuevo
dropped-why-malformed = no es una dirección (¿un espacio o un carácter de control?)

## The header's newsroom sync
sync-progress = Sincronizando { $done } de { $total }
sync-starting = Conectando con la redacción…
sync-offline =
    { $waiting ->
        [0] Sin conexión
        [one] Sin conexión · 1 cambio en espera
       *[other] Sin conexión · { $waiting } cambios en espera
    }
sync-conflicts =
    { $count ->
        [one] 1 conflicto por resolver
       *[other] { $count } conflictos por resolver
    }
sync-refused =
    { $count ->
        [one] 1 cambio rechazado
       *[other] { $count } cambios rechazados
    }
sync-problem = La sincronización falló
sync-waiting =
    { $count ->
        [one] 1 cambio en espera
       *[other] { $count } cambios en espera
    }
sync-synced = Sincronizado
sync-now = Sincronizar ahora
sync-last = Última sincronización: { $when }

## Conflictos con la versión de otro puesto
merge-banner =
    { $count ->
        [one] { $who } cambió en otro puesto el mismo pasaje que usted. Este texto no se puede publicar hasta que lo resuelva.
       *[other] { $who } cambió en otro puesto { $count } de los mismos pasajes que usted. Este texto no se puede publicar hasta que los resuelva.
    }
merge-resolve = Resolver…
merge-heading = Resolver el conflicto ({ $language })
merge-intro = Cada pasaje de abajo se cambió aquí y en otro puesto. Elija qué conserva el texto; el resto ya está combinado.
merge-side = { $who } · { $desk } · { $when }
merge-yours = Su versión
merge-theirs = Versión de { $who }
merge-theirs-short = La otra versión
merge-base = Antes de ambos cambios
merge-no-base = Empezado por separado en los dos puestos
merge-empty = (vacío)
merge-removed = (eliminado)
merge-clash-label = Pasaje { $n }
merge-choose = Qué versión conservar
merge-keep-mine = Conservar la mía
merge-take-theirs = Tomar la otra
merge-keep-both = Conservar ambas
merge-edit = Editar
merge-result = El texto dirá
merge-all-mine = Conservar todas las mías
merge-all-theirs = Tomar todas las otras
merge-field-title = Titular
merge-field-standfirst = Entradilla
merge-field-body = Texto
merge-same =
    { $count ->
        [one] 1 párrafo igual en ambos lados
       *[other] { $count } párrafos iguales en ambos lados
    }
merge-left =
    { $count ->
        [0] Todos los pasajes están resueltos
        [one] Queda 1 pasaje por resolver
       *[other] Quedan { $count } pasajes por resolver
    }
merge-cancel = Cancelar
merge-save = Guardar la resolución
merge-failed = No se pudo guardar la resolución: { $reason }
