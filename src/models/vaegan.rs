//! The original project: ArminAzarian/RNN-with-Dynamic-Weight-Adaptation-Using-Generated-Video
//! on GitHub (seed 002).
//!
//! The VAE-GAN of seed 002 (as the original's model_definitions.py and training.py build it,
//! with the fixes that make it run: stride-2 decoder, critic fc2 64 → 64, Δ averaged over the
//! batch): a conv VAE "generator" fed real images, a WGAN-GP critic with a sigmoid output, and
//! a GRU that predicts an update of the generator's first conv layer from a synthetic video.
//! Names are the seed's three modules' state_dict keys.

use crate::autograd::{backward_with_graph, Var};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint::{restore, shape_of, NamedTensor};
use crate::kernels::conv::Padding;
use crate::kernels::elementwise::Broadcast;
use crate::nn::{join, Activation, Conv2d, ConvTranspose2d, Gru, Linear, Visitor};
use crate::nn::{Forward, Module};
use crate::ops::tensor::RngKey;

/// Sizes (the seed's constants by default: 128×128 RGB, 48 channels, latent 64, GRU 128 × 2,
/// 16 frames).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VaeGanConfig {
    /// Side of the square RGB images; a multiple of 8.
    pub image_size: usize,
    /// Channels of every conv in the trunk and the decoder.
    pub channels: usize,
    /// Latent size of the VAE (fc1, fc2).
    pub latent: usize,
    /// Hidden size of each GRU layer of the weight predictor.
    pub rnn_hidden: usize,
    /// Number of stacked GRU layers.
    pub rnn_layers: usize,
    /// Frames of a synthetic video.
    pub frames: usize,
}

impl Default for VaeGanConfig {
    fn default() -> Self {
        VaeGanConfig {
            image_size: 128,
            channels: 48,
            latent: 64,
            rnn_hidden: 128,
            rnn_layers: 2,
            frames: 16,
        }
    }
}

impl VaeGanConfig {
    /// Refuse sizes the models cannot be built with, naming them.
    pub fn validate(&self) -> Result<()> {
        let bad = |m: String| Err(Error::config("vaegan config", m));
        if self.image_size == 0 || !self.image_size.is_multiple_of(8) {
            return bad(format!(
                "image_size = {} must be a positive multiple of 8 (three 2x2 poolings, three 2x upsamplings)",
                self.image_size
            ));
        }
        if self.channels == 0 || self.latent == 0 || self.rnn_hidden == 0 || self.rnn_layers == 0 {
            return bad("channels, latent, rnn_hidden and rnn_layers must be positive".into());
        }
        if self.frames == 0 {
            return bad("frames must be positive".into());
        }
        Ok(())
    }

    /// The sizes a module's state_dict implies: `channels` from `enc1.weight` (`[c, 3, 3,
    /// 3]`), and, where present, `latent` and `image_size` from `fc1.weight` (`[latent or
    /// 64, c·(s/8)²]`, the VAE's or the critic's), or `image_size`, `rnn_hidden`,
    /// `rnn_layers` and `channels` from the weight predictor's `rnn.weight_ih_l{k}` and
    /// `fc.weight`. What the tensors do not say is taken from `settings`.
    pub fn from_state_dict(tensors: &[NamedTensor], settings: VaeGanConfig) -> Result<Self> {
        let what = "reading VAE-GAN sizes from a state_dict";
        let hint = " (expected a VAE, critic or weight predictor state_dict of seed 002)";
        let dims = |name: &str, rank: usize| shape_of(tensors, name, rank, what, hint);
        let has = |name: &str| tensors.iter().any(|t| t.name == name);
        let mut c = settings;
        let side_of = |area: usize, per: usize, name: &str| -> Result<usize> {
            let side = ((area / per.max(1)) as f64).sqrt().round() as usize;
            if side * side * per != area {
                return Err(Error::checkpoint(
                    what,
                    format!("'{name}' reads {area} features, not {per} × a square"),
                ));
            }
            Ok(side)
        };
        if has("enc1.weight") {
            c.channels = dims("enc1.weight", 4)?[0];
            let fc1 = dims("fc1.weight", 2)?;
            c.image_size = 8 * side_of(fc1[1], c.channels, "fc1.weight")?;
            // the critic's fc1 is flat → 64; the VAE's flat → latent (its fc2 is the same)
            if has("dec1.weight") {
                c.latent = fc1[0];
            }
        } else {
            let hh = dims("rnn.weight_hh_l0", 2)?;
            c.rnn_hidden = hh[1];
            c.rnn_layers = (0..)
                .take_while(|k| has(&format!("rnn.weight_ih_l{k}")))
                .count();
            let input = dims("rnn.weight_ih_l0", 2)?[1];
            c.image_size = side_of(input, 3, "rnn.weight_ih_l0")?;
            let update = dims("fc.weight", 2)?[0];
            if !update.is_multiple_of(28) {
                return Err(Error::checkpoint(
                    what,
                    format!("'fc.weight' predicts {update} values, not 28 × enc1's channels"),
                ));
            }
            c.channels = update / 28;
        }
        c.validate().map_err(|e| Error::checkpoint(what, e))?;
        Ok(c)
    }

