//! `iepdesk`: IEP Desk without a window. Every subcommand goes through `iepdesk_api::App`, the
//! same surface the desktop app uses.

mod demo;
mod render;

use clap::{Args, Parser, Subcommand};
use chrono::NaiveDate;
use iepdesk_api::{case, deadlines, ApiError, ApiErrorKind, App};
use iepdesk_domain::rules::RuleSettings;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "iepdesk", version, about = "IEP Desk on the command line")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Db {
    /// The local database file (created if missing).
    #[arg(long, env = "IEPDESK_DB")]
    db: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Students in the local database.
    Students {
        #[command(subcommand)]
        command: StudentsCommand,
    },
    /// Fictional demonstration data.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
    /// List the deadline rules (every timeline of the SOPM IEP Desk tracks).
    Rules {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check a case file (CASE.json): every finding and every deadline.
    ///
    /// Reads one student's case (format: docs/case-format.md, schema: docs/case.schema.json),
    /// runs the meeting, notice and consent checks and computes every deadline its events start.
    #[command(after_help = "Exit status:\n  0  no finding is an error (warnings may remain)\n  1  at least one finding is an error: it blocks finalizing the IEP or issuing the notice\n  2  the input cannot be used: unreadable file, not JSON, a missing or wrongly typed field\n     (named on stderr), a format_version other than 1, or a bad --calendar file")]
    Check(CheckArgs),
    /// Render a parent document (IEP, Prior Written Notice, Notice of IEP Meeting, consent form)
    /// from a case file as an accessible PDF (PDF/UA-1, PDF/A-2a) in the parent's language.
    #[command(after_help = render::AFTER_HELP)]
    Render(render::RenderArgs),
    /// Compute one rule's due date.
    Deadline {
        /// The rule id, as `iepdesk rules` lists it (e.g. initial-evaluation).
        rule_id: String,
        /// The date of the triggering event (for age rules: the date of birth), YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        from: NaiveDate,
        /// A school-year calendar file (TOML, see assets/calendars/README.md) to use instead of the
        /// shipped calendar for the year it covers.
        #[arg(long)]
        calendar: Option<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct CheckArgs {
    /// The case file (CASE.json).
    case: PathBuf,
    /// A school-year calendar file (TOML) to use instead of the shipped calendar for the year it covers.
    #[arg(long)]
    calendar: Option<PathBuf>,
    /// The day to check on, YYYY-MM-DD (default: today).
    #[arg(long, value_parser = parse_date)]
    today: Option<NaiveDate>,
    /// An open deadline is "due soon" within this many calendar days.
    #[arg(long, default_value_t = case::DEFAULT_DUE_SOON_DAYS)]
    due_soon_days: u32,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

fn check(a: CheckArgs) -> ExitCode {
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p)
            .map_err(|e| ApiError::new(ApiErrorKind::Invalid, format!("cannot read {}: {e}", p.display())))
    };
    let report = read(&a.case).and_then(|text| {
        let extra = a.calendar.as_ref().map(read).transpose()?;
        let calendars = deadlines::calendars(extra.as_deref())?;
        let today = a.today.unwrap_or_else(|| chrono::Local::now().date_naive());
        case::check_case_json(&text, today, &calendars, &RuleSettings::default(), a.due_soon_days)
    });
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            eprintln!("iepdesk: {}: {e}", a.case.display());
            for f in &e.fields {
                eprintln!("  {}: {}", f.field, f.message);
            }
            return ExitCode::from(2);
        }
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("serializes"));
    } else {
        println!("{} · checked on {}", report.student, report.today);
        println!();
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        println!("Findings: {}, {}", plural(report.errors, "error"), plural(report.warnings, "warning"));
        if !report.findings.is_empty() {
            println!("{:<8} {:<42} {:<18} message", "severity", "rule id", "SOPM");
        }
        for f in &report.findings {
            let sev = match f.severity {
                iepdesk_domain::compliance::Severity::Error => "error",
                iepdesk_domain::compliance::Severity::Warning => "warning",
            };
            let at = f.field.as_deref().map(|p| format!(" [{p}]")).unwrap_or_default();
            println!("{sev:<8} {:<42} {:<18} {}{at}", f.rule_id, f.sopm, f.message);
        }
        println!();
        println!("Deadlines: {}", report.deadlines.len());
        println!("{:<11} {:<42} {:<18} due · rule", "status", "rule id", "SOPM");
        for d in &report.deadlines {
            let sopm: Vec<String> = d.deadline.sopm_lines.iter().map(|l| format!("L{l}")).collect();
            let done = d.done_on.map(|on| format!(" (done {on})")).unwrap_or_default();
            println!("{:<11} {:<42} {:<18} {}{done}", d.status.label(), d.deadline.rule_id, sopm.join(","), d.summary);
        }
    }
    if report.blocks() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

