//! The seed models, written to read like the specs.

pub mod pokemon_vae;
pub mod vqvae;
