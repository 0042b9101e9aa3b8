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
site-none = Aucun site connecté : ajoutez-en un dans Réglages.
keyring-unavailable = Pas de trousseau système : publication désactivée. Le jeton d’API n’est jamais enregistré ailleurs.
language-label = Langue

## The article list: search, filters, import

search-label = Rechercher des articles
search-placeholder = Chercher titres et textes
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
format-article-link = Lien vers un article
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
revision-kind-merge = Fusionnée
revision-you = Vous
revision-this-desk = ce poste
revision-other-desk = poste { $desk }
revision-someone = Quelqu’un
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

## Why something failed, by the desk's error code ({ $detail } stays in English).

desk-error-not-found = ce n’est plus là ({ $detail })
desk-error-invalid = le desk ne l’a pas accepté ({ $detail })
desk-error-storage = la base de données du desk a échoué ({ $detail })
desk-error-keyring = le trousseau du système est verrouillé, absent ou a refusé ({ $detail })
desk-error-no-site = aucun site n’est encore configuré : ajoutez-en un dans les réglages
desk-error-unauthorized = le site a refusé le jeton d’API : saisissez-en un nouveau dans les réglages ({ $detail })
desk-error-forbidden = votre rôle ne permet pas de le faire ({ $detail })
desk-error-site-rejected = le site a refusé la demande ({ $detail })
desk-error-network = le site est injoignable ({ $detail })
desk-error-conflict = cela ne s’accorde pas avec l’état actuel de l’article ({ $detail })
desk-error-disk-full = le disque est plein ; rien n’est perdu, et votre texte sera enregistré dès qu’il y aura de la place
desk-error-read-only = la base de données du desk ne peut pas être modifiée (le fichier ou son dossier est en lecture seule)
desk-error-locked = un autre programme bloque la base de données du desk ; rien n’est perdu, réessayez dans un instant
desk-error-damaged = la base de données du desk est endommagée : exportez ce qui peut être lu avant toute autre chose ({ $detail })

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline ne peut pas ouvrir sa base de données
db-trouble-body =
    { $reason }

    Rien n’a été modifié. Vous pouvez exporter tous les articles encore lisibles dans un dossier de fichiers Markdown.
db-trouble-export = Exporter ce qui est lisible…
db-trouble-quit = Quitter
db-rescue-done = { $written } fichiers exportés dans { $dir }. { $failed } illisibles.

## Espaces de travail

views-label = Espaces de travail
view-write = Écrire
view-translate = Traduire
view-publish = Publier
view-settings = Réglages

## Réglages : sites

sites-heading = Sites
sites-lead = Les sites sur lesquels ce poste publie. Le jeton d’API de chaque site est conservé dans le trousseau du système et nulle part ailleurs ; le premier site est celui par défaut.
sites-empty = Aucun site pour l’instant. Ajoutez-en un avec son adresse et un jeton d’API fourni par l’exploitant du site.
sites-load-failed = Impossible de lister les sites : { $reason }
site-add-heading = Ajouter un site
site-url-label = Adresse du site
site-token-label = Jeton d’API
site-token-hint = Le jeton est vérifié auprès du site, puis rangé dans le trousseau du système. Il n’est plus affiché ensuite.
site-add = Ajouter le site
site-adding = Vérification…
site-default = Par défaut
site-test = Tester la connexion
site-testing = Test en cours…
site-test-ok = Connecté : la description ci-dessous vient d’arriver du site.
site-remove = Retirer
site-remove-confirm = Retirer { $name } et son jeton de ce poste ? Les articles restent ; le site lui-même n’est pas modifié.
site-remove-yes = Retirer le site
site-remove-pending = Des opérations pour ce site attendent encore dans la boîte d’envoi. Envoyez-les ou annulez-les d’abord.
site-remove-failed = Impossible de retirer le site.
site-role = Rôle du jeton
site-locales = Langues
site-sections = Rubriques
site-tiers = Niveaux d’accès
site-time-zone = Fuseau horaire
site-time-zone-unknown = Non indiqué par le site (dates en UTC)
site-last-seen = Dernier contact
site-never-seen = Jamais
site-not-described = Le poste n’a pas encore eu de nouvelles de ce site : testez la connexion.
site-problem-invalid = Cette adresse ou ce jeton n’est pas utilisable.
site-problem-unauthorized = Le site n’accepte pas ce jeton.
site-problem-forbidden = Ce jeton n’a pas le droit de faire cela sur le site.
site-problem-network = Le site est injoignable.
site-problem-keyring = Le trousseau du système n’est pas disponible : le jeton ne peut pas être conservé.
site-problem-rejected = Le site a refusé la demande.
site-problem-not-found = Ce site n’est pas connu du poste.
site-problem-no-site = Aucun site n’est configuré.
site-problem-other = Quelque chose s’est mal passé.
role-writer = Rédacteur (ne peut pas publier)
role-translator = Traducteur (ne peut pas publier)
role-editor = Éditeur

