//! `--config FILE` for the trainers whose settings are flags (pokemon-vae, vaegan, scene): a
//! flat TOML table whose keys are the flags' names (`batch-size = 64`; the original's
//! `batch_size` works too). The file's values are added to the command line for every flag
//! the command line does not give, so flags override the file; unknown keys are errors naming
//! the file. The effective settings, with the same keys, are what the trainers write into
//! their run folder (`settings_toml`), so a run's file can be given back to `--config`.

use anyhow::{bail, Context};
use clap::parser::ValueSource;
use clap::{ArgMatches, Command};
use std::ffi::OsString;
use std::path::PathBuf;

/// The id of the `--config` flag of the flag-based trainers (the VQ-VAE's and the LSTM
/// prior's `--config` is their sectioned TOML and is read by them).
pub const CONFIG_ID: &str = "settings_file";

/// Flags that are not settings of a run: how to run it, not what it is.
const NOT_SETTINGS: [&str; 9] = [
    "help",
    "version",
    CONFIG_ID,
    "resume",
    "overwrite",
    "quiet",
    "stop_after_batches",
    "backend",
    "adapter",
];

/// `cmd`'s leaf subcommand (as `matches` chose it) and its matches.
fn leaf<'a>(cmd: &'a Command, matches: &'a ArgMatches) -> (&'a Command, &'a ArgMatches) {
    let (mut c, mut m) = (cmd, matches);
    while let Some((name, sub)) = m.subcommand() {
        match c.find_subcommand(name) {
            Some(next) => (c, m) = (next, sub),
            None => break,
        }
    }
    (c, m)
}

/// Whether `cmd` takes a `--config` file of flags.
fn takes_settings_file(cmd: &Command) -> bool {
    cmd.get_arguments()
        .any(|a| a.get_id().as_str() == CONFIG_ID)
}

fn is_setting(a: &clap::Arg) -> bool {
    !NOT_SETTINGS.contains(&a.get_id().as_str()) && a.get_long().is_some() && !a.is_global_set()
}

