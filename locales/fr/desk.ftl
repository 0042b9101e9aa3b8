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

## The article list: search, filters, import

search-label = Rechercher des articles
search-placeholder = Chercher dans les titres et les textes
search-loading = Chargement…
search-failed = La recherche a échoué : { $reason }
search-empty = Aucun article ne correspond à cette recherche.
search-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
search-more = Afficher plus ({ $shown } sur { $total })
hit-locale-title = Trouvé dans le texte en { $language }
filters-toggle = Filtres
filters-toggle-count = Filtres ({ $count })
filter-any = Tous
filter-state = État
filter-section = Rubrique
filter-locale = Langue
filter-tag = Mot-clé
filter-author = Signature
filter-author-placeholder = Tout le monde
filter-reset = Effacer les filtres
sort-label = Trier par
sort-relevance = Pertinence
sort-updated = Dernière modification
sort-title = Titre de A à Z
import-button = Importer du Markdown…
import-running = Importation…
import-files = Fichiers Markdown…
import-folder = Un dossier de fichiers Markdown…
import-dialog-files-title = Importer des fichiers Markdown
import-dialog-folder-title = Importer un dossier de fichiers Markdown
import-filter-name = Markdown
import-failed = Importation impossible : { $reason }
import-report-title = Importation
import-report-imported =
    { $count ->
        [0] Aucun article importé.
        [one] { $count } article importé.
       *[other] { $count } articles importés.
    }
import-report-more = et { $count } de plus
import-report-failed =
    { $count ->
        [one] { $count } fichier n’a pas été importé :
       *[other] { $count } fichiers n’ont pas été importés :
    }
drop-hint = Déposez des fichiers ou des dossiers Markdown pour les importer, ou des images sur le texte pour les ajouter.

## The editor

editor-region = Éditeur
toolbar-label = Mise en forme
tooltip-with-shortcut = { $action } ({ $shortcut })
format-heading = Intertitre
format-bold = Gras
format-italic = Italique
format-link = Lien
format-quote = Citation
format-list = Liste
format-image = Image
format-paywall = Limite abonnés
image-dialog-title = Insérer des images
image-filter-name = Images
image-failed = Impossible d’ajouter l’image : { $reason }
image-no-article = Ouvrez un article pour y ajouter des images.
focus-mode = Mode concentration
focus-mode-leave = Quitter le mode concentration (Échap)
focus-mode-hint = Échap pour quitter le mode concentration
more-actions = Autres actions
export-button = Exporter…
export-dialog-title = Exporter l’article dans un dossier
export-done =
    { $count ->
        [one] { $count } fichier exporté dans { $dir }
       *[other] { $count } fichiers exportés dans { $dir }
    }
export-failed = Exportation impossible : { $reason }
delete-button = Supprimer…
delete-confirm = Supprimer « { $title } » ? Vous pourrez annuler juste après.
delete-confirm-yes = Supprimer
delete-done = « { $title } » supprimé.
delete-failed = Suppression impossible : { $reason }
undelete-failed = Impossible de rétablir l’article : { $reason }
undo = Annuler
cancel = Annuler
dismiss = Fermer
workflow-to-review = Envoyer en relecture
workflow-to-draft = Repasser en brouillon
workflow-failed = Impossible de changer l’état : { $reason }
snapshot-done = Version enregistrée.
snapshot-failed = Impossible d’enregistrer une version : { $reason }

## Details of an article

metadata-heading = Détails
metadata-empty = Chapô, signature, mots-clés, slug, lien source
metadata-standfirst = Chapô
metadata-standfirst-placeholder = L’accroche sous le titre
metadata-byline = Signature
metadata-byline-placeholder = Qui l’a écrit
metadata-tags = Mots-clés
metadata-tags-placeholder = Ajoutez un mot-clé, puis Entrée
metadata-tags-count =
    { $count ->
        [one] { $count } mot-clé
       *[other] { $count } mots-clés
    }
metadata-tag-remove = Retirer le mot-clé { $tag }
metadata-source = Lien source
metadata-source-placeholder = https://… (articles repris)
metadata-source-invalid = Ce n’est pas une adresse web : elle doit commencer par http:// ou https://.
metadata-slug = Slug
metadata-slug-from-title = Depuis le titre
metadata-slug-follows = Suit le titre tant que vous ne le modifiez pas.
metadata-slug-own = Défini à la main.
metadata-slug-locked = Publié : changer le slug change l’adresse de l’article.

## History

revisions-button = Historique
revisions-heading = Historique
revisions-close = Fermer l’historique
revisions-loading = Chargement de l’historique…
revisions-empty = Aucune version pour l’instant.
revisions-failed = Impossible de charger l’historique : { $reason }
revisions-hint = Choisissez une version pour la comparer à la plus récente ; cochez-en une seconde pour comparer ces deux-là.
revision-compare = Comparer avec cette version
revision-kind-autosave = Enregistrement auto
revision-kind-named = Version enregistrée
revision-kind-workflow = Changement d’état
revision-kind-restore = Rétablie
revision-restored-from = depuis la version du { $when }
revision-kind-import = Importée
revisions-diff-heading = Du { $from } au { $to }
revisions-diff-same = Aucune différence entre ces versions.
revisions-diff-skip =
    { $count ->
        [one] … { $count } mot inchangé …
       *[other] … { $count } mots inchangés …
    }
revisions-diff-failed = Comparaison impossible : { $reason }
restore-revision = Rétablir cette version
restore-failed = Impossible de rétablir : { $reason }
restore-done = Version rétablie ; le texte d’avant reste dans l’historique.
snapshot-button = Enregistrer la version
snapshot-label-placeholder = Nommer cette version (facultatif)

## Trouble with the desk's database

trouble-disk-full = Le disque est plein. Votre texte reste ici et sera enregistré dès qu’il y aura de la place.
trouble-read-only = La base de données du desk est en lecture seule : rien ne peut être enregistré. Exportez votre article pour le garder.
trouble-locked = Un autre programme bloque la base de données du desk. Nouvel essai dans un instant.
trouble-damaged = La base de données du desk est endommagée. Exportez ce que vous pouvez et gardez le fichier pour la réparation.
trouble-retry = Réessayer
trouble-export = Exporter cet article…

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline ne peut pas ouvrir sa base de données
db-trouble-body =
    { $reason }

    Rien n’a été modifié. Vous pouvez exporter tous les articles encore lisibles dans un dossier de fichiers Markdown.
db-trouble-export = Exporter ce qui est lisible…
db-trouble-quit = Quitter
db-rescue-done = { $written } fichiers exportés dans { $dir }. { $failed } illisibles.
