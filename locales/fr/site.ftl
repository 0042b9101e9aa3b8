site-home = Accueil
latest-heading = À la une
no-articles = Rien n’est encore publié ici.
byline = Par { $byline }
reading-time = { $minutes } min de lecture
language-chooser = Lire en
subscribe-heading = Lire la suite
subscribe-body = La suite de cet article est réservée aux abonnés { $tier }.
subscribe-button = S’abonner
signin-link = Se connecter
signin-heading = Connexion
signin-email = Adresse e-mail
signin-password = Mot de passe
signin-submit = Se connecter
signin-failed = Cette adresse et ce mot de passe ne correspondent à aucun compte.
signout-button = Se déconnecter
signed-in-as = Connecté en tant que { $email } ({ $tier })
not-found-heading = Page introuvable
not-found-body = Il n’y a rien à cette adresse.
footer-text = Publié avec Dateline.
sections-label = Rubriques
breadcrumbs-label = Vous êtes ici
subscribe-unavailable = Les abonnements en ligne ne sont pas encore ouverts. Si vous êtes déjà abonné, connectez-vous.
form-expired-heading = Ce formulaire a expiré
form-expired-body = Pour votre sécurité, les formulaires ne restent valables qu’un temps. Revenez en arrière, rechargez la page et réessayez.
gone-heading = Article retiré
gone-body = Cet article n’est plus publié.
error-heading = Une erreur s’est produite
error-body = Cette page n’a pas pu être affichée. Veuillez réessayer dans un instant.
form-expired-back = Revenir au formulaire

## Comptes : inscription

signin-no-account = Pas encore de compte ?
signup-link = En créer un
signup-heading = Créer un compte
signup-intro = Le compte est gratuit. Nous vous enverrons un e-mail pour confirmer l’adresse.
signup-password-rules = Au moins { $min } caractères, et pas votre adresse e-mail.
signup-submit = Créer le compte
signup-have-account = Vous avez déjà un compte ?
signup-email-invalid = Veuillez saisir une adresse e-mail valide.
signup-password-short = Le mot de passe doit compter au moins { $min } caractères.
signup-password-long = Le mot de passe est trop long.
signup-password-is-email = Le mot de passe ne doit pas être votre adresse e-mail.
signup-confirm-heading = Confirmez votre compte
signup-confirm-body = Créer le compte de { $email } ?
signup-confirm-button = Créer mon compte
signup-again = Recommencer l’inscription
signup-exists-heading = Vous avez déjà un compte
signup-exists-body = Cette adresse a déjà un compte. Connectez-vous avec elle.
check-inbox-heading = Consultez votre messagerie
check-inbox-sent = Nous avons envoyé un e-mail à { $email }.
check-inbox-signup = Ouvrez le lien qu’il contient dans les { $hours } heures pour terminer la création de votre compte. Si rien n’arrive, regardez dans vos indésirables.
check-inbox-newsletter = Ouvrez le lien qu’il contient dans les { $hours } heures pour confirmer votre abonnement. Si rien n’arrive, regardez dans vos indésirables.
mail-failed-heading = L’e-mail n’a pas pu être envoyé
mail-failed-body = Un problème est survenu de notre côté. Veuillez réessayer dans quelques minutes.
too-many-heading = Trop de tentatives
too-many-signin-body = Pour protéger les comptes, la connexion est suspendue après plusieurs tentatives infructueuses.
too-many-mail-body = Trop d’e-mails ont été demandés depuis cette connexion.
try-again-in = { $minutes ->
    [one] Veuillez réessayer dans une minute.
   *[other] Veuillez réessayer dans { $minutes } minutes.
}
link-expired-heading = Ce lien ne fonctionne plus
link-expired-body = Les liens de nos e-mails ne sont valables qu’un temps, et certains une seule fois. Refaites la demande et nous vous en enverrons un nouveau.

## La page du compte

account-heading = Votre compte
account-welcome = Bienvenue sur { $site } ! Votre compte est prêt.
account-tier = Abonnement
account-upgrade = Voir les abonnements
account-newsletter-on = Vous recevez la lettre d’information.
account-newsletter-pending = Votre abonnement attend votre confirmation par e-mail.
account-newsletter-off = Vous ne recevez pas la lettre d’information.
account-newsletter-start = S’abonner à la lettre d’information
account-newsletter-stop = Ne plus recevoir la lettre
account-session = Session

## La lettre d’information