    /// Features after the conv trunk: channels × (image_size / 8)².
    pub fn flat(&self) -> usize {
        self.channels * (self.image_size / 8).pow(2)
    }

    /// enc1's weight and bias: the size of the predicted update (1 344 for the seed).
    pub fn weight_update_size(&self) -> usize {
        self.channels * 3 * 9 + self.channels
    }

    /// The seed's WEIGHT_UPDATE_SIZE must be exactly enc1's parameter count (1344 = 1296
    /// weights + 48 biases at the original's sizes).
    pub fn check_weight_update_size(&self, requested: usize) -> Result<()> {
        let want = self.weight_update_size();
        if requested != want {
            return Err(Error::config(
                "vaegan config",
                format!(
                    "--weight-update-size {requested} does not match enc1: {} weights ({} x 3 x 3 x 3) + {} biases = {want}",
                    self.channels * 27,
                    self.channels,
                    self.channels
                ),
            ));
        }
        Ok(())
    }
}

fn key(seed: u64, stream: u32) -> RngKey {
    RngKey {
        seed,
        stream,
        offset: 0,
    }
}

/// conv3x3 "same" → ReLU → maxpool 2, three times: the trunk shared by the VAE encoder and the
/// critic.
pub struct Trunk {
    /// enc1, 3 → channels.
    pub enc1: Conv2d,
    /// enc2, channels → channels.
    pub enc2: Conv2d,
    /// enc3, channels → channels.
    pub enc3: Conv2d,
}

impl Trunk {
    fn new(gpu: &Gpu, c: usize, seed: u64, stream: u32) -> Result<Trunk> {
        let conv =
            |i, o, s| Conv2d::with_key(gpu, i, o, 3, 1, Padding::Symmetric(1), true, key(seed, s));
        Ok(Trunk {
            enc1: conv(3, c, stream)?,
            enc2: conv(c, c, stream + 2)?,
            enc3: conv(c, c, stream + 4)?,
        })
    }

    /// The trunk with enc1's weight and bias given (the "hyper" mode's W + Δ).
    fn forward_with(&self, x: &Var, w1: &Var, b1: &Var) -> Result<Var> {
        let p1 = Padding::Symmetric(1);
        let h = x
            .conv2d_act(w1, Some(b1), 1, p1, Activation::Relu)?
            .max_pool2d(2)?;
        let h = self.enc2.forward_act(&h, Activation::Relu)?.max_pool2d(2)?;
        let h = self.enc3.forward_act(&h, Activation::Relu)?.max_pool2d(2)?;
        let b = h.shape()[0];
        let flat = h.value().numel() / b.max(1);
        h.reshape(&[b, flat])
    }

    fn forward(&self, x: &Var) -> Result<Var> {
        let b1 = self.enc1.bias.as_ref().expect("enc1 has a bias");
        self.forward_with(x, &self.enc1.weight, b1)
    }
}

impl Module for Trunk {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        self.enc1.visit(&join(prefix, "enc1"), v);
        self.enc2.visit(&join(prefix, "enc2"), v);
        self.enc3.visit(&join(prefix, "enc3"), v);
    }
}

/// The generator: images in [0, 1] to reconstructions in (0, 1) (mu and log_var are returned
/// but, as in the seed, no loss uses them).
pub struct Vae {
    /// The sizes it was built with.
    pub config: VaeGanConfig,
    /// enc1..enc3, the encoder's conv trunk.
    pub trunk: Trunk,
    /// fc1, flat → latent: mu.
    pub fc1: Linear,
    /// fc2, flat → latent: log_var.
    pub fc2: Linear,
    /// fc3, latent → flat, the decoder's input.
    pub fc3: Linear,
    /// dec1, channels → channels, doubling the size.
    pub dec1: ConvTranspose2d,
    /// dec2, channels → channels, doubling the size.
    pub dec2: ConvTranspose2d,
    /// dec3, channels → 3, doubling the size (sigmoid output).
    pub dec3: ConvTranspose2d,
}

