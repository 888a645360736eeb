//! Training loops of the seed models and what they share: deterministic shuffles, metrics
//! CSV, loss curves, progress bars, and a graceful stop on Ctrl-C.

pub mod disk;
pub mod fit;
pub mod lstm_prior;
pub mod memory;
pub mod pokemon_vae;
pub mod progress;
pub mod scene;
pub mod vaegan;
pub mod vqvae;

use crate::autograd::Var;
use crate::autograd::{backward, Gradients};
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint::{self, NamedTensor};
use crate::optim::{
    clip_grad_norm, Adam, AdamHyper, GradScaler, Optimizer, OptimizerState, ScaledStep,
};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

pub use progress::Progress;

static STOP: AtomicBool = AtomicBool::new(false);

/// After the first Ctrl-C, loops stop at their next safe point (the end of the epoch, or the
/// batch for the scene loop), save a checkpoint and return; a second
/// Ctrl-C exits at once (checkpoints are written atomically, so none is ever half written).
pub fn install_ctrl_c() {
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        eprintln!("\ninterrupted: stopping at the next safe point and saving a checkpoint (Ctrl-C again to quit now)");
    });
}

/// Whether Ctrl-C has asked the loops to stop at their next safe point.
pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// A run directory held by one training process: `.<trainer>.lock` in it holds the pid and
/// the command line. A second run of the same trainer into the directory is refused while the
/// holder lives (two runs would interleave their metrics and alternate their checkpoints); the
/// lock of a process that is gone (killed, crashed) is taken over with a message. Removed
/// when dropped. (The VQ-VAE and its LSTM prior share a task folder but write different
/// files, hence one lock per trainer.)
pub struct RunLock {
    path: std::path::PathBuf,
}

impl RunLock {
    /// Take `dir`'s lock for `trainer`, taking over one whose process is gone and refusing
    /// while another live run holds it.
    pub fn acquire(dir: &Path, trainer: &str, log: &mut dyn FnMut(String)) -> Result<RunLock> {
        let path = dir.join(format!(".{trainer}.lock"));
        let io = |what: String| move |e| Error::Io { what, source: e };
        let me = format!(
            "{}\n{}\n",
            std::process::id(),
            std::env::args().collect::<Vec<_>>().join(" ")
        );
        for _ in 0..2 {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut f) => {
                    f.write_all(me.as_bytes())
                        .map_err(io(format!("writing {}", path.display())))?;
                    return Ok(RunLock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(io(format!("creating {}", path.display()))(e)),
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let mut lines = text.lines();
            let pid = lines.next().and_then(|p| p.trim().parse::<u32>().ok());
            let command = lines.next().unwrap_or("").to_string();
            match pid.filter(|&p| process_alive(p)) {
                Some(pid) => {
                    return Err(Error::invalid(
                        format!("{trainer} run in {}", dir.display()),
                        format!(
                            "another run is training into this folder: pid {pid} ({command}); \
                             wait for it, stop it, or choose another output folder (if no such \
                             run exists, delete {})",
                            path.display()
                        ),
                    ));
                }
                None => {
                    log(format!(
                        "taking over {} from a run that is gone (pid {}; {command})",
                        path.display(),
                        pid.map_or("?".into(), |p| p.to_string())
                    ));
                    std::fs::remove_file(&path)
                        .map_err(io(format!("removing {}", path.display())))?;
                }
            }
        }
        Err(Error::invalid(
            format!("{trainer} run in {}", dir.display()),
            format!(
                "could not take {} (another run took it first)",
                path.display()
            ),
        ))
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The files a trainer writes into its run folder: named files, and families of files in a
/// folder that share a name prefix (per-epoch grids `epoch_*`, TensorBoard's
/// `events.out.tfevents.*`).
#[derive(Clone, Debug, Default)]
pub struct RunOutputs {
    /// Named files.
    pub files: Vec<std::path::PathBuf>,
    /// Families of files: a folder and the name prefix they share.
    pub prefixed: Vec<(std::path::PathBuf, String)>,
}

impl RunOutputs {
    /// Add a named file.
    pub fn file(mut self, path: std::path::PathBuf) -> Self {
        self.files.push(path);
        self
    }

    /// Add the files in `dir` whose names start with `prefix`.
    pub fn prefixed(mut self, dir: std::path::PathBuf, prefix: &str) -> Self {
        self.prefixed.push((dir, prefix.into()));
        self
    }

    /// Those that exist, in a fixed order.
    pub fn existing(&self) -> Vec<std::path::PathBuf> {
        let mut found: Vec<_> = self.files.iter().filter(|p| p.is_file()).cloned().collect();
        for (dir, prefix) in &self.prefixed {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            let mut family: Vec<_> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && p.file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with(prefix.as_str()))
                })
                .collect();
            family.sort();
            found.extend(family);
        }
        found
    }

