//! The library's error type. Every error names the operation and the sizes involved, so the
//! CLI can tell a user what went wrong and what to do.

use std::fmt;

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong, each naming the operation or input and, where there is one,
/// the fix.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No adapter matched `--backend` / `--adapter` (or the wgpu environment variables).
    #[error("no GPU adapter matches {wanted}.\nAdapters that exist:\n{available}\nPick one with --adapter <index|name> and/or --backend vulkan|metal|dx12|gl.")]
    AdapterNotFound {
        /// What was asked for.
        wanted: String,
        /// The adapters there are, one per line.
        available: String,
    },

    /// `request_device` failed.
    #[error("could not open a device on adapter '{adapter}': {message}")]
    Device {
        /// The adapter.
        adapter: String,
        /// wgpu's reason.
        message: String,
    },

    /// Two tensors (or a tensor and an op's expectation) disagree on shape.
    #[error("{op}: shape mismatch: {detail}")]
    Shape {
        /// The operation or input.
        op: String,
        /// The shapes involved.
        detail: String,
    },

    /// Arguments that can never work (negative sizes, bad flags, ...).
    #[error("{op}: invalid argument: {detail}")]
    InvalidArgument {
        /// The operation or input.
        op: String,
        /// What is wrong and what to do.
        detail: String,
    },

    /// A buffer that would exceed one of the adapter's limits.
    #[error("{op}: a buffer of {bytes} bytes ({shape}) exceeds this adapter's {limit_name} of {limit} bytes; {advice}, or pick an adapter with larger limits (`wgtrain devices` lists them)")]
    BufferTooLarge {
        /// The operation.
        op: String,
        /// The buffer's shape.
        shape: String,
        /// Its size.
        bytes: u64,
        /// The limit it passes (`max_buffer_size`, `max_storage_buffer_binding_size`).
        limit_name: &'static str,
        /// The limit's value.
        limit: u64,
        /// What the buffer is and what shrinks it (a weight: the layer; else: the batch).
        advice: String,
    },

    /// A kernel variant was asked for that this adapter cannot run.
    #[error("{op}: the {variant} kernel cannot run it: {reason}; use another variant (or auto)")]
    Unsupported {
        /// The operation.
        op: String,
        /// The variant asked for.
        variant: String,
        /// Why this adapter cannot run it.
        reason: String,
    },

    /// The device ran out of memory, or the run would pass the memory it may use.
    #[error("{op}: out of GPU memory while allocating {bytes} bytes{detail}; {advice}")]
    OutOfMemory {
        /// The operation.
        op: String,
        /// The allocation that failed.
        bytes: u64,
        /// How much was in use and of what limit, when known.
        detail: String,
        /// What to do.
        advice: String,
    },

    /// wgpu reported a validation (or internal) error for an op we recorded.
    #[error("{op}: the GPU rejected the work: {message}")]
    Gpu {
        /// The operation.
        op: String,
        /// wgpu's message.
        message: String,
    },

    /// Mapping a buffer for readback failed.
    #[error("reading back {op} from the GPU failed: {message}")]
    Readback {
        /// The operation.
        op: String,
        /// wgpu's message.
        message: String,
    },

    /// A file could not be read or written (the OS reason is the error's source).
    #[error("{what}")]
    Io {
        /// The file and what was being done with it.
        what: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },

    /// Misuse of the autograd API (no graph, second order through a first-order-only op ...).
    #[error("autograd: {0}")]
    Autograd(String),

    /// A setting that cannot work: a flag, a config file's value, a model's sizes.
    #[error("{what}: {detail}")]
    Config {
        /// The setting, or the file or command it came from.
        what: String,
        /// What is wrong and what to do.
        detail: String,
    },

    /// Training data that cannot be used: a missing or empty folder, an unreadable image, a
    /// corpus that does not fit the model.
    #[error("{what}: {detail}")]
    Data {
        /// The data (a folder, a file).
        what: String,
        /// What is wrong and what to do.
        detail: String,
    },

    /// A checkpoint or weights file that does not fit: not safetensors, another model, other
    /// sizes, weights only where optimizer state is needed.
    #[error("{what}: {detail}")]
    Checkpoint {
        /// The file, or what was being loaded.
        what: String,
        /// What is wrong and what to do.
        detail: String,
    },

    /// A run whose numbers left the finite range (a NaN or infinite loss or weight).
    #[error("{what}: {detail}")]
    Divergence {
        /// The run and where it diverged.
        what: String,
        /// What happened and what was kept.
        detail: String,
    },
}

