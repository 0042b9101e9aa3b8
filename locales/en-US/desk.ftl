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
site-none = No site connected: add one in Settings.
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
format-article-link = Link to an article
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
revision-kind-merge = Merged
revision-you = You
revision-this-desk = this desk
revision-other-desk = desk { $desk }
revision-someone = Someone
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

## Why something failed, by the desk's error code. Shown after the colon of messages
## such as "Could not save: …"; { $detail } is the desk's own explanation, in English.

desk-error-not-found = it is not there any more ({ $detail })
desk-error-invalid = the desk did not accept it ({ $detail })
desk-error-storage = the desk’s database failed ({ $detail })
desk-error-keyring = the system keyring is locked, missing or refused ({ $detail })
desk-error-no-site = no site is set up yet: add one in Settings
desk-error-unauthorized = the site refused the API token: enter a new one in Settings ({ $detail })
desk-error-forbidden = your role may not do this ({ $detail })
desk-error-site-rejected = the site refused the request ({ $detail })
desk-error-network = the site could not be reached ({ $detail })
desk-error-conflict = it clashes with the article’s current state ({ $detail })
desk-error-disk-full = the disk is full; nothing was lost, and your text is saved once there is space
desk-error-read-only = the desk’s database cannot be written (the file or its folder is read-only)
desk-error-locked = another program is holding the desk’s database; nothing was lost, try again shortly
desk-error-damaged = the desk’s database is damaged: export what can be read before anything else ({ $detail })

## The database could not be opened (a dialog shown before any window)
db-trouble-title = Dateline cannot open its database
db-trouble-body =
    { $reason }

    Nothing has been changed. You can export every article that can still be read to a folder of Markdown files.
db-trouble-export = Export what can be read…
db-trouble-quit = Quit
db-rescue-done = Exported { $written } files to { $dir }. { $failed } could not be read.

## Workspaces

views-label = Workspaces
view-write = Write
view-translate = Translate
view-publish = Publish
view-settings = Settings

## Settings: sites

sites-heading = Sites
sites-lead = The sites this desk publishes to. Each site’s API token is kept in the OS keyring and nowhere else; the first site is the default.
sites-empty = No site yet. Add one with its address and an API token from the site’s operator.
sites-load-failed = Could not list the sites: { $reason }
site-add-heading = Add a site
site-url-label = Site address
site-token-label = API token
site-token-hint = The token is checked with the site, then stored in the OS keyring. It is not shown again.
site-add = Add site
site-adding = Checking…
site-default = Default
site-test = Test connection
site-testing = Testing…
site-test-ok = Connected: the description below is fresh from the site.
site-remove = Remove
site-remove-confirm = Remove { $name } and its token from this desk? Articles stay; the site itself is not changed.
site-remove-yes = Remove site
site-remove-pending = Operations for this site are still in the outbox. Send or cancel them first.
site-remove-failed = Could not remove the site.
site-role = Token role
site-locales = Languages
site-sections = Sections
site-tiers = Tiers
site-time-zone = Time zone
site-time-zone-unknown = Not given by the site (dates in UTC)
site-last-seen = Last seen
site-never-seen = Never
site-not-described = The desk has not heard from this site yet: test the connection.
site-problem-invalid = That address or token is not usable.
site-problem-unauthorized = The site does not accept this token.
site-problem-forbidden = This token may not do that on the site.
site-problem-network = The site could not be reached.
site-problem-keyring = The OS keyring is not available, so the token cannot be kept.
site-problem-rejected = The site refused the request.
site-problem-not-found = This site is not known to the desk.
site-problem-no-site = No site is configured.
site-problem-other = Something went wrong.
role-writer = Writer (cannot publish)
role-translator = Translator (cannot publish)
role-editor = Editor

## Publish workspace: the queue

queue-heading = Publishing queue
queue-site = Site
queue-locale = Language
queue-any = Any
queue-empty = No articles in this state.
queue-draft-note = Drafts are still being written: the writer sends one to review with “Send to review” in Write. An editor may also publish a draft from here, with the same checks.
queue-select = Select “{ $title }”
queue-select-all = Select all
bulk-publish =
    { $count ->
        [0] Publish selected
        [one] Publish { $count } article
       *[other] Publish { $count } articles
    }
bulk-heading = Bulk publish
bulk-progress = { $done } of { $total } sent · { $pending } waiting · { $stopped } need a look
bulk-skipped =
    { $count ->
        [one] { $count } article left out
       *[other] { $count } articles left out
    }
