//! `ftl-check locales/`: checks every `<locale>/<file>.ftl` of a folder against the
//! reference locale's file of the same name, prints one line per finding as
//! `path:line:col: severity: code: message`, and exits with 1 when there is an error
//! (2 when the folder cannot be read). CI runs it on the repository's `locales/`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use dateline_l10n::{REFERENCE_LOCALE, Severity, check_folder};

#[derive(Parser)]
#[command(about = "Check Fluent translations against their reference locale")]
struct Args {
    /// A folder laid out like locales/: one sub-folder of .ftl files per locale.
    dir: PathBuf,
    /// The reference locale's sub-folder.
    #[arg(long, default_value = REFERENCE_LOCALE)]
    reference: String,
    /// Print errors only.
    #[arg(long)]
    errors_only: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let reports = match check_folder(&args.dir, &args.reference) {
        Ok(reports) => reports,
        Err(e) => {
            eprintln!("ftl-check: {}: {e}", args.dir.display());
            return ExitCode::from(2);
        }
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
    eprintln!("ftl-check: {errors} error(s), {warnings} warning(s)");
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
