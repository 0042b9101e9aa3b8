//! A small HTTP/1.1 proxy that breaks things on purpose, between the desk's client and a
//! real `dateline-site`.
//!
//! Each connection carries one request (the proxy answers `Connection: close`, so the
//! client never reuses one), and each request meets one [`Fault`]: drawn from a seeded
//! generator in [`Mode::Random`], or the same every time in [`Mode::Always`]. The proxy
//! counts what it did, above all how many writes reached the site and had their answer
//! thrown away, so a test can show that the case it claims to cover happened.
//!
//! It parses only what it needs: the request line, the headers, a `Content-Length`
//! body (the desk's client never sends chunked bodies). The site's answer is read to
//! the end of the connection, which the site closes after answering a `close` request.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What happens to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fault {
    /// Forwarded, and the site's answer relayed.
    Pass,
    /// Forwarded after a short pause (shorter than the desk's request timeout).
    SlowPass,
    /// The connection is reset at once, before the request is read.
    Refuse,
    /// The request is read, then the connection is reset; nothing is forwarded.
    ResetAfterRequest,
    /// The request is read and held, unanswered and not forwarded, until the client
    /// gives up (its timeout) and closes the connection.
    Stall,
    /// `502 Bad Gateway` from the proxy; nothing is forwarded.
    BadGateway,
    /// `503 Service Unavailable` from the proxy; nothing is forwarded.
    Unavailable,
    /// Forwarded; the site's whole answer is read, then the client's connection is
    /// closed without a byte of it. The write happened; the client cannot know.
    CutAfterForward,
    /// Forwarded; the site's head and half its body are sent, then the connection is
    /// closed.
    TruncateAfterForward,
    /// Forwarded; the answer is held until the client gives up.
    HangAfterForward,
    /// `200 OK` with a body that is not JSON, without forwarding.
    Garbage,
}

impl Fault {
    /// Whether a request meeting this fault reaches the site.
    pub fn forwards(self) -> bool {
        matches!(
            self,
            Fault::Pass
                | Fault::SlowPass
                | Fault::CutAfterForward
                | Fault::TruncateAfterForward
                | Fault::HangAfterForward
        )
    }

    /// Whether the client receives the site's whole answer.
    pub fn answers(self) -> bool {
        matches!(self, Fault::Pass | Fault::SlowPass)
    }
}

/// How faults are chosen.
#[derive(Debug, Clone)]
pub enum Mode {
    /// Every request passes.
    Clean,
    /// Every request meets the same fault.
    Always(Fault),
    /// Each request meets a fault drawn by weight.
    Random(Vec<(Fault, u32)>),
}

/// The mix of faults the fault-injection test uses: about half the requests pass.
pub fn default_mix() -> Vec<(Fault, u32)> {
    vec![
        (Fault::Pass, 44),
        (Fault::SlowPass, 5),
        (Fault::Refuse, 6),
        (Fault::ResetAfterRequest, 6),
        (Fault::Stall, 3),
        (Fault::BadGateway, 6),
        (Fault::Unavailable, 6),
        (Fault::CutAfterForward, 16),
        (Fault::TruncateAfterForward, 4),
        (Fault::HangAfterForward, 4),
    ]
}

/// What the proxy did, by fault.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Requests seen, by the fault they met.
    pub by_fault: BTreeMap<Fault, u64>,
    /// Requests that reached the site, by method.
    pub forwarded: BTreeMap<String, u64>,
    /// Writes (PUT, DELETE, POST) the site accepted (2xx) whose answer the client never
    /// got whole: the case an idempotency key exists for.
    pub accepted_then_lost: u64,
    /// The site's answers to forwarded requests, by status.
    pub site_status: BTreeMap<u16, u64>,
    /// The site's answers to forwarded writes, by method and status (`"PUT 412"`).
    pub writes: BTreeMap<String, u64>,
}

impl Stats {
    pub fn count(&self, fault: Fault) -> u64 {
        self.by_fault.get(&fault).copied().unwrap_or(0)
    }

    pub fn forwarded(&self, method: &str) -> u64 {
        self.forwarded.get(method).copied().unwrap_or(0)
    }

    /// Forwarded writes the site answered with `status`.
    pub fn writes_answered(&self, method: &str, status: u16) -> u64 {
        self.writes
            .get(&format!("{method} {status}"))
            .copied()
            .unwrap_or(0)
    }
}