#[derive(Subcommand)]
enum StudentsCommand {
    /// List students, optionally filtered by name or OSIS.
    List {
        #[command(flatten)]
        db: Db,
        /// Words that must each match a first name, last name or OSIS.
        #[arg(long, default_value = "")]
        search: String,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum DemoCommand {
    /// Fill an empty database with a fictional caseload (about 20 students).
    Seed {
        #[command(flatten)]
        db: Db,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        // `check` has its own exit statuses (0, 1 blocking findings, 2 unreadable input).
        Command::Check(args) => return check(args),
        // `render` too (0 written, 1 not produced, 2 unusable input).
        Command::Render(args) => return render::run(args),
        command => run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("iepdesk: {e}");
            for f in &e.fields {
                eprintln!("  {}: {}", f.field, f.message);
            }
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<(), ApiError> {
    match command {
        Command::Students { command: StudentsCommand::List { db, search, json } } => {
            let app = App::open(&db.db)?;
            let students = app.list_students(&search)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&students).expect("serializes"));
            } else {
                println!("{:<9}  {:<28}  {:>5}  {:<6}  {:<10}  draft", "OSIS", "name", "grade", "school", "born");
                for s in &students {
                    let name = format!("{}, {}", s.name.last, s.name.first);
                    let draft = if s.draft_iep_id.is_some() { "yes" } else { "" };
                    println!("{:<9}  {:<28}  {:>5}  {:<6}  {:<10}  {draft}", s.osis, name, s.grade.code(), s.school_dbn, s.date_of_birth);
                }
                println!("{} student{}", students.len(), if students.len() == 1 { "" } else { "s" });
            }
            Ok(())
        }
        Command::Rules { json } => {
            let rules = deadlines::rules(&RuleSettings::default());
            if json {
                println!("{}", serde_json::to_string_pretty(&rules).expect("serializes"));
            } else {
                for r in &rules {
                    let lines: Vec<String> = r.sopm_lines.iter().map(|l| format!("L{l}")).collect();
                    println!("{:<40}  {}  [{}]", r.id, r.description, lines.join(", "));
                }
                println!("{} rules", rules.len());
            }
            Ok(())
        }
        Command::Deadline { rule_id, from, calendar, json } => {
            let extra = calendar
                .map(|p| {
                    std::fs::read_to_string(&p)
                        .map_err(|e| ApiError::new(ApiErrorKind::Invalid, format!("cannot read {}: {e}", p.display())))
                })
                .transpose()?;
            let calendars = deadlines::calendars(extra.as_deref())?;
            let d = deadlines::deadline(&rule_id, from, &calendars, &RuleSettings::default())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&d).expect("serializes"));
            } else {
                println!("{}  {} ({})", d.due.format("%a %Y-%m-%d"), d.title, d.description);
            }
            Ok(())
        }
        Command::Check(_) | Command::Render(_) => unreachable!("handled in main"),
        Command::Demo { command: DemoCommand::Seed { db } } => {
            let app = App::open(&db.db)?;
            match demo::seed(&app)? {
                demo::Seeded::Created(n) => println!("seeded {n} fictional students into {}", db.db.display()),
                demo::Seeded::AlreadyThere(n) => println!("{} already holds {n} students; nothing seeded", db.db.display()),
            }
            Ok(())
        }
    }
}