    /// Before a run writes anything: a fresh run (neither `resuming` nor `overwrite`) into a
    /// folder holding an earlier run's outputs is refused, naming them (run one after the
    /// other, the second would silently replace the first's checkpoints and mix its grids);
    /// `overwrite` deletes them first, so nothing of the old run is left to mix with the new
    /// one; a resumed run keeps them (its metrics are cut at the resumed epoch).
    pub fn claim(
        &self,
        trainer: &str,
        dir: &Path,
        resuming: bool,
        overwrite: bool,
        log: &mut dyn FnMut(String),
    ) -> Result<()> {
        let what = format!("{trainer} run in {}", dir.display());
        if resuming && overwrite {
            return Err(Error::config(
                what,
                "--resume and --overwrite contradict each other: give one",
            ));
        }
        let found = self.existing();
        if resuming || found.is_empty() {
            return Ok(());
        }
        let names: Vec<String> = found
            .iter()
            .map(|p| p.strip_prefix(dir).unwrap_or(p).display().to_string())
            .collect();
        let list = if names.len() > 4 {
            format!("{} and {} more", names[..4].join(", "), names.len() - 4)
        } else {
            names.join(", ")
        };
        if !overwrite {
            return Err(Error::config(
                what,
                format!(
                    "the folder holds an earlier run ({list}); pass --resume to continue it, \
                     --overwrite to replace it, or choose another output folder"
                ),
            ));
        }
        for p in &found {
            std::fs::remove_file(p).map_err(|e| Error::Io {
                what: format!("removing {} (--overwrite)", p.display()),
                source: e,
            })?;
        }
        log(format!("--overwrite: removed the earlier run's {list}"));
        Ok(())
    }
}

/// Whether a process with this pid runs a wgtrain (Linux: /proc; elsewhere assumed alive, and
/// the error says how to remove a stale lock).
fn process_alive(pid: u32) -> bool {
    if !Path::new("/proc/self").exists() {
        return true;
    }
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .is_ok_and(|c| String::from_utf8_lossy(&c).contains("wgtrain"))
}

pub use crate::error::{check_learning_rate, check_number, MAX_LEARNING_RATE};

/// What a run did, for its closing line: the epochs (numbered from 0) this call trained, or
/// that a resumed run had nothing left to train (it printed `epochs 6..=6 done, 0 images/s`).
pub fn epochs_done(first: usize, trained: usize, total: usize) -> String {
    if trained == 0 {
        nothing_to_train(first, total)
    } else {
        format!(
            "epochs {first}..={} of 0..{total} done",
            first + trained - 1
        )
    }
}

/// Said when a resumed run starts at or past its last epoch.
pub fn nothing_to_train(first: usize, total: usize) -> String {
    format!(
        "nothing to train: the checkpoint ends at epoch {} and the run has {total} epochs \
         (0..{total}); raise the epoch count to train further",
        first.saturating_sub(1)
    )
}

/// Python's `str(float)` for the run-directory names the seeds use (0.0005, 5e-05, 0.001).
pub fn python_float(x: f64) -> String {
    let a = x.abs();
    if x == 0.0 {
        return "0.0".into();
    }
    if !(1e-4..1e16).contains(&a) {
        let s = format!("{x:e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    let s = format!("{x}");
    if s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}

pub(crate) use crate::kernels::random::splitmix64 as splitmix;

pub use crate::data::shuffled;

/// A CSV file of per-epoch numbers, appended to on resume.
pub struct Metrics {
    file: std::fs::File,
    path: std::path::PathBuf,
}

impl Metrics {
    /// A fresh file (`resume_before: None`), or, resuming, the existing one cut to the rows
    /// whose first column (epoch or step) is below `resume_before`, then appended to: a run
    /// resumed from an older checkpoint, or after a failed save, would otherwise repeat
    /// epochs (`0 1 2 3 2 3`) and the curves drawn from the file with them. The cut is
    /// written atomically (`io::write_atomic`), so a crash keeps one of the two.
    pub fn open_at(path: &Path, header: &str, resume_before: Option<f64>) -> Result<Metrics> {
        let Some(before) = resume_before else {
            return Metrics::open(path, header, false);
        };
        if path.exists() {
            let (_, rows) = read_csv(path)?;
            let mut text = format!("{header}\n");
            for r in rows
                .iter()
                .filter(|r| r.first().is_some_and(|&x| x < before))
            {
                text += &csv_line(r);
                text += "\n";
            }
            crate::io::write_atomic(
                path,
                text.as_bytes(),
                &format!("cutting {}", path.display()),
            )?;
        }
        Metrics::open(path, header, true)
    }

    /// Open `path`, appended to or truncated; `header` is written unless appending to an
    /// existing file.
    pub fn open(path: &Path, header: &str, append: bool) -> Result<Metrics> {
        let what = format!("opening {}", path.display());
        let exists = path.exists();
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(append)
            .write(true)
            .truncate(!append)
            .open(path)
            .map_err(|e| Error::Io { what, source: e })?;
        let mut m = Metrics {
            file,
            path: path.to_path_buf(),
        };
        if !(append && exists) {
            m.line(header)?;
        }
        Ok(m)
    }

    fn line(&mut self, s: &str) -> Result<()> {
        writeln!(self.file, "{s}").map_err(|e| Error::Io {
            what: format!("writing {}", self.path.display()),
            source: e,
        })
    }

    /// Write one row of numbers.
    pub fn row(&mut self, values: &[f64]) -> Result<()> {
        self.line(&csv_line(values))
    }
}

/// One CSV row as `Metrics` writes it.
fn csv_line(values: &[f64]) -> String {
    let s: Vec<String> = values.iter().map(|v| format!("{v}")).collect();
    s.join(",")
}

/// A CSV written by [`Metrics`]: (header, rows of numbers; unparsable cells are NaN).
pub(crate) fn read_csv(path: &Path) -> Result<(Vec<String>, Vec<Vec<f64>>)> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
        what: format!("reading {}", path.display()),
        source: e,
    })?;
    let mut lines = text.lines();
    let header = lines
        .next()
        .unwrap_or("")
        .split(',')
        .map(str::to_string)
        .collect();
    let rows = lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.split(',')
                .map(|v| v.parse().unwrap_or(f64::NAN))
                .collect()
        })
        .collect();
    Ok((header, rows))
}

