//! Files: checkpoints (safetensors), images and grids, TensorBoard events, metrics and plots.

pub mod checkpoint;
pub mod image;
pub mod plot;
pub mod tensorboard;

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Write `data` to `path` so that a crash leaves either the old file or the new one, never a
/// part: a temporary file beside it (`<name>.tmp`), fsync, rename. Creates the folder;
/// errors carry `op`.
pub(crate) fn write_atomic(path: &Path, data: &[u8], op: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            what: op.to_string(),
            source: e,
        })?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = std::path::PathBuf::from(tmp);
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
