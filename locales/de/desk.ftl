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
site-none = Keine Website verbunden: Fügen Sie unter Einstellungen eine hinzu.
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
format-article-link = Auf einen Artikel verweisen
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
revision-kind-merge = Zusammengeführt
revision-you = Sie
revision-this-desk = dieser Arbeitsplatz
revision-other-desk = Arbeitsplatz { $desk }
revision-someone = Jemand
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

## Why something failed, by the desk's error code ({ $detail } stays in English).

desk-error-not-found = es ist nicht mehr vorhanden ({ $detail })
desk-error-invalid = der Desk hat es nicht angenommen ({ $detail })
desk-error-storage = in der Datenbank des Desks ist ein Fehler aufgetreten ({ $detail })
desk-error-keyring = der Schlüsselbund des Systems ist gesperrt, fehlt oder hat abgelehnt ({ $detail })
desk-error-no-site = noch keine Website eingerichtet: fügen Sie eine in den Einstellungen hinzu
desk-error-unauthorized = die Website hat das API-Token abgelehnt: geben Sie in den Einstellungen ein neues ein ({ $detail })
desk-error-forbidden = Ihre Rolle darf das nicht ({ $detail })
desk-error-site-rejected = die Website hat die Anfrage abgelehnt ({ $detail })
desk-error-network = die Website ist nicht erreichbar ({ $detail })
desk-error-conflict = das widerspricht dem aktuellen Stand des Artikels ({ $detail })
desk-error-disk-full = die Festplatte ist voll; nichts ging verloren, und Ihr Text wird gespeichert, sobald wieder Platz ist
desk-error-read-only = die Datenbank des Desks kann nicht beschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt)
desk-error-locked = ein anderes Programm blockiert die Datenbank des Desks; nichts ging verloren, versuchen Sie es gleich noch einmal
desk-error-damaged = die Datenbank des Desks ist beschädigt: exportieren Sie zuerst, was sich lesen lässt ({ $detail })

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline kann seine Datenbank nicht öffnen
db-trouble-body =
    { $reason }

    Es wurde nichts verändert. Sie können alle noch lesbaren Artikel in einen Ordner mit Markdown-Dateien exportieren.
db-trouble-export = Lesbares exportieren…
db-trouble-quit = Beenden
db-rescue-done = { $written } Dateien nach { $dir } exportiert. { $failed } nicht lesbar.

## Arbeitsbereiche

views-label = Arbeitsbereiche
view-write = Schreiben
view-translate = Übersetzen
view-publish = Veröffentlichen
view-settings = Einstellungen

## Einstellungen: Websites