/// `argv` with the settings of the `--config` file (if the chosen command takes one and it
/// was given) added where the command line leaves them unset.
pub fn merge(cmd: &Command, argv: Vec<OsString>) -> anyhow::Result<Vec<OsString>> {
    let matches = match cmd.clone().try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => e.exit(),
    };
    let (leaf_cmd, leaf_m) = leaf(cmd, &matches);
    if !takes_settings_file(leaf_cmd) {
        return Ok(argv);
    }
    let Some(path) = leaf_m.get_one::<PathBuf>(CONFIG_ID) else {
        return Ok(argv);
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading --config {}", path.display()))?;
    let table: toml::Table = text
        .parse()
        .with_context(|| format!("--config {}: not a TOML file", path.display()))?;
    let mut extra: Vec<OsString> = vec![];
    for (key, value) in &table {
        let long = key.replace('_', "-");
        let arg = leaf_cmd
            .get_arguments()
            .filter(|a| is_setting(a))
            .find(|a| {
                a.get_long() == Some(long.as_str())
                    || a.get_all_aliases()
                        .is_some_and(|al| al.iter().any(|x| x.replace('_', "-") == long))
            });
        let Some(arg) = arg else {
            let known: Vec<&str> = leaf_cmd
                .get_arguments()
                .filter(|a| is_setting(a))
                .filter_map(|a| a.get_long())
                .collect();
            bail!(
                "--config {}: '{key}' is not a setting of `{}`; the settings are its flags: {}",
                path.display(),
                leaf_cmd.get_name(),
                known.join(", ")
            );
        };
        if leaf_m.value_source(arg.get_id().as_str()) == Some(ValueSource::CommandLine) {
            continue; // the command line wins
        }
        let flag = OsString::from(format!("--{}", arg.get_long().expect("settings have one")));
        let takes_value = arg.get_action().takes_values();
        let scalar = |v: &toml::Value| match v {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        match value {
            toml::Value::Boolean(b) if !takes_value => {
                if *b {
                    extra.push(flag);
                }
            }
            toml::Value::Array(items) => {
                extra.push(flag);
                extra.extend(items.iter().map(|v| OsString::from(scalar(v))));
            }
            toml::Value::Table(_) => bail!(
                "--config {}: '{key}' is a table; settings are plain `key = value` lines",
                path.display()
            ),
            v => {
                extra.push(flag);
                extra.push(OsString::from(scalar(v)));
            }
        }
    }
    let mut out = argv;
    out.extend(extra);
    Ok(out)
}

/// The chosen command's settings (`matches`: the merged command line parsed) as `--config`
/// reads them: one `flag-name = value` line each, numbers and booleans bare, the rest quoted.
/// None for commands without a `--config` of this kind.
pub fn settings_toml(cmd: &Command, matches: &ArgMatches) -> Option<String> {
    let (leaf_cmd, leaf_m) = leaf(cmd, matches);
    if !takes_settings_file(leaf_cmd) {
        return None;
    }
    let mut table = toml::Table::new();
    for a in leaf_cmd.get_arguments().filter(|a| is_setting(a)) {
        let key = a.get_long().expect("settings have one").to_string();
        let id = a.get_id().as_str();
        if !a.get_action().takes_values() {
            if let Ok(Some(b)) = leaf_m.try_get_one::<bool>(id) {
                table.insert(key, toml::Value::Boolean(*b));
            }
            continue;
        }
        let Ok(Some(raw)) = leaf_m.try_get_raw(id) else {
            continue;
        };
        let values: Vec<toml::Value> = raw.map(|v| typed(&v.to_string_lossy())).collect();
        let value = if a.get_num_args().is_some_and(|n| n.max_values() > 1) {
            toml::Value::Array(values)
        } else {
            match values.into_iter().next() {
                Some(v) => v,
                None => continue,
            }
        };
        table.insert(key, value);
    }
    Some(toml::to_string(&table).unwrap_or_default())
}

/// A value as TOML would type it: integer, float or boolean where it reads as one.
fn typed(s: &str) -> toml::Value {
    if let Ok(i) = s.parse::<i64>() {
        toml::Value::Integer(i)
    } else if let Some(f) = s.parse::<f64>().ok().filter(|f| f.is_finite()) {
        toml::Value::Float(f)
    } else if let Ok(b) = s.parse::<bool>() {
        toml::Value::Boolean(b)
    } else {
        toml::Value::String(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Args, Parser, Subcommand};

    #[derive(Parser, Debug)]
    struct Top {
        #[command(subcommand)]
        cmd: Sub,
    }

    #[derive(Subcommand, Debug)]
    enum Sub {
        Train(TrainLike),
    }

    #[derive(Args, Debug)]
    struct TrainLike {
        #[arg(long = "config", id = CONFIG_ID)]
        config: Option<PathBuf>,
        #[arg(long = "batch-size", alias = "batch_size", default_value_t = 8)]
        batch_size: usize,
        #[arg(long, default_value_t = 0.5)]
        lr: f64,
        #[arg(long = "use-vae", alias = "use_vae")]
        use_vae: bool,
        #[arg(long, num_args = 1.., default_values_t = [1usize, 2])]
        epochs: Vec<usize>,
        #[arg(long)]
        quiet: bool,
    }

    fn parse(args: &[&str]) -> anyhow::Result<(TrainLike, String)> {
        use clap::{CommandFactory, FromArgMatches};
        let cmd = Top::command();
        let argv: Vec<OsString> = std::iter::once("t")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        let merged = merge(&cmd, argv)?;
        let m = cmd.clone().try_get_matches_from(&merged)?;
        let Sub::Train(t) = Top::from_arg_matches(&m)?.cmd;
        Ok((t, settings_toml(&cmd, &m).unwrap()))
    }

    /// The file fills what the command line leaves unset (either key spelling), the command
    /// line wins, unknown keys name the file, and the written settings read back the same.
    #[test]
    fn config_values_under_command_line_flags_and_a_round_trip() {
        let dir = std::env::temp_dir().join(format!("wgtrain-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("c.toml");
        std::fs::write(
            &file,
            "batch_size = 32\nlr = 0.25\nuse-vae = true\nepochs = [3, 4]\n",
        )
        .unwrap();
        let f = file.to_str().unwrap();
        let (t, settings) = parse(&["train", "--config", f]).unwrap();
        assert_eq!((t.batch_size, t.lr, t.use_vae), (32, 0.25, true));
        assert_eq!(t.epochs, [3, 4]);
        let (t, _) = parse(&["train", "--config", f, "--batch-size", "5"]).unwrap();
        assert_eq!((t.batch_size, t.lr), (5, 0.25));
        // what a run writes is a config that gives the same settings
        assert!(
            settings.contains("batch-size = 32") && !settings.contains("quiet"),
            "{settings}"
        );
        std::fs::write(&file, &settings).unwrap();
        let (t, again) = parse(&["train", "--config", f]).unwrap();
        assert_eq!((t.batch_size, t.lr, t.use_vae), (32, 0.25, true));
        assert_eq!(again, settings);
        std::fs::write(&file, "batch_sise = 3\n").unwrap();
        let e = parse(&["train", "--config", f]).unwrap_err().to_string();
        assert!(
            e.contains("c.toml") && e.contains("batch_sise") && e.contains("batch-size"),
            "{e}"
        );
        std::fs::write(&file, "quiet = true\n").unwrap();
        let e = parse(&["train", "--config", f]).unwrap_err().to_string();
        assert!(e.contains("'quiet' is not a setting"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
