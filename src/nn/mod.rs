//! Layers with named parameters in PyTorch's layouts, so state_dicts map one to one.
//!
//! Every layer is a [`Module`]: [`Module::visit`] shows its parameters, buffers and mode
//! flags under PyTorch's names, and `named_parameters`, `state_dict`,
//! `load_state_dict(strict)`, `train`/`eval`, `save`/`load` come from it. Layers that map one
//! input to one output are also [`Forward`], which [`Sequential`] chains. New layers draw
//! their initial weights through an [`Init`], whose keys derive from the module's path.
//!
//! ```no_run
//! use wgtrain::nn::{Forward, Init, Linear, Module, Relu, Sequential};
//! # fn main() -> wgtrain::Result<()> {
//! let gpu = wgtrain::Gpu::from_env()?;
//! let init = Init::new(&gpu, 0);
//! let mlp = Sequential::new()
//!     .add(Linear::new(&init.sub(0), 2, 16, true)?)
//!     .add(Relu)
//!     .add(Linear::new(&init.sub(2), 16, 1, true)?);
//! let names: Vec<String> = mlp.named_parameters().into_iter().map(|(n, _)| n).collect();
//! assert_eq!(names, ["0.weight", "0.bias", "2.weight", "2.bias"]);
//! # Ok(()) }
//! ```

mod attention;
mod conv;
mod dropout;
mod embedding;
pub mod functional;
mod init;
mod linear;
mod module;
mod norm;
mod recurrent;
mod sequential;

pub use crate::kernels::epilogue::Activation;
pub use attention::MultiheadAttention;
pub use conv::{Conv2d, Conv2dConfig, ConvTranspose2d, ConvTranspose2dConfig, Padding};
pub use dropout::Dropout;
pub use embedding::Embedding;
pub use init::Init;
pub use linear::Linear;
pub use module::{join, Forward, LoadReport, Module, Visitor};
pub use norm::{BatchNorm, BatchNorm1d, BatchNorm2d, LayerNorm};
pub use recurrent::{
    Gru, GruCell, Lstm, LstmCell, Recurrent, RecurrentCell, RecurrentLayer, RnnOutput,
};
pub use sequential::{Flatten, LeakyRelu, Relu, Sequential, Sigmoid, Tanh};