struct Shared {
    site: SocketAddr,
    mode: Mutex<Mode>,
    rng: Mutex<StdRng>,
    stats: Mutex<Stats>,
}

/// The proxy, listening on `127.0.0.1:<port>` until stopped or dropped.
pub struct FaultProxy {
    /// `http://127.0.0.1:<port>`: the address to give the desk as its site.
    pub url: String,
    pub port: u16,
    /// The seed of the fault generator (print it: the same seed draws the same faults
    /// in the same order of connections).
    pub seed: u64,
    shared: Arc<Shared>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl FaultProxy {
    /// A proxy in front of `site_url` (`http://127.0.0.1:<port>`) on a free port.
    pub async fn start(site_url: &str, seed: u64) -> Result<Self> {
        Self::start_on(site_url, seed, 0).await
    }

    /// A proxy on `port` (0: any free one).
    pub async fn start_on(site_url: &str, seed: u64, port: u16) -> Result<Self> {
        let site: SocketAddr = site_url
            .strip_prefix("http://")
            .context("the site must be http://127.0.0.1:<port>")?
            .trim_end_matches('/')
            .parse()
            .context("the site must be http://127.0.0.1:<port>")?;
        let shared = Arc::new(Shared {
            site,
            mode: Mutex::new(Mode::Clean),
            rng: Mutex::new(StdRng::seed_from_u64(seed)),
            stats: Mutex::new(Stats::default()),
        });
        let mut proxy = Self {
            url: String::new(),
            port,
            seed,
            shared,
            task: None,
        };
        proxy.listen().await?;
        Ok(proxy)
    }

    async fn listen(&mut self) -> Result<()> {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await?;
        self.port = listener.local_addr()?.port();
        self.url = format!("http://127.0.0.1:{}", self.port);
        let shared = self.shared.clone();
        self.task = Some(tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = shared.clone();
                tokio::spawn(async move {
                    let _ = handle(&shared, stream).await;
                });
            }
        }));
        Ok(())
    }

    /// Stops listening: the port refuses connections, as a site that is down does.
    /// Connections already open are left to finish.
    pub async fn stop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
            let _ = task.await;
        }
    }

    /// Listens again on the same port.
    pub async fn resume(&mut self) -> Result<()> {
        if self.task.is_none() {
            self.listen().await?;
        }
        Ok(())
    }

    pub fn set_mode(&self, mode: Mode) {
        *lock(&self.shared.mode) = mode;
    }

    pub fn stats(&self) -> Stats {
        lock(&self.shared.stats).clone()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn choose(shared: &Shared) -> Fault {
    let mode = lock(&shared.mode).clone();
    match mode {
        Mode::Clean => Fault::Pass,
        Mode::Always(f) => f,
        Mode::Random(mix) => {
            let total: u32 = mix.iter().map(|(_, w)| w).sum();
            let mut pick = lock(&shared.rng).random_range(0..total.max(1));
            for (fault, weight) in &mix {
                if pick < *weight {
                    return *fault;
                }
                pick -= weight;
            }
            Fault::Pass
        }
    }
}

/// One request as read from the client.
struct Request {
    method: String,
    /// The head rewritten to ask for `Connection: close`, then the body.
    bytes: Vec<u8>,
}

async fn handle(shared: &Shared, mut client: TcpStream) -> Result<()> {
    let fault = choose(shared);
    *lock(&shared.stats).by_fault.entry(fault).or_default() += 1;
    if fault == Fault::Refuse {
        return reset(client);
    }
    let request = read_request(&mut client).await?;
    match fault {
        Fault::ResetAfterRequest => return reset(client),
        Fault::Stall => {
            wait_for_close(&mut client).await;
            return Ok(());
        }
        Fault::BadGateway => return answer_plain(&mut client, 502, "Bad Gateway").await,
        Fault::Unavailable => {
            return answer_plain(&mut client, 503, "Service Unavailable").await;
        }
        Fault::Garbage => {
            let body = "<html>{\"version\": oops";
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                 connection: close\r\n\r\n",
                body.len()
            );
            client.write_all(head.as_bytes()).await?;
            client.write_all(body.as_bytes()).await?;
            return client.shutdown().await.map_err(Into::into);
        }
        Fault::SlowPass => tokio::time::sleep(Duration::from_millis(60)).await,
        _ => {}
    }
    let answer = forward(shared.site, &request.bytes).await?;
    let status = status_of(&answer);
    {
        let mut stats = lock(&shared.stats);
        *stats.forwarded.entry(request.method.clone()).or_default() += 1;
        *stats.site_status.entry(status).or_default() += 1;
        if matches!(request.method.as_str(), "PUT" | "DELETE" | "POST") {
            *stats
                .writes
                .entry(format!("{} {status}", request.method))
                .or_default() += 1;
            if !fault.answers() && (200..300).contains(&status) {
                stats.accepted_then_lost += 1;
            }
        }
    }
    match fault {
        Fault::CutAfterForward => reset(client),
        Fault::TruncateAfterForward => {
            let head_end = find(&answer, b"\r\n\r\n").map_or(answer.len(), |i| i + 4);
            let body_len = answer.len() - head_end;
            let keep = head_end + body_len / 2;
            // An answer without a body would arrive whole: cut inside its head instead.
            let keep = if body_len == 0 { head_end / 2 } else { keep };
            client.write_all(&answer[..keep]).await?;
            client.flush().await?;
            reset(client)
        }
        Fault::HangAfterForward => {
            wait_for_close(&mut client).await;
            Ok(())
        }
        _ => {
            client.write_all(&answer).await?;
            client.shutdown().await.map_err(Into::into)
        }
    }
}