/// Outputs of one VAE forward pass.
pub struct VaeOutput {
    /// Reconstructions `[B, 3, s, s]` in (0, 1).
    pub image: Var,
    /// `[B, latent]`, after the seed's ReLU.
    pub mu: Var,
    /// `[B, latent]`, after the seed's ReLU.
    pub log_var: Var,
}

impl Vae {
    /// Fresh weights with PyTorch's default init, drawn from `seed`.
    pub fn new(gpu: &Gpu, config: VaeGanConfig, seed: u64) -> Result<Vae> {
        config.validate()?;
        let (c, l, flat) = (config.channels, config.latent, config.flat());
        // The fix: k3, stride 2, padding 1, output_padding 1 doubles the size (the seed's "same"
        // crashes and would not upsample).
        let up = |i, o, s| ConvTranspose2d::with_key(gpu, i, o, 3, 2, 1, 1, true, key(seed, s));
        Ok(Vae {
            trunk: Trunk::new(gpu, c, seed, 0)?,
            fc1: Linear::with_key(gpu, flat, l, true, key(seed, 10))?,
            fc2: Linear::with_key(gpu, flat, l, true, key(seed, 12))?,
            fc3: Linear::with_key(gpu, l, flat, true, key(seed, 14))?,
            dec1: up(c, c, 16)?,
            dec2: up(c, c, 18)?,
            dec3: up(c, 3, 20)?,
            config,
        })
    }

    /// A VAE with the sizes its state_dict implies ([`VaeGanConfig::from_state_dict`]; the
    /// weight predictor's sizes from `settings`), its weights loaded from `tensors`.
    pub fn from_state_dict(
        gpu: &Gpu,
        tensors: &[NamedTensor],
        settings: VaeGanConfig,
    ) -> Result<Vae> {
        let vae = Vae::new(gpu, VaeGanConfig::from_state_dict(tensors, settings)?, 0)?;
        vae.load_from(
            tensors,
            "loading VAE-GAN generator weights",
            " (a VAE state_dict?)",
        )?;
        Ok(vae)
    }

    /// Encode (ReLU on mu and on log_var, as the seed), sample z with noise `eps: [B, latent]`,
    /// decode. `enc1` overrides the first conv's (weight, bias).
    pub fn forward(&self, x: &Var, eps: &Tensor, enc1: Option<(&Var, &Var)>) -> Result<VaeOutput> {
        let h = match enc1 {
            Some((w, b)) => self.trunk.forward_with(x, w, b)?,
            None => self.trunk.forward(x)?,
        };
        let mu = self.fc1.forward_act(&h, Activation::Relu)?;
        let log_var = self.fc2.forward_act(&h, Activation::Relu)?;
        let z = mu.add(&Var::constant(eps.clone()).mul(&log_var.mul_scalar(0.5)?.exp()?)?)?;
        let (b, c, s) = (
            x.shape()[0],
            self.config.channels,
            self.config.image_size / 8,
        );
        let h = self
            .fc3
            .forward_act(&z, Activation::Relu)?
            .reshape(&[b, c, s, s])?;
        let h = self.dec1.forward_act(&h, Activation::Relu)?;
        let h = self.dec2.forward_act(&h, Activation::Relu)?;
        Ok(VaeOutput {
            image: self.dec3.forward_act(&h, Activation::Sigmoid)?,
            mu,
            log_var,
        })
    }
}

/// Names as the trunk's (`enc1`..`enc3`), then `fc1`..`fc3`, `dec1`..`dec3`.
impl Module for Vae {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        self.trunk.visit(prefix, v);
        for (name, l) in [("fc1", &self.fc1), ("fc2", &self.fc2), ("fc3", &self.fc3)] {
            l.visit(&join(prefix, name), v);
        }
        for (name, l) in [
            ("dec1", &self.dec1),
            ("dec2", &self.dec2),
            ("dec3", &self.dec3),
        ] {
            l.visit(&join(prefix, name), v);
        }
    }
}

