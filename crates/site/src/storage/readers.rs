//! The readers' part of the storage seam: sign-ups waiting for confirmation, the
//! newsletter, the tokens of mailed links, rate-limit counters and billing events.
//!
//! A trait of its own, which [`super::Storage`] requires, so that these operations stay
//! together and apart from the articles'. Every check-and-write that could race between
//! processes (a rate limit, a billing event's id) happens inside one transaction.

use chrono::{DateTime, Utc};

use super::{StorageError, Subscriber};

/// What a mailed link's token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailTokenPurpose {
    NewsletterConfirm,
    Unsubscribe,
    /// A link to choose a new password; spent by [`ReaderStore::reset_password`].
    PasswordReset,
}

impl MailTokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NewsletterConfirm => "newsletter-confirm",
            Self::Unsubscribe => "unsubscribe",
            Self::PasswordReset => "password-reset",
        }
    }
}

/// A sign-up waiting for its address to be confirmed.
#[derive(Debug, Clone)]
pub struct PendingSignup {
    pub email: String,
    pub password_hash: String,
    pub token_hash: String,
    pub now: String,
    pub expires_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignupConfirmation {
    /// The account was made (in `members`, or a tier already paid for).
    Created(Subscriber),
    /// The address got an account in the meantime (another link, the operator).
    AlreadyExists,
    /// No pending sign-up has this token, or it expired.
    Unknown,
}

/// A newsletter subscription as the account page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewsletterStatus {
    None,
    Pending,
    Confirmed,
}

/// What asking to subscribe did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewsletterRequest {
    /// A pending subscription now waits for the confirmation token given.
    Pending,
    /// The address is already subscribed; nothing was stored.
    AlreadyConfirmed,
}

/// One rate limit to check and count: at most `limit` events per `window_secs` for
/// `(scope, key)`.
#[derive(Debug, Clone)]
pub struct RateCheck {
    pub scope: &'static str,
    pub key: String,
    pub limit: u32,
    pub window_secs: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateOutcome {
    /// Counted: the ids of the events recorded, one per check, to forget on success.
    Allowed(Vec<i64>),
    /// Over a limit: nothing was recorded; allowed again at this time.
    Limited { retry_at: DateTime<Utc> },
}

/// A billing event whose signature has been checked.
#[derive(Debug, Clone)]
pub struct BillingEvent {
    pub id: String,
    pub kind: String,
    pub email: String,
    /// The tier the event moves the address to (`members` for a cancellation).
    pub tier: String,
    /// The provider's time of the event, when it sent one.
    pub created: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillingOutcome {
    /// The account's tier was set.
    Applied,
    /// No account has the address yet: the tier waits for it.
    Pending,
    /// A newer event for the address was applied before this one arrived.
    Stale,
    /// This event id was applied before; nothing changed.
    Duplicate,
}

impl BillingOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::Pending => "pending",
            Self::Stale => "stale",
            Self::Duplicate => "duplicate",
        }
    }
}

pub trait ReaderStore {
    // Sign-up.
    /// Stores a sign-up, replacing an earlier one for the same address (whose link then
    /// stops working), and forgets expired ones.
    fn put_pending_signup(&self, signup: &PendingSignup) -> Result<(), StorageError>;
    /// The address of the pending sign-up with this token, while it is valid.
    fn pending_signup_email(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<String>, StorageError>;
    /// Turns the pending sign-up with this token into an account, once.
    fn confirm_signup(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<SignupConfirmation, StorageError>;

    // Newsletter.
    fn newsletter_status(&self, email: &str, now: &str) -> Result<NewsletterStatus, StorageError>;
    /// Records a wish to subscribe with its confirmation token, unless the address is
    /// already subscribed.
    fn request_newsletter(
        &self,
        email: &str,
        locale: &str,
        token_hash: &str,
        now: &str,
        expires_at: &str,
    ) -> Result<NewsletterRequest, StorageError>;
    /// Confirms the subscription this token was mailed for; the address, or `None` for
    /// an unknown or expired token.
    fn confirm_newsletter(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<String>, StorageError>;
    /// Subscribes an address known to be its reader's (a signed-in account's) at once.
    fn subscribe_newsletter_confirmed(
        &self,
        email: &str,
        locale: &str,
        now: &str,
    ) -> Result<(), StorageError>;
    /// Ends a subscription and voids its pending confirmation links.
    fn unsubscribe_newsletter(&self, email: &str) -> Result<(), StorageError>;

    // Links in mails.
    fn insert_mail_token(
        &self,
        hash: &str,
        purpose: MailTokenPurpose,
        email: &str,
        now: &str,
        expires_at: &str,
    ) -> Result<(), StorageError>;
    /// The address a valid token was issued for.
    fn mail_token_email(
        &self,
        hash: &str,
        purpose: MailTokenPurpose,
        now: &str,
    ) -> Result<Option<String>, StorageError>;

    /// Spends a valid password-reset token, once: gives its account `password_hash`,
    /// ends every session of the account and voids the address's other reset links, all
    /// in one transaction. The account, or `None` for an unknown, used or expired token
    /// (or an address that no longer has an account).
    fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: &str,
    ) -> Result<Option<Subscriber>, StorageError>;

    // Rate limits.
    /// Checks every limit and, when none is reached, counts one event for each, all in
    /// one transaction so that concurrent requests cannot slip past a limit together.
    fn rate_take(
        &self,
        checks: &[RateCheck],
        now: DateTime<Utc>,
    ) -> Result<RateOutcome, StorageError>;
    /// Forgets counted events (a sign-in that succeeded) and every event of
    /// `(scope, key)` when given (the address's earlier failures).
    fn rate_forget(&self, ids: &[i64], clear: Option<(&str, &str)>) -> Result<(), StorageError>;

    // Billing.
    /// Applies a verified billing event once: records its id and sets the tier of the
    /// address's account (or keeps it for an account yet to be made).
    fn apply_billing_event(
        &self,
        event: &BillingEvent,
        now: &str,
    ) -> Result<BillingOutcome, StorageError>;
}
