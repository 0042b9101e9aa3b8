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
