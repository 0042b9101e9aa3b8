app-title = Dateline
articles-heading = Artikel
article-new = Neuer Artikel
article-untitled = Ohne Titel
articles-empty = Noch keine Artikel. Beginnen Sie mit „Neuer Artikel“.
state-draft = Entwurf
state-in-review = In Prüfung
state-ready = Bereit
state-scheduled = Geplant
state-published = Veröffentlicht
state-unpublished = Zurückgezogen
articles-load-failed = Die Artikel konnten nicht geladen werden: { $reason }
article-open-failed = Der Artikel konnte nicht geöffnet werden: { $reason }
article-create-failed = Es konnte kein Artikel angelegt werden: { $reason }
editor-title-label = Überschrift
editor-title-placeholder = Überschrift schreiben
editor-body-label = Text (Markdown)
editor-section-label = Ressort
editor-tier-label = Zugang
editor-empty = Wählen Sie einen Artikel oder beginnen Sie einen neuen.
preview-heading = Vorschau
preview-paywall-band = Ab hier nur für Abonnenten
preview-words =
    { $count ->
        [one] { $count } Wort
       *[other] { $count } Wörter
    }
preview-reading = { $minutes } Min. Lesezeit
preview-failed = Keine Vorschau: { $reason }
save-state-saving = Wird gespeichert…
save-state-saved = Gespeichert
save-state-failed = Nicht gespeichert: { $reason }
publish-button = Veröffentlichen
publish-sending = Wird veröffentlicht…
publish-done = Veröffentlicht unter { $url }
publish-failed = Nicht veröffentlicht: { $reason }
site-connected = Website: { $name }
site-offline = Website nicht erreichbar; Zugangsstufen der letzten Verbindung.
site-none = Keine Website verbunden. Siehe README: „Point the desk at another site“.
keyring-unavailable = Kein Schlüsselbund des Systems: Veröffentlichen ist aus. Das API-Token wird nirgendwo sonst gespeichert.
language-label = Sprache

## The article list: search, filters, import

search-label = Artikel durchsuchen
search-placeholder = Titel und Texte durchsuchen
search-loading = Wird geladen…
search-failed = Suche fehlgeschlagen: { $reason }
search-empty = Kein Artikel passt zu dieser Suche.
search-count =
    { $count ->
        [one] { $count } Artikel
       *[other] { $count } Artikel
    }
search-more = Mehr zeigen ({ $shown } von { $total })
hit-locale-title = Gefunden im Text auf { $language }
filters-toggle = Filter
filters-toggle-count = Filter ({ $count })
filter-any = Alle
filter-state = Status
filter-section = Ressort
filter-locale = Sprache
filter-tag = Schlagwort
filter-author = Autorenzeile
filter-author-placeholder = Alle
filter-reset = Filter zurücksetzen
sort-label = Sortieren nach
sort-relevance = Relevanz
sort-updated = Zuletzt geändert
sort-title = Titel A–Z
import-button = Markdown importieren…
import-running = Wird importiert…
import-files = Markdown-Dateien…
import-folder = Einen Ordner mit Markdown-Dateien…
import-dialog-files-title = Markdown-Dateien importieren
import-dialog-folder-title = Einen Ordner mit Markdown-Dateien importieren
import-filter-name = Markdown
import-failed = Import nicht möglich: { $reason }
import-report-title = Import
import-report-imported =
    { $count ->
        [0] Kein Artikel importiert.
        [one] { $count } Artikel importiert.
       *[other] { $count } Artikel importiert.
    }
import-report-more = und { $count } weitere
import-report-failed =
    { $count ->
        [one] { $count } Datei wurde nicht importiert:
       *[other] { $count } Dateien wurden nicht importiert:
    }
drop-hint = Markdown-Dateien oder -Ordner hier ablegen, um sie zu importieren, oder Bilder auf den Text, um sie einzufügen.

## The editor

editor-region = Editor
toolbar-label = Formatierung
tooltip-with-shortcut = { $action } ({ $shortcut })
format-heading = Zwischentitel
format-bold = Fett
format-italic = Kursiv
format-link = Link
format-quote = Zitat
format-list = Liste
format-image = Bild
format-paywall = Paywall-Grenze
image-dialog-title = Bilder einfügen
image-filter-name = Bilder
image-failed = Das Bild konnte nicht eingefügt werden: { $reason }
image-no-article = Öffnen Sie einen Artikel, um Bilder einzufügen.
focus-mode = Fokusmodus
focus-mode-leave = Fokusmodus verlassen (Esc)
focus-mode-hint = Esc beendet den Fokusmodus
more-actions = Weitere Aktionen
export-button = Exportieren…
export-dialog-title = Artikel in einen Ordner exportieren
export-done =
    { $count ->
        [one] { $count } Datei nach { $dir } exportiert
       *[other] { $count } Dateien nach { $dir } exportiert
    }
