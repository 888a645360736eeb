//! What a run keeps on disk: `--keep-last N` (older numbered checkpoints removed as new ones
//! are written) and `--weights-only` (the final checkpoint without the optimizer's state,
//! about a third of the size for Adam: the weights, not their two moments).

use crate::error::{Error, Result};
use crate::io::checkpoint;
use std::path::{Path, PathBuf};

/// `dir`'s checkpoints named `{prefix}{N}.safetensors`, by N ascending.
pub fn numbered_checkpoints(dir: &Path, prefix: &str) -> Vec<(usize, PathBuf)> {
    let mut found: Vec<(usize, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let n = name
                .strip_prefix(prefix)?
                .strip_suffix(".safetensors")?
                .parse()
                .ok()?;
            Some((n, e.path()))
        })
        .collect();
    found.sort();
    found
}

/// After the checkpoint of epoch `now` is written: remove `{prefix}{N}.safetensors` with
/// N < `now` but the newest `keep - 1` of them, so `keep` remain up to `now`. `keep` 0 keeps
/// all. Checkpoints of later epochs (left by a run this one resumed before the end of) are
/// not this run's history and are left alone. Returns what was removed; each is logged.
pub fn keep_last(
    dir: &Path,
    prefix: &str,
    now: usize,
    keep: usize,
    log: &mut dyn FnMut(String),
) -> Result<Vec<PathBuf>> {
    if keep == 0 {
        return Ok(vec![]);
    }
    let older: Vec<(usize, PathBuf)> = numbered_checkpoints(dir, prefix)
        .into_iter()
        .filter(|(n, _)| *n < now)
        .collect();
    let surplus = older.len().saturating_sub(keep - 1);
    let mut removed = vec![];
    for (_, path) in older.into_iter().take(surplus) {
        std::fs::remove_file(&path).map_err(|e| Error::Io {
            what: format!("removing {} (--keep-last {keep})", path.display()),
            source: e,
        })?;
        log(format!("removed {} (--keep-last {keep})", path.display()));
        removed.push(path);
    }
    Ok(removed)
}

/// The checkpoint a run wrote last among `dir`'s `{prefix}{N}.safetensors`: the newest by
/// modification time (so a run resumed from an early checkpoint, whose later files are from
/// the abandoned continuation, resumes its own newest), ties to the higher N.
pub fn latest_checkpoint(dir: &Path, prefix: &str) -> Option<PathBuf> {
    numbered_checkpoints(dir, prefix)
        .into_iter()
        .max_by_key(|(n, p)| (std::fs::metadata(p).and_then(|m| m.modified()).ok(), *n))
        .map(|(_, p)| p)
}

/// Where `--resume` continues from, in every trainer: `latest` (the run's newest checkpoint;
/// a bare `--resume` means it too) or a checkpoint file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResumeFrom {
    /// The run's newest checkpoint.
    Latest,
    /// This checkpoint file.
    Path(PathBuf),
}

impl ResumeFrom {
    /// `latest` as [`ResumeFrom::Latest`], anything else as a path.
    pub fn parse(s: &str) -> ResumeFrom {
        if s == "latest" {
            ResumeFrom::Latest
        } else {
            ResumeFrom::Path(PathBuf::from(s))
        }
    }

    /// The file: `latest` is `newest` (None where the run has no checkpoint, an error naming
    /// `place`, "in DIR" or "at FILE"), a path must be a file.
    pub fn resolve(&self, newest: Option<PathBuf>, place: &str) -> Result<PathBuf> {
        let path = match self {
            ResumeFrom::Latest => newest.ok_or_else(|| {
                Error::checkpoint(
                    "--resume latest",
                    format!("there is no checkpoint {place} yet: start without --resume"),
                )
            })?,
            ResumeFrom::Path(p) => p.clone(),
        };
        if !path.is_file() {
            return Err(Error::checkpoint(
                format!("--resume {}", path.display()),
                "no such checkpoint file (--resume latest takes the run's newest)",
            ));
        }
        Ok(path)
    }
}

/// Metadata key marking a checkpoint written by `--weights-only`.
pub const WEIGHTS_ONLY: &str = "weights_only";

/// Rewrite the checkpoint at `path` (atomically) without the optimizer's tensors
/// (`optimizer.*`) and step counts (`adam_steps*`), marked `weights_only`: what sampling,
/// reconstructing and fine-tuning read, at a fraction of the size; it cannot be resumed.
/// Returns the sizes before and after.
pub fn export_weights_only(path: &Path) -> Result<(u64, u64)> {
    let before = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let (tensors, mut meta) = checkpoint::load(path)?;
    let kept: Vec<_> = tensors
        .into_iter()
        .filter(|t| !t.name.starts_with("optimizer."))
        .collect();
    meta.retain(|k, _| !k.starts_with("adam_steps"));
    meta.insert(
        WEIGHTS_ONLY.into(),
        "true: written with --weights-only; sample or reconstruct from it, resume from a full \
         checkpoint"
            .into(),
    );
    checkpoint::save(path, &kept, &meta)?;
    let after = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok((before, after))
}