/// Plot every loss-like column of a metrics CSV against its first column (the epoch), on a
/// log axis where every value is positive.
pub fn loss_curve(csv: &Path, png: &Path, title: &str) -> Result<()> {
    let (header, rows) = read_csv(csv)?;
    let series: Vec<(String, Vec<(f64, f64)>)> = header
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, h)| h.contains("loss"))
        .map(|(i, h)| {
            (
                h.to_string(),
                rows.iter()
                    .filter(|r| r.len() > i)
                    .map(|r| (r[0], r[i]))
                    .collect(),
            )
        })
        .collect();
    let panel = crate::io::plot::ChartPanel {
        title: title.to_string(),
        x_label: header.first().cloned().unwrap_or_else(|| "epoch".into()),
        y_label: "loss".into(),
        series,
        log_y: true,
    };
    crate::io::plot::line_chart(png, &panel)
}

/// The images of `files` at `size`×`size`, RGB in [0, 1] (grayscale and RGBA become RGB on
/// white), with the files that decoded; undecodable ones are skipped with a warning naming each.
pub(crate) fn read_images(
    files: Vec<std::path::PathBuf>,
    size: usize,
    warn: &mut dyn FnMut(String),
) -> (Vec<std::path::PathBuf>, Vec<Vec<f32>>) {
    let (kept, images, skipped) = crate::data::decode_images(files, size);
    for s in skipped {
        warn(format!("skipping {s}"));
    }
    (kept, images)
}

/// The images `picks` of a set of `3 × size × size` images as one `[n, 3, size, size]` batch.
pub(crate) fn image_batch(
    gpu: &crate::gpu::Gpu,
    images: &[Vec<f32>],
    picks: &[usize],
    size: usize,
) -> Result<Var> {
    Ok(Var::constant(crate::data::stack_images(
        gpu, images, picks, size,
    )?))
}

/// [-1, 1] images to [0, 1] for display (x·0.5 + 0.5, clamped).
pub(crate) fn to_unit(v: &[f32]) -> Vec<f32> {
    v.iter().map(|x| (x * 0.5 + 0.5).clamp(0.0, 1.0)).collect()
}

/// Adam over named parameters (PyTorch's defaults but the learning rate).
pub(crate) fn adam_over(params: &[(String, Var)], lr: f64) -> Result<Adam> {
    Adam::new(
        params.to_vec(),
        AdamHyper {
            lr,
            ..Default::default()
        },
    )
}

/// Metadata key of the loss scaler's state in a mixed-precision run's checkpoints.
pub(crate) const LOSS_SCALE_KEY: &str = "amp_loss_scale";

/// The loss scaler of a run with `--amp` (None without): refused, naming the adapter and the
/// missing feature, where the device has no shader-f16.
pub(crate) fn amp_scaler(gpu: &Gpu, amp: bool, command: &str) -> Result<Option<GradScaler>> {
    if !amp {
        return Ok(None);
    }
    if let Some(reason) = gpu.f16_reason() {
        return Err(Error::config(
            format!("{command} --amp"),
            format!(
                "mixed precision runs f16 kernels, and {reason}; train without --amp, or pick an adapter whose `wgtrain devices` line says f16 true (--adapter, --backend)"
            ),
        ));
    }
    Ok(Some(GradScaler::default()))
}

/// The metadata key of the loss scaler called `name` ("" for a run's one scaler).
fn scaler_key(name: &str) -> String {
    if name.is_empty() {
        LOSS_SCALE_KEY.into()
    } else {
        format!("{LOSS_SCALE_KEY}.{name}")
    }
}

/// Put the state of the loss scaler `name` (if the run has one) into a checkpoint's metadata.
pub(crate) fn save_scaler(
    scaler: Option<&GradScaler>,
    name: &str,
    meta: &mut BTreeMap<String, String>,
) {
    if let Some(s) = scaler {
        meta.insert(scaler_key(name), s.state());
    }
}

