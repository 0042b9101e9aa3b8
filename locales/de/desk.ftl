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
