//! API tokens in the OS keyring, and only there ([`TokenStore`] lets tests use memory).
//!
//! Every call runs on its own thread with a deadline: a Secret Service that is missing
//! or stuck must turn into a clear message within seconds, not a frozen window. There
//! is deliberately no fallback to a file: without a keyring the desk cannot publish.

use std::path::Path;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use crate::error::{DeskError, DeskErrorCode, Result};

/// How long the keyring may take before the desk says it is unavailable. A Secret
/// Service started on demand by D-Bus can take over a second to answer its first call on
/// a busy machine (seen in CI with 0.9 s), which is not a keyring that is missing.
const DEADLINE: Duration = Duration::from_secs(3);

/// Where API tokens are kept, one per site URL. The desk holds a [`Keyring`]; the OS
/// keyring is the only store the app uses, and tests give the desk one in memory so the
/// publishing core runs under plain `cargo test`, without a desktop session.
pub trait TokenStore: std::fmt::Debug + Send + Sync {
    /// Stores the token for `site_url`, replacing any earlier one.
    fn store_token(&self, site_url: &str, token: &str) -> Result<()>;
    /// The token for `site_url`; `Ok(None)` if the store works but holds none.
    fn token(&self, site_url: &str) -> Result<Option<String>>;
    /// Forgets the token for `site_url` (none stored is not an error).
    fn delete_token(&self, site_url: &str) -> Result<()>;
}

/// The desk's token store.
#[derive(Debug, Clone)]
pub struct Keyring(Arc<dyn TokenStore>);

impl Keyring {
    /// The desk's own entries in the OS keyring.
    pub fn os() -> Self {
        Self::service(crate::APP_ID)
    }

    /// OS keyring entries under another service name (tests that need the real keyring
    /// use their own, never the desk's).
    /// The OS keyring for the desk whose data is in `dir`. The desk in the usual app-data
    /// folder keeps its tokens under the app's name; a desk in another folder (a second
    /// desk on one computer, `DATELINE_DATA_DIR`) under a name of its own, so that two
    /// desks of one site with different people's tokens never share one.
    pub fn os_for(dir: &Path) -> Self {
        let usual = dirs::data_dir().map(|d| d.join(crate::APP_ID));
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned());
        match usual {
            Some(u) if canonical(&u) == canonical(dir) => Self::os(),
            _ => Self::service(&format!("{} {}", crate::APP_ID, canonical(dir).display())),
        }
    }

    pub fn service(name: &str) -> Self {
        Self(Arc::new(OsKeyring {
            service: name.to_owned(),
        }))
    }

    /// Any other store.
    pub fn new(store: impl TokenStore + 'static) -> Self {
        Self(Arc::new(store))
    }

    pub fn store_token(&self, site_url: &str, token: &str) -> Result<()> {
        self.0.store_token(site_url, token)
    }

    pub fn token(&self, site_url: &str) -> Result<Option<String>> {
        self.0.token(site_url)
    }

    pub fn delete_token(&self, site_url: &str) -> Result<()> {
        self.0.delete_token(site_url)
    }
}

/// The OS keyring (Secret Service, Keychain, Credential Manager): the entries of one
/// service name, one per site URL.
#[derive(Debug)]
struct OsKeyring {
    service: String,
}

impl TokenStore for OsKeyring {
    fn store_token(&self, site_url: &str, token: &str) -> Result<()> {
        let token = token.to_owned();
        self.with_entry(site_url, move |e| e.set_password(&token))
    }

    fn token(&self, site_url: &str) -> Result<Option<String>> {
        match self.with_entry(site_url, |e| e.get_password()) {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.code == DeskErrorCode::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn delete_token(&self, site_url: &str) -> Result<()> {
        match self.with_entry(site_url, |e| e.delete_credential()) {
            Err(e) if e.code != DeskErrorCode::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

impl OsKeyring {
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
            Err(_) => Err(unavailable("it did not answer within three seconds")),
        }
    }
}

/// Tokens in memory, for tests: what a desk keeps here is gone when it closes. It can
/// be made to fail like a locked or missing OS keyring.
#[cfg(test)]
#[derive(Debug, Default)]
pub(crate) struct MemoryKeyring {
    tokens: std::sync::Mutex<std::collections::HashMap<String, String>>,
    /// While set, every call fails as an unavailable keyring does.
    pub unavailable: std::sync::atomic::AtomicBool,
}

#[cfg(test)]
impl MemoryKeyring {
    fn check(&self) -> Result<()> {
        if self.unavailable.load(std::sync::atomic::Ordering::SeqCst) {
            Err(unavailable("the test made it so"))
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
impl TokenStore for Arc<MemoryKeyring> {
    fn store_token(&self, site_url: &str, token: &str) -> Result<()> {
        self.check()?;
        let mut tokens = self.tokens.lock().unwrap();
        tokens.insert(site_url.to_owned(), token.to_owned());
        Ok(())
    }

    fn token(&self, site_url: &str) -> Result<Option<String>> {
        self.check()?;
        Ok(self.tokens.lock().unwrap().get(site_url).cloned())
    }

    fn delete_token(&self, site_url: &str) -> Result<()> {
        self.check()?;
        self.tokens.lock().unwrap().remove(site_url);
        Ok(())
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