/// Restore the loss scaler from a checkpoint's metadata: exact when the checkpoint was written
/// with `--amp`; a run switching precision on resume is said once.
pub(crate) fn restore_scaler(
    scaler: Option<&mut GradScaler>,
    name: &str,
    meta: &BTreeMap<String, String>,
    what: &str,
) -> Result<()> {
    match (scaler, meta.get(&scaler_key(name))) {
        (Some(s), Some(state)) => s.load_state(state, what),
        (Some(s), None) => {
            note(format!(
                "{what} was written without --amp; mixed precision starts at loss scale {}",
                s.scale
            ));
            Ok(())
        }
        (None, Some(_)) => {
            note(format!(
                "{what} was written with --amp; this run trains in f32"
            ));
            Ok(())
        }
        (None, None) => Ok(()),
    }
}

/// `backward` from `loss` and one Adam step over `params`, the gradients first clipped to a
/// global norm of `clip` where given. With a loss scaler (`--amp`) the loss is scaled first and
/// the gradients unscaled and checked before the clipping (as PyTorch's `unscale_`); a step
/// whose gradients are not finite is skipped: Some(the sentence saying so, for the report).
pub(crate) fn backward_and_step(
    adam: &mut Adam,
    params: &[(String, Var)],
    loss: &Var,
    scaler: Option<&mut GradScaler>,
    clip: Option<f32>,
) -> Result<Option<String>> {
    let refs: Vec<&Var> = params.iter().map(|(_, v)| v).collect();
    let grads = match &scaler {
        Some(s) => backward(&s.scale_loss(loss)?, &refs)?,
        None => backward(loss, &refs)?,
    };
    // before the scaler's check, so an overflow on any rank skips the step on all
    let tensors = sum_gradients(&grads)?;
    if let Some(s) = scaler {
        if let ScaledStep::Skip(why) = s.unscale_and_update(&tensors)? {
            return Ok(Some(why));
        }
    }
    if let (Some(max_norm), false) = (clip, tensors.is_empty()) {
        clip_grad_norm(&tensors, max_norm)?;
    }
    adam_step(adam, params, &grads)?;
    Ok(None)
}

/// The tensors of the gradients `backward` returned, summed over the ranks of a data-parallel
/// job in place (a no-op on one rank): the global batch's gradients.
pub(crate) fn sum_gradients(grads: &[Option<Var>]) -> Result<Vec<&Tensor>> {
    let tensors: Vec<&Tensor> = grads.iter().flatten().map(Var::value).collect();
    crate::dist::world().sum_tensors(&tensors)?;
    Ok(tensors)
}

/// A run folder's set-up, done by the process that writes the run's files (rank 0 of a
/// data-parallel job; a single process is rank 0): make `dirs` (the folder among them), take
/// the folder's lock for `trainer`, claim `outputs` (an earlier run's are refused unless
/// resuming or overwriting). The lock is held while the returned value lives (None on the
/// other ranks, which write nothing).
pub(crate) fn set_up_run_folder(
    trainer: &str,
    folder: &Path,
    dirs: &[&Path],
    outputs: RunOutputs,
    (resume, overwrite): (bool, bool),
    log: &mut dyn FnMut(String),
) -> Result<Option<RunLock>> {
    if !crate::dist::world().is_root() {
        return Ok(None);
    }
    for d in dirs {
        crate::io::create_dir_all(d)?;
    }
    let lock = RunLock::acquire(folder, trainer, log)?;
    outputs.claim(trainer, folder, resume, overwrite, log)?;
    Ok(Some(lock))
}

/// The largest part of a batch of `batch` one rank trains on (rank 0's; the whole batch on
/// one rank): what a rank's device memory must hold.
pub(crate) fn rank_batch(batch: usize) -> usize {
    crate::dist::world().share(batch).len.max(1)
}

/// Data-parallel runs: a batch of `batch` must give every rank an item (checked with the
/// settings, before anything is written).
pub(crate) fn check_rank_batch(what: &str, batch: usize) -> Result<()> {
    let ranks = crate::dist::world().size();
    if batch < ranks {
        return Err(Error::config(
            what,
            format!(
                "a batch of {batch} cannot be split over {ranks} ranks (each needs an item); \
                 raise the batch size or start fewer ranks"
            ),
        ));
    }
    Ok(())
}

/// A note to the user from the run's set-up, said once (by rank 0 of a data-parallel job).
pub(crate) fn note(message: String) {
    if crate::dist::world().is_root() {
        eprintln!("note: {message}");
    }
}

/// Data-parallel runs: every rank must have the same `value` (its JSON hashed); the first
/// rank that differs from rank 0 is an error naming it. Nothing on one rank.
pub(crate) fn ranks_agree_on(what: &str, value: &impl serde::Serialize) -> Result<()> {
    let world = crate::dist::world();
    if world.size() == 1 {
        return Ok(());
    }
    world.agree(what, &serde_json::to_vec(value).unwrap_or_default())
}

/// One hash per image (its f32 bytes): what [`ranks_agree_on`] compares of a data set held in
/// memory, without serialising every pixel.
pub(crate) fn image_hashes(images: &[Vec<f32>]) -> Vec<u64> {
    images
        .iter()
        .map(|img| crate::dist::fnv1a(bytemuck::cast_slice(img)))
        .collect()
}