sites-heading = Websites
sites-lead = Die Websites, auf denen dieser Desk veröffentlicht. Das API-Token jeder Website liegt im Schlüsselbund des Systems und nirgendwo sonst; die erste Website ist die Standard-Website.
sites-empty = Noch keine Website. Fügen Sie eine mit ihrer Adresse und einem API-Token vom Betreiber der Website hinzu.
sites-load-failed = Die Websites konnten nicht aufgelistet werden: { $reason }
site-add-heading = Website hinzufügen
site-url-label = Adresse der Website
site-token-label = API-Token
site-token-hint = Das Token wird bei der Website geprüft und dann im Schlüsselbund des Systems abgelegt. Es wird danach nicht mehr angezeigt.
site-add = Website hinzufügen
site-adding = Wird geprüft …
site-default = Standard
site-test = Verbindung testen
site-testing = Wird getestet …
site-test-ok = Verbunden: Die Beschreibung unten kommt frisch von der Website.
site-remove = Entfernen
site-remove-confirm = { $name } und sein Token von diesem Desk entfernen? Die Artikel bleiben; die Website selbst wird nicht verändert.
site-remove-yes = Website entfernen
site-remove-pending = Für diese Website warten noch Vorgänge im Postausgang. Senden oder stornieren Sie sie zuerst.
site-remove-failed = Die Website konnte nicht entfernt werden.
site-role = Rolle des Tokens
site-locales = Sprachen
site-sections = Ressorts
site-tiers = Zugangsstufen
site-time-zone = Zeitzone
site-time-zone-unknown = Von der Website nicht angegeben (Zeiten in UTC)
site-last-seen = Zuletzt erreicht
site-never-seen = Nie
site-not-described = Der Desk hat von dieser Website noch nichts gehört: Testen Sie die Verbindung.
site-problem-invalid = Diese Adresse oder dieses Token ist nicht verwendbar.
site-problem-unauthorized = Die Website akzeptiert dieses Token nicht.
site-problem-forbidden = Dieses Token darf das auf der Website nicht.
site-problem-network = Die Website ist nicht erreichbar.
site-problem-keyring = Der Schlüsselbund des Systems ist nicht verfügbar, daher kann das Token nicht aufbewahrt werden.
site-problem-rejected = Die Website hat die Anfrage abgelehnt.
site-problem-not-found = Diese Website ist dem Desk nicht bekannt.
site-problem-no-site = Es ist keine Website eingerichtet.
site-problem-other = Etwas ist schiefgegangen.
role-writer = Autor (darf nicht veröffentlichen)
role-translator = Übersetzer (darf nicht veröffentlichen)
role-editor = Redakteur

## Veröffentlichen: die Warteschlange

queue-heading = Veröffentlichungsliste
queue-site = Website
queue-locale = Sprache
queue-any = Alle
queue-empty = Keine Artikel in diesem Status.
queue-draft-note = Entwürfe werden noch geschrieben: Die Autorin schickt einen mit „Zur Prüfung senden“ unter Schreiben zur Prüfung. Eine Redakteurin kann einen Entwurf auch von hier aus veröffentlichen, mit denselben Prüfungen.
queue-select = „{ $title }“ auswählen
queue-select-all = Alle auswählen
bulk-publish =
    { $count ->
        [0] Auswahl veröffentlichen
        [one] { $count } Artikel veröffentlichen
       *[other] { $count } Artikel veröffentlichen
    }
bulk-heading = Sammelveröffentlichung
bulk-progress = { $done } von { $total } gesendet · { $pending } wartend · { $stopped } zu prüfen
bulk-skipped =
    { $count ->
        [one] { $count } Artikel ausgelassen
       *[other] { $count } Artikel ausgelassen
    }
bulk-failed = Sammelveröffentlichung fehlgeschlagen: { $reason }
publish-no-site = Noch keine Website zum Veröffentlichen.
publish-go-settings = Website in den Einstellungen hinzufügen
publish-choose = Wählen Sie einen Artikel aus der Liste.

## Veröffentlichen: ein Artikel

