# Dateline desk interface strings. en-US is the reference locale.

app-title = Dateline
articles-heading = Articles
article-new = New article
article-untitled = Untitled
articles-empty = No articles yet. Start one with “New article”.
state-draft = Draft
state-in-review = In review
state-ready = Ready
state-scheduled = Scheduled
state-published = Published
state-unpublished = Unpublished
articles-load-failed = Could not load the articles: { $reason }
article-open-failed = Could not open the article: { $reason }
article-create-failed = Could not start an article: { $reason }
editor-title-label = Headline
editor-title-placeholder = Write a headline
editor-body-label = Body (Markdown)
editor-section-label = Section
editor-tier-label = Access
editor-empty = Choose an article or start a new one.
preview-heading = Preview
preview-paywall-band = Subscribers only below
preview-words =
    { $count ->
        [one] { $count } word
       *[other] { $count } words
    }
preview-reading = { $minutes } min read
preview-failed = No preview: { $reason }
save-state-saving = Saving…
save-state-saved = Saved
save-state-failed = Not saved: { $reason }
publish-button = Publish
publish-sending = Publishing…
publish-done = Published at { $url }
publish-failed = Not published: { $reason }
site-connected = Site: { $name }
site-offline = Site unreachable; tiers from the last connection.
site-none = No site connected. See the README: “Point the desk at another site”.
keyring-unavailable = No OS keyring: publishing is off. The API token is never stored anywhere else.
language-label = Language

## The article list: search, filters, import

search-label = Search articles
search-placeholder = Search headlines and text
search-loading = Loading…
search-failed = Search failed: { $reason }
search-empty = Nothing matches this search.
search-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
search-more = Show more ({ $shown } of { $total })
hit-locale-title = Found in the { $language } text
filters-toggle = Filters
filters-toggle-count = Filters ({ $count })
filter-any = Any
filter-state = State
filter-section = Section
filter-locale = Language
filter-tag = Tag
filter-author = Byline
filter-author-placeholder = Anyone
filter-reset = Clear filters
sort-label = Sort by
sort-relevance = Best match
sort-updated = Last changed
sort-title = Headline A–Z
import-button = Import Markdown…
import-running = Importing…
import-files = Markdown files…
import-folder = A folder of Markdown files…
import-dialog-files-title = Import Markdown files
import-dialog-folder-title = Import a folder of Markdown files
import-filter-name = Markdown
import-failed = Could not import: { $reason }
import-report-title = Import
import-report-imported =
    { $count ->
        [0] No article was imported.
        [one] Imported { $count } article.
       *[other] Imported { $count } articles.
    }
import-report-more = and { $count } more
import-report-failed =
    { $count ->
        [one] { $count } file was not imported:
       *[other] { $count } files were not imported:
    }
drop-hint = Drop Markdown files or folders to import them, or images onto the text to add them.

## The editor

editor-region = Editor
toolbar-label = Formatting
tooltip-with-shortcut = { $action } ({ $shortcut })
format-heading = Heading
format-bold = Bold
format-italic = Italic
format-link = Link
format-quote = Quote
format-list = List
format-image = Image
format-paywall = Paywall cut
image-dialog-title = Insert images
image-filter-name = Images
image-failed = Could not add the image: { $reason }
image-no-article = Open an article to add images to it.
focus-mode = Focus mode
focus-mode-leave = Leave focus mode (Esc)
focus-mode-hint = Esc leaves focus mode
more-actions = More actions
export-button = Export…
export-dialog-title = Export the article to a folder
export-done =
    { $count ->
        [one] Exported { $count } file to { $dir }
       *[other] Exported { $count } files to { $dir }
    }
export-failed = Could not export: { $reason }
delete-button = Delete…
delete-confirm = Delete “{ $title }”? You can undo this right after.
delete-confirm-yes = Delete
delete-done = Deleted “{ $title }”.
delete-failed = Could not delete: { $reason }
undelete-failed = Could not bring the article back: { $reason }
undo = Undo
cancel = Cancel
dismiss = Dismiss
workflow-to-review = Send to review
workflow-to-draft = Back to draft
workflow-failed = Could not change the state: { $reason }
snapshot-done = Version saved.
snapshot-failed = Could not save a version: { $reason }

## Details of an article

metadata-heading = Details
metadata-empty = Standfirst, byline, tags, slug, source link
metadata-standfirst = Standfirst
metadata-standfirst-placeholder = The teaser under the headline
metadata-byline = Byline
metadata-byline-placeholder = Who wrote it
metadata-tags = Tags
metadata-tags-placeholder = Add a tag, then Enter
metadata-tags-count =
    { $count ->
        [one] { $count } tag
       *[other] { $count } tags
    }
metadata-tag-remove = Remove the tag { $tag }
metadata-source = Source link
metadata-source-placeholder = https://… (syndicated pieces)
metadata-source-invalid = Not a web address: it must start with http:// or https://.
metadata-slug = Slug
metadata-slug-from-title = From headline
metadata-slug-follows = Follows the headline until you change it.
metadata-slug-own = Set by hand.
metadata-slug-locked = Published: changing the slug changes the article’s address.

## History

revisions-button = History
revisions-heading = History
revisions-close = Close the history
revisions-loading = Loading the history…
revisions-empty = No versions yet.
revisions-failed = Could not load the history: { $reason }
revisions-hint = Pick a version to compare it with the newest; tick a second one to compare those two.
revision-compare = Compare with this version
revision-kind-autosave = Autosave
revision-kind-named = Saved version
revision-kind-workflow = State change
revision-kind-restore = Restored
revision-restored-from = from the version of { $when }
revision-kind-import = Imported
revisions-diff-heading = From { $from } to { $to }
revisions-diff-same = No changes between these versions.
revisions-diff-skip =
    { $count ->
        [one] … { $count } unchanged word …
       *[other] … { $count } unchanged words …
    }
revisions-diff-failed = Could not compare: { $reason }
restore-revision = Restore this version
restore-failed = Could not restore: { $reason }
restore-done = Version restored; the text before it is in the history too.
snapshot-button = Save version
snapshot-label-placeholder = Name this version (optional)

## Trouble with the desk's database

trouble-disk-full = The disk is full. Your text stays here and is saved as soon as there is space.
trouble-read-only = The desk’s database is read-only: nothing can be saved. Export your article to keep it.
trouble-locked = Another program is holding the desk’s database. Saving again shortly.
trouble-damaged = The desk’s database is damaged. Export what you can, and keep the database file for repair.
trouble-retry = Try again now
trouble-export = Export this article…

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline cannot open its database
db-trouble-body =
    { $reason }

    Nothing has been changed. You can export every article that can still be read to a folder of Markdown files.
db-trouble-export = Export what can be read…
db-trouble-quit = Quit
db-rescue-done = Exported { $written } files to { $dir }. { $failed } could not be read.