/// `loss` weighted by this rank's part of the global one (data-parallel training, see
/// [`crate::dist::Share::weight`]): itself on one rank.
pub(crate) fn weigh_loss(loss: &Var, share: Option<Share>, kind: LossSum) -> Result<Var> {
    match share.map(|s| s.weight(kind)) {
        Some(w) if w != 1.0 => loss.mul_scalar(w as f32),
        _ => Ok(loss.clone()),
    }
}

/// One optimiser step with the gradients `backward` returned for `params` (None = skipped).
pub(crate) fn adam_step(
    adam: &mut Adam,
    params: &[(String, Var)],
    grads: &[Option<Var>],
) -> Result<()> {
    let wrt: Vec<&Var> = params.iter().map(|(_, v)| v).collect();
    adam.step(&Gradients::from_backward(&wrt, grads.to_vec()))
}

/// An optimiser's state as checkpoint tensors (`optimizer.{kind}.{prefix}{parameter}`) and
/// its step counts as the JSON of a checkpoint's `adam_steps*` metadata.
pub(crate) fn export_optimizer(
    opt: &dyn Optimizer,
    prefix: &str,
) -> Result<(Vec<NamedTensor>, String)> {
    let state = opt.state()?;
    let tensors = state
        .tensors
        .into_iter()
        .map(|t| {
            let (kind, name) = t.name.split_once('.').unwrap_or(("", &t.name));
            NamedTensor {
                name: format!("optimizer.{kind}.{prefix}{name}"),
                shape: t.shape,
                data: t.data,
            }
        })
        .collect();
    let steps: BTreeMap<String, u64> = state
        .steps
        .into_iter()
        .map(|(n, t)| (format!("{prefix}{n}"), t))
        .collect();
    Ok((tensors, serde_json::to_string(&steps).unwrap_or_default()))
}

/// Restore what [`export_optimizer`] wrote from a checkpoint's tensors; `what` names the file.
pub(crate) fn import_optimizer(
    opt: &mut dyn Optimizer,
    prefix: &str,
    tensors: &[NamedTensor],
    steps_json: Option<&str>,
    what: &str,
) -> Result<()> {
    let has_params = opt.groups().iter().any(|g| !g.params.is_empty());
    if has_params && !tensors.iter().any(|t| t.name.starts_with("optimizer.")) {
        return Err(Error::checkpoint(
            what,
            "it holds the weights only, no optimizer state (a --weights-only export or a \
             plain state_dict): sample or reconstruct from it, or resume from a full \
             checkpoint",
        ));
    }
    let steps: BTreeMap<String, u64> = steps_json
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    let state = OptimizerState {
        tensors: tensors
            .iter()
            .filter_map(|t| {
                let (kind, rest) = t.name.strip_prefix("optimizer.")?.split_once('.')?;
                Some(NamedTensor {
                    name: format!("{kind}.{}", rest.strip_prefix(prefix)?),
                    shape: t.shape.clone(),
                    data: t.data.clone(),
                })
            })
            .collect(),
        steps: steps
            .into_iter()
            .filter_map(|(n, t)| Some((n.strip_prefix(prefix)?.to_string(), t)))
            .collect(),
    };
    opt.load_state(&state)
        .map_err(|e| Error::checkpoint(what, format!("its optimizer state does not fit: {e}")))
}

/// The TensorBoard tag of a metrics-CSV column, one scheme for every trainer, so a tag and a
/// column with the same name hold the same numbers: `lr` and `lr_<x>` → `lr`, `lr/<x>`;
/// `val_<m>` → `val/<m>`; `images_per_s` → `speed/images_per_s`; any other `<term>` (a
/// leading `train_` dropped) → `train/<term>`. Per-batch values use [`step_tag`].
pub fn epoch_tag(column: &str) -> String {
    if column == "lr" {
        "lr".into()
    } else if let Some(x) = column.strip_prefix("lr_") {
        format!("lr/{x}")
    } else if let Some(m) = column.strip_prefix("val_") {
        format!("val/{m}")
    } else if column == "images_per_s" {
        "speed/images_per_s".into()
    } else {
        format!("train/{}", column.strip_prefix("train_").unwrap_or(column))
    }
}

/// The tag of a per-batch value: `step/<term>` (a leading `train_` dropped), never the name
/// of an epoch mean.
pub fn step_tag(column: &str) -> String {
    format!("step/{}", column.strip_prefix("train_").unwrap_or(column))
}

/// One epoch's metrics row to TensorBoard under [`epoch_tag`]s: every column of `header` but
/// the first (the epoch) and `step`, non-finite values left out.
pub fn log_epoch_row(
    tb: &mut crate::io::tensorboard::EventWriter,
    header: &str,
    row: &[f64],
    epoch: usize,
) -> Result<()> {
    for (column, &v) in header.split(',').zip(row).skip(1) {
        if column != "step" && v.is_finite() {
            tb.add_scalar(&epoch_tag(column), v as f32, epoch as i64)?;
        }
    }
    Ok(())
}