publish-plan-failed = Die Veröffentlichung konnte nicht vorbereitet werden: { $reason }
publish-to = Nach { $site }
publication-live = Online, Version { $version }, seit { $when }
unsent-changes = Änderungen noch nicht auf der Website
unsent-changes-hint = Der Artikel wurde nach der Veröffentlichung geändert: „Aktualisieren“ unter Veröffentlichen sendet die Änderungen
publish-locales = Zu veröffentlichende Sprachen
text-source = Original
text-outdated = Veraltet
text-status-in-progress = In Arbeit
text-status-needs-review = Zu prüfen
text-status-done = Fertig
publish-confirm-outdated = Ich habe gesehen, dass einige dieser Übersetzungen älter als das Original sind, und veröffentliche sie trotzdem.
publish-when = Wann
publish-now = Jetzt
publish-later = Zu Datum und Uhrzeit
schedule-date = Datum
schedule-time = Uhrzeit
schedule-zone = Zeitzone
schedule-zone-site = Zeit der Website ({ $zone })
schedule-zone-editor = Meine Zeit ({ $zone })
schedule-site-clock = Leser ({ $zone })
schedule-editor-clock = Sie ({ $zone })
schedule-past = Dieser Zeitpunkt ist vorbei: Der Artikel würde sofort erscheinen.
publish-checks = Prüfungen
publish-checks-clear = Nichts steht im Weg.
check-error = Fehler
check-warning = Warnung
publish-blocked = Beheben Sie zuerst die Fehler in den Prüfungen.
publish-blocked-outdated = Bestätigen Sie zuerst die veralteten Übersetzungen.
publish-schedule = Planen
publish-update = Aktualisieren
publish-unpublish = Zurückziehen
unpublish-confirm = Diesen Artikel von der Website nehmen? Leser finden ihn dann nicht mehr; Sie können ihn später wieder veröffentlichen.
publish-store-first = Der Artikel konnte vorher nicht gespeichert werden, daher wurde nichts gesendet.
publish-last-op = Letzter Vorgang
op-action-publish = Veröffentlichen
op-action-unpublish = Zurückziehen
op-next-attempt = Versuch { $attempts } fehlgeschlagen; nächster Versuch { $when }
op-retry = Jetzt senden
op-cancel = Stornieren
op-resolve = Vergleichen und wählen …
op-scheduled-for = Erscheint { $when }
op-retrying = Neuer Versuch ({ $attempts }): { $reason }
op-state-queued = Wartend
op-state-sending = Wird gesendet
op-state-done = Erledigt
op-state-failed = Fehlgeschlagen
op-state-conflict = Konflikt
op-state-cancelled = Storniert
url-copy = Kopieren
url-copied = Kopiert

## Vorschau als Leser

reader-heading = Vorschau als Leser
reader-locale = Sprache der Vorschau
reader-kinds = Lesergruppen
reader-anonymous = Anonym
reader-sees-all = { $reader } erhält den ganzen Artikel.
reader-sees-part = { $reader } erhält nur den oberen Teil; den markierten Teil hält die Website zurück.
reader-hidden-label = Wird diesem Leser nicht gesendet
reader-failed = Keine Leservorschau: { $reason }

## Postausgang

outbox-heading = Postausgang
outbox-badge-title = { $pending } warten auf den Versand, { $attention } brauchen Sie
outbox-empty = Der Postausgang ist leer.
outbox-failed = Der Postausgang konnte nicht gelesen werden: { $reason }
conflict-heading = Konflikt
conflict-explain = Die Website hat eine neuere Version von „{ $title }“ (Version { $version }) als die, die dieser Desk zuletzt gesehen hat: Jemand anderes hat den Artikel geändert. Nichts wurde überschrieben. Vergleichen Sie beide und entscheiden Sie.
conflict-keep-mine = Meine behalten
conflict-keep-mine-explain = Sendet die Version dieses Desks an die Website und ersetzt deren Version. Die Änderungen der anderen Person gehen auf der Website verloren.
conflict-take-theirs = Die der Website übernehmen
conflict-take-theirs-explain = Ersetzt den Text in diesem Desk durch die Version der Website und sendet nichts. Ihre nicht gesendeten Änderungen bleiben im Versionsverlauf.
conflict-theirs-gone = Die Website hat diesen Artikel nicht mehr, es gibt also keine Version zum Übernehmen.
conflict-theirs-unpublished = Die Website hat diesen Artikel zurückgezogen: Die Version dieses Desks zu behalten, veröffentlicht ihn erneut; die der Website zu übernehmen, vermerkt ihn hier als zurückgezogen.
conflict-keep-mine-blocked = Kann so nicht gesendet werden: { $reasons }
conflict-only-differences = Nur Unterschiede
conflict-mine = Dieser Desk
conflict-theirs = Die Website (Version { $version })
conflict-same = Beide Versionen sind gleich.
conflict-field-tier = Zugang
conflict-field-section = Ressort
conflict-field-publish-at = Erscheinungszeit
conflict-field-title = Überschrift
conflict-field-standfirst = Vorspann
conflict-field-slug = Slug
conflict-field-body = Text

