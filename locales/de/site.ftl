site-home = Startseite
latest-heading = Neueste Artikel
no-articles = Hier ist noch nichts veröffentlicht.
byline = Von { $byline }
reading-time = { $minutes } Min. Lesezeit
language-chooser = Lesen auf
subscribe-heading = Weiterlesen
subscribe-body = Der Rest dieses Artikels ist für { $tier }-Abonnenten.
subscribe-button = Abonnieren
signin-link = Anmelden
signin-heading = Anmelden
signin-email = E-Mail
signin-password = Passwort
signin-submit = Anmelden
signin-failed = E-Mail und Passwort passen zu keinem Konto.
signout-button = Abmelden
signed-in-as = Angemeldet als { $email } ({ $tier })
not-found-heading = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es nichts.
footer-text = Veröffentlicht mit Dateline.
sections-label = Ressorts
breadcrumbs-label = Sie sind hier
subscribe-unavailable = Online-Abonnements sind noch nicht möglich. Wenn Sie bereits Abonnent sind, melden Sie sich an.
form-expired-heading = Dieses Formular ist abgelaufen
form-expired-body = Zu Ihrer Sicherheit gelten Formulare nur eine Weile. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
gone-heading = Artikel zurückgezogen
gone-body = Dieser Artikel ist nicht mehr veröffentlicht.
error-heading = Etwas ist schiefgelaufen
error-body = Diese Seite konnte nicht angezeigt werden. Bitte versuchen Sie es gleich noch einmal.
form-expired-back = Zurück zum Formular

## Konten: Registrierung

signin-no-account = Noch kein Konto?
signup-link = Jetzt anlegen
signup-heading = Konto anlegen
signup-intro = Ein Konto ist kostenlos. Wir schicken Ihnen eine E-Mail, um die Adresse zu bestätigen.
signup-password-rules = Mindestens { $min } Zeichen und nicht Ihre E-Mail-Adresse.
signup-submit = Konto anlegen
signup-have-account = Sie haben schon ein Konto?
signup-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein.
signup-password-short = Das Passwort muss mindestens { $min } Zeichen lang sein.
signup-password-long = Das Passwort ist zu lang.
signup-password-is-email = Das Passwort darf nicht Ihre E-Mail-Adresse sein.
signup-confirm-heading = Konto bestätigen
signup-confirm-body = Das Konto für { $email } anlegen?
signup-confirm-button = Mein Konto anlegen
signup-again = Erneut registrieren
signup-exists-heading = Sie haben bereits ein Konto
signup-exists-body = Für diese Adresse gibt es schon ein Konto. Melden Sie sich damit an.
check-inbox-heading = Sehen Sie in Ihr Postfach
check-inbox-sent = Wir haben eine E-Mail an { $email } geschickt.
check-inbox-signup = Öffnen Sie den Link darin innerhalb von { $hours } Stunden, um Ihr Konto fertig anzulegen. Wenn nichts ankommt, sehen Sie im Spam-Ordner nach.
check-inbox-newsletter = Öffnen Sie den Link darin innerhalb von { $hours } Stunden, um Ihr Abonnement zu bestätigen. Wenn nichts ankommt, sehen Sie im Spam-Ordner nach.
mail-failed-heading = Die E-Mail konnte nicht gesendet werden
mail-failed-body = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es in ein paar Minuten noch einmal.
too-many-heading = Zu viele Versuche
too-many-signin-body = Zum Schutz der Konten wird die Anmeldung nach mehreren Fehlversuchen vorübergehend gesperrt.
too-many-mail-body = Von hier aus wurden zu viele E-Mails angefordert.
try-again-in = { $minutes ->
    [one] Bitte versuchen Sie es in einer Minute noch einmal.
   *[other] Bitte versuchen Sie es in { $minutes } Minuten noch einmal.
}
link-expired-heading = Dieser Link funktioniert nicht mehr
link-expired-body = Die Links in unseren E-Mails gelten nur eine Weile, manche nur einmal. Fordern Sie einfach einen neuen an.

## Die Kontoseite

account-heading = Ihr Konto
account-welcome = Willkommen bei { $site }! Ihr Konto ist bereit.
account-tier = Abonnement
account-upgrade = Abonnements ansehen
account-newsletter-on = Sie erhalten den Newsletter.
account-newsletter-pending = Ihr Abonnement wartet auf Ihre Bestätigung per E-Mail.
account-newsletter-off = Sie erhalten den Newsletter nicht.
account-newsletter-start = Newsletter abonnieren
account-newsletter-stop = Newsletter abbestellen
account-session = Sitzung

## Der Newsletter

