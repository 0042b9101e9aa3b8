# Dateline site chrome. en-US is the reference locale.

site-home = Home
latest-heading = Latest
no-articles = Nothing published here yet.
byline = By { $byline }
reading-time = { $minutes } min read
language-chooser = Read in
subscribe-heading = Continue reading
subscribe-body = The rest of this article is for { $tier } subscribers.
subscribe-button = Subscribe
signin-link = Sign in
signin-heading = Sign in
signin-email = E-mail
signin-password = Password
signin-submit = Sign in
signin-failed = That e-mail and password do not match an account.
signout-button = Sign out
signed-in-as = Signed in as { $email } ({ $tier })
not-found-heading = Page not found
not-found-body = There is nothing at this address.
footer-text = Published with Dateline.
sections-label = Sections
breadcrumbs-label = You are here
subscribe-unavailable = Online subscriptions are not open yet. If you already subscribe, sign in.
form-expired-heading = This form has expired
form-expired-body = For your security, forms work only for a while. Go back, reload the page and try again.
gone-heading = Article withdrawn
gone-body = This article is no longer published.
error-heading = Something went wrong
error-body = This page could not be shown. Please try again in a moment.

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = Latest articles
feed-link = Atom feed
skip-to-content = Skip to content
page-number = Page { $page }
subsections-label = Subsections
pagination-label = Pages
newer-stories = Newer stories
older-stories = Older stories
updated-on = Updated
source-label = Source:
tags-label = Tags
related-heading = Read next