/// Closes with a TCP reset rather than an orderly end.
fn reset(stream: TcpStream) -> Result<()> {
    stream.set_zero_linger()?;
    drop(stream);
    Ok(())
}

/// Waits until the client closes its side (its timeout fired, or it was dropped), at
/// most a minute.
async fn wait_for_close(client: &mut TcpStream) {
    let mut buf = [0u8; 1024];
    let _ = tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            match client.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
        }
    })
    .await;
}

async fn answer_plain(client: &mut TcpStream, status: u16, reason: &str) -> Result<()> {
    let body = format!("<html><body>{status} {reason} (fault proxy)</body></html>");
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n",
        body.len()
    );
    client.write_all(head.as_bytes()).await?;
    client.write_all(body.as_bytes()).await?;
    client.shutdown().await.map_err(Into::into)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

async fn read_request(client: &mut TcpStream) -> Result<Request> {
    let mut buf = Vec::with_capacity(4096);
    let head_end = loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 64 * 1024 {
            bail!("request head too long");
        }
        let mut chunk = [0u8; 4096];
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            bail!("the client closed before sending a request");
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = std::str::from_utf8(&buf[..head_end]).context("request head is not UTF-8")?;
    let mut lines = head.split("\r\n");
    let request_line = lines.next().context("no request line")?;
    let method = request_line
        .split(' ')
        .next()
        .context("no method")?
        .to_owned();
    let mut length = 0usize;
    let mut rewritten = format!("{request_line}\r\n");
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').context("bad header")?;
        let lower = name.trim().to_ascii_lowercase();
        match lower.as_str() {
            "content-length" => length = value.trim().parse().context("bad content-length")?,
            "transfer-encoding" => bail!("chunked requests are not supported"),
            "connection" | "keep-alive" => continue,
            _ => {}
        }
        rewritten.push_str(line);
        rewritten.push_str("\r\n");
    }
    rewritten.push_str("connection: close\r\n\r\n");
    let mut body = buf[head_end..].to_vec();
    while body.len() < length {
        let mut chunk = vec![0u8; (length - body.len()).min(64 * 1024)];
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            bail!("the client closed inside the body");
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    let mut bytes = rewritten.into_bytes();
    bytes.extend_from_slice(&body);
    Ok(Request { method, bytes })
}

/// Sends the request to the site and reads its whole answer (the site closes the
/// connection after it, as asked).
async fn forward(site: SocketAddr, request: &[u8]) -> Result<Vec<u8>> {
    let mut upstream = TcpStream::connect(site).await?;
    upstream.write_all(request).await?;
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(60), upstream.read_to_end(&mut answer))
        .await
        .context("the site did not finish its answer")??;
    Ok(answer)
}

fn status_of(answer: &[u8]) -> u16 {
    std::str::from_utf8(&answer[..answer.len().min(32)])
        .ok()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}