newsletter-heading = Lettre d’information
newsletter-intro = Le meilleur de { $site }, dans votre boîte de réception.
newsletter-submit = S’abonner
newsletter-privacy = Nous vous envoyons d’abord un e-mail de confirmation. Chaque e-mail contient un lien de désabonnement.
newsletter-again = S’abonner à la lettre d’information
newsletter-box-label = Recevoir { $site } par e-mail
newsletter-email-placeholder = vous@exemple.fr
newsletter-box-button = S’abonner
newsletter-confirm-heading = Confirmez votre abonnement
newsletter-confirm-body = Envoyer la lettre d’information à { $email } ?
newsletter-confirm-button = Oui, je m’abonne
newsletter-confirmed-heading = Vous êtes abonné
newsletter-confirmed-body = La lettre d’information de { $site } sera envoyée à { $email }.
unsubscribe-heading = Se désabonner
unsubscribe-body = Ne plus envoyer la lettre d’information à { $email } ?
unsubscribe-button = Me désabonner
unsubscribed-heading = Vous êtes désabonné
unsubscribed-body = Nous n’enverrons plus la lettre d’information à { $email }.

## E-mails (texte brut)

mail-signup-subject = Confirmez votre compte sur { $site }
mail-signup-intro = Quelqu’un, sans doute vous, a demandé un compte sur { $site } avec cette adresse e-mail.
mail-signup-action = Pour le créer, ouvrez ce lien dans les { $hours } heures :
mail-signup-ignore = Si ce n’était pas vous, ignorez cet e-mail : aucun compte ne sera créé.
mail-exists-subject = Votre compte sur { $site }
mail-exists-intro = Quelqu’un, sans doute vous, a essayé de créer un compte sur { $site } avec cette adresse e-mail, mais elle en a déjà un.
mail-exists-action = Pour vous connecter, ouvrez :
mail-exists-ignore = Si ce n’était pas vous, ignorez cet e-mail : votre compte n’a pas changé.
mail-newsletter-subject = Confirmez votre abonnement à { $site }
mail-newsletter-intro = Quelqu’un, sans doute vous, a demandé à recevoir la lettre d’information de { $site } à cette adresse e-mail.
mail-newsletter-action = Pour confirmer, ouvrez ce lien dans les { $hours } heures :
mail-newsletter-ignore = Si ce n’était pas vous, ignorez cet e-mail : vous ne serez pas abonné.
mail-subscribed-subject = Vous recevez déjà la lettre d’information de { $site }
mail-subscribed-intro = Quelqu’un, sans doute vous, a demandé à recevoir la lettre d’information de { $site } à cette adresse e-mail.
mail-subscribed-nothing = Cette adresse est déjà abonnée : rien n’a changé.
mail-footer = Pour ne plus recevoir la lettre d’information de { $site }, ouvrez :

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = Derniers articles
feed-link = Flux Atom
skip-to-content = Aller au contenu
page-number = Page { $page }
subsections-label = Sous-rubriques
pagination-label = Pages
newer-stories = Articles plus récents
older-stories = Articles plus anciens
updated-on = Mis à jour le
source-label = Source :
tags-label = Mots-clés
related-heading = À lire aussi

## Réinitialisation du mot de passe
signin-forgot = Mot de passe oublié ?
reset-heading = Choisir un nouveau mot de passe
reset-intro = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = Envoyer le lien
reset-again = Demander un nouveau lien
reset-password-intro = Choisissez un nouveau mot de passe pour { $email }. Vous serez déconnecté partout ailleurs.
reset-new-password = Nouveau mot de passe
reset-password-submit = Enregistrer le mot de passe
check-inbox-reset-sent = Si { $email } correspond à un compte, nous lui avons envoyé un e-mail.
check-inbox-reset = Ouvrez le lien qu’il contient dans { $hours ->
    [one] l’heure
   *[other] les { $hours } heures
} pour choisir un nouveau mot de passe. Si rien n’arrive, regardez dans vos indésirables.
account-password-changed = Votre nouveau mot de passe est enregistré. Toutes les autres sessions de votre compte ont été fermées.
mail-reset-subject = Choisissez un nouveau mot de passe pour { $site }
mail-reset-intro = Quelqu’un, sans doute vous, a demandé à choisir un nouveau mot de passe pour le compte { $site } associé à cette adresse e-mail.
mail-reset-action = Pour cela, ouvrez ce lien dans { $hours ->
    [one] l’heure
   *[other] les { $hours } heures
}. Il ne fonctionne qu’une fois :
mail-reset-ignore = Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.