## Publier : la file

queue-heading = File de publication
queue-site = Site
queue-locale = Langue
queue-any = Toutes
queue-empty = Aucun article dans cet état.
queue-draft-note = Les brouillons sont encore en cours d’écriture : l’auteur les envoie en relecture avec « Envoyer en relecture » dans Écrire. Un éditeur peut aussi publier un brouillon d’ici, avec les mêmes vérifications.
queue-select = Sélectionner « { $title } »
queue-select-all = Tout sélectionner
bulk-publish =
    { $count ->
        [0] Publier la sélection
        [one] Publier { $count } article
       *[other] Publier { $count } articles
    }
bulk-heading = Publication groupée
bulk-progress = { $done } sur { $total } envoyés · { $pending } en attente · { $stopped } à examiner
bulk-skipped =
    { $count ->
        [one] { $count } article écarté
       *[other] { $count } articles écartés
    }
bulk-failed = Échec de la publication groupée : { $reason }
publish-no-site = Aucun site où publier pour l’instant.
publish-go-settings = Ajouter un site dans les réglages
publish-choose = Choisissez un article dans la file.

## Publier : un article

publish-plan-failed = Impossible de préparer la publication : { $reason }
publish-to = Vers { $site }
publication-live = En ligne, version { $version }, depuis le { $when }
unsent-changes = Modifications pas encore en ligne
unsent-changes-hint = L’article a changé depuis sa publication : « Mettre à jour » dans Publier envoie les modifications
publish-locales = Langues à publier
text-source = Source
text-outdated = Périmée
text-status-in-progress = En cours
text-status-needs-review = À relire
text-status-done = Terminée
publish-confirm-outdated = J’ai vu que certaines de ces traductions sont plus anciennes que la source, et je les publie quand même.
publish-when = Quand
publish-now = Maintenant
publish-later = À une date et une heure
schedule-date = Date
schedule-time = Heure
schedule-zone = Fuseau horaire
schedule-zone-site = Heure du site ({ $zone })
schedule-zone-editor = Mon heure ({ $zone })
schedule-site-clock = Lecteurs ({ $zone })
schedule-editor-clock = Vous ({ $zone })
schedule-past = Cette heure est passée : l’article paraîtrait aussitôt.
publish-checks = Vérifications
publish-checks-clear = Rien ne s’y oppose.
check-error = Erreur
check-warning = Avertissement
publish-blocked = Corrigez d’abord les erreurs des vérifications.
publish-blocked-outdated = Cochez d’abord la confirmation sur les traductions périmées.
publish-schedule = Programmer
publish-update = Mettre à jour
publish-unpublish = Dépublier
unpublish-confirm = Retirer cet article du site ? Les lecteurs ne le trouveront plus ; vous pourrez le republier plus tard.
publish-store-first = L’article n’a pas pu être enregistré avant l’envoi : rien n’a été envoyé.
publish-last-op = Dernière opération
op-action-publish = Publication
op-action-unpublish = Dépublication
op-next-attempt = La tentative { $attempts } a échoué ; prochain essai le { $when }
op-retry = Envoyer maintenant
op-cancel = Annuler
op-resolve = Comparer et choisir…
op-scheduled-for = Paraît le { $when }
op-retrying = Nouvel essai ({ $attempts }) : { $reason }
op-state-queued = En attente
op-state-sending = Envoi
op-state-done = Fait
op-state-failed = Échec
op-state-conflict = Conflit
op-state-cancelled = Annulée
url-copy = Copier
url-copied = Copié

