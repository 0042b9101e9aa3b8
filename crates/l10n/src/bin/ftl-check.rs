//! `ftl-check locales/`: checks every `<locale>/<file>.ftl` of a folder against the
//! reference locale's file of the same name, prints one line per finding as
//! `path:line:col: severity: code: message`, and exits with 1 when there is an error
//! (2 when the folder cannot be read). CI runs it on the repository's `locales/`, where
//! a missing message is an error.
//!
//! `ftl-check --config l10n.toml`: the same on a project described by compare-locales'
//! configuration, where partially translated locales are normal: a missing or obsolete
//! message or file is a warning, counted and listed per locale at the end, unless `--strict`
//! or the configuration's `[[filters]]` say otherwise (exit 2 when the configuration is
//! wrong or a file cannot be read).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use dateline_l10n::{
    Code, FileReport, REFERENCE_LOCALE, Severity, check_project, folder_project, load_config,
};

#[derive(Parser)]
#[command(about = "Check Fluent translations against their reference locale")]
struct Args {
    /// A folder laid out like locales/: one sub-folder of .ftl files per locale.
    #[arg(required_unless_present = "config", conflicts_with = "config")]
    dir: Option<PathBuf>,
    /// A compare-locales project configuration (l10n.toml) instead of a folder.
    #[arg(long, value_name = "L10N_TOML")]
    config: Option<PathBuf>,
    /// With --config: the folder `{l10n_base}` stands for (default: the basepath).
    #[arg(long, requires = "config", value_name = "DIR")]
    l10n_base: Option<PathBuf>,
    /// With --config: missing and obsolete messages and files are errors, as in a folder
    /// check.
    #[arg(long, requires = "config")]
    strict: bool,
    /// The reference locale (a folder check's reference sub-folder).
    #[arg(long, default_value = REFERENCE_LOCALE)]
    reference: String,
    /// Print errors only.
    #[arg(long)]
    errors_only: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let (reports, summary) = match (&args.dir, &args.config) {
        (Some(dir), _) => {
            match folder_project(dir, &args.reference)
                .and_then(|p| check_project(&p, Severity::Error))
            {
                Ok(reports) => (reports, false),
                Err(e) => {
                    eprintln!("ftl-check: {}: {e}", dir.display());
                    return ExitCode::from(2);
                }
            }
        }
        (None, Some(config)) => {
            let project = match load_config(config, args.l10n_base.as_deref(), &args.reference) {
                Ok(project) => project,
                Err(e) => {
                    eprintln!("ftl-check: {e}");
                    return ExitCode::from(2);
                }
            };
            let missing = if args.strict {
                Severity::Error
            } else {
                Severity::Warning
            };
            match check_project(&project, missing) {
                Ok(reports) => (reports, !args.strict),
                Err(e) => {
                    eprintln!("ftl-check: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        (None, None) => unreachable!("clap requires a folder or --config"),
    };
    let (mut errors, mut warnings) = (0, 0);
    for report in &reports {
        for (finding, line) in report.findings.iter().zip(report.lines()) {
            match finding.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            if !args.errors_only || finding.severity == Severity::Error {
                println!("{line}");
            }
        }
    }
    if summary {
        print_missing(&reports);
    }
    eprintln!("ftl-check: {errors} error(s), {warnings} warning(s)");
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What each locale lacks or has left over, as compare-locales' summary: counts, then
/// each file with its missing (`+id`) and obsolete (`-id`) messages.
fn print_missing(reports: &[FileReport]) {
    let mut locales: Vec<&str> = Vec::new();
    for report in reports {
        if !locales.contains(&report.locale.as_str()) {
            locales.push(&report.locale);
        }
    }
    for locale in locales {
        let mut lines = Vec::new();
        // Missing messages, missing files, obsolete messages, obsolete files.
        let mut counts = [0; 4];
        for report in reports.iter().filter(|r| r.locale == locale) {
            let mut ids = Vec::new();
            for finding in &report.findings {
                let (count, sign) = match finding.code {
                    Code::MissingMessage => (0, "+"),
                    Code::MissingFile => (1, ""),
                    Code::ObsoleteMessage => (2, "-"),
                    Code::ObsoleteFile => (3, ""),
                    _ => continue,
                };
                counts[count] += 1;
                match (count, finding.id.as_deref()) {
                    (1, _) => ids.push("missing file".to_owned()),
                    (3, _) => ids.push("obsolete file".to_owned()),
                    (_, Some(id)) => ids.push(format!("{sign}{id}")),
                    (_, None) => {}
                }
            }
            if !ids.is_empty() {
                lines.push(format!("    {}: {}", report.path.display(), ids.join(" ")));
            }
        }
        if !lines.is_empty() {
            let [messages, files, obsolete, obsolete_files] = counts;
            println!(
                "{locale}: {messages} missing message(s), {files} missing file(s), \
                 {obsolete} obsolete message(s), {obsolete_files} obsolete file(s)"
            );
            for line in lines {
                println!("{line}");
            }
        }
    }
}
