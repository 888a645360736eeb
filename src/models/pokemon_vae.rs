//! The original project: Gbone3176/VAE_Pokemon on GitHub (seed 004).
//!
//! The MLP VAE of seed 004 (as the original's model.py and main.py build it): 40×40×3 sprites,
//! encoder 4800→1024×4→32 split into (mu, log_var), decoder 16→1024×3→4800 with a sigmoid.
//! Parameter names are the seed's `encoder.{1,3,5,7,9}` and `decoder.{0,2,4,6}`, so its
//! state_dict loads directly.

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint::NamedTensor;
use crate::nn::Activation::{Identity, Relu, Sigmoid};
use crate::nn::Linear;
use crate::nn::{join, Module, Visitor};
use crate::ops::tensor::RngKey;

/// Sizes of the Pokemon VAE.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VaeConfig {
    /// Side S of the square RGB input images.
    pub input_size: usize,
    /// Width of every hidden Linear layer.
    pub hidden: usize,
    /// Latent size; the encoder outputs twice this (mu and log_var).
    pub latent: usize,
}

impl Default for VaeConfig {
    fn default() -> Self {
        VaeConfig {
            input_size: 40,
            hidden: 1024,
            latent: 16,
        }
    }
}

impl VaeConfig {
    /// Flattened image size, C·H·W.
    pub fn pixels(&self) -> usize {
        3 * self.input_size * self.input_size
    }
}

/// The seed's MLP VAE: an encoder to (mu, log_var) and a decoder back to images.
pub struct PokemonVae {
    /// The sizes it was built with.
    pub config: VaeConfig,
    /// encoder.1, .3, .5, .7, .9
    pub encoder: Vec<Linear>,
    /// decoder.0, .2, .4, .6
    pub decoder: Vec<Linear>,
}

/// The seed's Sequential indices of the Linear layers.
const ENCODER_INDICES: [usize; 5] = [1, 3, 5, 7, 9];
const DECODER_INDICES: [usize; 4] = [0, 2, 4, 6];

/// Outputs of one forward pass.
pub struct VaeOutput {
    /// Posterior mean, `[B, latent]`.
    pub mu: Var,
    /// Posterior log-variance, `[B, latent]`.
    pub log_var: Var,
    /// Reconstructions, `[B, 3, S, S]` in (0, 1).
    pub recon: Var,
}