## Aperçu côté lecteur

reader-heading = Aperçu côté lecteur
reader-locale = Langue de l’aperçu
reader-kinds = Types de lecteur
reader-anonymous = Anonyme
reader-sees-all = { $reader } reçoit l’article entier.
reader-sees-part = { $reader } ne reçoit que la partie du haut ; la partie marquée est retenue par le site.
reader-hidden-label = Non envoyé à ce lecteur
reader-failed = Pas d’aperçu côté lecteur : { $reason }

## Boîte d’envoi

outbox-heading = Boîte d’envoi
outbox-badge-title = { $pending } en attente d’envoi, { $attention } à traiter
outbox-empty = La boîte d’envoi est vide.
outbox-failed = Impossible de lire la boîte d’envoi : { $reason }
conflict-heading = Conflit
conflict-explain = Le site a une version de « { $title } » plus récente (version { $version }) que celle que ce poste a vue en dernier : quelqu’un d’autre l’a modifiée. Rien n’a été écrasé. Comparez les deux et choisissez.
conflict-keep-mine = Garder la mienne
conflict-keep-mine-explain = Envoie la version de ce poste au site, à la place de celle du site. Les modifications de l’autre personne sont perdues sur le site.
conflict-take-theirs = Prendre celle du site
conflict-take-theirs-explain = Remplace le texte de ce poste par la version du site et n’envoie rien. Vos modifications non envoyées restent dans l’historique des versions.
conflict-theirs-gone = Le site n’a plus cet article : il n’y a pas de version à prendre.
conflict-theirs-unpublished = Le site a retiré cet article : garder la version de ce poste le republie ; prendre celle du site l’enregistre ici comme dépublié.
conflict-keep-mine-blocked = Ne peut pas être envoyé tel quel : { $reasons }
conflict-only-differences = Seulement les différences
conflict-mine = Ce poste
conflict-theirs = Le site (version { $version })
conflict-same = Les deux versions sont identiques.
conflict-field-tier = Accès
conflict-field-section = Rubrique
conflict-field-publish-at = Heure de parution
conflict-field-title = Titre
conflict-field-standfirst = Chapô
conflict-field-slug = Slug
conflict-field-body = Corps

## Notifications

toast-published = « { $title } » est publié.
toast-unpublished = « { $title } » n’est plus sur le site.
toast-op-failed = « { $title } » n’a pas été envoyé : { $reason }
toast-op-conflict = « { $title } » : le site a une version plus récente. Rien n’a été écrasé.
toast-open-outbox = Ouvrir la boîte d’envoi
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = Publication groupée terminée : { $done } articles sur { $total } sont en ligne.
notify-batch-stopped = Publication groupée terminée : { $stopped } articles sur { $total } demandent votre attention dans la boîte d’envoi.

## Traductions dans l’éditeur

texts-label = Textes de l’article
texts-failed = Impossible de lister les textes de l’article : { $reason }
text-open-failed = Impossible d’ouvrir le texte : { $reason }
translation-add = Ajouter une traduction
translation-add-choose = Langue…
translation-add-failed = Impossible de commencer la traduction : { $reason }
translation-status = État
translation-status-failed = Impossible de changer l’état : { $reason }
translation-outdated-note = La source a changé depuis que cette traduction a été marquée terminée.
source-changes-show = Ce qui a changé dans la source
source-change-same = Inchangé
source-change-changed = Modifié
source-change-added = Ajouté
source-change-removed = Supprimé
source-change-title = Titre
source-change-standfirst = Chapô
translation-mark-current = Marquer à jour

