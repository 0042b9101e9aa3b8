//! API tokens in the OS keyring, and only there.
//!
//! Every call runs on its own thread with a deadline: a Secret Service that is missing
//! or stuck must turn into a clear message within a second, not a frozen window. There
//! is deliberately no fallback to a file: without a keyring the desk cannot publish.

use std::sync::mpsc;
use std::time::Duration;

use crate::error::{DeskError, DeskErrorCode, Result};

/// How long the keyring may take before the desk says it is unavailable.
const DEADLINE: Duration = Duration::from_millis(900);

/// The keyring entries of one service name (one per site URL).
#[derive(Debug, Clone)]
pub struct Keyring {
    service: String,
}

impl Keyring {
    /// The desk's own entries.
    pub fn os() -> Self {
        Self::service(crate::APP_ID)
    }

    /// Entries under another service name (tests use their own).
    pub fn service(name: &str) -> Self {
        Self {
            service: name.to_owned(),
        }
    }

    /// Stores the token for `site_url`, replacing any earlier one.
    pub fn store_token(&self, site_url: &str, token: &str) -> Result<()> {
        let token = token.to_owned();
        self.with_entry(site_url, move |e| e.set_password(&token))
    }

    /// The token for `site_url`; `Ok(None)` if the keyring works but holds none.
    pub fn token(&self, site_url: &str) -> Result<Option<String>> {
        match self.with_entry(site_url, |e| e.get_password()) {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.code == DeskErrorCode::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn delete_token(&self, site_url: &str) -> Result<()> {
        match self.with_entry(site_url, |e| e.delete_credential()) {
            Err(e) if e.code != DeskErrorCode::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    fn with_entry<T: Send + 'static>(
        &self,
        site_url: &str,
        op: impl FnOnce(&keyring::Entry) -> keyring::Result<T> + Send + 'static,
    ) -> Result<T> {
        let (service, user) = (self.service.clone(), site_url.to_owned());
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let result = keyring::Entry::new(&service, &user).and_then(|e| op(&e));
            let _ = tx.send(result);
        });
        match rx.recv_timeout(DEADLINE) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(keyring::Error::NoEntry)) => Err(DeskError::not_found("no token stored")),
            Ok(Err(e)) => Err(unavailable(&e.to_string())),
            Err(_) => Err(unavailable("it did not answer within a second")),
        }
    }
}

fn unavailable(reason: &str) -> DeskError {
    DeskError::new(
        DeskErrorCode::Keyring,
        format!(
            "the OS keyring is not available ({reason}). Dateline keeps API tokens only \
             there: start or unlock your keyring (GNOME Keyring, KWallet, macOS Keychain, \
             Windows Credential Manager) and restart the desk"
        ),
    )
}
