app-title = Dateline
articles-heading = Articles
article-new = Nouvel article
article-untitled = Sans titre
articles-empty = Aucun article pour l’instant. Commencez par « Nouvel article ».
state-draft = Brouillon
state-in-review = En relecture
state-ready = Prêt
state-scheduled = Programmé
state-published = Publié
state-unpublished = Dépublié
articles-load-failed = Impossible de charger les articles : { $reason }
article-open-failed = Impossible d’ouvrir l’article : { $reason }
article-create-failed = Impossible de créer un article : { $reason }
editor-title-label = Titre
editor-title-placeholder = Écrivez un titre
editor-body-label = Corps (Markdown)
editor-section-label = Rubrique
editor-tier-label = Accès
editor-empty = Choisissez un article ou commencez-en un nouveau.
preview-heading = Aperçu
preview-paywall-band = Réservé aux abonnés ci-dessous
preview-words =
    { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    }
preview-reading = { $minutes } min de lecture
preview-failed = Aperçu indisponible : { $reason }
save-state-saving = Enregistrement…
save-state-saved = Enregistré
save-state-failed = Non enregistré : { $reason }
publish-button = Publier
publish-sending = Publication…
publish-done = Publié à l’adresse { $url }
publish-failed = Non publié : { $reason }
site-connected = Site : { $name }
site-offline = Site injoignable ; niveaux d’accès de la dernière connexion.
site-none = Aucun site connecté. Voir le README : « Point the desk at another site ».
keyring-unavailable = Pas de trousseau système : publication désactivée. Le jeton d’API n’est jamais enregistré ailleurs.
language-label = Langue