impl PokemonVae {
    /// Fresh weights with PyTorch's default init, drawn from `seed`.
    pub fn new(gpu: &Gpu, config: VaeConfig, seed: u64) -> Result<PokemonVae> {
        if config.input_size == 0 || config.hidden == 0 || config.latent == 0 {
            return Err(Error::config(
                "pokemon-vae",
                format!("sizes must be positive: {config:?}"),
            ));
        }
        let (d, h, l) = (config.pixels(), config.hidden, config.latent);
        let key = |stream: u32| RngKey {
            seed,
            stream,
            offset: 0,
        };
        let enc_dims = [(d, h), (h, h), (h, h), (h, h), (h, 2 * l)];
        let dec_dims = [(l, h), (h, h), (h, h), (h, d)];
        let encoder = enc_dims
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| Linear::with_key(gpu, a, b, true, key(2 * i as u32)))
            .collect::<Result<_>>()?;
        let decoder = dec_dims
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| Linear::with_key(gpu, a, b, true, key(100 + 2 * i as u32)))
            .collect::<Result<_>>()?;
        Ok(PokemonVae {
            config,
            encoder,
            decoder,
        })
    }

    /// `x: [B, 3, S, S]` (or `[B, 3·S·S]`) in [0, 1] to `(mu, log_var)`, each `[B, latent]`.
    pub fn encode(&self, x: &Var) -> Result<(Var, Var)> {
        let d = self.config.pixels();
        let b = x.value().numel() / d;
        if b * d != x.value().numel() || b == 0 {
            return Err(Error::shape(
                "pokemon-vae encode",
                format!(
                    "input {:?} is not a batch of 3x{s}x{s} images",
                    x.shape(),
                    s = self.config.input_size
                ),
            ));
        }
        let mut h = x.reshape(&[b, d])?;
        for (k, layer) in self.encoder.iter().enumerate() {
            let last = k + 1 == self.encoder.len();
            h = layer.forward_act(&h, if last { Identity } else { Relu })?;
        }
        let l = self.config.latent;
        Ok((h.narrow(1, 0, l)?, h.narrow(1, l, l)?))
    }

    /// z = mu + eps · exp(log_var / 2).
    pub fn reparameterize(mu: &Var, log_var: &Var, eps: &Var) -> Result<Var> {
        mu.add(&eps.mul(&log_var.mul_scalar(0.5)?.exp()?)?)
    }

    /// `z: [B, latent]` to images `[B, 3, S, S]` in (0, 1).
    pub fn decode(&self, z: &Var) -> Result<Var> {
        let b = z.shape()[0];
        let mut h = z.clone();
        for (k, layer) in self.decoder.iter().enumerate() {
            let last = k + 1 == self.decoder.len();
            h = layer.forward_act(&h, if last { Sigmoid } else { Relu })?;
        }
        let s = self.config.input_size;
        h.reshape(&[b, 3, s, s])
    }

    /// Encode, sample z with noise from `eps_key` (as the seed, also at evaluation), decode.
    /// For inference call it inside [`crate::autograd::no_grad`] (nothing recorded).
    pub fn forward(&self, x: &Var, eps_key: RngKey) -> Result<VaeOutput> {
        let (mu, log_var) = self.encode(x)?;
        let eps = Var::constant(Tensor::normal(
            x.value().gpu(),
            mu.shape(),
            eps_key,
            0.0,
            1.0,
        )?);
        let z = Self::reparameterize(&mu, &log_var, &eps)?;
        Ok(VaeOutput {
            recon: self.decode(&z)?,
            mu,
            log_var,
        })
    }

    /// The seed's loss with sum reductions: `(10·Σ(x̂−x)² + KL, Σ(x̂−x)², KL)` with
    /// `KL = −0.5·Σ(1 + lv − mu² − e^lv) / 16` (the 16 is the seed's constant, not the latent size).
    pub fn loss(x: &Var, f: &VaeOutput) -> Result<(Var, Var, Var)> {
        let x = x.reshape(f.recon.shape())?;
        let recon = f.recon.sub(&x)?.square()?.sum()?;
        let kl = f
            .log_var
            .add_scalar(1.0)?
            .sub(&f.mu.square()?)?
            .sub(&f.log_var.exp()?)?
            .sum()?
            .mul_scalar(-0.5 / 16.0)?;
        Ok((recon.mul_scalar(10.0)?.add(&kl)?, recon, kl))
    }

    /// The sizes a state_dict implies (from `encoder.1.weight` and `encoder.9.weight`, as the
    /// seed's scripts do).
    pub fn config_of(tensors: &[NamedTensor]) -> Result<VaeConfig> {
        let find = |n: &str| {
            tensors.iter().find(|t| t.name == n).ok_or_else(|| {
                Error::checkpoint("loading Pokemon VAE weights", format!("no tensor '{n}': this is not a checkpoint of this model (expected encoder.{{1,3,5,7,9}} and decoder.{{0,2,4,6}})"))
            })
        };
        let first = find("encoder.1.weight")?;
        let last = find("encoder.9.weight")?;
        let d = *first.shape.get(1).unwrap_or(&0);
        let side = ((d / 3) as f64).sqrt().round() as usize;
        if first.shape.len() != 2
            || last.shape.len() != 2
            || side * side * 3 != d
            || last.shape[0] % 2 != 0
        {
            return Err(Error::checkpoint(
                "loading Pokemon VAE weights",
                format!("encoder.1.weight {:?} / encoder.9.weight {:?} do not describe 3xSxS inputs and a split latent", first.shape, last.shape),
            ));
        }
        Ok(VaeConfig {
            input_size: side,
            hidden: first.shape[0],
            latent: last.shape[0] / 2,
        })
    }

    /// Copy the weights in from `tensors` (a state_dict or a checkpoint, which may hold
    /// more), checking every name and shape.
    pub fn load_weights(&self, tensors: &[NamedTensor]) -> Result<()> {
        self.load_from(
            tensors,
            "loading Pokemon VAE weights",
            " (is this a Pokemon VAE state_dict with these sizes?)",
        )
    }

    /// Load a model from a state_dict (ours or the seed's PyTorch one as safetensors).
    pub fn from_state_dict(gpu: &Gpu, tensors: &[NamedTensor]) -> Result<PokemonVae> {
        let config = Self::config_of(tensors)?;
        let model = PokemonVae::new(gpu, config, 0)?;
        model.load_weights(tensors)?;
        Ok(model)
    }

    /// Decode latents given on the host (`[n, latent]`) to host images, CHW each.
    pub fn decode_host(&self, latents: &[Vec<f32>]) -> Result<Vec<Vec<f32>>> {
        let gpu = self.encoder[0].weight.value().gpu().clone();
        let l = self.config.latent;
        let flat: Vec<f32> = latents.iter().flatten().copied().collect();
        let z = Var::constant(Tensor::from_f32(&gpu, &flat, &[latents.len(), l])?);
        let out = crate::autograd::no_grad(|| self.decode(&z))?
            .value()
            .to_f32()?;
        Ok(out
            .chunks(self.config.pixels())
            .map(|c| c.to_vec())
            .collect())
    }

    /// mu of each host image (CHW), `[latent]` each.
    pub fn encode_mu_host(&self, images: &[Vec<f32>]) -> Result<Vec<Vec<f32>>> {
        let gpu = self.encoder[0].weight.value().gpu().clone();
        let flat: Vec<f32> = images.iter().flatten().copied().collect();
        let x = Var::constant(Tensor::from_f32(
            &gpu,
            &flat,
            &[images.len(), self.config.pixels()],
        )?);
        let (mu, _) = crate::autograd::no_grad(|| self.encode(&x))?;
        Ok(mu
            .value()
            .to_f32()?
            .chunks(self.config.latent)
            .map(|c| c.to_vec())
            .collect())
    }
}