export-failed = Export nicht möglich: { $reason }
delete-button = Löschen…
delete-confirm = „{ $title }“ löschen? Sie können das gleich danach rückgängig machen.
delete-confirm-yes = Löschen
delete-done = „{ $title }“ gelöscht.
delete-failed = Löschen nicht möglich: { $reason }
undelete-failed = Der Artikel konnte nicht wiederhergestellt werden: { $reason }
undo = Rückgängig
cancel = Abbrechen
dismiss = Schließen
workflow-to-review = Zur Prüfung senden
workflow-to-draft = Zurück zum Entwurf
workflow-failed = Der Status konnte nicht geändert werden: { $reason }
snapshot-done = Version gespeichert.
snapshot-failed = Version konnte nicht gespeichert werden: { $reason }

## Details of an article

metadata-heading = Details
metadata-empty = Vorspann, Autorenzeile, Schlagwörter, Slug, Quelllink
metadata-standfirst = Vorspann
metadata-standfirst-placeholder = Der Anreißer unter dem Titel
metadata-byline = Autorenzeile
metadata-byline-placeholder = Wer es geschrieben hat
metadata-tags = Schlagwörter
metadata-tags-placeholder = Schlagwort eingeben, dann Enter
metadata-tags-count =
    { $count ->
        [one] { $count } Schlagwort
       *[other] { $count } Schlagwörter
    }
metadata-tag-remove = Schlagwort { $tag } entfernen
metadata-source = Quelllink
metadata-source-placeholder = https://… (übernommene Beiträge)
metadata-source-invalid = Keine Webadresse: Sie muss mit http:// oder https:// beginnen.
metadata-slug = Slug
metadata-slug-from-title = Aus dem Titel
metadata-slug-follows = Folgt dem Titel, bis Sie ihn ändern.
metadata-slug-own = Von Hand gesetzt.
metadata-slug-locked = Veröffentlicht: Ein neuer Slug ändert die Adresse des Artikels.

## History

revisions-button = Verlauf
revisions-heading = Verlauf
revisions-close = Verlauf schließen
revisions-loading = Verlauf wird geladen…
revisions-empty = Noch keine Versionen.
revisions-failed = Der Verlauf konnte nicht geladen werden: { $reason }
revisions-hint = Wählen Sie eine Version, um sie mit der neuesten zu vergleichen; kreuzen Sie eine zweite an, um diese beiden zu vergleichen.
revision-compare = Mit dieser Version vergleichen
revision-kind-autosave = Autom. gespeichert
revision-kind-named = Gespeicherte Version
revision-kind-workflow = Statuswechsel
revision-kind-restore = Wiederhergestellt
revision-restored-from = aus der Version vom { $when }
revision-kind-import = Importiert
revisions-diff-heading = Von { $from } bis { $to }
revisions-diff-same = Keine Unterschiede zwischen diesen Versionen.
revisions-diff-skip =
    { $count ->
        [one] … { $count } unverändertes Wort …
       *[other] … { $count } unveränderte Wörter …
    }
revisions-diff-failed = Vergleich nicht möglich: { $reason }
restore-revision = Diese Version wiederherstellen
restore-failed = Wiederherstellen nicht möglich: { $reason }
restore-done = Version wiederhergestellt; der vorige Text bleibt im Verlauf.
snapshot-button = Version speichern
snapshot-label-placeholder = Diese Version benennen (optional)

## Trouble with the desk's database

trouble-disk-full = Der Datenträger ist voll. Ihr Text bleibt hier und wird gespeichert, sobald wieder Platz ist.
trouble-read-only = Die Datenbank des Desks ist schreibgeschützt: Nichts kann gespeichert werden. Exportieren Sie Ihren Artikel, um ihn zu sichern.
trouble-locked = Ein anderes Programm blockiert die Datenbank des Desks. Gleich neuer Versuch.
trouble-damaged = Die Datenbank des Desks ist beschädigt. Exportieren Sie, was lesbar ist, und bewahren Sie die Datei für die Reparatur auf.
trouble-retry = Erneut versuchen
trouble-export = Diesen Artikel exportieren…

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline kann seine Datenbank nicht öffnen
db-trouble-body =
    { $reason }

    Es wurde nichts verändert. Sie können alle noch lesbaren Artikel in einen Ordner mit Markdown-Dateien exportieren.
db-trouble-export = Lesbares exportieren…
db-trouble-quit = Beenden
db-rescue-done = { $written } Dateien nach { $dir } exportiert. { $failed } nicht lesbar.
