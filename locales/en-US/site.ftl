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
form-expired-back = Back to the form

## Accounts: signing up

signin-no-account = No account yet?
signup-link = Create one
signup-heading = Create an account
signup-intro = An account is free. We will send you an e-mail to confirm the address.
signup-password-rules = At least { $min } characters, and not your e-mail address.
signup-submit = Create account
signup-have-account = Already have an account?
signup-email-invalid = Please enter a valid e-mail address.
signup-password-short = The password must have at least { $min } characters.
signup-password-long = The password is too long.
signup-password-is-email = The password must not be your e-mail address.
signup-confirm-heading = Confirm your account
signup-confirm-body = Create the account for { $email }?
signup-confirm-button = Create my account
signup-again = Sign up again
signup-exists-heading = You already have an account
signup-exists-body = This address already has an account. Sign in with it.
check-inbox-heading = Check your inbox
check-inbox-sent = We have sent an e-mail to { $email }.
check-inbox-signup = Open the link in it within { $hours } hours to finish creating your account. If nothing arrives, check your spam folder.
check-inbox-newsletter = Open the link in it within { $hours } hours to confirm your subscription. If nothing arrives, check your spam folder.
mail-failed-heading = The e-mail could not be sent
mail-failed-body = Something went wrong on our side. Please try again in a few minutes.
too-many-heading = Too many attempts
too-many-signin-body = To protect accounts, signing in is paused after several failed attempts.
too-many-mail-body = Too many e-mails have been requested from here.
try-again-in = { $minutes ->
    [one] Please try again in one minute.
   *[other] Please try again in { $minutes } minutes.
}
link-expired-heading = This link no longer works
link-expired-body = Links in our e-mails work for a limited time, and some only once. Ask again and we will send you a new one.

## The account page

account-heading = Your account
account-welcome = Welcome to { $site }! Your account is ready.
account-tier = Subscription
account-upgrade = See subscriptions
account-newsletter-on = You receive the newsletter.
account-newsletter-pending = Your subscription is waiting for you to confirm it by e-mail.
account-newsletter-off = You do not receive the newsletter.
account-newsletter-start = Subscribe to the newsletter
account-newsletter-stop = Stop the newsletter
account-session = Session

## The newsletter

newsletter-heading = Newsletter
newsletter-intro = The best of { $site }, in your inbox.
newsletter-submit = Subscribe
newsletter-privacy = We send you an e-mail to confirm first. Every e-mail has a link to unsubscribe.
newsletter-again = Subscribe to the newsletter
newsletter-box-label = Get { $site } by e-mail
newsletter-email-placeholder = you@example.org
newsletter-box-button = Subscribe
newsletter-confirm-heading = Confirm your subscription
newsletter-confirm-body = Send the newsletter to { $email }?
newsletter-confirm-button = Yes, subscribe me
newsletter-confirmed-heading = You are subscribed
newsletter-confirmed-body = { $site }'s newsletter will come to { $email }.
unsubscribe-heading = Unsubscribe
unsubscribe-body = Stop sending the newsletter to { $email }?
unsubscribe-button = Unsubscribe
unsubscribed-heading = You are unsubscribed
unsubscribed-body = We will not send the newsletter to { $email } any more.

## E-mails (plain text)

mail-signup-subject = Confirm your account at { $site }
mail-signup-intro = Someone, hopefully you, asked for an account at { $site } with this e-mail address.
mail-signup-action = To create it, open this link within { $hours } hours:
mail-signup-ignore = If it was not you, ignore this e-mail: no account will be created.
mail-exists-subject = Your account at { $site }
mail-exists-intro = Someone, hopefully you, tried to create an account at { $site } with this e-mail address, but it already has one.
mail-exists-action = To sign in, open:
mail-exists-ignore = If it was not you, ignore this e-mail: your account has not changed.
mail-newsletter-subject = Confirm your subscription to { $site }
mail-newsletter-intro = Someone, hopefully you, asked to receive { $site }'s newsletter at this e-mail address.
mail-newsletter-action = To confirm, open this link within { $hours } hours:
mail-newsletter-ignore = If it was not you, ignore this e-mail: you will not be subscribed.
mail-subscribed-subject = You already receive { $site }'s newsletter
mail-subscribed-intro = Someone, hopefully you, asked to receive { $site }'s newsletter at this e-mail address.
mail-subscribed-nothing = This address is already subscribed, so nothing has changed.
mail-footer = To stop receiving { $site }'s newsletter, open:

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

## Password reset
signin-forgot = Forgot your password?
reset-heading = Choose a new password
reset-intro = Enter the e-mail address of your account. We will send you a link to choose a new password.
reset-submit = Send the link
reset-again = Ask for a new link
reset-password-intro = Choose a new password for { $email }. You will be signed out everywhere else.
reset-new-password = New password
reset-password-submit = Save the new password
check-inbox-reset-sent = If { $email } belongs to an account, we have sent an e-mail to it.
check-inbox-reset = Open the link in it within { $hours ->
    [one] one hour
   *[other] { $hours } hours
} to choose a new password. If nothing arrives, check your spam folder.
account-password-changed = Your new password is saved. Every other session of your account has been signed out.
mail-reset-subject = Choose a new password for { $site }
mail-reset-intro = Someone, hopefully you, asked to choose a new password for the account at { $site } with this e-mail address.
mail-reset-action = To do so, open this link within { $hours ->
    [one] one hour
   *[other] { $hours } hours
}. It works only once:
mail-reset-ignore = If it was not you, ignore this e-mail: your password stays as it is.