/// The critic: the trunk, fc1 → ReLU → fc2 (64 → 64; the seed's 12,288 → 64 crashes) → ReLU →
/// fc3 → sigmoid.
pub struct Critic {
    /// enc1..enc3, the critic's own conv trunk.
    pub trunk: Trunk,
    /// fc1, flat → 64.
    pub fc1: Linear,
    /// fc2, 64 → 64.
    pub fc2: Linear,
    /// fc3, 64 → 1.
    pub fc3: Linear,
}

impl Critic {
    /// Fresh weights with PyTorch's default init, drawn from `seed`.
    pub fn new(gpu: &Gpu, config: &VaeGanConfig, seed: u64) -> Result<Critic> {
        config.validate()?;
        Ok(Critic {
            trunk: Trunk::new(gpu, config.channels, seed, 100)?,
            fc1: Linear::with_key(gpu, config.flat(), 64, true, key(seed, 110))?,
            fc2: Linear::with_key(gpu, 64, 64, true, key(seed, 112))?,
            fc3: Linear::with_key(gpu, 64, 1, true, key(seed, 114))?,
        })
    }

    /// A critic with the sizes its state_dict implies, its weights loaded from `tensors`.
    pub fn from_state_dict(gpu: &Gpu, tensors: &[NamedTensor]) -> Result<Critic> {
        let config = VaeGanConfig::from_state_dict(tensors, VaeGanConfig::default())?;
        let critic = Critic::new(gpu, &config, 0)?;
        critic.load_from(
            tensors,
            "loading VAE-GAN critic weights",
            " (a critic state_dict?)",
        )?;
        Ok(critic)
    }

    /// `[B, 3, s, s]` → `[B, 1]` in (0, 1).
    pub fn forward(&self, x: &Var) -> Result<Var> {
        let h = self
            .fc1
            .forward_act(&self.trunk.forward(x)?, Activation::Relu)?;
        let h = self.fc2.forward_act(&h, Activation::Relu)?;
        self.fc3.forward_act(&h, Activation::Sigmoid)
    }
}

impl Module for Critic {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        self.trunk.visit(prefix, v);
        for (name, l) in [("fc1", &self.fc1), ("fc2", &self.fc2), ("fc3", &self.fc3)] {
            l.visit(&join(prefix, name), v);
        }
    }
}

/// GRU over the frames (each flattened C·H·W), then a Linear on the last step: one update of
/// enc1 per sample.
pub struct WeightPredictor {
    /// `rnn.{weight_ih,weight_hh,bias_ih,bias_hh}_l{k}`
    pub rnn: Gru,
    /// fc, rnn_hidden → weight_update_size.
    pub fc: Linear,
    /// The GRU's hidden size (rnn_hidden).
    pub hidden: usize,
}

