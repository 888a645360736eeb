//! wgtrain: a deep-learning engine on wgpu compute shaders. Every kernel is WGSL with an f64
//! CPU twin it is checked against; a small tape autodiff with higher-order gradients sits on
//! top; models train on any Vulkan, Metal, DX12 or GL adapter.
//!
//! Layers, from the bottom: [`gpu`] (device, buffer pool, batched dispatch, [`Tensor`]),
//! [`kernels`] (one WGSL family each, with its CPU twin; [`check`] compares them),
//! [`autograd`] ([`autograd::Var`], `backward`, [`autograd::grad`]), [`nn`] (layers as
//! [`nn::Module`]s with PyTorch's names, [`nn::functional`] losses), [`optim`] (Adam, AdamW,
//! SGD, schedules), [`data`] (image folders, seeded batches), [`io`] (safetensors checkpoints,
//! images, TensorBoard), [`models`] (the seed projects' models); with the default `cli`
//! feature also `train` (their training loops) and `bench`.
//!
//! A linear fit, trained for a few steps:
//!
//! ```
//! use wgtrain::autograd::{grad, Var};
//! use wgtrain::nn::{functional::mse_loss, Forward, Init, Linear, Module};
//! use wgtrain::optim::{Optimizer, Sgd, SgdHyper};
//! use wgtrain::{Gpu, Tensor};
//!
//! # fn main() -> wgtrain::Result<()> {
//! let gpu = Gpu::from_env()?;
//! let x = Var::constant(Tensor::from_f32(&gpu, &[0.0, 1.0, 2.0, 3.0], &[4, 1])?);
//! let y = Var::constant(Tensor::from_f32(&gpu, &[1.0, 3.0, 5.0, 7.0], &[4, 1])?); // 2x + 1
//! let line = Linear::new(&Init::new(&gpu, 0), 1, 1, true)?;
//! let mut opt = Sgd::new(line.named_parameters(), SgdHyper::with_lr(0.05))?;
//! let first = mse_loss(&line.forward(&x)?, &y)?.value().scalar()?;
//! for _ in 0..200 {
//!     let loss = mse_loss(&line.forward(&x)?, &y)?;
//!     opt.step(&grad(&loss, &line.parameters())?)?;
//! }
//! let last = mse_loss(&line.forward(&x)?, &y)?.value().scalar()?;
//! assert!(last < first / 100.0);
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

pub mod autograd;
#[cfg(feature = "cli")]
pub mod bench;
pub mod check;
pub mod data;
pub mod dist;
pub mod error;
pub mod gpu;
pub mod io;
pub mod kernels;
pub mod models;
pub mod nn;
pub mod ops;
pub mod optim;
#[cfg(feature = "cli")]
pub mod train;

pub use error::{Error, ErrorKind, Result};
pub use gpu::{DType, Gpu, Tensor};
