//! `dateline-site`: the operator's command line, a thin layer over the library.

use std::io::{BufRead, IsTerminal};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use dateline_protocol::Role;
use dateline_site::admin;
use tracing_subscriber::EnvFilter;

/// Rendering allocates a node arena and many small strings per page; mimalloc serves that
/// pattern much faster than glibc's malloc (docs/PERFORMANCE.md, "Render").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "dateline-site",
    version,
    about = "The Dateline publication's website and publishing API"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct Data {
    /// The site's data folder (site.toml and site.sqlite3).
    #[arg(long, env = "DATELINE_SITE_DATA", value_name = "DIR")]
    data: PathBuf,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Make DIR a site folder from a site.toml, or from a commented starter to edit.
    Init {
        #[command(flatten)]
        data: Data,
        /// The site.toml to validate and copy in; without it, a starter site.toml that
        /// explains every field is written into DIR.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Serve the site until SIGTERM or Ctrl-C.
    Serve {
        #[command(flatten)]
        data: Data,
        /// Address to listen on, such as 127.0.0.1:8080.
        #[arg(long, value_name = "ADDR")]
        listen: SocketAddr,
        /// Replaces site.toml's base_url (the address readers use).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Issue, list and revoke API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Manage readers' accounts.
    Subscriber {
        #[command(subcommand)]
        command: SubscriberCommand,
    },
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Print a new token (and nothing else) on stdout.
    Create {
        #[command(flatten)]
        data: Data,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// A name to recognise and revoke it by; made up when left out.
        #[arg(long)]
        label: Option<String>,
    },
    /// List tokens: label, role, creation time. Never the tokens themselves.
    List {
        #[command(flatten)]
        data: Data,
    },
    /// Revoke the token with this label.
    Revoke {
        #[command(flatten)]
        data: Data,
        #[arg(long)]
        label: String,
    },
}

#[derive(Debug, Subcommand)]
enum SubscriberCommand {
    /// Create an account in the `members` tier; the password is read from stdin's first line.
    Add {
        #[command(flatten)]
        data: Data,
        #[arg(long)]
        email: String,
    },
    /// Move a subscriber to a tier.
    Grant {
        #[command(flatten)]
        data: Data,
        #[arg(long)]
        email: String,
        #[arg(long)]
        tier: String,
    },
    /// Move a subscriber back to `members`.
    Revoke {
        #[command(flatten)]
        data: Data,
        #[arg(long)]
        email: String,
    },
    /// List subscribers: e-mail, tier, creation time.
    List {
        #[command(flatten)]
        data: Data,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RoleArg {
    Writer,
    Translator,
    Editor,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Self {
        match r {
            RoleArg::Writer => Role::Writer,
            RoleArg::Translator => Role::Translator,
            RoleArg::Editor => Role::Editor,
        }
    }
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Init {
            data,
            config: Some(config),
        } => {
            dateline_site::init(&data.data, &config)?;
            eprintln!("initialised {}", data.data.display());
        }
        Command::Init { data, config: None } => {
            let written = dateline_site::init_with_starter(&data.data)?;
            eprintln!("{}", starter_written(&data.data, &written));
        }
        Command::Serve {
            data,
            listen,
            base_url,
        } => serve(data.data, listen, base_url)?,
        Command::Token { command } => token(command)?,
        Command::Subscriber { command } => subscriber(command)?,
    }
    Ok(())
}

/// What `init` without `--config` tells the operator: where the starter is, what to
/// change in it, and that the site serves from it as it is.
fn starter_written(data: &Path, config: &Path) -> String {
    format!(
        "initialised {data} with a starter config: {config}\n\
         Edit that file to make the site yours: the publication's name, base_url (the \
         address readers use), locales, time_zone, tiers and sections; a comment in it \
         explains each. The site serves from it as it is:\n  \
         dateline-site serve --data {data} --listen 127.0.0.1:8080\n\
         Restart serve after editing: site.toml is read when the site starts.",
        data = data.display(),
        config = config.display(),
    )
}

fn serve(data: PathBuf, listen: SocketAddr, base_url: Option<String>) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // Colour only for a person at a terminal; log files and scripts get plain text.
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    // Writes and password hashing run on tokio's blocking threads (the reader's pages
    // read on the request's own thread). Left at its default (512), a burst of a
    // thousand connections queued hundreds of threads and took the server past half a
    // gigabyte; and each argon2id check holds 19 MiB while it runs, so the pool's size
    // is also the bound on what a flood of sign-ins can take (docs/PERFORMANCE.md,
    // "Site").
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(8)
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("cannot listen on {listen}"))?;
        dateline_site::serve(data, listener, base_url, shutdown_signal()).await?;
        tracing::info!("stopped");
        Ok(())
    })
}

/// Completes on Ctrl-C or SIGTERM, whichever comes first.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot wait for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!("cannot wait for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

fn token(command: TokenCommand) -> anyhow::Result<()> {
    match command {
        TokenCommand::Create { data, role, label } => {
            let token =
                admin::create_token(&data.data, role.into(), label.as_deref().unwrap_or(""))?;
            // Alone on stdout, so `TOKEN=$(dateline-site token create ...)` works.
            println!("{token}");
        }
        TokenCommand::List { data } => {
            for t in admin::list_tokens(&data.data)? {
                println!("{}\t{}\t{}", t.label, t.role.as_str(), t.created_at);
            }
        }
        TokenCommand::Revoke { data, label } => {
            admin::revoke_token(&data.data, &label)?;
            eprintln!("revoked {label}");
        }
    }
    Ok(())
}

fn subscriber(command: SubscriberCommand) -> anyhow::Result<()> {
    match command {
        SubscriberCommand::Add { data, email } => {
            let password = read_password()?;
            admin::add_subscriber(&data.data, &email, &password)?;
            eprintln!("added {email}");
        }
        SubscriberCommand::Grant { data, email, tier } => {
            admin::grant(&data.data, &email, &tier)?;
            eprintln!("{email} is now in tier {tier}");
        }
        SubscriberCommand::Revoke { data, email } => {
            admin::revoke_subscriber(&data.data, &email)?;
            eprintln!("{email} is back in tier members");
        }
        SubscriberCommand::List { data } => list_subscribers(&data.data)?,
    }
    Ok(())
}

fn list_subscribers(data: &Path) -> anyhow::Result<()> {
    for s in admin::list_subscribers(data)? {
        println!("{}\t{}\t{}", s.email, s.tier, s.created_at);
    }
    Ok(())
}

/// The first line of stdin, without its line ending: passwords never go on the
/// command line, where other users could see them in the process list.
fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from stdin")?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        bail!("the password (first line of stdin) must not be empty");
    }
    Ok(password)
}
