//! The seed models, written to read like the original projects' model code.

pub mod lstm_prior;
pub mod pokemon_vae;
pub mod scene;
pub mod scene_data;
pub mod scene_lm;
pub mod vaegan;
pub mod vqvae;