## Benachrichtigungen

toast-published = „{ $title }“ ist veröffentlicht.
toast-unpublished = „{ $title }“ ist nicht mehr auf der Website.
toast-op-failed = „{ $title }“ wurde nicht gesendet: { $reason }
toast-op-conflict = „{ $title }“: Die Website hat eine neuere Version. Nichts wurde überschrieben.
toast-open-outbox = Postausgang öffnen
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = Sammelveröffentlichung abgeschlossen: { $done } von { $total } Artikeln sind auf der Website.
notify-batch-stopped = Sammelveröffentlichung abgeschlossen: { $stopped } von { $total } Artikeln brauchen einen Blick in den Postausgang.

## Übersetzungen im Editor

texts-label = Texte des Artikels
texts-failed = Die Texte des Artikels konnten nicht aufgelistet werden: { $reason }
text-open-failed = Der Text konnte nicht geöffnet werden: { $reason }
translation-add = Übersetzung hinzufügen
translation-add-choose = Sprache …
translation-add-failed = Die Übersetzung konnte nicht begonnen werden: { $reason }
translation-status = Status
translation-status-failed = Der Status konnte nicht gesetzt werden: { $reason }
translation-outdated-note = Das Original hat sich geändert, seit dies als fertig markiert wurde.
source-changes-show = Was sich in der Vorlage geändert hat
source-change-same = Unverändert
source-change-changed = Geändert
source-change-added = Hinzugefügt
source-change-removed = Entfernt
source-change-title = Überschrift
source-change-standfirst = Vorspann
translation-mark-current = Als aktuell markieren

## Prüfungen vor dem Veröffentlichen, nach Code des Desks (seine eigenen Worte folgen als Detail)

check-site-unknown = Der Desk hat von dieser Website noch nichts gehört
check-role = Dieses Token darf nicht veröffentlichen
check-tier-unknown = Die Website hat diese Zugangsstufe nicht
check-section-missing = Kein Ressort gewählt
check-section-unknown = Die Website hat dieses Ressort nicht
check-no-locale = Keine Sprache gewählt
check-schedule-past = Der geplante Zeitpunkt ist vorbei
check-no-text = Kein Text in dieser Sprache
check-locale-unknown = Die Website veröffentlicht nicht in dieser Sprache
check-no-headline = Keine Überschrift
check-not-done = Übersetzung nicht als fertig markiert
check-outdated = Übersetzung veraltet
check-cut-missing = Keine Bezahlgrenze in diesem Text
check-cut-misplaced = Die Bezahlgrenze steht nicht nach demselben Absatz wie in der Quelle
check-slug-taken = Adresse bereits vergeben
check-image-missing = Ein Bild fehlt in diesem Desk
check-standfirst-missing = Kein Vorspann, obwohl die Quelle einen hat
check-link-target-unpublished = Verweist auf einen Artikel, der noch nicht auf der Website ist
check-conflict = Kollidiert mit der Fassung eines anderen Arbeitsplatzes: Lösen Sie zuerst den Konflikt

## The Translate workspace: interface strings