impl WeightPredictor {
    /// PyTorch's initialisation: every GRU tensor U(±1/√H), fc U(±1/√in), drawn from `seed`.
    pub fn new(gpu: &Gpu, config: &VaeGanConfig, seed: u64) -> Result<WeightPredictor> {
        config.validate()?;
        let (h, input) = (config.rnn_hidden, 3 * config.image_size * config.image_size);
        let bound = 1.0 / (h as f32).sqrt();
        let rnn = (0..config.rnn_layers)
            .map(|l| {
                let i = if l == 0 { input } else { h };
                let s = 200 + 4 * l as u32;
                let u = |shape: &[usize], k: u32| -> Result<Var> {
                    Ok(Var::param(Tensor::uniform(
                        gpu,
                        shape,
                        key(seed, s + k),
                        -bound,
                        bound,
                    )?))
                };
                Ok([
                    u(&[3 * h, i], 0)?,
                    u(&[3 * h, h], 1)?,
                    u(&[3 * h], 2)?,
                    u(&[3 * h], 3)?,
                ])
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(WeightPredictor {
            rnn: Gru::from_layers(rnn)?,
            fc: Linear::with_key(gpu, h, config.weight_update_size(), true, key(seed, 300))?,
            hidden: h,
        })
    }

    /// A weight predictor with the sizes its state_dict implies, its weights loaded from
    /// `tensors`.
    pub fn from_state_dict(gpu: &Gpu, tensors: &[NamedTensor]) -> Result<WeightPredictor> {
        let config = VaeGanConfig::from_state_dict(tensors, VaeGanConfig::default())?;
        let rnn = WeightPredictor::new(gpu, &config, 0)?;
        rnn.load_from(
            tensors,
            "loading VAE-GAN weight predictor weights",
            " (a weight predictor state_dict?)",
        )?;
        Ok(rnn)
    }

    /// `video: [B, T, F]` → Δ `[B, weight_update_size]`.
    pub fn forward(&self, video: &Var) -> Result<Var> {
        let (b, t) = (video.shape()[0], video.shape()[1]);
        let x = self.rnn.output(video)?;
        let last = x.narrow(1, t - 1, 1)?.reshape(&[b, self.hidden])?;
        self.fc.forward(&last)
    }
}

impl Module for WeightPredictor {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        self.rnn.visit(&join(prefix, "rnn"), v);
        self.fc.visit(&join(prefix, "fc"), v);
    }
}

/// frame t = clamp(image + N(0, 1)·0.01·t, 0, 1) for t < frames (the seed's
/// create_synthetic_video), as `[B, T, C·H·W]`;
/// the noise is counter-based on `key`.
pub fn synthetic_video(image: &Tensor, frames: usize, key: RngKey) -> Result<Tensor> {
    let gpu = image.gpu();
    let b = image.shape()[0];
    let f = image.numel() / b.max(1);
    let noise = Tensor::normal(gpu, &[b, frames, f], key, 0.0, 1.0)?;
    let steps: Vec<f32> = (0..frames).map(|t| 0.01 * t as f32).collect();
    let scale = Var::constant(Tensor::from_f32(gpu, &steps, &[frames])?).broadcast_to(
        Broadcast {
            len: frames,
            inner: f,
        },
        &[b, frames, f],
    )?;
    let img = Var::constant(image.expand_axis(b, frames, f, &[b, frames, f])?);
    Ok(img
        .add(&Var::constant(noise).mul(&scale)?)?
        .clamp(0.0, 1.0)?
        .value()
        .clone())
}

/// The seed's WGAN-GP terms for critic `d`: W = mean D(real) − mean D(fake) and
/// GP = mean_b (‖∂ΣD(x̂)/∂x̂_b‖ − 1)² with x̂ = α·real + (1 − α)·fake, α per sample. The
/// penalty's gradient is a real second derivative (backward_with_graph), so it reaches D's
/// parameters and, through x̂, whatever `fake` depends on.
pub fn wgan_terms(d: &Critic, real: &Var, fake: &Var, alpha: &Tensor) -> Result<(Var, Var)> {
    let w = d.forward(real)?.mean()?.sub(&d.forward(fake)?.mean()?)?;
    let shape = real.shape().to_vec();
    let b = shape[0];
    let per = real.value().numel() / b.max(1);
    let a = Var::constant(alpha.clone()).broadcast_to(Broadcast { len: b, inner: per }, &shape)?;
    let one_minus = a.neg()?.add_scalar(1.0)?;
    let xhat = a.mul(real)?.add(&one_minus.mul(fake)?)?;
    // x̂ must be differentiable even when fake is detached (x̂ = α·real + ... is then a constant)
    let xhat = if xhat.requires_grad() {
        xhat
    } else {
        Var::param(xhat.value().clone())
    };
    let score = d.forward(&xhat)?.sum()?;
    let g = backward_with_graph(&score, &[&xhat])?
        .pop()
        .flatten()
        .ok_or_else(|| Error::Autograd("the critic does not depend on its input".into()))?;
    let gp = g
        .reshape(&[b, per])?
        .norm_axis(1)?
        .add_scalar(-1.0)?
        .square()?
        .mean()?;
    Ok((w, gp))
}

/// Parameters of a module as host tensors, prefixed by its name in the checkpoint.
pub fn state(prefix: &str, params: &[(String, Var)]) -> Result<Vec<NamedTensor>> {
    params
        .iter()
        .map(|(n, v)| NamedTensor::read(format!("{prefix}{n}"), v.value()))
        .collect()
}

/// Copy a module's parameters in (name and shape checked).
pub fn load_state(
    prefix: &str,
    params: &[(String, Var)],
    tensors: &[NamedTensor],
    what: &str,
) -> Result<()> {
    for (n, v) in params {
        restore(
            tensors,
            &format!("{prefix}{n}"),
            v.value(),
            what,
            " (is this a VAE-GAN checkpoint with this config?)",
        )?;
    }
    Ok(())
}