/// Whether an epoch gets image summaries: the first and last of the run and every `every`.
pub fn image_epoch(epoch: usize, first: usize, epochs: usize, every: usize) -> bool {
    epoch == first || epoch + 1 == epochs || epoch.is_multiple_of(every.max(1))
}

/// The script that fetches each of the data folders the repository names but does not ship.
const FETCHED: [(&str, &str); 3] = [
    ("data/pokemon40", "scripts/fetch-data.sh pokemon"),
    ("data/emoji128", "scripts/fetch-data.sh emoji128"),
    ("data/fluent128", "scripts/fetch-data.sh fluent128"),
];

/// A file or folder a command reads, found from any working folder: `path` as given; else,
/// for a relative path, under the folders above the executable (a checkout's
/// target/release/wgtrain finds the checkout's `data/` and `configs/`) and under the source
/// tree wgtrain was built from. Missing everywhere: an error naming `path`, `set_by` (the
/// flag or config key that sets it) and, for the repository's data folders, the script that
/// fetches them.
pub fn locate(path: &Path, set_by: &str) -> Result<std::path::PathBuf> {
    if path.exists() {
        return Ok(path.to_path_buf());
    }
    if path.is_relative() {
        let beside_exe = std::env::current_exe().ok().into_iter().flat_map(|exe| {
            exe.ancestors()
                .skip(1)
                .map(|a| a.join(path))
                .collect::<Vec<_>>()
        });
        let source = option_env!("CARGO_MANIFEST_DIR").map(|d| Path::new(d).join(path));
        if let Some(found) = beside_exe.chain(source).find(|p| p.exists()) {
            return Ok(found);
        }
    }
    let norm = path.to_string_lossy().trim_end_matches('/').to_string();
    let fix = match FETCHED.iter().find(|(d, _)| norm.ends_with(d)) {
        Some((_, script)) => format!(
            "fetch it with `{script}` (in the wgtrain checkout), or point {set_by} at another folder"
        ),
        None => format!("check {set_by}"),
    };
    Err(Error::data(
        format!("{} ({set_by})", path.display()),
        format!("not found here, beside the executable or in wgtrain's source folder: {fix}"),
    ))
}

/// A run's effective settings (TOML: the config file with the command line's overrides) as
/// `{dir}/{trainer}-config.toml`, written atomically once the run holds `dir`, and said on one
/// line, so a run can be read back and repeated (`--config` takes the file). Returns its path.
pub fn write_settings(
    dir: &Path,
    trainer: &str,
    toml_text: &str,
    log: &mut dyn FnMut(String),
) -> Result<std::path::PathBuf> {
    let path = dir.join(format!("{trainer}-config.toml"));
    crate::io::write_atomic(
        &path,
        toml_text.as_bytes(),
        &format!("writing {}", path.display()),
    )?;
    log(format!(
        "settings ({}): {}",
        path.display(),
        settings_line(toml_text)
    ));
    Ok(path)
}

/// TOML on one line: `key=value` pairs, tables flattened to `table.key=value`.
pub fn settings_line(toml_text: &str) -> String {
    fn walk(prefix: &str, t: &toml::Table, out: &mut Vec<String>) {
        for (k, v) in t {
            let key = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            match v {
                toml::Value::Table(inner) => walk(&key, inner, out),
                toml::Value::String(s) => out.push(format!("{key}={s}")),
                other => out.push(format!("{key}={other}")),
            }
        }
    }
    let mut out = vec![];
    if let Ok(t) = toml_text.parse::<toml::Table>() {
        walk("", &t, &mut out);
    }
    out.join(" ")
}

/// The checkpoint a trainer with one resumable file resumes from: `from` where given, else
/// its own `ckpt` (`--resume latest`); either must exist (a resume that silently started
/// afresh hid typos). The CLI calls it too, to refuse before the slow start-up.
pub fn resume_source(ckpt: &Path, from: Option<&Path>) -> Result<std::path::PathBuf> {
    let resume = from.map_or(disk::ResumeFrom::Latest, |p| {
        disk::ResumeFrom::Path(p.to_path_buf())
    });
    let own = ckpt.is_file().then(|| ckpt.to_path_buf());
    resume.resolve(own, &format!("at {}", ckpt.display()))
}

/// A training checkpoint: the model's tensors, Adam's state for `params`, and metadata
/// (`model` = `kind`, `epoch`, `adam_steps`, `engine`, plus `extra`), written atomically.
pub(crate) fn save_checkpoint(
    path: &Path,
    kind: &str,
    epoch: usize,
    mut tensors: Vec<NamedTensor>,
    adam: &Adam,
    params: &[(String, Var)],
    extra: BTreeMap<String, String>,
) -> Result<()> {
    let (optimizer, steps) = export_optimizer(adam, "")?;
    tensors.extend(optimizer);
    let mut meta = extra;
    meta.insert("model".into(), kind.into());
    meta.insert("epoch".into(), epoch.to_string());
    meta.insert("adam_steps".into(), steps);
    engine_metadata(&mut meta, params);
    save_finite(path, &tensors, &meta)
}