translate-articles = Artikel
translate-strings = Oberflächentexte
strings-list-heading = Oberflächentexte
strings-source = Texte von
strings-source-sites = Websites
strings-source-folders = Zuvor geöffnete Ordner
strings-open-folder = Textordner öffnen…
strings-folder-dialog-title = Ein Ordner wie locales/, mit einem Ordner en-US darin
strings-file = Datei
strings-locale = Sprache
strings-new-locale = Code der neuen Sprache, z. B. it
strings-add-locale = Hinzufügen
strings-locale-invalid = „{ $locale }“ ist kein Sprachcode (wie it, pt-BR oder zh-Hant).
strings-filter = Anzeigen
strings-filter-all = Alle Meldungen ({ $count })
strings-filter-todo = Zu erledigen ({ $count })
strings-search = IDs und Texte durchsuchen
strings-status-missing = Fehlt
strings-status-translated = Übersetzt
strings-status-warning = Warnung
strings-status-error = Fehler
strings-status-obsolete = Veraltet
strings-at-line = Zeile { $line }, Spalte { $column }:
strings-loading = Texte werden geöffnet…
strings-empty = Wählen Sie eine Website oder öffnen Sie einen Textordner, dann eine Sprache.
strings-none-match = Keine Meldung passt.
strings-pick = Wählen Sie links eine Meldung, um sie zu übersetzen.
strings-draft = Ungespeicherter Entwurf
strings-mode = Bearbeiten als
strings-mode-form = Felder
strings-mode-raw = Fluent-Quelltext
strings-raw-not-valid = Der Fluent-Quelltext lässt sich nicht als Felder zeigen: { $reason }
strings-revert = Verwerfen
strings-save = Speichern
strings-save-hint = Strg+S speichert; Strg+Eingabe speichert und öffnet die nächste Meldung
strings-send = An die Website senden
strings-saved = Gespeichert.
strings-sent = Gesendet: Die Leser sehen es jetzt.
strings-writer-note = Ihr Token für diese Website gehört einer Autorin oder einem Autor: Sie können die Texte lesen, zum Senden braucht es aber eine Übersetzer- oder Redakteursrolle.
strings-conflict-heading = Jemand anderes hat diese Texte inzwischen geändert; weder ihre noch Ihre Änderungen wurden überschrieben.
strings-reopen = Mit ihren Änderungen neu öffnen
strings-note = Hinweis für Übersetzer
strings-reference = Referenz · { $language }
strings-obsolete-note = Die Referenz hat diese Meldung nicht mehr. Die Übersetzung bleibt erhalten, wird aber nirgends angezeigt.
strings-value = Wert
strings-plural-on = eine Form je Pluralkategorie, gewählt nach { $selector }
strings-select-on = gewählt nach { $selector }
strings-default = Standard
strings-plural-example = z. B. { $number }
strings-preview = Vorschau mit Beispielwerten

## What the string checks found, by check code.

