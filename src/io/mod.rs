//! Files: checkpoints (safetensors), images and grids, TensorBoard events, metrics and plots.

pub mod checkpoint;
pub mod image;
pub mod plot;
pub mod tensorboard;