/// The seed's state_dict names and order: `encoder.{1,3,5,7,9}`, `decoder.{0,2,4,6}`.
impl Module for PokemonVae {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        for (l, i) in self.encoder.iter().zip(ENCODER_INDICES) {
            l.visit(&join(prefix, &format!("encoder.{i}")), v);
        }
        for (l, i) in self.decoder.iter().zip(DECODER_INDICES) {
            l.visit(&join(prefix, &format!("decoder.{i}")), v);
        }
    }
}

/// The seed's schedule, set once per epoch: linear warmup from 0 (epoch 0 trains at lr 0, as
/// the original), then a half-cycle cosine from `lr` to `min_lr` over the remaining epochs.
pub fn learning_rate(epoch: usize, epochs: usize, lr: f64, min_lr: f64, warmup: usize) -> f64 {
    crate::optim::LrSchedule::WarmupCosine {
        lr,
        min_lr,
        warmup,
        epochs,
    }
    .at(epoch)
}

/// Spherical interpolation as the seed's vis3: angle from the unit vectors (with a 1e-8
/// guard), linear below 1e-4 rad, applied to the un-normalised vectors.
pub fn slerp(a: &[f32], b: &[f32], t: f32) -> Vec<f32> {
    let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt() + 1e-8;
    let (na, nb) = (norm(a), norm(b));
    let dot: f32 = a.iter().zip(b).map(|(x, y)| (x / na) * (y / nb)).sum();
    let theta = dot.clamp(-1.0, 1.0).acos();
    if theta < 1e-4 {
        return lerp(a, b, t);
    }
    let s = theta.sin();
    let (wa, wb) = (((1.0 - t) * theta).sin() / s, (t * theta).sin() / s);
    a.iter().zip(b).map(|(x, y)| wa * x + wb * y).collect()
}

/// Latents for a `steps`×`steps` grid between four corners (top-left, top-right, bottom-left,
/// bottom-right), row-major: top = f(TL, TR, b), bottom = f(BL, BR, b), value = f(top,
/// bottom, a) with a = row/(steps−1), b = column/(steps−1), f = lerp or slerp (vis2 / vis3).
pub fn corner_grid(corners: [&[f32]; 4], steps: usize, spherical: bool) -> Vec<Vec<f32>> {
    let f: fn(&[f32], &[f32], f32) -> Vec<f32> = if spherical { slerp } else { lerp };
    let last = steps.max(2) - 1;
    let mut out = Vec::with_capacity(steps * steps);
    for i in 0..steps {
        let a = i as f32 / last as f32;
        for j in 0..steps {
            let b = j as f32 / last as f32;
            out.push(f(
                &f(corners[0], corners[1], b),
                &f(corners[2], corners[3], b),
                a,
            ));
        }
    }
    out
}

/// `n` latents of size `latent` from N(0, 1), reproducible from `seed`.
pub fn normal_latents(n: usize, latent: usize, seed: u64) -> Vec<Vec<f32>> {
    let key = RngKey {
        seed,
        stream: 0,
        offset: 0,
    };
    key.normal_on_host(n * latent, 0.0, 1.0)
        .chunks(latent.max(1))
        .map(|c| c.iter().map(|&v| v as f32).collect())
        .collect()
}

/// Linear interpolation a + (b − a)·t, element by element.
pub fn lerp(a: &[f32], b: &[f32], t: f32) -> Vec<f32> {
    a.iter().zip(b).map(|(x, y)| x + (y - x) * t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_matches_the_seed() {
        assert_eq!(learning_rate(0, 10_000, 5e-4, 1e-7, 20), 0.0);
        assert!((learning_rate(10, 10_000, 5e-4, 1e-7, 20) - 2.5e-4).abs() < 1e-12);
        assert!((learning_rate(20, 10_000, 5e-4, 1e-7, 20) - 5e-4).abs() < 1e-12);
        let end = learning_rate(10_000, 10_000, 5e-4, 1e-7, 20);
        assert!((end - 1e-7).abs() < 1e-12);
    }

    #[test]
    fn slerp_keeps_endpoints_and_norm_of_orthogonal_unit_vectors() {
        let (a, b) = (vec![1.0, 0.0], vec![0.0, 1.0]);
        assert_eq!(slerp(&a, &b, 0.0), a);
        let mid = slerp(&a, &b, 0.5);
        assert!(
            (mid[0] - std::f32::consts::FRAC_1_SQRT_2).abs() < 1e-5
                && (mid[1] - mid[0]).abs() < 1e-6
        );
        assert_eq!(slerp(&a, &a, 0.3), a);
    }
}