string-check-syntax = Das ist kein gültiges Fluent: { $detail }
string-check-missing-default-variant = Ein Selektor hat keine Standardvariante (markieren Sie eine mit *)
string-check-multiple-default-variants = Ein Selektor hat mehr als eine Standardvariante (*)
string-check-duplicate-id = { $what } ist zweimal definiert; nur die erste Definition zählt
string-check-duplicate-attribute = { $what } ist zweimal angegeben
string-check-duplicate-variant = { $what } hat die Variante { $key } zweimal
string-check-missing-message = { $what } ist noch nicht übersetzt
string-check-obsolete-message = Die Referenz hat { $what } nicht mehr: nichts zeigt es an
string-check-missing-term = Der Begriff { $what } ist noch nicht übersetzt
string-check-obsolete-term = Die Referenz hat keinen Begriff { $what }
string-check-missing-value = { $what } hat keinen Wert, die Referenz aber schon
string-check-obsolete-value = { $what } hat einen Wert, die Referenz hat nur Attribute
string-check-missing-attribute = Das Attribut { $what } fehlt
string-check-obsolete-attribute = Die Referenz hat kein Attribut { $what }
string-check-missing-variable = { $what } zeigt { $variable } nicht, die Referenz schon
string-check-unknown-variable = { $what } verwendet { $variable }, das das Programm nie füllt
string-check-missing-plural = { $what } fehlen die Pluralvarianten { $categories }, die diese Sprache braucht
string-check-unused-plural = { $what } hat die Variante { $key }, eine Pluralkategorie, die diese Sprache nicht hat
string-check-variant-lost-variable = { $what } { $key } zeigt { $variable } nicht, die gleiche Variante der Referenz schon
string-check-empty-value = { $what } ist leer
string-check-unknown-reference = { $what } verweist auf { $reference }, das nicht definiert ist
string-check-missing-reference = { $what } verweist nicht wie die Referenz auf { $reference }
string-check-obsolete-reference = { $what } verweist auf { $reference }, die Referenz nicht
string-check-missing-file = { $locale } hat keine { $file }
string-check-obsolete-file = { $locale } hat keine { $file }: nichts liest diese Datei

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = Eine { "{" } wird nicht geschlossen: Fügen Sie { "}" } nach „{ $near }“ ein
string-syntax-unclosed-choice = Die Varianten von „{ $near }“ werden nicht geschlossen: Fügen Sie nach der letzten { "}" } in einer eigenen Zeile ein
string-syntax-stray-brace = Die { "}" } in „{ $near }“ schließt nichts: Entfernen Sie sie oder fügen Sie die { "{" } ein, die sie schließen soll
string-syntax-bad-variable = Eine Variable ist $ direkt gefolgt von ihrem Namen, der mit einem Buchstaben beginnt, etwa { "{ $minutes }" }: Prüfen Sie „{ $near }“
string-syntax-unclosed-string = Der Text in Anführungszeichen „{ $near }“ wird nicht geschlossen: Fügen Sie " vor dem Zeilenende ein
string-syntax-line-start = Eine Textzeile kann hier nicht mit [, * oder . beginnen: „{ $near }“. Hängen Sie sie an die vorige Zeile an oder schreiben Sie das Zeichen als { "{ \"[\" }" }
string-syntax-entry-start = „{ $near }“ gehört zu keiner Meldung: Eine Meldung beginnt am Zeilenanfang mit ihrer ID und =, ihre weiteren Zeilen sind eingerückt
string-syntax-missing-equals = Eine Meldung beginnt mit ihrer ID, einem Wort (Buchstaben, Ziffern, - und _), dann =: Prüfen Sie „{ $near }“
string-syntax-bad-placeable = In { "{ }" } steht eine Variable (etwa { "{ $name }" }), eine Meldung, ein Begriff oder ein Text in Anführungszeichen: Prüfen Sie „{ $near }“
string-syntax-no-text = { $near } hat nach = keinen Text
string-syntax-variant-line = Nach -> steht jede Variante in einer eigenen Zeile: Beginnen Sie vor „{ $near }“ eine neue Zeile
string-syntax-bad-variant-key = Der Schlüssel einer Variante ist ein Wort oder eine Zahl zwischen [ und ], etwa [one] oder [other]: Prüfen Sie „{ $near }“
string-syntax-bad-escape = In Text in Anführungszeichen darf auf \ nur ", \ oder ein Zeichencode wie \u00A0 folgen: Prüfen Sie „{ $near }“
string-syntax-bad-selector = Ein Selektor (vor ->) kann nur eine Variable, eine Zahl oder eine Funktion wie NUMBER($count) sein: Prüfen Sie „{ $near }“
string-syntax-function-call = Prüfen Sie die Funktion in „{ $near }“: ihr Name in Großbuchstaben, dann ihre Argumente in ( ), unbenannte zuerst, jedes benannte nur einmal, mit einer Zahl oder einem Text in Anführungszeichen
string-syntax-other = Das ist kein gültiges Fluent bei „{ $near }“

## The bin

bin-open = Papierkorb
bin-heading = Papierkorb
bin-empty = Der Papierkorb ist leer.
bin-explain = Gelöschte Artikel bleiben 30 Tage hier, dann entfernt der Desk sie. Artikel, die noch auf einer Website stehen, im Postausgang warten oder übersetzt sind, bleiben, bis Sie entscheiden.
bin-deleted-on = Gelöscht am { $when }
bin-purge-on = wird am { $when } automatisch entfernt
bin-kept-published = behalten: eine Website zeigt ihn noch (zuerst zurückziehen)
bin-kept-pending = behalten: ein Vorgang wartet im Postausgang
bin-kept-translated = behalten: er hat Übersetzungen
bin-restore = Wiederherstellen
bin-delete-forever = Endgültig löschen
bin-confirm = „{ $title }“ mit allen Versionen endgültig löschen? Das lässt sich nicht rückgängig machen.
bin-confirm-translated = „{ $title }“ mit allen Versionen und { $count ->
        [one] seiner Übersetzung
       *[other] seinen { $count } Übersetzungen
    } endgültig löschen? Das lässt sich nicht rückgängig machen.

## Settings: developer

developer-heading = Entwicklung
developer-pseudo-locales = Pseudo-Sprachen im Sprachmenü anbieten
developer-pseudo-locales-hint = Aus dem Englischen erzeugte Texte mit Akzenten (en-XA) und gespiegelt von rechts nach links (ar-XB): Ein Text, der normales Englisch bleibt, wurde nie lokalisiert, und ein Layout, das bricht, bricht auch in einer echten Sprache.

## Der Arbeitsbereich Übersetzen

tr-dashboard-heading = Übersetzungen
tr-filter-missing = Fehlend
tr-filter-outdated = Veraltet
tr-filter-locale = Sprache
tr-filter-all-locales = Alle Sprachen
tr-empty = Kein Artikel passt zu diesen Filtern.
tr-overview-failed = Die Übersetzungen konnten nicht aufgelistet werden: { $reason }
tr-state-missing = Fehlt
tr-state-outdated = Veraltet
tr-source-deleted = Original gelöscht
tr-source-deleted-note = Das Original dieser Übersetzung wurde gelöscht. Die Übersetzung bleibt erhalten.
tr-restore-source = Artikel wiederherstellen
tr-choose = Wählen Sie links die Sprache eines Artikels, um ihn zu übersetzen.
tr-load-failed = Die Übersetzung konnte nicht geöffnet werden: { $reason }
tr-source-heading = Quelle · { $language }
tr-target-heading = Übersetzung · { $language }
tr-headline = Überschrift
tr-standfirst = Vorspann
tr-block-label = Absatz { $n } der Übersetzung
tr-before = Vorher:
tr-cut-fixed = Die Grenze bleibt, wo die Quelle sie hat: Was folgt, ist in jeder Sprache für Abonnenten.
tr-cut-removed = Die Quelle hat hier keine Grenze mehr, also auch diese Übersetzung nicht.
tr-standfirst-missing = Die Quelle hat einen Vorspann: Übersetzen Sie ihn auch, sonst bekommen Leser dieser Sprache keinen.
tr-change-changed = Geändert, seit die Übersetzung fertig war
tr-change-added = Neu in der Quelle
tr-change-removed = Aus der Quelle entfernt
tr-preview-show = Vorschau
tr-suggestions-heading = Übersetzungsspeicher
tr-suggestions-hint = Setzen Sie den Cursor in einen Absatz der Übersetzung, um frühere Übersetzungen seiner Quelle zu sehen.
tr-suggestions-none = Keine frühere Übersetzung eines ähnlichen Absatzes.
tr-suggestion-score = { $score } %
tr-suggestion-use = Diese Übersetzung verwenden ({ $score } % Übereinstimmung)

## Links between articles, and what the page will not have

article-link-title = Auf einen Artikel verweisen
article-link-search = Titel und Texte durchsuchen
article-link-none = Kein Artikel passt
article-link-hint = Die Website verlinkt ihn in der Sprache jedes Lesers, auch wenn sich seine Adresse ändert.
article-link-cancel = Abbrechen
dropped-heading = Nicht auf der veröffentlichten Seite
dropped-link = Zeile { $line }: der Link auf
dropped-image = Zeile { $line }: das Bild
dropped-why-scheme = ein Link führt zu einer Webseite (https://…), einer E-Mail-Adresse (mailto:…) oder einer Seite dieser Website (/…); diese Art Adresse bleibt nicht
dropped-why-image-scheme = nur Bilder mit http- oder https-Adresse bleiben
dropped-why-no-scheme = eine Adresse mit // am Anfang führt zu einer anderen Website, ohne zu sagen wie: schreiben Sie https://
dropped-why-article-id = keine Artikelkennung: fügen Sie den Link mit „Auf einen Artikel verweisen“ ein
dropped-why-relative-image = ein Bild braucht eine vollständige Adresse (https://…) oder muss in den Desk eingefügt werden
dropped-why-image-reference = dieser Bildverweis des Desks ist beschädigt: fügen Sie das Bild erneut ein
dropped-why-malformed = keine Adresse (ein Leerzeichen oder Steuerzeichen darin?)

## The header's newsroom sync
sync-progress = Abgleich: { $done } von { $total }
sync-starting = Verbindung zur Redaktion…
sync-offline =
    { $waiting ->
        [0] Offline
        [one] Offline · 1 Änderung wartet
       *[other] Offline · { $waiting } Änderungen warten
    }
sync-conflicts =
    { $count ->
        [one] 1 Konflikt zu lösen
       *[other] { $count } Konflikte zu lösen
    }
sync-refused =
    { $count ->
        [one] 1 Änderung abgelehnt
       *[other] { $count } Änderungen abgelehnt
    }
sync-problem = Abgleich fehlgeschlagen
sync-waiting =
    { $count ->
        [one] 1 Änderung wartet
       *[other] { $count } Änderungen warten
    }
sync-synced = Abgeglichen
sync-now = Jetzt abgleichen
sync-last = Zuletzt abgeglichen: { $when }

## Konflikte mit der Fassung eines anderen Arbeitsplatzes
merge-banner =
    { $count ->
        [one] { $who } hat an einem anderen Arbeitsplatz dieselbe Stelle geändert wie Sie. Der Text kann erst veröffentlicht werden, wenn Sie das klären.
       *[other] { $who } hat an einem anderen Arbeitsplatz { $count } derselben Stellen geändert wie Sie. Der Text kann erst veröffentlicht werden, wenn Sie das klären.
    }
merge-resolve = Klären…
merge-heading = Konflikt klären ({ $language })
merge-intro = Jede Stelle unten wurde hier und an einem anderen Arbeitsplatz geändert. Wählen Sie, was der Text behält; der Rest ist bereits zusammengeführt.
merge-side = { $who } · { $desk } · { $when }
merge-yours = Ihre Fassung
merge-theirs = Fassung von { $who }
merge-theirs-short = Andere Fassung
merge-base = Vor beiden Änderungen
merge-no-base = An beiden Arbeitsplätzen getrennt begonnen
merge-empty = (leer)
merge-removed = (entfernt)
merge-clash-label = Stelle { $n }
merge-choose = Welche Fassung bleibt
merge-keep-mine = Meine behalten
merge-take-theirs = Ihre übernehmen
merge-keep-both = Beide behalten
merge-edit = Bearbeiten
merge-result = Der Text lautet dann
merge-all-mine = Alle meine behalten
merge-all-theirs = Alle anderen übernehmen
merge-field-title = Überschrift
merge-field-standfirst = Vorspann
merge-field-body = Text
merge-same =
    { $count ->
        [one] 1 Absatz auf beiden Seiten gleich
       *[other] { $count } Absätze auf beiden Seiten gleich
    }
merge-left =
    { $count ->
        [0] Alle Stellen sind geklärt
        [one] 1 Stelle zu klären
       *[other] { $count } Stellen zu klären
    }
merge-cancel = Abbrechen
merge-save = Lösung speichern
merge-failed = Die Lösung konnte nicht gespeichert werden: { $reason }
