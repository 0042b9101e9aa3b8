//! What the operator does from the server's shell: issue API tokens, manage readers'
//! accounts. The `dateline-site` binary is a thin layer over these functions, and
//! tests call them directly.

use std::path::Path;

use chrono::Utc;
use dateline_protocol::Role;

use crate::DataDir;
use crate::config::MEMBERS_TIER;
use crate::error::SiteError;
use crate::secrets;
use crate::storage::{Storage, StorageError, TokenInfo, timestamp};

/// Issues a token and returns it: the only time it is ever seen, since the site keeps
/// just its hash. An empty label gets one made from the role and the hash's start.
pub fn create_token(data: &Path, role: Role, label: &str) -> Result<String, SiteError> {
    let (_, storage) = DataDir::new(data).open()?;
    let token = secrets::new_token();
    let hash = secrets::sha256_hex(&token);
    let label = match label.trim() {
        "" => format!("{}-{}", role.as_str(), &hash[..8]),
        l => l.to_owned(),
    };
    storage
        .insert_token(&hash, role, &label, &timestamp(Utc::now()))
        .map_err(|e| match e {
            StorageError::Duplicate => SiteError::TokenLabelTaken(label.clone()),
            e => e.into(),
        })?;
    Ok(token)
}

/// Every token's label, role and creation time; never a secret.
pub fn list_tokens(data: &Path) -> Result<Vec<TokenInfo>, SiteError> {
    let (_, storage) = DataDir::new(data).open()?;
    Ok(storage.list_tokens()?)
}

/// Revokes the token with this label; it stops working on the next request.
pub fn revoke_token(data: &Path, label: &str) -> Result<(), SiteError> {
    let (_, storage) = DataDir::new(data).open()?;
    match storage.revoke_token(label)? {
        0 => Err(SiteError::UnknownToken(label.to_owned())),
        _ => Ok(()),
    }
}

/// Creates a reader's account in the `members` tier.
pub fn add_subscriber(data: &Path, email: &str, password: &str) -> Result<(), SiteError> {
    let email = normalise_email(email)?;
    if password.is_empty() {
        return Err(SiteError::EmptyPassword);
    }
    let (_, storage) = DataDir::new(data).open()?;
    let hash = secrets::hash_password(password).map_err(SiteError::PasswordHash)?;
    storage
        .insert_subscriber(&email, &hash, MEMBERS_TIER, &timestamp(Utc::now()))
        .map_err(|e| match e {
            StorageError::Duplicate => SiteError::SubscriberExists(email.clone()),
            e => e.into(),
        })
}

/// Moves a subscriber to a tier defined in site.toml.
pub fn grant(data: &Path, email: &str, tier: &str) -> Result<(), SiteError> {
    let email = normalise_email(email)?;
    let (config, storage) = DataDir::new(data).open()?;
    if config.tier(tier).is_none() {
        return Err(SiteError::UnknownTier(tier.to_owned()));
    }
    if !storage.set_subscriber_tier(&email, tier)? {
        return Err(SiteError::UnknownSubscriber(email));
    }
    Ok(())
}

/// Takes a subscriber back to the free `members` tier.
pub fn revoke_subscriber(data: &Path, email: &str) -> Result<(), SiteError> {
    grant(data, email, MEMBERS_TIER)
}

/// A subscriber as the operator sees them: no password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriberInfo {
    pub email: String,
    pub tier: String,
    pub created_at: String,
}

pub fn list_subscribers(data: &Path) -> Result<Vec<SubscriberInfo>, SiteError> {
    let (_, storage) = DataDir::new(data).open()?;
    Ok(storage
        .list_subscribers()?
        .into_iter()
        .map(|s| SubscriberInfo {
            email: s.email,
            tier: s.tier,
            created_at: s.created_at,
        })
        .collect())
}

/// E-mail addresses are compared trimmed and lowercased, so `Ana@Example.org` signs in
/// as `ana@example.org`. The check is deliberately loose: the address is a login
/// name here, not something the site writes to yet.
pub(crate) fn normalise_email(email: &str) -> Result<String, SiteError> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && matches!(email.split_once('@'), Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !domain.contains('@'));
    if valid {
        Ok(email)
    } else {
        Err(SiteError::BadEmail(email))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            normalise_email(" Ana@Example.org ").unwrap(),
            "ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "@example.org",
            "ana@",
            "a b@example.org",
            "a@b@c",
        ] {
            assert!(normalise_email(bad).is_err(), "{bad:?}");
        }
    }
}