/// Save a training checkpoint only if every tensor in it is finite: a checkpoint is what a
/// run falls back to, so one holding NaN or inf (a diverged run) is refused with an error and
/// the previous checkpoint stays the last good one.
pub(crate) fn save_finite(
    path: &Path,
    tensors: &[NamedTensor],
    meta: &BTreeMap<String, String>,
) -> Result<()> {
    for t in tensors {
        let bad = t.data.iter().filter(|v| !v.is_finite()).count();
        if bad > 0 {
            return Err(Error::divergence(
                format!("saving {}", path.display()),
                format!(
                    "{} holds {bad} non-finite values (NaN or inf): the run diverged, so this \
                     checkpoint is not written and the previous one stays the last good one \
                     (a lower learning rate usually helps)",
                    t.name
                ),
            ));
        }
    }
    checkpoint::save(path, tensors, meta)
}

/// `engine` (wgtrain's version) and `kernels`: the kernel variants this run has used on its
/// device ("family/variant", comma-separated), so a result can be traced to the kernels.
pub(crate) fn engine_metadata(meta: &mut BTreeMap<String, String>, params: &[(String, Var)]) {
    meta.insert(
        "engine".into(),
        format!("wgtrain {}", env!("CARGO_PKG_VERSION")),
    );
    if let Some((_, p)) = params.first() {
        let gpu = p.value().gpu();
        meta.insert("kernels".into(), gpu.variants_used().join(","));
        meta.insert(
            "autotune".into(),
            format!("{:?}", gpu.autotune()).to_lowercase(),
        );
    }
}

/// A checkpoint of `kind` read back: (tensors, metadata, the "checkpoint …" label for
/// errors: neutral, since sampling reads checkpoints too and used to say "resuming").
/// Another model's checkpoint is refused by name.
pub(crate) fn open_checkpoint(
    path: &Path,
    kind: &str,
    label: &str,
) -> Result<(Vec<NamedTensor>, BTreeMap<String, String>, String)> {
    let (tensors, meta, converted) = checkpoint::load_noting_conversions(path)?;
    if let Some(n) = converted {
        note(n);
    }
    let what = format!("checkpoint {}", path.display());
    if meta.get("model").map(String::as_str) != Some(kind) {
        return Err(Error::checkpoint(
            &what,
            format!(
                "this is a checkpoint of '{}', not of the {label}",
                meta.get("model")
                    .map(String::as_str)
                    .unwrap_or("an unknown model")
            ),
        ));
    }
    Ok((tensors, meta, what))
}

