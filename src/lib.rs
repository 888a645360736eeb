//! wgtrain: a deep-learning engine on wgpu compute shaders.
//!
//! Layers, from the bottom: [`gpu`] (device, pool, batched dispatch), [`kernels`] (one WGSL
//! family each, with a CPU reference twin), [`autograd`] (tape, higher-order gradients),
//! [`optim`] (Adam, clipping), and the CLI in `src/cli`.

pub mod autograd;
#[cfg(feature = "cli")]
pub mod bench;
pub mod check;
pub mod data;
pub mod error;
pub mod gpu;
pub mod io;
pub mod kernels;
pub mod models;
pub mod nn;
pub mod optim;
#[cfg(feature = "cli")]
pub mod train;

pub use error::{Error, Result};
pub use gpu::{DType, Gpu, Tensor};