## Vérifications avant publication, par code du poste (ses propres mots suivent en détail)

check-site-unknown = Le poste n’a pas encore eu de nouvelles de ce site
check-role = Ce jeton ne peut pas publier
check-tier-unknown = Le site n’a pas ce niveau d’accès
check-section-missing = Aucune rubrique choisie
check-section-unknown = Le site n’a pas cette rubrique
check-no-locale = Aucune langue choisie
check-schedule-past = L’heure programmée est passée
check-no-text = Pas de texte dans cette langue
check-locale-unknown = Le site ne publie pas dans cette langue
check-no-headline = Pas de titre
check-not-done = Traduction non marquée terminée
check-outdated = Traduction périmée
check-cut-missing = Pas de limite payante dans ce texte
check-cut-misplaced = La limite payante ne suit pas le même paragraphe que dans la source
check-slug-taken = Adresse déjà utilisée
check-image-missing = Une image manque sur ce poste
check-standfirst-missing = Pas de chapô, alors que la source en a un
check-link-target-unpublished = Lien vers un article qui n’est pas encore sur le site
check-conflict = Entre en conflit avec la version d’un autre poste : résolvez d’abord le conflit

## The Translate workspace: interface strings

translate-articles = Articles
translate-strings = Textes de l’interface
strings-list-heading = Textes de l’interface
strings-source = Textes de
strings-source-sites = Sites
strings-source-folders = Dossiers déjà ouverts
strings-open-folder = Ouvrir un dossier de textes…
strings-folder-dialog-title = Un dossier organisé comme locales/, avec un dossier en-US
strings-file = Fichier
strings-locale = Langue
strings-new-locale = Code de la nouvelle langue, par ex. it
strings-add-locale = Ajouter
strings-locale-invalid = « { $locale } » n’est pas un code de langue (comme it, pt-BR ou zh-Hant).
strings-filter = Afficher
strings-filter-all = Tous les messages ({ $count })
strings-filter-todo = À faire ({ $count })
strings-search = Chercher dans les identifiants et les textes
strings-status-missing = Manquant
strings-status-translated = Traduit
strings-status-warning = Avertissement
strings-status-error = Erreur
strings-status-obsolete = Obsolète
strings-at-line = Ligne { $line }, colonne { $column } :
strings-loading = Ouverture des textes…
strings-empty = Choisissez un site ou ouvrez un dossier de textes, puis une langue.
strings-none-match = Aucun message ne correspond.
strings-pick = Choisissez un message à gauche pour le traduire.
strings-draft = Brouillon non enregistré
strings-mode = Modifier en
strings-mode-form = Champs
strings-mode-raw = Source Fluent
strings-raw-not-valid = La source Fluent ne peut pas s’afficher en champs : { $reason }
strings-revert = Annuler les modifications
strings-save = Enregistrer
strings-save-hint = Ctrl+S enregistre ; Ctrl+Entrée enregistre et ouvre le message suivant
strings-send = Envoyer au site
strings-saved = Enregistré.
strings-sent = Envoyé : les lecteurs le voient dès maintenant.
strings-writer-note = Votre jeton pour ce site est celui d’un rédacteur : vous pouvez lire ses textes, mais il faut un traducteur ou un éditeur pour les envoyer.
strings-conflict-heading = Quelqu’un d’autre a modifié ces textes entre-temps ; rien des siens ni des vôtres n’a été écrasé.
strings-reopen = Rouvrir avec leurs modifications
strings-note = Note pour les traducteurs
strings-reference = Référence · { $language }
strings-obsolete-note = La référence n’a plus ce message. La traduction est conservée, mais rien ne l’affiche.
strings-value = Valeur
strings-plural-on = une forme par catégorie de pluriel, choisie selon { $selector }
strings-select-on = choisi selon { $selector }
strings-default = par défaut
strings-plural-example = ex. { $number }
strings-preview = Aperçu avec des valeurs d’exemple