newsletter-heading = Newsletter
newsletter-intro = Das Beste aus { $site } in Ihrem Postfach.
newsletter-submit = Abonnieren
newsletter-privacy = Wir schicken Ihnen zuerst eine E-Mail zur Bestätigung. Jede E-Mail enthält einen Link zum Abbestellen.
newsletter-again = Newsletter abonnieren
newsletter-box-label = { $site } per E-Mail
newsletter-email-placeholder = sie@beispiel.de
newsletter-box-button = Abonnieren
newsletter-confirm-heading = Abonnement bestätigen
newsletter-confirm-body = Den Newsletter an { $email } schicken?
newsletter-confirm-button = Ja, abonnieren
newsletter-confirmed-heading = Sie haben den Newsletter abonniert
newsletter-confirmed-body = Der Newsletter von { $site } kommt künftig an { $email }.
unsubscribe-heading = Abbestellen
unsubscribe-body = Den Newsletter nicht mehr an { $email } schicken?
unsubscribe-button = Abbestellen
unsubscribed-heading = Sie haben den Newsletter abbestellt
unsubscribed-body = Wir schicken den Newsletter nicht mehr an { $email }.

## E-Mails (reiner Text)

mail-signup-subject = Bestätigen Sie Ihr Konto bei { $site }
mail-signup-intro = Jemand, hoffentlich Sie, hat mit dieser E-Mail-Adresse ein Konto bei { $site } beantragt.
mail-signup-action = Um es anzulegen, öffnen Sie diesen Link innerhalb von { $hours } Stunden:
mail-signup-ignore = Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Es wird kein Konto angelegt.
mail-exists-subject = Ihr Konto bei { $site }
mail-exists-intro = Jemand, hoffentlich Sie, wollte mit dieser E-Mail-Adresse ein Konto bei { $site } anlegen, aber es gibt schon eines.
mail-exists-action = Zum Anmelden öffnen Sie:
mail-exists-ignore = Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Konto ist unverändert.
mail-newsletter-subject = Bestätigen Sie Ihr Abonnement von { $site }
mail-newsletter-intro = Jemand, hoffentlich Sie, möchte den Newsletter von { $site } an diese E-Mail-Adresse erhalten.
mail-newsletter-action = Zum Bestätigen öffnen Sie diesen Link innerhalb von { $hours } Stunden:
mail-newsletter-ignore = Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Sie werden nicht angemeldet.
mail-subscribed-subject = Sie erhalten den Newsletter von { $site } bereits
mail-subscribed-intro = Jemand, hoffentlich Sie, möchte den Newsletter von { $site } an diese E-Mail-Adresse erhalten.
mail-subscribed-nothing = Diese Adresse ist bereits angemeldet, es hat sich also nichts geändert.
mail-footer = Um den Newsletter von { $site } abzubestellen, öffnen Sie:

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = Neueste Artikel
feed-link = Atom-Feed
skip-to-content = Zum Inhalt springen
page-number = Seite { $page }
subsections-label = Unterrubriken
pagination-label = Seiten
newer-stories = Neuere Artikel
older-stories = Ältere Artikel
updated-on = Aktualisiert am
source-label = Quelle:
tags-label = Schlagwörter
related-heading = Mehr zum Thema

## Passwort zurücksetzen
signin-forgot = Passwort vergessen?
reset-heading = Neues Passwort wählen
reset-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
reset-submit = Link senden
reset-again = Neuen Link anfordern
reset-password-intro = Wählen Sie ein neues Passwort für { $email }. Überall sonst werden Sie abgemeldet.
reset-new-password = Neues Passwort
reset-password-submit = Neues Passwort speichern
check-inbox-reset-sent = Falls zu { $email } ein Konto gehört, haben wir eine E-Mail an diese Adresse gesendet.
check-inbox-reset = Öffnen Sie den Link darin innerhalb { $hours ->
    [one] einer Stunde
   *[other] von { $hours } Stunden
}, um ein neues Passwort zu wählen. Wenn nichts ankommt, sehen Sie im Spam-Ordner nach.
account-password-changed = Ihr neues Passwort ist gespeichert. Alle anderen Sitzungen Ihres Kontos wurden abgemeldet.
mail-reset-subject = Neues Passwort für { $site } wählen
mail-reset-intro = Jemand, hoffentlich Sie, möchte für das Konto bei { $site } mit dieser E-Mail-Adresse ein neues Passwort wählen.
mail-reset-action = Öffnen Sie dazu diesen Link innerhalb { $hours ->
    [one] einer Stunde
   *[other] von { $hours } Stunden
}. Er funktioniert nur einmal:
mail-reset-ignore = Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
