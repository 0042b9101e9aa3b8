//! [`ReaderStore`] on SQLite. Checks that must hold across processes (a rate limit, a
//! billing event applied once, a sign-up confirmed once) run in `BEGIN IMMEDIATE`
//! transactions, which take SQLite's write lock before reading.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use super::{SUBSCRIBER_COLUMNS, SqliteStorage, subscriber_from};
use crate::config::MEMBERS_TIER;
use crate::storage::readers::{
    BillingEvent, BillingOutcome, MailTokenPurpose, NewsletterRequest, NewsletterStatus,
    PendingSignup, RateCheck, RateOutcome, ReaderStore, SignupConfirmation,
};
use crate::storage::{StorageError, Subscriber, timestamp};

/// Rate events older than this are swept; no limit may use a longer window.
const RATE_RETENTION: Duration = Duration::days(2);

fn parse_time(s: &str) -> Result<DateTime<Utc>, StorageError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StorageError::Corrupt(format!("timestamp {s:?}: {e}")))
}

impl ReaderStore for SqliteStorage {
    fn put_pending_signup(&self, signup: &PendingSignup) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "DELETE FROM pending_signups WHERE expires_at <= ?1",
            [&signup.now],
        )?;
        tx.execute(
            "INSERT INTO pending_signups (email, password_hash, token_hash, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (email) DO UPDATE SET
                password_hash = excluded.password_hash, token_hash = excluded.token_hash,
                created_at = excluded.created_at, expires_at = excluded.expires_at",
            params![
                signup.email,
                signup.password_hash,
                signup.token_hash,
                signup.now,
                signup.expires_at
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn pending_signup_email(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<String>, StorageError> {
        Ok(self
            .conn()
            .prepare_cached(
                "SELECT email FROM pending_signups WHERE token_hash = ?1 AND expires_at > ?2",
            )?
            .query_row([token_hash, now], |r| r.get(0))
            .optional()?)
    }

    fn confirm_signup(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<SignupConfirmation, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let pending: Option<(String, String)> = tx
            .prepare_cached(
                "SELECT email, password_hash FROM pending_signups
                 WHERE token_hash = ?1 AND expires_at > ?2",
            )?
            .query_row([token_hash, now], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((email, password_hash)) = pending else {
            return Ok(SignupConfirmation::Unknown);
        };
        tx.execute("DELETE FROM pending_signups WHERE email = ?1", [&email])?;
        let exists = tx
            .prepare_cached("SELECT 1 FROM subscribers WHERE email = ?1")?
            .query_row([&email], |_| Ok(()))
            .optional()?
            .is_some();
        if exists {
            tx.commit()?;
            return Ok(SignupConfirmation::AlreadyExists);
        }
        // A tier paid for before the account existed is where the account starts.
        let tier: String = tx
            .prepare_cached("SELECT tier FROM pending_tiers WHERE email = ?1")?
            .query_row([&email], |r| r.get(0))
            .optional()?
            .unwrap_or_else(|| MEMBERS_TIER.to_owned());
        tx.execute("DELETE FROM pending_tiers WHERE email = ?1", [&email])?;
        tx.execute(
            "INSERT INTO subscribers (email, password_hash, tier, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![email, password_hash, tier, now],
        )?;
        let subscriber = tx
            .prepare_cached(&format!(
                "SELECT {SUBSCRIBER_COLUMNS} FROM subscribers WHERE email = ?1"
            ))?
            .query_row([&email], subscriber_from)?;
        tx.commit()?;
        Ok(SignupConfirmation::Created(subscriber))
    }

    fn newsletter_status(&self, email: &str, now: &str) -> Result<NewsletterStatus, StorageError> {
        let row: Option<(Option<String>, Option<String>)> = self
            .conn()
            .prepare_cached(
                "SELECT confirmed_at, expires_at FROM newsletter_subscriptions WHERE email = ?1",
            )?
            .query_row([email], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(match row {
            Some((Some(_), _)) => NewsletterStatus::Confirmed,
            Some((None, Some(expires))) if expires.as_str() > now => NewsletterStatus::Pending,
            _ => NewsletterStatus::None,
        })
    }

    fn request_newsletter(
        &self,
        email: &str,
        locale: &str,
        token_hash: &str,
        now: &str,
        expires_at: &str,
    ) -> Result<NewsletterRequest, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Expired wishes and links are swept here, so no background job is needed.
        tx.execute(
            "DELETE FROM newsletter_subscriptions WHERE confirmed_at IS NULL AND expires_at <= ?1",
            [now],
        )?;
        tx.execute("DELETE FROM mail_tokens WHERE expires_at <= ?1", [now])?;
        let confirmed = tx
            .prepare_cached("SELECT 1 FROM newsletter_subscriptions WHERE email = ?1 AND confirmed_at IS NOT NULL")?
            .query_row(
                [email],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if confirmed {
            tx.commit()?;
            return Ok(NewsletterRequest::AlreadyConfirmed);
        }
        tx.execute(
            "INSERT INTO newsletter_subscriptions (email, locale, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (email) DO UPDATE SET locale = excluded.locale, expires_at = excluded.expires_at",
            params![email, locale, now, expires_at],
        )?;
        tx.execute(
            "INSERT INTO mail_tokens (hash, purpose, email, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                token_hash,
                MailTokenPurpose::NewsletterConfirm.as_str(),
                email,
                now,
                expires_at
            ],
        )?;
        tx.commit()?;
        Ok(NewsletterRequest::Pending)
    }

    fn confirm_newsletter(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<String>, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let email: Option<String> = tx
            .prepare_cached("SELECT email FROM mail_tokens WHERE hash = ?1 AND purpose = ?2 AND expires_at > ?3")?
            .query_row(
                params![token_hash, MailTokenPurpose::NewsletterConfirm.as_str(), now],
                |r| r.get(0),
            )
            .optional()?;
        let Some(email) = email else {
            return Ok(None);
        };
        // The token stays valid until it expires, so a second click (or a mail scanner's
        // first) shows the same confirmation instead of an error.
        let updated = tx.execute(
            "UPDATE newsletter_subscriptions
             SET confirmed_at = COALESCE(confirmed_at, ?2), expires_at = NULL
             WHERE email = ?1",
            params![email, now],
        )?;
        tx.commit()?;
        Ok((updated > 0).then_some(email))
    }

    fn subscribe_newsletter_confirmed(
        &self,
        email: &str,
        locale: &str,
        now: &str,
    ) -> Result<(), StorageError> {
        self.conn().execute(
            "INSERT INTO newsletter_subscriptions (email, locale, created_at, confirmed_at)
             VALUES (?1, ?2, ?3, ?3)
             ON CONFLICT (email) DO UPDATE SET
                confirmed_at = COALESCE(confirmed_at, excluded.confirmed_at), expires_at = NULL",
            params![email, locale, now],
        )?;
        Ok(())
    }

    fn unsubscribe_newsletter(&self, email: &str) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "DELETE FROM newsletter_subscriptions WHERE email = ?1",
            [email],
        )?;
        // An old confirmation link must not subscribe the address again.
        tx.execute(
            "DELETE FROM mail_tokens WHERE email = ?1 AND purpose = ?2",
            params![email, MailTokenPurpose::NewsletterConfirm.as_str()],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn insert_mail_token(
        &self,
        hash: &str,
        purpose: MailTokenPurpose,
        email: &str,
        now: &str,
        expires_at: &str,
    ) -> Result<(), StorageError> {
        self.conn().execute(
            "INSERT INTO mail_tokens (hash, purpose, email, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![hash, purpose.as_str(), email, now, expires_at],
        )?;
        Ok(())
    }

    fn mail_token_email(
        &self,
        hash: &str,
        purpose: MailTokenPurpose,
        now: &str,
    ) -> Result<Option<String>, StorageError> {
        Ok(self
            .conn()
            .prepare_cached("SELECT email FROM mail_tokens WHERE hash = ?1 AND purpose = ?2 AND expires_at > ?3")?
            .query_row(
                params![hash, purpose.as_str(), now],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn reset_password(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: &str,
    ) -> Result<Option<Subscriber>, StorageError> {
        let purpose = MailTokenPurpose::PasswordReset.as_str();
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let email: Option<String> = tx
            .prepare_cached(
                "SELECT email FROM mail_tokens WHERE hash = ?1 AND purpose = ?2 AND expires_at > ?3",
            )?
            .query_row(params![token_hash, purpose, now], |r| r.get(0))
            .optional()?;
        let Some(email) = email else {
            return Ok(None);
        };
        tx.execute(
            "DELETE FROM mail_tokens WHERE email = ?1 AND purpose = ?2",
            params![email, purpose],
        )?;
        let subscriber = tx
            .prepare_cached(&format!(
                "SELECT {SUBSCRIBER_COLUMNS} FROM subscribers WHERE email = ?1"
            ))?
            .query_row([&email], subscriber_from)
            .optional()?;
        let Some(mut subscriber) = subscriber else {
            tx.commit()?;
            return Ok(None);
        };
        tx.execute(
            "UPDATE subscribers SET password_hash = ?2 WHERE id = ?1",
            params![subscriber.id, password_hash],
        )?;
        tx.execute(
            "DELETE FROM sessions WHERE subscriber_id = ?1",
            [subscriber.id],
        )?;
        tx.commit()?;
        password_hash.clone_into(&mut subscriber.password_hash);
        Ok(Some(subscriber))
    }

    fn rate_take(
        &self,
        checks: &[RateCheck],
        now: DateTime<Utc>,
    ) -> Result<RateOutcome, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM rate_events WHERE at < ?1",
            [timestamp(now - RATE_RETENTION)],
        )?;
        let mut retry_at: Option<DateTime<Utc>> = None;
        for check in checks {
            let window = Duration::seconds(check.window_secs);
            let mut stmt = tx.prepare_cached(
                "SELECT at FROM rate_events WHERE scope = ?1 AND key = ?2 AND at > ?3 ORDER BY at",
            )?;
            let times: Vec<String> = stmt
                .query_map(
                    params![check.scope, check.key, timestamp(now - window)],
                    |r| r.get(0),
                )?
                .collect::<Result<_, _>>()?;
            let limit = check.limit as usize;
            if times.len() >= limit {
                // Allowed again once enough of the oldest events have left the window
                // for the count to fall below the limit.
                let oldest_to_expire = &times[times.len() - limit];
                let at = parse_time(oldest_to_expire)? + window;
                retry_at = Some(retry_at.map_or(at, |r| r.max(at)));
            }
        }
        if let Some(retry_at) = retry_at {
            tx.commit()?;
            return Ok(RateOutcome::Limited { retry_at });
        }
        let mut ids = Vec::with_capacity(checks.len());
        for check in checks {
            tx.execute(
                "INSERT INTO rate_events (scope, key, at) VALUES (?1, ?2, ?3)",
                params![check.scope, check.key, timestamp(now)],
            )?;
            ids.push(tx.last_insert_rowid());
        }
        tx.commit()?;
        Ok(RateOutcome::Allowed(ids))
    }

    fn rate_forget(&self, ids: &[i64], clear: Option<(&str, &str)>) -> Result<(), StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        for id in ids {
            tx.execute("DELETE FROM rate_events WHERE id = ?1", [id])?;
        }
        if let Some((scope, key)) = clear {
            tx.execute(
                "DELETE FROM rate_events WHERE scope = ?1 AND key = ?2",
                [scope, key],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    fn apply_billing_event(
        &self,
        event: &BillingEvent,
        now: &str,
    ) -> Result<BillingOutcome, StorageError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let seen = tx
            .prepare_cached("SELECT 1 FROM billing_events WHERE id = ?1")?
            .query_row([&event.id], |_| Ok(()))
            .optional()?
            .is_some();
        if seen {
            return Ok(BillingOutcome::Duplicate);
        }
        // Providers do not promise to deliver in order: an event older than one already
        // applied to this address must not undo it.
        let newer_applied = match event.created {
            Some(created) => tx
                .prepare_cached(
                    "SELECT 1 FROM billing_events
                     WHERE email = ?1 AND created > ?2 AND outcome != 'stale' LIMIT 1",
                )?
                .query_row(params![event.email, created], |_| Ok(()))
                .optional()?
                .is_some(),
            None => false,
        };
        let outcome = if newer_applied {
            BillingOutcome::Stale
        } else if tx.execute(
            "UPDATE subscribers SET tier = ?2 WHERE email = ?1",
            params![event.email, event.tier],
        )? > 0
        {
            BillingOutcome::Applied
        } else {
            if event.tier == MEMBERS_TIER {
                tx.execute("DELETE FROM pending_tiers WHERE email = ?1", [&event.email])?;
            } else {
                tx.execute(
                    "INSERT INTO pending_tiers (email, tier, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (email) DO UPDATE SET tier = excluded.tier, updated_at = excluded.updated_at",
                    params![event.email, event.tier, now],
                )?;
            }
            BillingOutcome::Pending
        };
        tx.execute(
            "INSERT INTO billing_events (id, type, email, tier, created, outcome, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                event.id,
                event.kind,
                event.email,
                event.tier,
                event.created,
                outcome.as_str(),
                now
            ],
        )?;
        tx.commit()?;
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::Storage;

    fn store() -> (tempfile::TempDir, SqliteStorage) {
        let dir = tempfile::tempdir().unwrap();
        let s = SqliteStorage::open(&dir.path().join("db.sqlite3")).unwrap();
        (dir, s)
    }

    fn check(scope: &'static str, key: &str, limit: u32) -> RateCheck {
        RateCheck {
            scope,
            key: key.into(),
            limit,
            window_secs: 900,
        }
    }

    #[test]
    fn rate_limits_count_in_a_sliding_window_and_can_forget() {
        let (_dir, s) = store();
        let t0 = Utc::now();
        let checks = [check("signin-email", "a", 3), check("signin-ip", "ip", 10)];
        for i in 0..3 {
            let at = t0 + Duration::seconds(i * 60);
            assert!(matches!(
                s.rate_take(&checks, at).unwrap(),
                RateOutcome::Allowed(ids) if ids.len() == 2
            ));
        }
        // The fourth is refused until the first leaves the 15-minute window.
        let later = t0 + Duration::seconds(300);
        match s.rate_take(&checks, later).unwrap() {
            RateOutcome::Limited { retry_at } => {
                assert_eq!(
                    retry_at,
                    parse_time(&timestamp(t0)).unwrap() + Duration::seconds(900)
                );
            }
            other => panic!("{other:?}"),
        }
        // Refusals are not counted: once the window moves on, one more is allowed.
        let after = t0 + Duration::seconds(901);
        assert!(matches!(
            s.rate_take(&checks, after).unwrap(),
            RateOutcome::Allowed(_)
        ));
        assert!(matches!(
            s.rate_take(&checks, after).unwrap(),
            RateOutcome::Limited { .. }
        ));
        // A success forgets the address's failures.
        s.rate_forget(&[], Some(("signin-email", "a"))).unwrap();
        assert!(matches!(
            s.rate_take(&checks, after).unwrap(),
            RateOutcome::Allowed(_)
        ));
        // Another key is counted apart.
        assert!(matches!(
            s.rate_take(&[check("signin-email", "b", 3)], after)
                .unwrap(),
            RateOutcome::Allowed(_)
        ));
    }

    #[test]
    fn billing_events_apply_once_in_order_and_wait_for_accounts() {
        let (_dir, s) = store();
        let now = "2026-01-01T00:00:00.000000Z";
        s.insert_subscriber("a@example.org", "h", MEMBERS_TIER, now)
            .unwrap();
        let event = |id: &str, email: &str, tier: &str, created| BillingEvent {
            id: id.into(),
            kind: "subscription.updated".into(),
            email: email.into(),
            tier: tier.into(),
            created,
        };
        let tier = |email| s.subscriber(email).unwrap().unwrap().tier;
        assert_eq!(
            s.apply_billing_event(&event("e1", "a@example.org", "premium", Some(20)), now)
                .unwrap(),
            BillingOutcome::Applied
        );
        assert_eq!(tier("a@example.org"), "premium");
        assert_eq!(
            s.apply_billing_event(&event("e1", "a@example.org", "supporter", Some(30)), now)
                .unwrap(),
            BillingOutcome::Duplicate
        );
        assert_eq!(
            s.apply_billing_event(&event("e0", "a@example.org", "members", Some(10)), now)
                .unwrap(),
            BillingOutcome::Stale
        );
        assert_eq!(tier("a@example.org"), "premium");

        // Paid before signing up: the account starts in the paid tier.
        assert_eq!(
            s.apply_billing_event(&event("e2", "b@example.org", "supporter", None), now)
                .unwrap(),
            BillingOutcome::Pending
        );
        s.put_pending_signup(&PendingSignup {
            email: "b@example.org".into(),
            password_hash: "h".into(),
            token_hash: "t".into(),
            now: now.into(),
            expires_at: "2026-01-03T00:00:00.000000Z".into(),
        })
        .unwrap();
        let later = "2026-01-02T00:00:00.000000Z";
        match s.confirm_signup("t", later).unwrap() {
            SignupConfirmation::Created(sub) => assert_eq!(sub.tier, "supporter"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            s.confirm_signup("t", later).unwrap(),
            SignupConfirmation::Unknown
        );
    }

    #[test]
    fn newsletter_requests_confirm_and_unsubscribe() {
        let (_dir, s) = store();
        let (now, exp) = ("2026-01-01T00:00:00.000000Z", "2026-01-03T00:00:00.000000Z");
        let e = "r@example.org";
        assert_eq!(s.newsletter_status(e, now).unwrap(), NewsletterStatus::None);
        assert_eq!(
            s.request_newsletter(e, "fr", "c1", now, exp).unwrap(),
            NewsletterRequest::Pending
        );
        assert_eq!(
            s.newsletter_status(e, now).unwrap(),
            NewsletterStatus::Pending
        );
        // Expired tokens confirm nothing.
        assert_eq!(s.confirm_newsletter("c1", exp).unwrap(), None);
        assert_eq!(s.newsletter_status(e, exp).unwrap(), NewsletterStatus::None);
        assert_eq!(s.confirm_newsletter("c1", now).unwrap().as_deref(), Some(e));
        assert_eq!(
            s.newsletter_status(e, exp).unwrap(),
            NewsletterStatus::Confirmed
        );
        assert_eq!(
            s.request_newsletter(e, "fr", "c2", now, exp).unwrap(),
            NewsletterRequest::AlreadyConfirmed
        );
        s.unsubscribe_newsletter(e).unwrap();
        assert_eq!(s.newsletter_status(e, now).unwrap(), NewsletterStatus::None);
        assert_eq!(s.confirm_newsletter("c1", now).unwrap(), None);
    }
}