/// [`export_weights_only`] of a run's final checkpoint, saying what it saved.
pub fn finish_weights_only(path: &Path, log: &mut dyn FnMut(String)) -> Result<()> {
    let (before, after) = export_weights_only(path)?;
    log(format!(
        "{}: weights only, {} instead of {} (--weights-only; resume needs a full checkpoint)",
        path.display(),
        super::memory::human_bytes(after),
        super::memory::human_bytes(before)
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::checkpoint::NamedTensor;
    use std::collections::BTreeMap;

    fn tensor(name: &str) -> NamedTensor {
        NamedTensor {
            name: name.into(),
            shape: vec![3],
            data: vec![1.0, 2.0, 3.0],
        }
    }

    /// keep 2 at epoch 30 of 0, 10, 20, 30 leaves 20 and 30; a later run's 50 is not
    /// touched; keep 0 removes nothing.
    #[test]
    fn keep_last_removes_the_oldest_of_this_history_only() {
        let dir = std::env::temp_dir().join(format!("wgtrain-keep-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for n in [0, 10, 20, 30, 50] {
            std::fs::write(dir.join(format!("checkpoint_{n}.safetensors")), "x").unwrap();
        }
        std::fs::write(dir.join("checkpoint_latest.safetensors"), "x").unwrap();
        let mut said = vec![];
        assert!(keep_last(&dir, "checkpoint_", 30, 0, &mut |m| said.push(m))
            .unwrap()
            .is_empty());
        let removed = keep_last(&dir, "checkpoint_", 30, 2, &mut |m| said.push(m)).unwrap();
        assert_eq!(removed.len(), 2);
        let left: Vec<usize> = numbered_checkpoints(&dir, "checkpoint_")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(left, [20, 30, 50]);
        assert!(dir.join("checkpoint_latest.safetensors").exists());
        assert!(said[0].contains("checkpoint_0.safetensors") && said[0].contains("--keep-last 2"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// `latest` is the file written last, not the highest epoch (a resumed run's own newest
    /// beats the abandoned continuation's later epochs); it and a path must exist.
    #[test]
    fn resume_latest_is_the_newest_file_and_missing_ones_are_named() {
        let dir = std::env::temp_dir().join(format!("wgtrain-latest-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let place = dir.display().to_string();
        let within = format!("in {place}");
        let e = ResumeFrom::Latest
            .resolve(latest_checkpoint(&dir, "checkpoint_"), &within)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no checkpoint") && e.contains(&place), "{e}");
        for n in [50, 10, 20] {
            std::fs::write(dir.join(format!("checkpoint_{n}.safetensors")), "x").unwrap();
            // modification times a clear step apart on every file system
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let latest = ResumeFrom::parse("latest")
            .resolve(latest_checkpoint(&dir, "checkpoint_"), &within)
            .unwrap();
        assert!(latest.ends_with("checkpoint_20.safetensors"), "{latest:?}");
        let named = dir.join("checkpoint_50.safetensors");
        assert_eq!(
            ResumeFrom::parse(named.to_str().unwrap())
                .resolve(None, &within)
                .unwrap(),
            named
        );
        let e = ResumeFrom::parse("nope.safetensors")
            .resolve(None, &within)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("nope.safetensors") && e.contains("no such"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The export drops exactly the optimizer's tensors and steps, keeps the rest, says so in
    /// its metadata, and Adam refuses to resume from it by name.
    #[test]
    fn weights_only_exports_drop_the_optimizer_and_cannot_be_resumed() {
        let dir = std::env::temp_dir().join(format!("wgtrain-wonly-{}", std::process::id()));
        let path = dir.join("c.safetensors");
        let meta = BTreeMap::from([
            ("model".to_string(), "m".to_string()),
            ("adam_steps".to_string(), "{\"w\":3}".to_string()),
        ]);
        let tensors = [
            tensor("w"),
            tensor("optimizer.exp_avg.w"),
            tensor("optimizer.exp_avg_sq.w"),
        ];
        checkpoint::save(&path, &tensors, &meta).unwrap();
        let (before, after) = export_weights_only(&path).unwrap();
        assert!(after < before, "{before} -> {after}");
        let (back, meta) = checkpoint::load(&path).unwrap();
        let names: Vec<&str> = back.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["w"]);
        assert_eq!(meta["model"], "m");
        assert!(meta.contains_key(WEIGHTS_ONLY) && !meta.contains_key("adam_steps"));
        // the refusal comes before any state is touched, so an Adam over no tensors shows it
        let gpu = crate::Gpu::from_env().unwrap();
        let w = crate::autograd::Var::param(crate::gpu::Tensor::full(&gpu, &[1], 0.0).unwrap());
        let mut adam = crate::optim::Adam::new(vec![("w".into(), w)], Default::default()).unwrap();
        let err =
            super::super::import_optimizer(&mut adam, "", &back, None, "checkpoint c.safetensors")
                .unwrap_err()
                .to_string();
        assert!(
            err.contains("c.safetensors") && err.contains("--weights-only"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