/// What kind of failure an [`Error`] is, for callers that act on it (retry with a smaller
/// batch, point at the config, resume from another checkpoint).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A setting ([`Error::Config`]).
    Config,
    /// Training data ([`Error::Data`]).
    Data,
    /// A checkpoint or weights file ([`Error::Checkpoint`]).
    Checkpoint,
    /// Shapes that disagree ([`Error::Shape`]).
    Shape,
    /// The adapter or device: none found, a limit passed, out of memory, a variant it cannot
    /// run, work it rejected.
    Device,
    /// A non-finite loss or weight ([`Error::Divergence`]).
    Divergence,
    /// A file the OS could not read or write ([`Error::Io`]).
    Io,
    /// An argument no call can accept, or misuse of the autograd API.
    Argument,
}

impl Error {
    /// A [`Error::Shape`] for `op`.
    pub fn shape(op: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::Shape {
            op: op.into(),
            detail: detail.to_string(),
        }
    }
    /// An [`Error::InvalidArgument`] for `op`: an argument no call can accept.
    pub fn invalid(op: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::InvalidArgument {
            op: op.into(),
            detail: detail.to_string(),
        }
    }
    /// An [`Error::Config`] naming the setting `what`.
    pub fn config(what: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::Config {
            what: what.into(),
            detail: detail.to_string(),
        }
    }
    /// An [`Error::Data`] naming the data `what`.
    pub fn data(what: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::Data {
            what: what.into(),
            detail: detail.to_string(),
        }
    }
    /// An [`Error::Checkpoint`] naming the file `what`.
    pub fn checkpoint(what: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::Checkpoint {
            what: what.into(),
            detail: detail.to_string(),
        }
    }
    /// An [`Error::Divergence`] naming the run `what`.
    pub fn divergence(what: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::Divergence {
            what: what.into(),
            detail: detail.to_string(),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Config { .. } => ErrorKind::Config,
            Error::Data { .. } => ErrorKind::Data,
            Error::Checkpoint { .. } => ErrorKind::Checkpoint,
            Error::Shape { .. } => ErrorKind::Shape,
            Error::Divergence { .. } => ErrorKind::Divergence,
            Error::Io { .. } => ErrorKind::Io,
            Error::AdapterNotFound { .. }
            | Error::Device { .. }
            | Error::BufferTooLarge { .. }
            | Error::Unsupported { .. }
            | Error::OutOfMemory { .. }
            | Error::Gpu { .. }
            | Error::Readback { .. } => ErrorKind::Device,
            Error::InvalidArgument { .. } | Error::Autograd(_) => ErrorKind::Argument,
        }
    }
}

/// A numeric setting: finite and within `lo..=hi` (`lo` itself excluded when `lo_open`), else
/// an error naming the setting, its value and the range. NaN, inf and negative learning rates
/// were accepted by some trainers, which then kept NaN checkpoints.
pub fn check_number(what: &str, name: &str, v: f64, lo: f64, hi: f64, lo_open: bool) -> Result<()> {
    let above = if lo_open { v > lo } else { v >= lo };
    if v.is_finite() && above && v <= hi {
        return Ok(());
    }
    let range = match (lo_open, hi.is_finite()) {
        (true, false) => format!("a finite number > {lo}"),
        (false, false) => format!("a finite number ≥ {lo}"),
        (true, true) => format!("in ({lo}, {hi}]"),
        (false, true) => format!("in [{lo}, {hi}]"),
    };
    Err(Error::config(what, format!("{name} = {v} must be {range}")))
}

/// Adam moves every weight by up to about lr per step whatever the gradient's scale, so a rate
/// above 1 wrecks any of these models within a step or two (`--lr 1e30` trained on to weights
/// near 1e30, all finite, and called that checkpoint the last good one).
pub const MAX_LEARNING_RATE: f64 = 1.0;

/// A learning rate: finite, > 0 and at most [`MAX_LEARNING_RATE`].
pub fn check_learning_rate(what: &str, name: &str, v: f64) -> Result<()> {
    check_number(what, name, v, 0.0, MAX_LEARNING_RATE, true).map_err(|e| match e {
        Error::Config { what, detail } => Error::Config {
            what,
            detail: format!("{detail} (Adam moves each weight by up to about lr per step)"),
        },
        e => e,
    })
}
