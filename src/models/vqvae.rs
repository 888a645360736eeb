//! The original project: GeekDad2016/CFTN on GitHub (seed 001, its Naruto VQ-VAE).
//!
//! VQVAEv2 with the EMA vector quantiser (as the original's model/vqvae_v2.py and
//! model/quantizer_v2.py build it, with train_vqvae's loss): a conv encoder to a
//! 32×32 grid of 256-d vectors, nearest-code quantisation with a straight-through gradient,
//! an EMA-updated codebook, and a conv-transpose decoder. Names are the seed's state_dict keys.

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint::{shape_of, NamedTensor};
use crate::kernels::conv::Padding;
use crate::nn::{join, Forward, Module, Visitor};
use crate::nn::{Activation, Conv2d, ConvTranspose2d};
use crate::ops::tensor::EmaState;
use crate::ops::tensor::RngKey;

/// `config/vqvae_naruto.yaml`'s model_params (the original's Naruto config).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VqVaeConfig {
    /// Side of the square RGB images; a multiple of 4.
    pub image_size: usize,
    /// Channels of the encoder's second conv and of the decoder (the first conv has half).
    pub num_hiddens: usize,
    /// Stride-2 convs in the encoder; only 2 is supported.
    pub num_downsampling_layers: usize,
    /// Stride-2 transposed convs in the decoder; only 2 is supported.
    pub num_upsampling_layers: usize,
    /// Residual blocks in each of the encoder's and the decoder's stacks.
    pub num_residual_layers: usize,
    /// Channels inside a residual block (its 3x3 conv's output).
    pub num_residual_hiddens: usize,
    /// Codebook size.
    pub num_embeddings: usize,
    /// Width of a code vector, and the encoder's output channels.
    pub embedding_dim: usize,
    /// Weight of the commitment loss.
    pub commitment_cost: f64,
    /// EMA decay of the cluster sizes and code sums, in [0, 1).
    pub decay: f64,
    /// Laplace smoothing of the EMA cluster sizes.
    #[serde(default = "default_epsilon")]
    pub epsilon: f64,
    /// Start the EMA cluster sizes at 1 instead of 0, so codes unused in the first batch are
    /// not blown up to ~1e5× their initial vectors (the original's cold start, after which the
    /// codebook sits at one code for the first epochs). A config without the key gets the fix;
    /// `Default` (the original's model, as the parity tests build it) does not.
    #[serde(default = "fix_cold_start_in_configs")]
    pub fix_cold_start: bool,
}

fn default_epsilon() -> f64 {
    1e-5
}

fn fix_cold_start_in_configs() -> bool {
    true
}

impl Default for VqVaeConfig {
    fn default() -> Self {
        VqVaeConfig {
            image_size: 128,
            num_hiddens: 128,
            num_downsampling_layers: 2,
            num_upsampling_layers: 2,
            num_residual_layers: 4,
            num_residual_hiddens: 32,
            num_embeddings: 4096,
            embedding_dim: 256,
            commitment_cost: 0.25,
            decay: 0.99,
            epsilon: 1e-5,
            fix_cold_start: false,
        }
    }
}

impl VqVaeConfig {
    /// Refuse what the architecture cannot build, naming the value.
    pub fn validate(&self) -> Result<()> {
        use crate::error::check_number;
        let what = "vqvae config [model_params]";
        check_number(
            what,
            "commitment_cost",
            self.commitment_cost,
            0.0,
            f64::INFINITY,
            false,
        )?;
        check_number(what, "decay", self.decay, 0.0, 1.0, false)?;
        check_number(what, "epsilon", self.epsilon, 0.0, f64::INFINITY, true)?;
        let bad = |m: String| Err(Error::config("vqvae config", m));
        if self.num_downsampling_layers != 2 || self.num_upsampling_layers != 2 {
            return bad(format!(
                "num_downsampling_layers = {} and num_upsampling_layers = {}: VQVAEv2 is only defined for 2 (the original's encoder loop breaks beyond 2)",
                self.num_downsampling_layers, self.num_upsampling_layers
            ));
        }
        if self.image_size == 0 || !self.image_size.is_multiple_of(4) {
            return bad(format!(
                "image_size = {} must be a positive multiple of 4 (two stride-2 downsamplings)",
                self.image_size
            ));
        }
        if self.num_hiddens < 2 || !self.num_hiddens.is_multiple_of(2) {
            return bad(format!(
                "num_hiddens = {} must be even (the first conv has num_hiddens / 2 channels)",
                self.num_hiddens
            ));
        }
        if self.num_embeddings == 0 || self.embedding_dim == 0 || self.num_residual_hiddens == 0 {
            return bad(
                "num_embeddings, embedding_dim and num_residual_hiddens must be positive".into(),
            );
        }
        if !(0.0..1.0).contains(&self.decay) {
            return bad(format!("decay = {} must be in [0, 1)", self.decay));
        }
        Ok(())
    }