bulk-failed = Bulk publish failed: { $reason }
publish-no-site = No site to publish to yet.
publish-go-settings = Add a site in Settings
publish-choose = Choose an article in the queue.

## Publish workspace: one article

publish-plan-failed = Could not prepare publishing: { $reason }
publish-to = To { $site }
publication-live = Live, version { $version }, since { $when }
unsent-changes = Changes not yet on the site
unsent-changes-hint = This article changed after it was published: Update in Publish sends the changes
publish-locales = Languages to publish
text-source = Source
text-outdated = Outdated
text-status-in-progress = In progress
text-status-needs-review = Needs review
text-status-done = Done
publish-confirm-outdated = I have seen that some of these translations are older than the source, and publish them anyway.
publish-when = When
publish-now = Now
publish-later = At a date and time
schedule-date = Date
schedule-time = Time
schedule-zone = Time zone
schedule-zone-site = Site time ({ $zone })
schedule-zone-editor = My time ({ $zone })
schedule-site-clock = Readers ({ $zone })
schedule-editor-clock = You ({ $zone })
schedule-past = That time has passed: the article would appear at once.
publish-checks = Checks
publish-checks-clear = Nothing stands in the way.
check-error = Error
check-warning = Warning
publish-blocked = Fix the errors in the checks first.
publish-blocked-outdated = Tick the confirmation about outdated translations first.
publish-schedule = Schedule
publish-update = Update
publish-unpublish = Unpublish
unpublish-confirm = Take this article off the site? Readers will no longer find it; you can publish it again later.
publish-store-first = The article could not be saved first, so nothing was sent.
publish-last-op = Last operation
op-action-publish = Publish
op-action-unpublish = Unpublish
op-next-attempt = Attempt { $attempts } failed; next try { $when }
op-retry = Send now
op-cancel = Cancel
op-resolve = Compare and choose…
op-scheduled-for = Appears { $when }
op-retrying = Retrying ({ $attempts }): { $reason }
op-state-queued = Queued
op-state-sending = Sending
op-state-done = Done
op-state-failed = Failed
op-state-conflict = Conflict
op-state-cancelled = Cancelled
url-copy = Copy
url-copied = Copied

## Preview as reader

reader-heading = Preview as reader
reader-locale = Language of the preview
reader-kinds = Kinds of reader
reader-anonymous = Anonymous
reader-sees-all = { $reader } receives the whole article.
reader-sees-part = { $reader } receives only the part above; the marked part is held back by the site.
reader-hidden-label = Not sent to this reader
reader-failed = No reader preview: { $reason }

## The outbox

outbox-heading = Outbox
outbox-badge-title = { $pending } waiting to be sent, { $attention } needing you
outbox-empty = Nothing in the outbox.
outbox-failed = Could not read the outbox: { $reason }
conflict-heading = Conflict
conflict-explain = The site has a newer version of “{ $title }” (version { $version }) than the one this desk last saw: someone else changed it. Nothing has been overwritten. Compare the two and choose.
conflict-keep-mine = Keep mine
conflict-keep-mine-explain = Sends this desk’s version to the site, replacing the site’s version. Their changes are lost on the site.
conflict-take-theirs = Take theirs
conflict-take-theirs-explain = Replaces this desk’s text with the site’s version and sends nothing. Your unsent changes are kept in the revision history.
conflict-theirs-gone = The site no longer has this article, so there is no version to take.
conflict-theirs-unpublished = The site has taken this article off: keeping this desk’s version publishes it again; taking the site’s records it as unpublished here.
conflict-keep-mine-blocked = Cannot be sent as it is: { $reasons }
conflict-only-differences = Only what differs
conflict-mine = This desk
conflict-theirs = The site (version { $version })
conflict-same = The two versions are the same.
conflict-field-tier = Access
conflict-field-section = Section
conflict-field-publish-at = Publish time
conflict-field-title = Headline
conflict-field-standfirst = Standfirst
conflict-field-slug = Slug
conflict-field-body = Body

## Notifications

toast-published = “{ $title }” is published.
toast-unpublished = “{ $title }” is off the site.
toast-op-failed = “{ $title }” was not sent: { $reason }
toast-op-conflict = “{ $title }”: the site has a newer version. Nothing was overwritten.
toast-open-outbox = Open outbox
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = Bulk publish finished: { $done } of { $total } articles are on the site.
notify-batch-stopped = Bulk publish finished: { $stopped } of { $total } articles need a look in the outbox.

