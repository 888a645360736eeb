//! Which kernel variant runs each op family on this device: variants forced by `bench
//! --variants` and tests, the autotune's picks (with their on-disk cache), and the record of
//! the variants that actually ran (checkpoint metadata, bench rows).

use crate::error::{Error, Result};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// `WGTRAIN_AUTOTUNE`: when the variant choice may time candidates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Autotune {
    /// Never time: the adapter class's default everywhere (`--deterministic` sets this).
    Off,
    /// Time the candidates of a shape class not yet in the cache, on GPUs; CPU adapters keep
    /// their class default (measured once, fixed in the kernels' `pick`).
    On,
    /// Like `On`, also on CPU adapters, and ignoring (then replacing) cached picks.
    Refresh,
}

impl Autotune {
    /// The values `WGTRAIN_AUTOTUNE` takes, for messages.
    pub const VALUES: &'static str = "off, on, refresh";

    /// The mode `WGTRAIN_AUTOTUNE` asks for (`on` when unset).
    pub fn from_env() -> Result<Autotune> {
        match std::env::var("WGTRAIN_AUTOTUNE") {
            Err(_) => Ok(Autotune::On),
            Ok(v) => Autotune::parse(&v),
        }
    }

    /// `off`, `on` or `refresh`, else an error listing them.
    pub fn parse(v: &str) -> Result<Autotune> {
        match v.trim() {
            "off" | "0" => Ok(Autotune::Off),
            "on" | "1" | "" => Ok(Autotune::On),
            "refresh" => Ok(Autotune::Refresh),
            other => Err(Error::invalid(
                "WGTRAIN_AUTOTUNE",
                format!("unknown value '{other}'; use one of: {}", Autotune::VALUES),
            )),
        }
    }
}

/// The time the autotune may spend in one process, over all shape classes.
pub const TUNE_BUDGET: Duration = Duration::from_secs(1);
/// Candidates timed per shape class.
pub const MAX_CANDIDATES: usize = 4;

pub(crate) struct Selection {
    /// family ("matmul", "conv", "codebook") -> the variant name every call of it should use
    forced: Mutex<HashMap<&'static str, &'static str>>,
    /// (family, variant) of every kernel that ran since the last `clear_used`
    used: Mutex<BTreeSet<(&'static str, &'static str)>>,
    tune: Mutex<Tuner>,
}

struct Tuner {
    mode: Autotune,
    /// adapter name + driver + wgtrain version: the cache's key for this device
    device_key: String,
    cache: Option<PathBuf>,
    /// shape-class key -> variant name, for this device (loaded lazily from `cache`)
    picks: Option<BTreeMap<String, String>>,
    /// the keys tuned in this process (`Refresh` ignores every other cached pick)
    fresh: BTreeSet<String>,
    /// the time tuning may take in this process (`TUNE_BUDGET` unless a test sets it)
    budget: Duration,
    spent: Duration,
    warned: bool,
}

impl Selection {
    pub(crate) fn new(mode: Autotune, device_key: String) -> Selection {
        Selection {
            forced: Mutex::default(),
            used: Mutex::default(),
            tune: Mutex::new(Tuner {
                mode,
                device_key,
                cache: default_cache_path(),
                picks: None,
                fresh: BTreeSet::new(),
                budget: TUNE_BUDGET,
                spent: Duration::ZERO,
                warned: false,
            }),
        }
    }

    pub(crate) fn force(&self, family: &'static str, variant: Option<&'static str>) {
        let mut f = self.forced.lock().unwrap();
        match variant {
            Some(v) => f.insert(family, v),
            None => f.remove(family),
        };
    }

    pub(crate) fn forced(&self, family: &str) -> Option<&'static str> {
        self.forced.lock().unwrap().get(family).copied()
    }

    /// Called on every kernel launch with a choice, so it allocates nothing.
    pub(crate) fn note_used(&self, family: &'static str, variant: &'static str) {
        self.used.lock().unwrap().insert((family, variant));
    }

    pub(crate) fn used(&self) -> Vec<String> {
        let used = self.used.lock().unwrap();
        used.iter().map(|(f, v)| format!("{f}/{v}")).collect()
    }

    pub(crate) fn clear_used(&self) {
        self.used.lock().unwrap().clear();
    }

    pub(crate) fn set_autotune(&self, mode: Autotune, cache: Option<PathBuf>) {
        let mut t = self.tune.lock().unwrap();
        t.mode = mode;
        if cache.is_some() {
            t.cache = cache;
            t.picks = None;
            t.fresh.clear();
        }
        t.spent = Duration::ZERO;
    }

    pub(crate) fn autotune(&self) -> Autotune {
        self.tune.lock().unwrap().mode
    }

    /// The cached pick for `key`, unless the mode says to (re)tune it (`Refresh`: picks from
    /// before this process are ignored).
    pub(crate) fn cached(&self, key: &str) -> Option<String> {
        let mut t = self.tune.lock().unwrap();
        if t.mode == Autotune::Refresh && !t.fresh.contains(key) {
            return None;
        }
        t.load();
        t.picks.as_ref()?.get(key).cloned()
    }

    /// Time left in this process's tuning budget.
    pub(crate) fn budget_left(&self) -> Duration {
        let t = self.tune.lock().unwrap();
        t.budget.saturating_sub(t.spent)
    }

    pub(crate) fn set_budget(&self, budget: Duration) {
        self.tune.lock().unwrap().budget = budget;
    }

    /// Count time spent tuning against the budget.
    pub(crate) fn spend(&self, d: Duration) {
        self.tune.lock().unwrap().spent += d;
    }

    /// Record a tuning result in memory and in the cache file.
    pub(crate) fn store(&self, key: &str, variant: &str) {
        let mut t = self.tune.lock().unwrap();
        t.load();
        t.fresh.insert(key.to_string());
        t.picks
            .get_or_insert_with(BTreeMap::new)
            .insert(key.to_string(), variant.to_string());
        if let Err(e) = t.save() {
            t.warn(&format!("could not write the autotune cache: {e}"));
        }
    }
}