    /// Side of the code grid (image_size / 4).
    pub fn grid(&self) -> usize {
        self.image_size / 4
    }
}

/// relu(x) + conv1x1(relu(conv3x3(relu(x)))): the seed's block with its in-place ReLU, whose
/// skip path therefore carries relu(x), as in the original.
pub struct ResidualBlock {
    /// block.1, the 3x3 conv, channels → num_residual_hiddens, no bias.
    pub conv3: Conv2d,
    /// block.3, the 1x1 conv, num_residual_hiddens → channels, no bias.
    pub conv1: Conv2d,
}

/// Residual blocks followed by a ReLU.
pub struct ResidualStack {
    /// layers.{i}
    pub blocks: Vec<ResidualBlock>,
}

impl ResidualStack {
    fn new(
        gpu: &Gpu,
        channels: usize,
        hidden: usize,
        layers: usize,
        seed: u64,
        stream: u32,
    ) -> Result<ResidualStack> {
        let key = |s: u32| RngKey {
            seed,
            stream: stream + s,
            offset: 0,
        };
        let blocks = (0..layers as u32)
            .map(|i| {
                Ok(ResidualBlock {
                    conv3: Conv2d::with_key(
                        gpu,
                        channels,
                        hidden,
                        3,
                        1,
                        Padding::Symmetric(1),
                        false,
                        key(4 * i),
                    )?,
                    conv1: Conv2d::with_key(
                        gpu,
                        hidden,
                        channels,
                        1,
                        1,
                        Padding::Symmetric(0),
                        false,
                        key(4 * i + 2),
                    )?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(ResidualStack { blocks })
    }

    /// The blocks, then a final ReLU.
    fn forward(&self, x: &Var) -> Result<Var> {
        let mut h = x.clone();
        for b in &self.blocks {
            let r = h.relu()?;
            h = r.add(
                &b.conv1
                    .forward(&b.conv3.forward_act(&r, Activation::Relu)?)?,
            )?;
        }
        h.relu()
    }
}

/// `layers.{i}.block.1` (the 3x3 conv) and `layers.{i}.block.3` (the 1x1 conv).
impl Module for ResidualStack {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        for (i, b) in self.blocks.iter().enumerate() {
            b.conv3
                .visit(&join(prefix, &format!("layers.{i}.block.1")), v);
            b.conv1
                .visit(&join(prefix, &format!("layers.{i}.block.3")), v);
        }
    }
}

/// Codebook and EMA buffers (`vq.embedding.weight`, `vq.ema_w`, `vq.ema_cluster_size`). The
/// codebook is not a gradient parameter: only the EMA updates it.
pub struct Quantizer {
    /// vq.embedding.weight, `[num_embeddings, embedding_dim]`.
    pub codebook: Tensor,
    /// vq.ema_w, the EMA of the per-code sums of encoder outputs,
    /// `[num_embeddings, embedding_dim]`.
    pub ema_w: Tensor,
    /// vq.ema_cluster_size, the smoothed EMA of per-code counts, `[num_embeddings]`.
    pub cluster_size: Tensor,
}

/// The seed's VQVAEv2: encoder, EMA vector quantiser and decoder.
pub struct VqVae {
    /// The sizes it was built with.
    pub config: VqVaeConfig,
    /// encoder.layers.0, 3 → num_hiddens/2, 4x4 stride 2.
    pub enc0: Conv2d,
    /// encoder.layers.2, num_hiddens/2 → num_hiddens, 4x4 stride 2.
    pub enc2: Conv2d,
    /// encoder.layers.4, num_hiddens → embedding_dim, 3x3.
    pub enc4: Conv2d,
    /// encoder.layers.5, the encoder's residual stack over embedding_dim channels.
    pub enc_res: ResidualStack,
    /// The codebook and its EMA buffers (vq.*).
    pub vq: Quantizer,
    /// decoder.layers.0, embedding_dim → num_hiddens, 3x3.
    pub dec0: Conv2d,
    /// decoder.layers.1, the decoder's residual stack over num_hiddens channels.
    pub dec_res: ResidualStack,
    /// decoder.layers.2, num_hiddens → num_hiddens/2, 4x4 stride 2.
    pub dec2: ConvTranspose2d,
    /// decoder.layers.4, num_hiddens/2 → 3, 4x4 stride 2 (tanh output).
    pub dec4: ConvTranspose2d,
}

/// What a forward pass gives.
pub struct VqOutput {
    /// Reconstruction in (-1, 1), `[b, 3, s, s]`.
    pub recon: Var,
    /// commitment_cost · mean((stopgrad(q) − z)²)
    pub vq_loss: Var,
    /// Code indices, u32 `[b, g, g]` in raster order.
    pub indices: Tensor,
    /// Batch perplexity `[1]` (training forward only).
    pub perplexity: Option<Tensor>,
}

impl VqVae {
    /// Fresh weights with PyTorch's default init and an N(0, 1) codebook, drawn from `seed`.
    pub fn new(gpu: &Gpu, config: VqVaeConfig, seed: u64) -> Result<VqVae> {
        config.validate()?;
        let (nh, d, rh, l) = (
            config.num_hiddens,
            config.embedding_dim,
            config.num_residual_hiddens,
            config.num_residual_layers,
        );
        let key = |s: u32| RngKey {
            seed,
            stream: s,
            offset: 0,
        };
        let p1 = Padding::Symmetric(1);
        let k = config.num_embeddings;
        let codebook = Tensor::normal(gpu, &[k, d], key(500), 0.0, 1.0)?;
        let ema_w = gpu.duplicate(&codebook)?;
        let cluster_size = Tensor::full(gpu, &[k], if config.fix_cold_start { 1.0 } else { 0.0 })?;
        Ok(VqVae {
            enc0: Conv2d::with_key(gpu, 3, nh / 2, 4, 2, p1, true, key(0))?,
            enc2: Conv2d::with_key(gpu, nh / 2, nh, 4, 2, p1, true, key(2))?,
            enc4: Conv2d::with_key(gpu, nh, d, 3, 1, p1, true, key(4))?,
            enc_res: ResidualStack::new(gpu, d, rh, l, seed, 100)?,
            vq: Quantizer {
                codebook,
                ema_w,
                cluster_size,
            },
            dec0: Conv2d::with_key(gpu, d, nh, 3, 1, p1, true, key(6))?,
            dec_res: ResidualStack::new(gpu, nh, rh, l, seed, 200)?,
            dec2: ConvTranspose2d::with_key(gpu, nh, nh / 2, 4, 2, 1, 0, true, key(8))?,
            dec4: ConvTranspose2d::with_key(gpu, nh / 2, 3, 4, 2, 1, 0, true, key(10))?,
            config,
        })
    }

    /// Images in [-1, 1] `[b, 3, s, s]` to z `[b, d, g, g]` (non-negative: the stack ends in ReLU).
    pub fn encode(&self, x: &Var) -> Result<Var> {
        let h = self.enc0.forward_act(x, Activation::Relu)?;
        let h = self.enc2.forward_act(&h, Activation::Relu)?;
        self.enc_res.forward(&self.enc4.forward(&h)?)
    }

    /// Quantised latents `[b, d, g, g]` to images.
    pub fn decode(&self, q: &Var) -> Result<Var> {
        let h = self.dec_res.forward(&self.dec0.forward(q)?)?;
        let h = self.dec2.forward_act(&h, Activation::Relu)?;
        self.dec4.forward_act(&h, Activation::Tanh)
    }

    /// Code rows for an index map `[b, g, g]` (u32), as latents `[b, d, g, g]`.
    pub fn latents_of(&self, indices: &Tensor) -> Result<Var> {
        let s = indices.shape();
        let (b, hw) = (s[0], s[1..].iter().product::<usize>());
        let g = (hw as f64).sqrt() as usize;
        let rows = self.vq.codebook.gather_rows(indices)?; // [b·hw, d]
        Var::constant(rows.reshape(&[b, hw, self.config.embedding_dim])?)
            .transpose_last2()?
            .reshape(&[b, self.config.embedding_dim, g, g])
    }

    /// Encode, quantise (updating the EMA codebook when `train`), decode. For inference call it
    /// with `train = false` inside [`crate::autograd::no_grad`] (nothing recorded).
    pub fn forward(&self, x: &Var, train: bool) -> Result<VqOutput> {
        let z = self.encode(x)?;
        let (b, d, g) = (z.shape()[0], z.shape()[1], z.shape()[2]);
        // NCHW → rows of d: X [b·g·g, d]
        let flat = z
            .reshape(&[b, d, g * g])?
            .transpose_last2()?
            .reshape(&[b * g * g, d])?;
        let indices = flat.value().nearest_code(&self.vq.codebook)?;
        // quantized = E·codebook, taken before the EMA update, as the seed does.
        let q = Var::constant(self.vq.codebook.gather_rows(&indices)?);
        let perplexity = if train {
            let s = EmaState {
                cluster_size: &self.vq.cluster_size,
                ema_w: &self.vq.ema_w,
                codebook: &self.vq.codebook,
            };
            Some(s.update(
                flat.value(),
                &indices,
                self.config.decay,
                self.config.epsilon,
            )?)
        } else {
            None
        };
        let vq_loss = q
            .sub(&flat)?
            .square()?
            .mean()?
            .mul_scalar(self.config.commitment_cost as f32)?;
        // straight-through: value q, gradient of the identity into z
        let st = flat.add(&q.sub(&flat)?.detach())?;
        let qz = st
            .reshape(&[b, g * g, d])?
            .transpose_last2()?
            .reshape(&[b, d, g, g])?;
        Ok(VqOutput {
            recon: self.decode(&qz)?,
            vq_loss,
            indices: indices.reshape(&[b, g, g])?,
            perplexity,
        })
    }

    /// A VQ-VAE built from a state_dict alone (ours or the original's): the architecture
    /// (num_hiddens, num_residual_layers, num_residual_hiddens, num_embeddings, embedding_dim)
    /// is read from the tensors' shapes; what weights cannot say (image_size, the EMA's decay
    /// and epsilon, the commitment cost) comes from `settings`. A missing or inconsistent
    /// tensor is named.
    pub fn from_state_dict(
        gpu: &Gpu,
        tensors: &[NamedTensor],
        settings: VqVaeConfig,
    ) -> Result<VqVae> {
        let what = "reading a VQ-VAE's sizes from its weights";
        let dims = |name: &str, rank: usize| -> Result<&[usize]> {
            shape_of(
                tensors,
                name,
                rank,
                what,
                " (is this a VQVAEv2 state_dict?)",
            )
        };
        let num_hiddens = dims("encoder.layers.2.weight", 4)?[0];
        let embedding_dim = dims("encoder.layers.4.weight", 4)?[0];
        let codebook = dims("vq.embedding.weight", 2)?;
        let num_residual_hiddens = dims("encoder.layers.5.layers.0.block.1.weight", 4)?[0];
        let num_residual_layers = (0..)
            .take_while(|i| {
                let name = format!("encoder.layers.5.layers.{i}.block.1.weight");
                tensors.iter().any(|t| t.name == name)
            })
            .count();
        if codebook[1] != embedding_dim {
            return Err(Error::checkpoint(
                what,
                format!(
                    "the codebook holds {}-wide codes but the encoder gives {embedding_dim} \
                     channels",
                    codebook[1]
                ),
            ));
        }
        let config = VqVaeConfig {
            num_hiddens,
            num_residual_layers,
            num_residual_hiddens,
            num_embeddings: codebook[0],
            embedding_dim,
            ..settings
        };
        let model = VqVae::new(gpu, config, 0)?;
        model.load_weights(tensors)?;
        Ok(model)
    }

    /// Copy weights and EMA buffers in from `tensors` (a state_dict or a checkpoint, which may
    /// hold more), checking every name and shape.
    pub fn load_weights(&self, tensors: &[NamedTensor]) -> Result<()> {
        self.load_from(
            tensors,
            "loading VQ-VAE weights",
            " (is this a checkpoint of VQVAEv2 with this config?)",
        )
    }
}

/// The seed's state_dict: the convolutions as gradient-trained parameters, the codebook and
/// its EMA sums as buffers (only the EMA updates them).
impl Module for VqVae {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        let at = |name: &str| join(prefix, name);
        self.enc0.visit(&at("encoder.layers.0"), v);
        self.enc2.visit(&at("encoder.layers.2"), v);
        self.enc4.visit(&at("encoder.layers.4"), v);
        self.enc_res.visit(&at("encoder.layers.5"), v);
        self.dec0.visit(&at("decoder.layers.0"), v);
        self.dec_res.visit(&at("decoder.layers.1"), v);
        self.dec2.visit(&at("decoder.layers.2"), v);
        self.dec4.visit(&at("decoder.layers.4"), v);
        v.buffer(&at("vq.ema_cluster_size"), &self.vq.cluster_size);
        v.buffer(&at("vq.ema_w"), &self.vq.ema_w);
        v.buffer(&at("vq.embedding.weight"), &self.vq.codebook);
    }
}