## Translations in the editor

texts-label = Texts of the article
texts-failed = Could not list the article’s texts: { $reason }
text-open-failed = Could not open the text: { $reason }
translation-add = Add translation
translation-add-choose = Language…
translation-add-failed = Could not start the translation: { $reason }
translation-status = Status
translation-status-failed = Could not set the status: { $reason }
translation-outdated-note = The source has changed since this was marked done.
source-changes-show = What changed in the source
source-change-same = Unchanged
source-change-changed = Changed
source-change-added = Added
source-change-removed = Removed
source-change-title = Headline
source-change-standfirst = Standfirst
translation-mark-current = Mark up to date

## Publish checks, by the desk's code (the desk's own words follow as detail)

check-site-unknown = The desk has not heard from this site yet
check-role = This token may not publish
check-tier-unknown = The site has no such tier
check-section-missing = No section chosen
check-section-unknown = The site has no such section
check-no-locale = No language chosen
check-schedule-past = The scheduled time has passed
check-no-text = No text in this language
check-locale-unknown = The site does not publish in this language
check-no-headline = No headline
check-not-done = Translation not marked done
check-outdated = Translation outdated
check-cut-missing = No paywall cut in this text
check-cut-misplaced = The paywall cut is not after the same paragraph as in the source
check-slug-taken = Address already in use
check-image-missing = An image is missing on this desk
check-standfirst-missing = No standfirst, though the source has one
check-link-target-unpublished = Links to an article that is not on the site yet
check-conflict = Clashes with another desk’s version: resolve the conflict first

## The Translate workspace: interface strings

translate-articles = Articles
translate-strings = Interface strings
strings-list-heading = Interface strings
strings-source = Strings of
strings-source-sites = Sites
strings-source-folders = Folders opened before
strings-open-folder = Open a strings folder…
strings-folder-dialog-title = A folder laid out like locales/, with an en-US folder inside
strings-file = File
strings-locale = Language
strings-new-locale = New language code, e.g. it
strings-add-locale = Add
strings-locale-invalid = “{ $locale }” is not a language code (such as it, pt-BR or zh-Hant).
strings-filter = Show
strings-filter-all = All messages ({ $count })
strings-filter-todo = To do ({ $count })
strings-search = Search ids and texts
strings-status-missing = Missing
strings-status-translated = Translated
strings-status-warning = Warning
strings-status-error = Error
strings-status-obsolete = Obsolete
strings-at-line = Line { $line }, column { $column }:
strings-loading = Opening the strings…
strings-empty = Choose a site or open a strings folder, then a language.
strings-none-match = No message matches.
strings-pick = Choose a message on the left to translate it.
strings-draft = Unsaved draft
strings-mode = Edit as
strings-mode-form = Fields
strings-mode-raw = Fluent source
strings-raw-not-valid = The Fluent source cannot be shown as fields: { $reason }
strings-revert = Revert
strings-save = Save
strings-save-hint = Ctrl+S saves; Ctrl+Enter saves and opens the next message
strings-send = Send to site
strings-saved = Saved.
strings-sent = Sent: readers see it now.
strings-writer-note = Your token for this site is a writer’s: you can read its strings, but sending them needs a translator or an editor.
strings-conflict-heading = Someone else changed these strings meanwhile; nothing of theirs or yours was overwritten.
strings-reopen = Reopen with their changes
strings-note = Note for translators
strings-reference = Reference · { $language }
strings-obsolete-note = The reference no longer has this message. The translation is kept, but nothing shows it.
strings-value = Value
strings-plural-on = one form per plural category, chosen by { $selector }
strings-select-on = chosen by { $selector }
strings-default = default
strings-plural-example = e.g. { $number }
strings-preview = Preview with sample values

## What the string checks found, by check code. { $what } is the message (or
## message.attribute); variables, references and variant keys are shown as in Fluent.