fn default_cache_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))?;
    Some(base.join("wgtrain").join("autotune.json"))
}

/// The cache file: `{"wgtrain_autotune": 1, "devices": {device_key: {shape_key: variant}}}`.
const FORMAT_TAG: &str = "wgtrain_autotune";
const FORMAT_VERSION: u64 = 1;

impl Tuner {
    fn warn(&mut self, msg: &str) {
        if !self.warned {
            self.warned = true;
            eprintln!("warning: {msg}");
        }
    }

    /// Every device's picks in the cache file; an unreadable, corrupt or foreign file is
    /// treated as empty (with one warning) and replaced on the next save.
    fn read_all(&mut self) -> BTreeMap<String, BTreeMap<String, String>> {
        let Some(path) = self.cache.clone() else {
            return BTreeMap::new();
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return BTreeMap::new(),
            Err(e) => {
                self.warn(&format!(
                    "ignoring the autotune cache {}: {e}",
                    path.display()
                ));
                return BTreeMap::new();
            }
        };
        let parsed = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .filter(|v| v.get(FORMAT_TAG).and_then(|t| t.as_u64()) == Some(FORMAT_VERSION))
            .and_then(|v| serde_json::from_value(v.get("devices")?.clone()).ok());
        match parsed {
            Some(all) => all,
            None => {
                self.warn(&format!(
                    "ignoring the autotune cache {}: not a wgtrain autotune file of format {FORMAT_VERSION} (it will be rewritten)",
                    path.display()
                ));
                BTreeMap::new()
            }
        }
    }

    fn load(&mut self) {
        if self.picks.is_none() {
            let mut all = self.read_all();
            self.picks = Some(all.remove(&self.device_key).unwrap_or_default());
        }
    }

    /// Merge this device's picks into the file: temporary file, then rename.
    fn save(&mut self) -> std::io::Result<()> {
        let Some(path) = self.cache.clone() else {
            return Ok(());
        };
        let mut all = self.read_all();
        all.insert(
            self.device_key.clone(),
            self.picks.clone().unwrap_or_default(),
        );
        let doc = serde_json::json!({ FORMAT_TAG: FORMAT_VERSION, "devices": all });
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension(format!("json.tmp{}", std::process::id()));
        std::fs::write(&tmp, serde_json::to_vec_pretty(&doc)?)?;
        std::fs::rename(&tmp, &path)
    }
}

/// A kernel variant as the autotune cache names it.
pub(crate) trait Named: Copy + PartialEq {
    fn name(self) -> &'static str;
    fn from_name(name: &str) -> Option<Self>;
}

/// The bounded autotune both variant families share. Returns `default` unless tuning is on for
/// this adapter (`On`: GPUs only; `Refresh`: every adapter); else the cached pick for the
/// shape class `key` (when `runs` it), else the fastest of `default` and the other
/// `candidates` (at most `MAX_CANDIDATES` in all), each run once untimed (pipeline creation)
/// and once timed by `run`, within what is left of the process's budget. The pick is cached
/// only when every candidate was timed.
pub(crate) fn tune<V: Named>(
    gpu: &super::Gpu,
    key: impl FnOnce() -> String,
    default: V,
    candidates: impl IntoIterator<Item = V>,
    runs: impl Fn(V) -> bool,
    mut run: impl FnMut(V) -> Result<()>,
) -> Result<V> {
    let tuning = match gpu.autotune() {
        Autotune::Off => false,
        Autotune::On => !gpu.is_cpu_adapter(),
        Autotune::Refresh => true,
    };
    if !tuning {
        return Ok(default);
    }
    let sel = gpu.selection();
    let key = key();
    if let Some(v) = sel.cached(&key).and_then(|n| V::from_name(&n)) {
        if runs(v) {
            return Ok(v);
        }
    }
    let budget = sel.budget_left();
    if budget.is_zero() {
        return Ok(default);
    }
    let candidates: Vec<V> = std::iter::once(default)
        .chain(candidates.into_iter().filter(|&v| v != default && runs(v)))
        .take(MAX_CANDIDATES)
        .collect();
    gpu.sync()?; // queued work must not count against the first candidate
    let start = std::time::Instant::now();
    let (mut best, mut best_time, mut complete) = (default, Duration::MAX, true);
    for v in candidates {
        if start.elapsed() >= budget {
            complete = false;
            break;
        }
        run(v)?; // creates the pipelines; not timed
        gpu.sync()?;
        let t = std::time::Instant::now();
        run(v)?;
        gpu.sync()?;
        if t.elapsed() < best_time {
            (best, best_time) = (v, t.elapsed());
        }
    }
    sel.spend(start.elapsed());
    if complete {
        sel.store(&key, best.name());
    }
    Ok(best)
}

/// A size's bucket for shape classes: the power of two at or above it.
pub fn bucket(x: usize) -> usize {
    x.max(1).next_power_of_two()
}
