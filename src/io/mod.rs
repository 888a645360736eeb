//! Files: checkpoints (safetensors), images and grids, TensorBoard events, metrics and plots.

pub mod checkpoint;
pub mod image;
#[cfg(feature = "cli")]
pub mod plot;
pub mod tensorboard;

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// `std::fs::create_dir_all` with errors that say what is wrong: where the path or one of its
/// parents is a file, the OS says only "File exists" or "Not a directory".
pub fn create_dir_all(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        let file = dir.ancestors().find(|a| a.is_file());
        match file {
            Some(f) => Error::invalid(
                format!("creating the folder {}", dir.display()),
                format!(
                    "{} is a file, so it cannot {}; choose another path",
                    f.display(),
                    if f == dir { "be a folder" } else { "hold one" }
                ),
            ),
            None => Error::Io {
                what: format!("creating the folder {}", dir.display()),
                source: e,
            },
        }
    })
}

/// Write `data` to `path` so that a crash leaves either the old file or the new one, never a
/// part: a temporary file beside it (`<name>.tmp`), fsync, rename. Creates the folder;
/// errors carry `op`.
pub(crate) fn write_atomic(path: &Path, data: &[u8], op: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_dir_all(dir)?;
    }
    let tmp = tmp_beside(path);
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::Io {
            what: op.to_string(),
            source: e,
        }
    })
}

/// The temporary name a file is written under before it is renamed into place.
fn tmp_beside(path: &Path) -> std::path::PathBuf {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    tmp.into()
}

/// `dst` made the same file as `src` without a second copy of its bytes: a hard link made
/// beside `dst` and renamed over it (so `dst` is never half written), or, where the file
/// system has no hard links, a copy renamed likewise. A later [`write_atomic`] to either
/// path replaces that path only: the rename gives it a new file and leaves the other alone.
#[cfg(feature = "cli")]
pub(crate) fn link_atomic(src: &Path, dst: &Path) -> Result<()> {
    let op = format!("linking {} to {}", dst.display(), src.display());
    let tmp = tmp_beside(dst);
    let _ = std::fs::remove_file(&tmp);
    let link = || -> std::io::Result<()> {
        if std::fs::hard_link(src, &tmp).is_err() {
            std::fs::copy(src, &tmp)?;
        }
        std::fs::rename(&tmp, dst)
    };
    link().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::Io {
            what: op,
            source: e,
        }
    })
}

#[cfg(test)]
mod tests {
    /// A path (or a parent of it) that is a file is named as such, not as the OS's "File
    /// exists" / "Not a directory".
    #[test]
    fn a_file_in_the_way_of_a_folder_is_named() {
        let dir = std::env::temp_dir().join(format!("wgtrain-mkdir-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("f");
        std::fs::write(&file, "x").unwrap();
        let e = super::create_dir_all(&file).unwrap_err().to_string();
        assert!(e.contains("is a file, so it cannot be a folder"), "{e}");
        let e = super::create_dir_all(&file.join("a/b"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains(&format!("{} is a file, so it cannot hold", file.display())),
            "{e}"
        );
        super::create_dir_all(&dir.join("a/b")).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
