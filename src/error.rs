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
}

impl Error {
    /// A [`Error::Shape`] for `op`.
    pub fn shape(op: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::Shape {
            op: op.into(),
            detail: detail.to_string(),
        }
    }
    /// An [`Error::InvalidArgument`] for `op` (an input, a setting, a file).
    pub fn invalid(op: impl Into<String>, detail: impl fmt::Display) -> Self {
        Error::InvalidArgument {
            op: op.into(),
            detail: detail.to_string(),
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
    Err(Error::invalid(
        what,
        format!("{name} = {v} must be {range}"),
    ))
}

/// Adam moves every weight by up to about lr per step whatever the gradient's scale, so a rate
/// above 1 wrecks any of these models within a step or two (`--lr 1e30` trained on to weights
/// near 1e30, all finite, and called that checkpoint the last good one).
pub const MAX_LEARNING_RATE: f64 = 1.0;

/// A learning rate: finite, > 0 and at most [`MAX_LEARNING_RATE`].
pub fn check_learning_rate(what: &str, name: &str, v: f64) -> Result<()> {
    check_number(what, name, v, 0.0, MAX_LEARNING_RATE, true).map_err(|e| match e {
        Error::InvalidArgument { op, detail } => Error::InvalidArgument {
            op,
            detail: format!("{detail} (Adam moves each weight by up to about lr per step)"),
        },
        e => e,
    })
}