## What the string checks found, by check code.

string-check-syntax = Ce n’est pas du Fluent valide : { $detail }
string-check-missing-default-variant = Un sélecteur n’a pas de variante par défaut (marquez-en une avec *)
string-check-multiple-default-variants = Un sélecteur a plus d’une variante par défaut (*)
string-check-duplicate-id = { $what } est défini deux fois ; seule la première définition compte
string-check-duplicate-attribute = { $what } est donné deux fois
string-check-duplicate-variant = { $what } a deux fois la variante { $key }
string-check-missing-message = { $what } n’est pas encore traduit
string-check-obsolete-message = La référence n’a plus { $what } : rien ne l’affiche
string-check-missing-term = Le terme { $what } n’est pas encore traduit
string-check-obsolete-term = La référence n’a pas de terme { $what }
string-check-missing-value = { $what } n’a pas de valeur, alors que la référence en a une
string-check-obsolete-value = { $what } a une valeur, alors que la référence n’a que des attributs
string-check-missing-attribute = L’attribut { $what } manque
string-check-obsolete-attribute = La référence n’a pas d’attribut { $what }
string-check-missing-variable = { $what } n’affiche pas { $variable }, que la référence affiche
string-check-unknown-variable = { $what } utilise { $variable }, que le programme ne remplit jamais
string-check-missing-plural = Il manque à { $what } les variantes de pluriel { $categories } dont cette langue a besoin
string-check-unused-plural = { $what } a la variante { $key }, une catégorie de pluriel que cette langue n’a pas
string-check-variant-lost-variable = { $what } { $key } n’affiche pas { $variable }, que la même variante de la référence affiche
string-check-empty-value = { $what } est vide
string-check-unknown-reference = { $what } renvoie à { $reference }, qui n’est pas défini
string-check-missing-reference = { $what } ne renvoie pas à { $reference } comme le fait la référence
string-check-obsolete-reference = { $what } renvoie à { $reference }, ce que la référence ne fait pas
string-check-missing-file = { $locale } n’a pas de { $file }
string-check-obsolete-file = { $locale } n’a pas de { $file } : rien ne lit ce fichier

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = Une { "{" } n’est pas fermée : ajoutez { "}" } après « { $near } »
string-syntax-unclosed-choice = Les variantes de « { $near } » ne sont pas fermées : ajoutez { "}" } sur une ligne à part après la dernière
string-syntax-stray-brace = L’accolade { "}" } de « { $near } » ne ferme rien : supprimez-la, ou ajoutez l’accolade { "{" } qu’elle doit fermer
string-syntax-bad-variable = Une variable s’écrit $ suivi directement de son nom, qui commence par une lettre, comme { "{ $minutes }" } : vérifiez « { $near } »
string-syntax-unclosed-string = Le texte entre guillemets « { $near } » n’est pas fermé : ajoutez " avant la fin de la ligne
string-syntax-line-start = Une ligne de texte ne peut pas commencer ici par [, * ou . : « { $near } ». Rattachez-la à la ligne précédente, ou écrivez le caractère { "{ \"[\" }" }
string-syntax-entry-start = « { $near } » n’appartient à aucun message : un message commence en début de ligne par son identifiant et =, et ses autres lignes sont en retrait
string-syntax-missing-equals = Un message commence par son identifiant, un seul mot (lettres, chiffres, - et _), puis = : vérifiez « { $near } »
string-syntax-bad-placeable = Entre { "{ }" } se place une variable (comme { "{ $name }" }), un message, un terme ou un texte entre guillemets : vérifiez « { $near } »
string-syntax-no-text = { $near } n’a pas de texte après =
string-syntax-variant-line = Après ->, chaque variante va sur une ligne à part : passez à la ligne avant « { $near } »
string-syntax-bad-variant-key = La clé d’une variante est un seul mot ou nombre entre [ et ], comme [one] ou [other] : vérifiez « { $near } »
string-syntax-bad-escape = Dans un texte entre guillemets, \ ne peut être suivi que de ", de \ ou d’un code de caractère comme \u00A0 : vérifiez « { $near } »
string-syntax-bad-selector = Un sélecteur (avant ->) ne peut être qu’une variable, un nombre ou une fonction comme NUMBER($count) : vérifiez « { $near } »
string-syntax-function-call = Vérifiez la fonction dans « { $near } » : son nom en majuscules, puis ses arguments entre ( ), les non nommés d’abord, chaque argument nommé une seule fois, avec un nombre ou un texte entre guillemets
string-syntax-other = Ce n’est pas du Fluent valide près de « { $near } »

## The bin

bin-open = Corbeille
bin-heading = Corbeille
bin-empty = La corbeille est vide.
bin-explain = Les articles supprimés restent ici 30 jours, puis le bureau les efface. Ceux encore en ligne sur un site, en attente dans la boîte d’envoi ou traduits restent jusqu’à ce que vous décidiez.
bin-deleted-on = Supprimé le { $when }
bin-purge-on = effacé automatiquement le { $when }
bin-kept-published = conservé : un site l’affiche encore (dépubliez-le d’abord)
bin-kept-pending = conservé : une opération l’attend dans la boîte d’envoi
bin-kept-translated = conservé : il a des traductions
bin-restore = Restaurer
bin-delete-forever = Supprimer définitivement
bin-confirm = Supprimer définitivement « { $title } » et ses versions ? C’est irréversible.
bin-confirm-translated = Supprimer définitivement « { $title } », ses versions et { $count ->
        [one] sa traduction
       *[other] ses { $count } traductions
    } ? C’est irréversible.

## Settings: developer

developer-heading = Développement
developer-pseudo-locales = Proposer les pseudo-langues dans le menu des langues
developer-pseudo-locales-hint = Des textes accentués (en-XA) et inversés de droite à gauche (ar-XB) faits à partir de l’anglais : un texte resté en anglais ordinaire n’a jamais été localisé, et une mise en page qui casse cassera aussi dans une vraie langue.

## L’espace Traduire

tr-dashboard-heading = Traductions
tr-filter-missing = Manquantes
tr-filter-outdated = Périmées
tr-filter-locale = Langue
tr-filter-all-locales = Toutes les langues
tr-empty = Aucun article ne correspond à ces filtres.
tr-overview-failed = Impossible de lister les traductions : { $reason }
tr-state-missing = Manquante
tr-state-outdated = Périmée
tr-source-deleted = Source supprimée
tr-source-deleted-note = La source de cette traduction a été supprimée. La traduction est conservée.
tr-restore-source = Restaurer l’article
tr-choose = Choisissez à gauche la langue d’un article pour le traduire.
tr-load-failed = Impossible d’ouvrir la traduction : { $reason }
tr-source-heading = Source · { $language }
tr-target-heading = Traduction · { $language }
tr-headline = Titre
tr-standfirst = Chapô
tr-block-label = Paragraphe { $n } de la traduction
tr-before = Avant :
tr-cut-fixed = La limite reste là où la source la place : la suite est réservée aux abonnés dans toutes les langues.
tr-cut-removed = La source n’a plus de limite ici : cette traduction n’en a donc plus non plus.
tr-standfirst-missing = La source a un chapô : traduisez-le aussi, sinon les lecteurs de cette langue n’en auront pas.
tr-change-changed = Modifié depuis que la traduction a été terminée
tr-change-added = Nouveau dans la source
tr-change-removed = Supprimé de la source
tr-preview-show = Aperçu
tr-suggestions-heading = Mémoire de traduction
tr-suggestions-hint = Placez le curseur dans un paragraphe de la traduction pour voir les traductions antérieures de sa source.
tr-suggestions-none = Aucune traduction antérieure d’un paragraphe semblable.
tr-suggestion-score = { $score } %
tr-suggestion-use = Utiliser cette traduction (correspondance { $score } %)

## Links between articles, and what the page will not have

article-link-title = Lien vers un article
article-link-search = Chercher titres et textes
article-link-none = Aucun article ne correspond
article-link-hint = Le site renvoie vers l’article dans la langue de chaque lecteur, même si son adresse change.
article-link-cancel = Annuler
dropped-heading = Absent de la page publiée
dropped-link = Ligne { $line } : le lien vers
dropped-image = Ligne { $line } : l’image
dropped-why-scheme = un lien mène à une page web (https://…), une adresse e-mail (mailto:…) ou une page de ce site (/…) ; ce genre d’adresse n’est pas gardé
dropped-why-image-scheme = seules les images à une adresse http ou https sont gardées
dropped-why-no-scheme = une adresse qui commence par // mène à un autre site sans dire comment : écrivez https://
dropped-why-article-id = ce n’est pas l’identifiant d’un article : insérez le lien avec « Lien vers un article »
dropped-why-relative-image = une image a besoin d’une adresse complète (https://…) ou d’être insérée dans le bureau
dropped-why-image-reference = cette référence d’image du bureau est abîmée : insérez l’image à nouveau
dropped-why-malformed = ce n’est pas une adresse (une espace ou un caractère de contrôle ?)

## The header's newsroom sync
sync-progress = Synchronisation : { $done } sur { $total }
sync-starting = Connexion à la rédaction…
sync-offline =
    { $waiting ->
        [0] Hors ligne
        [one] Hors ligne · 1 modification en attente
       *[other] Hors ligne · { $waiting } modifications en attente
    }
sync-conflicts =
    { $count ->
        [one] 1 conflit à résoudre
       *[other] { $count } conflits à résoudre
    }
sync-refused =
    { $count ->
        [one] 1 modification refusée
       *[other] { $count } modifications refusées
    }
sync-problem = Échec de la synchronisation
sync-waiting =
    { $count ->
        [one] 1 modification en attente
       *[other] { $count } modifications en attente
    }
sync-synced = Synchronisé
sync-now = Synchroniser maintenant
sync-last = Dernière synchronisation : { $when }

## Conflits avec la version d’un autre poste
merge-banner =
    { $count ->
        [one] { $who } a modifié sur un autre poste le même passage que vous. Ce texte ne peut pas être publié avant que vous ayez tranché.
       *[other] { $who } a modifié sur un autre poste { $count } des mêmes passages que vous. Ce texte ne peut pas être publié avant que vous ayez tranché.
    }
merge-resolve = Résoudre…
merge-heading = Résoudre le conflit ({ $language })
merge-intro = Chaque passage ci-dessous a été modifié ici et sur un autre poste. Choisissez ce que le texte garde ; le reste est déjà fusionné.
merge-side = { $who } · { $desk } · { $when }
merge-yours = Votre version
merge-theirs = Version de { $who }
merge-theirs-short = L’autre version
merge-base = Avant les deux modifications
merge-no-base = Commencé séparément sur les deux postes
merge-empty = (vide)
merge-removed = (supprimé)
merge-clash-label = Passage { $n }
merge-choose = Version à garder
merge-keep-mine = Garder la mienne
merge-take-theirs = Prendre l’autre
merge-keep-both = Garder les deux
merge-edit = Modifier
merge-result = Le texte dira
merge-all-mine = Garder toutes les miennes
merge-all-theirs = Prendre toutes les autres
merge-field-title = Titre
merge-field-standfirst = Chapô
merge-field-body = Texte
merge-same =
    { $count ->
        [one] 1 paragraphe identique des deux côtés
       *[other] { $count } paragraphes identiques des deux côtés
    }
merge-left =
    { $count ->
        [0] Tous les passages sont tranchés
        [one] 1 passage à trancher
       *[other] { $count } passages à trancher
    }
merge-cancel = Annuler
merge-save = Enregistrer la résolution
merge-failed = Impossible d’enregistrer la résolution : { $reason }