/// Adam's state for `params` from an opened checkpoint; returns the checkpoint's epoch.
pub(crate) fn restore_adam(
    adam: &mut Adam,
    tensors: &[NamedTensor],
    meta: &BTreeMap<String, String>,
    what: &str,
) -> Result<usize> {
    import_optimizer(
        adam,
        "",
        tensors,
        meta.get("adam_steps").map(String::as_str),
        what,
    )?;
    meta.get("epoch")
        .and_then(|e| e.parse().ok())
        .ok_or_else(|| Error::checkpoint(what, "the checkpoint does not say its epoch"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A checkpoint holding NaN or inf is not written (the previous one stays), and the error
    /// names the tensor.
    #[test]
    fn checkpoints_with_non_finite_tensors_are_not_written() {
        let dir = std::env::temp_dir().join(format!("wgtrain-finite-{}", std::process::id()));
        let path = dir.join("c.safetensors");
        let good = NamedTensor {
            name: "w".into(),
            shape: vec![2],
            data: vec![1.0, 2.0],
        };
        save_finite(&path, std::slice::from_ref(&good), &BTreeMap::new()).unwrap();
        let before = std::fs::read(&path).unwrap();
        for bad_value in [f32::NAN, f32::INFINITY] {
            let bad = NamedTensor {
                name: "adam.m.w".into(),
                shape: vec![2],
                data: vec![1.0, bad_value],
            };
            let err = save_finite(&path, &[good.clone(), bad], &BTreeMap::new())
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("adam.m.w") && err.contains("non-finite"),
                "{err}"
            );
            assert_eq!(std::fs::read(&path).unwrap(), before);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A held lock refuses a second holder, naming the pid; a lock left by a dead process is
    /// taken over with a message; dropping releases it.
    #[test]
    fn a_run_directory_is_held_by_one_run() {
        let dir = std::env::temp_dir().join(format!("wgtrain-lock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut said = vec![];
        let held = RunLock::acquire(&dir, "vqvae", &mut |m| said.push(m)).unwrap();
        let err = RunLock::acquire(&dir, "vqvae", &mut |m| said.push(m))
            .err()
            .expect("a second run is refused")
            .to_string();
        assert!(err.contains(&std::process::id().to_string()), "{err}");
        // another trainer in the same folder (the LSTM prior beside its VQ-VAE) is not blocked
        drop(RunLock::acquire(&dir, "lstm-prior", &mut |m| said.push(m)).unwrap());
        drop(held);
        assert!(!dir.join(".vqvae.lock").exists());
        // a stale lock: a pid that runs no wgtrain
        std::fs::write(dir.join(".vqvae.lock"), "4294967294\nwgtrain vqvae train\n").unwrap();
        let lock = RunLock::acquire(&dir, "vqvae", &mut |m| said.push(m)).unwrap();
        assert!(said.iter().any(|m| m.contains("taking over")), "{said:?}");
        drop(lock);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A fresh run over an earlier run's outputs is refused naming them; a resumed run keeps
    /// them; --overwrite removes exactly the trainer's outputs (another trainer's files and
    /// unrelated files stay); --resume with --overwrite is a contradiction.
    #[test]
    fn a_fresh_run_refuses_an_earlier_runs_outputs_unless_overwriting() {
        let dir = std::env::temp_dir().join(format!("wgtrain-claim-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("results")).unwrap();
        let outputs = RunOutputs::default()
            .file(dir.join("model.safetensors"))
            .file(dir.join("metrics.csv"))
            .prefixed(dir.join("results"), "epoch_");
        let mut said = vec![];
        // an empty folder (and one with only unrelated files) is free
        std::fs::write(dir.join("notes.txt"), "mine").unwrap();
        outputs
            .claim("vqvae", &dir, false, false, &mut |m| said.push(m))
            .unwrap();
        for f in [
            "model.safetensors",
            "metrics.csv",
            "results/epoch_0.png",
            "results/epoch_1.png",
        ] {
            std::fs::write(dir.join(f), "old").unwrap();
        }
        std::fs::write(dir.join("lstm_metrics.csv"), "another trainer's").unwrap();
        assert_eq!(outputs.existing().len(), 4);
        let err = outputs
            .claim("vqvae", &dir, false, false, &mut |m| said.push(m))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("model.safetensors")
                && err.contains("results/epoch_1.png")
                && err.contains("--resume")
                && err.contains("--overwrite"),
            "{err}"
        );
        assert!(
            dir.join("model.safetensors").exists(),
            "a refusal deletes nothing"
        );
        outputs
            .claim("vqvae", &dir, true, false, &mut |m| said.push(m))
            .unwrap();
        assert_eq!(outputs.existing().len(), 4, "resuming keeps the outputs");
        let err = outputs
            .claim("vqvae", &dir, true, true, &mut |m| said.push(m))
            .unwrap_err()
            .to_string();
        assert!(err.contains("contradict"), "{err}");
        outputs
            .claim("vqvae", &dir, false, true, &mut |m| said.push(m))
            .unwrap();
        assert!(outputs.existing().is_empty());
        assert!(said.iter().any(|m| m.contains("removed")), "{said:?}");
        assert!(dir.join("notes.txt").exists() && dir.join("lstm_metrics.csv").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_closing_line_says_when_nothing_was_trained() {
        assert_eq!(epochs_done(2, 3, 5), "epochs 2..=4 of 0..5 done");
        let none = epochs_done(6, 0, 6);
        assert!(
            none.contains("nothing to train") && none.contains("epoch 5"),
            "{none}"
        );
    }

    /// Resuming at epoch 2 after epochs 0..=3 were logged keeps 0 and 1, then appends: no
    /// epoch appears twice. A fresh open truncates; a resume with no file starts one.
    #[test]
    fn metrics_resumed_at_an_epoch_drop_the_rows_after_it() {
        let dir = std::env::temp_dir().join(format!("wgtrain-metrics-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("m.csv");
        let mut m = Metrics::open_at(&path, "epoch,loss", None).unwrap();
        for e in 0..4 {
            m.row(&[e as f64, 1.0 / (e + 1) as f64]).unwrap();
        }
        drop(m);
        let mut m = Metrics::open_at(&path, "epoch,loss", Some(2.0)).unwrap();
        m.row(&[2.0, 9.0]).unwrap();
        drop(m);
        let (header, rows) = read_csv(&path).unwrap();
        assert_eq!(header, ["epoch", "loss"]);
        let epochs: Vec<f64> = rows.iter().map(|r| r[0]).collect();
        assert_eq!(epochs, [0.0, 1.0, 2.0]);
        assert_eq!(rows[2][1], 9.0);
        assert!(!path.with_extension("csv.tmp").exists());
        let other = dir.join("new.csv");
        drop(Metrics::open_at(&other, "epoch,loss", Some(5.0)).unwrap());
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "epoch,loss\n");
        drop(Metrics::open_at(&path, "epoch,loss", None).unwrap());
        assert_eq!(read_csv(&path).unwrap().1.len(), 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn python_float_formats_like_python() {
        assert_eq!(python_float(0.0005), "0.0005");
        assert_eq!(python_float(5e-5), "5e-05");
        assert_eq!(python_float(0.001), "0.001");
        assert_eq!(python_float(1.0), "1.0");
        assert_eq!(python_float(1e-7), "1e-07");
    }

    #[test]
    fn shuffles_are_permutations_that_depend_on_seed_and_round() {
        let a = shuffled(100, 1, 0);
        let mut s = a.clone();
        s.sort();
        assert_eq!(s, (0..100).collect::<Vec<_>>());
        assert_eq!(a, shuffled(100, 1, 0));
        assert_ne!(a, shuffled(100, 1, 1));
        assert_ne!(a, shuffled(100, 2, 0));
    }
}