string-check-syntax = This is not valid Fluent: { $detail }
string-check-missing-default-variant = A selector has no default variant (mark one with *)
string-check-multiple-default-variants = A selector has more than one default variant (*)
string-check-duplicate-id = { $what } is defined twice; only the first one counts
string-check-duplicate-attribute = { $what } is given twice
string-check-duplicate-variant = { $what } has the variant { $key } twice
string-check-missing-message = { $what } is not translated yet
string-check-obsolete-message = The reference no longer has { $what }: nothing shows it
string-check-missing-term = The term { $what } is not translated yet
string-check-obsolete-term = The reference has no term { $what }
string-check-missing-value = { $what } has no value, but the reference has one
string-check-obsolete-value = { $what } has a value, but the reference has only attributes
string-check-missing-attribute = The attribute { $what } is missing
string-check-obsolete-attribute = The reference has no attribute { $what }
string-check-missing-variable = { $what } does not show { $variable }, which the reference shows
string-check-unknown-variable = { $what } uses { $variable }, which the program never fills in
string-check-missing-plural = { $what } lacks the plural variants { $categories } this language needs
string-check-unused-plural = { $what } has the variant { $key }, a plural category this language does not have
string-check-variant-lost-variable = { $what } { $key } does not show { $variable }, which the reference's same variant shows
string-check-empty-value = { $what } is empty
string-check-unknown-reference = { $what } refers to { $reference }, which is not defined
string-check-missing-reference = { $what } does not refer to { $reference } as the reference does
string-check-obsolete-reference = { $what } refers to { $reference }, which the reference does not
string-check-missing-file = { $locale } has no { $file }
string-check-obsolete-file = { $locale } has no { $file }: nothing reads this file

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = A { "{" } is not closed: add { "}" } after “{ $near }”
string-syntax-unclosed-choice = The variants of “{ $near }” are not closed: add { "}" } on a line of its own after the last one
string-syntax-stray-brace = The { "}" } in “{ $near }” closes nothing: remove it, or add the { "{" } it should close
string-syntax-bad-variable = A variable is $ followed at once by its name, which starts with a letter, like { "{ $minutes }" }: check “{ $near }”
string-syntax-unclosed-string = The quoted text “{ $near }” is not closed: add " before the end of the line
string-syntax-line-start = A line of text cannot start with [, * or . here: “{ $near }”. Join it to the line before, or write the character as { "{ \"[\" }" }
string-syntax-entry-start = “{ $near }” is not part of any message: a message starts at the beginning of a line with its id and =, and its other lines are indented
string-syntax-missing-equals = A message starts with its id, one word (letters, digits, - and _), then =: check “{ $near }”
string-syntax-bad-placeable = Inside { "{ }" } goes a variable (like { "{ $name }" }), a message, a term or a quoted text: check “{ $near }”
string-syntax-no-text = { $near } has no text after =
string-syntax-variant-line = After ->, each variant goes on a line of its own: start a new line before “{ $near }”
string-syntax-bad-variant-key = A variant’s key is one word or number between [ and ], like [one] or [other]: check “{ $near }”
string-syntax-bad-escape = In quoted text, \ can only be followed by ", \ or a character code like \u00A0: check “{ $near }”
string-syntax-bad-selector = A selector (before ->) can only be a variable, a number or a function like NUMBER($count): check “{ $near }”
string-syntax-function-call = Check the function in “{ $near }”: its name in capitals, then its arguments in ( ), unnamed ones first, each named one once, with a number or a quoted text
string-syntax-other = This is not valid Fluent near “{ $near }”

## The bin

bin-open = Bin
bin-heading = Bin
bin-empty = The bin is empty.
bin-explain = Deleted articles stay here for 30 days, then the desk removes them. Those still on a site, waiting in the outbox or translated stay until you decide.
bin-deleted-on = Deleted on { $when }
bin-purge-on = removed automatically on { $when }
bin-kept-published = kept: a site still shows it (unpublish it first)
bin-kept-pending = kept: an operation for it waits in the outbox
bin-kept-translated = kept: it has translations
bin-restore = Restore
bin-delete-forever = Delete for good
bin-confirm = Delete “{ $title }” for good, with its revisions? This cannot be undone.
bin-confirm-translated = Delete “{ $title }” for good, with its revisions and { $count ->
        [one] its translation
       *[other] its { $count } translations
    }? This cannot be undone.

## Settings: developer

developer-heading = Developer
developer-pseudo-locales = Offer pseudo-locales in the language menu
developer-pseudo-locales-hint = Accented (en-XA) and mirrored right-to-left (ar-XB) strings made from English: a string that stays plain English was never localised, and a layout that breaks will break in a real language too.

## The Translate workspace

tr-dashboard-heading = Translations
tr-filter-missing = Missing
tr-filter-outdated = Outdated
tr-filter-locale = Language
tr-filter-all-locales = All languages
tr-empty = No article matches these filters.
tr-overview-failed = Could not list the translations: { $reason }
tr-state-missing = Missing
tr-state-outdated = Outdated
tr-source-deleted = Source deleted
tr-source-deleted-note = The source of this translation was deleted. The translation is kept.
tr-restore-source = Restore the article
tr-choose = Choose a language of an article on the left to translate it.
tr-load-failed = Could not open the translation: { $reason }
tr-source-heading = Source · { $language }
tr-target-heading = Translation · { $language }
tr-headline = Headline
tr-standfirst = Standfirst
tr-block-label = Paragraph { $n } of the translation
tr-before = Before:
tr-cut-fixed = The cut stays where the source has it: what follows is for subscribers in every language.
tr-cut-removed = The source no longer has a cut here, so this translation has none either.
tr-standfirst-missing = The source has a standfirst: translate it too, or readers of this language get none.
tr-change-changed = Changed since the translation was done
tr-change-added = New in the source
tr-change-removed = Removed from the source
tr-preview-show = Preview
tr-suggestions-heading = Translation memory
tr-suggestions-hint = Put the cursor in a paragraph of the translation to see earlier translations of its source.
tr-suggestions-none = No earlier translation of a similar paragraph.
tr-suggestion-score = { $score }%
tr-suggestion-use = Use this translation ({ $score }% match)

## Links between articles, and what the page will not have

article-link-title = Link to an article
article-link-search = Search headlines and text
article-link-none = No article matches
article-link-hint = The site links to it in each reader’s language, and keeps the link when its address changes.
article-link-cancel = Cancel
dropped-heading = Not on the published page
dropped-link = Line { $line }: the link to
dropped-image = Line { $line }: the image
dropped-why-scheme = a link leads to a web page (https://…), an e-mail address (mailto:…) or a page of this site (/…); this kind of address is not kept
dropped-why-image-scheme = only images at http or https addresses are kept
dropped-why-no-scheme = an address starting with // leads to another site without saying how: write https://
dropped-why-article-id = not an article’s id: insert the link with “Link to an article”
dropped-why-relative-image = an image needs a full address (https://…) or to be inserted into the desk
dropped-why-image-reference = this desk image reference is damaged: insert the image again
dropped-why-malformed = not an address (a space or a control character in it?)

## The header's newsroom sync
sync-progress = Syncing { $done } of { $total }
sync-starting = Joining the newsroom…
sync-offline =
    { $waiting ->
        [0] Offline
        [one] Offline · 1 change waiting
       *[other] Offline · { $waiting } changes waiting
    }
sync-conflicts =
    { $count ->
        [one] 1 conflict to resolve
       *[other] { $count } conflicts to resolve
    }
sync-refused =
    { $count ->
        [one] 1 change refused
       *[other] { $count } changes refused
    }
sync-problem = Sync failed
sync-waiting =
    { $count ->
        [one] 1 change waiting
       *[other] { $count } changes waiting
    }
sync-synced = Synced
sync-now = Sync now
sync-last = Last synced { $when }

## Conflicts with another desk's version: the banner over the editor and the conflict view
merge-banner =
    { $count ->
        [one] { $who } changed the same passage as you on another desk. This text cannot be published until you settle it.
       *[other] { $who } changed { $count } of the same passages as you on another desk. This text cannot be published until you settle them.
    }
merge-resolve = Resolve…
merge-heading = Resolve the conflict ({ $language })
merge-intro = Each passage below was changed here and on another desk. Choose what the text keeps; the rest of it is merged already.
merge-side = { $who } · { $desk } · { $when }
merge-yours = Yours
merge-theirs = { $who }’s
merge-theirs-short = Theirs
merge-base = Before both changes
merge-no-base = Begun separately on both desks
merge-empty = (empty)
merge-removed = (removed)
merge-clash-label = Passage { $n }
merge-choose = Keep which version
merge-keep-mine = Keep mine
merge-take-theirs = Take theirs
merge-keep-both = Keep both
merge-edit = Edit
merge-result = The text will read
merge-all-mine = Keep all mine
merge-all-theirs = Take all theirs
merge-field-title = Headline
merge-field-standfirst = Standfirst
merge-field-body = Text
merge-same =
    { $count ->
        [one] 1 paragraph the same on both sides
       *[other] { $count } paragraphs the same on both sides
    }
merge-left =
    { $count ->
        [0] Every passage is settled
        [one] 1 passage to settle
       *[other] { $count } passages to settle
    }
merge-cancel = Cancel
merge-save = Save resolution
merge-failed = Could not save the resolution: { $reason }
