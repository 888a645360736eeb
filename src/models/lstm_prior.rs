//! The original project: GeekDad2016/CFTN on GitHub (seed 000, its LSTM prior over VQ codes).
//!
//! VQVAELSTM, the autoregressive prior over VQ-VAE code maps (as the original's
//! tools/train_lstm.py builds it): an embedding of codes + START + PAD, a stacked LSTM, and a
//! two-layer head on the last time step. Names are the seed's `model_state_dict` keys.

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::checkpoint::{shape_of, NamedTensor};
use crate::nn::{join, Linear, Lstm, Visitor};
use crate::nn::{Forward, Module};
use crate::ops::tensor::RngKey;

/// The prior's architecture: the sizes its weights are made of (the training settings are in
/// [`LstmParams`], the config file's section that holds both).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LstmPriorConfig {
    /// Width of a code embedding (word_embedding).
    pub embedding_dim: usize,
    /// Hidden size of each LSTM layer.
    pub hidden_size: usize,
    /// Number of stacked LSTM layers.
    pub num_layers: usize,
    /// Width of the head's hidden layer (fc.0).
    pub fc_hidden: usize,
}

impl Default for LstmPriorConfig {
    fn default() -> Self {
        LstmParams::default().model()
    }
}

impl LstmPriorConfig {
    /// Refuse sizes a prior cannot be built with, naming them.
    pub fn validate(&self) -> Result<()> {
        if self.embedding_dim == 0
            || self.hidden_size == 0
            || self.num_layers == 0
            || self.fc_hidden == 0
        {
            return Err(Error::config(
                "lstm_params",
                format!(
                    "embedding_dim = {}, hidden_size = {}, num_layers = {}, fc_hidden = {} must \
                     all be positive",
                    self.embedding_dim, self.hidden_size, self.num_layers, self.fc_hidden
                ),
            ));
        }
        Ok(())
    }
}

/// `lstm_params` of the config: the prior's architecture ([`LstmParams::model`]) and its
/// training and sampling settings, with the values the seed hard-codes as defaults.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LstmParams {
    /// Width of a code embedding (word_embedding).
    pub embedding_dim: usize,
    /// Hidden size of each LSTM layer.
    pub hidden_size: usize,
    /// Passes over the training pairs.
    pub epochs: usize,
    /// Number of stacked LSTM layers.
    #[serde(default = "defaults::num_layers")]
    pub num_layers: usize,
    /// Width of the head's hidden layer (fc.0).
    #[serde(default = "defaults::fc_hidden")]
    pub fc_hidden: usize,
    /// Context window of the training pairs and of `generate` (right-padded when shorter).
    #[serde(default = "defaults::window")]
    pub window: usize,
    /// Share of the encoded images kept for training (the seed keeps each with p = 0.1).
    #[serde(default = "defaults::keep_ratio")]
    pub keep_ratio: f64,
    /// Adam's learning rate, constant over training.
    #[serde(default = "defaults::lr")]
    pub lr: f64,
    /// Sample grid every this many epochs (epoch 0 included).
    #[serde(default = "defaults::sample_every")]
    pub sample_every: usize,
    /// Code maps sampled for each grid.
    #[serde(default = "defaults::sample_count")]
    pub sample_count: usize,
    /// The training-time sampler's window and temperature (the seed: 32 and 1, unlike its
    /// generator's 128 and 0.8).
    #[serde(default = "defaults::sample_window")]
    pub sample_window: usize,
    /// Softmax temperature of the training-time sampler.
    #[serde(default = "defaults::sample_temperature")]
    pub sample_temperature: f64,
    /// File name of the checkpoint in the task directory.
    #[serde(default = "defaults::ckpt_name")]
    pub ckpt_name: String,
}

mod defaults {
    pub fn num_layers() -> usize {
        4
    }
    pub fn fc_hidden() -> usize {
        128
    }
    pub fn window() -> usize {
        128
    }
    pub fn keep_ratio() -> f64 {
        0.1
    }
    pub fn lr() -> f64 {
        1e-3
    }
    pub fn sample_every() -> usize {
        20
    }
    pub fn sample_count() -> usize {
        16
    }
    pub fn sample_window() -> usize {
        32
    }
    pub fn sample_temperature() -> f64 {
        1.0
    }
    pub fn ckpt_name() -> String {
        "best_lstm.safetensors".into()
    }
}

impl Default for LstmParams {
    fn default() -> Self {
        LstmParams {
            embedding_dim: 256,
            hidden_size: 512,
            epochs: 100,
            num_layers: defaults::num_layers(),
            fc_hidden: defaults::fc_hidden(),
            window: defaults::window(),
            keep_ratio: defaults::keep_ratio(),
            lr: defaults::lr(),
            sample_every: defaults::sample_every(),
            sample_count: defaults::sample_count(),
            sample_window: defaults::sample_window(),
            sample_temperature: defaults::sample_temperature(),
            ckpt_name: defaults::ckpt_name(),
        }
    }
}

impl LstmParams {
    /// The architecture part.
    pub fn model(&self) -> LstmPriorConfig {
        LstmPriorConfig {
            embedding_dim: self.embedding_dim,
            hidden_size: self.hidden_size,
            num_layers: self.num_layers,
            fc_hidden: self.fc_hidden,
        }
    }

    /// Refuse values the model, the training or the sampler cannot use, naming them.
    pub fn validate(&self) -> Result<()> {
        crate::error::check_learning_rate("lstm_params", "lr", self.lr)?;
        self.model().validate()?;
        let bad = |m: String| Err(Error::config("lstm_params", m));
        if self.window == 0 || self.sample_window == 0 {
            return bad("window and sample_window must be positive".into());
        }
        if !(self.keep_ratio > 0.0 && self.keep_ratio <= 1.0) {
            return bad(format!(
                "keep_ratio = {} must be in (0, 1]",
                self.keep_ratio
            ));
        }
        if self.sample_temperature.is_nan() || self.sample_temperature <= 0.0 {
            return bad(format!(
                "sample_temperature = {} must be positive",
                self.sample_temperature
            ));
        }
        Ok(())
    }
}

/// A context window the prior can use over code maps of `codes` codes (the VQ-VAE's grid²): at
/// most `codes`, since no sequence holds more tokens of context (START and the codes before
/// the last). A longer window is only padding that costs a step per token: `--window 100000`
/// ran for hours before anything was said.
pub fn check_window(what: &str, name: &str, window: usize, codes: usize) -> Result<()> {
    if window == 0 || window > codes {
        return Err(Error::config(
            what,
            format!(
                "{name} = {window} must be in 1..={codes}: a code map holds {codes} codes, so no \
                 context is longer (the seed's window is 128)"
            ),
        ));
    }
    Ok(())
}

/// The LSTM prior: code embedding, stacked LSTM and two-layer head.
pub struct LstmPrior {
    /// codes + START + PAD
    pub vocab: usize,
    /// Codebook size of the VQ-VAE, the number of classes predicted.
    pub codes: usize,
    /// The sizes it was built with.
    pub config: LstmPriorConfig,
    /// `word_embedding.weight`, `[vocab, embedding_dim]`.
    pub word_embedding: Var,
    /// `rnn.{weight_ih,weight_hh,bias_ih,bias_hh}_l{k}`
    pub rnn: Lstm,
    /// fc.0, hidden_size → fc_hidden.
    pub fc0: Linear,
    /// fc.2, fc_hidden → codes.
    pub fc2: Linear,
}

impl LstmPrior {
    /// PyTorch's initialisation: embedding N(0, 1), every LSTM tensor U(±1/√H), Linear layers
    /// U(±1/√in). `codes` is the VQ-VAE's codebook size; START = codes, PAD = codes + 1.
    pub fn new(gpu: &Gpu, codes: usize, config: LstmPriorConfig, seed: u64) -> Result<LstmPrior> {
        config.validate()?;
        let key = |s: u32| RngKey {
            seed,
            stream: s,
            offset: 0,
        };
        let (e, h) = (config.embedding_dim, config.hidden_size);
        let vocab = codes + 2;
        let word_embedding = Var::param(Tensor::normal(gpu, &[vocab, e], key(0), 0.0, 1.0)?);
        let bound = 1.0 / (h as f32).sqrt();
        let u = |shape: &[usize], s: u32| -> Result<Var> {
            Ok(Var::param(Tensor::uniform(
                gpu,
                shape,
                key(s),
                -bound,
                bound,
            )?))
        };
        let rnn = (0..config.num_layers)
            .map(|l| {
                let s = 10 + 4 * l as u32;
                let input = if l == 0 { e } else { h };
                Ok([
                    u(&[4 * h, input], s)?,
                    u(&[4 * h, h], s + 1)?,
                    u(&[4 * h], s + 2)?,
                    u(&[4 * h], s + 3)?,
                ])
            })
            .collect::<Result<Vec<_>>>()?;
        let rnn = Lstm::from_layers(rnn)?;
        Ok(LstmPrior {
            vocab,
            codes,
            fc0: Linear::with_key(gpu, h, config.fc_hidden, true, key(1000))?,
            fc2: Linear::with_key(gpu, config.fc_hidden, codes, true, key(1002))?,
            config,
            word_embedding,
            rnn,
        })
    }

    /// The START token, `codes`.
    pub fn start_token(&self) -> u32 {
        self.codes as u32
    }

    /// The PAD token, `codes + 1`.
    pub fn pad_token(&self) -> u32 {
        self.codes as u32 + 1
    }

    /// Token windows (u32 `[b, w]`) to next-code logits `[b, codes]`: embed, run the stack,
    /// keep the last time step, fc.0 → ReLU → fc.2. For sampling, call it inside
    /// [`crate::autograd::no_grad`] (nothing recorded; `train::lstm_prior::sample_codes` does).
    pub fn forward(&self, ids: &Tensor) -> Result<Var> {
        let (b, w) = match ids.shape() {
            [b, w] if *w > 0 => (*b, *w),
            s => {
                return Err(Error::shape(
                    "lstm prior",
                    format!("token windows {s:?} are not [batch, window]"),
                ))
            }
        };
        let x = self.rnn.output(&self.word_embedding.embedding(ids)?)?;
        let h = self.config.hidden_size;
        let last = x.narrow(1, w - 1, 1)?.reshape(&[b, h])?;
        self.fc2.forward(&self.fc0.forward(&last)?.relu()?)
    }

    /// A prior built from a state_dict alone (ours or the original's `model_state_dict`): the
    /// codebook size and the architecture (embedding_dim, hidden_size, num_layers, fc_hidden)
    /// are read from the tensors' shapes (as [`LstmPrior::config`]); a missing or inconsistent
    /// tensor is named.
    pub fn from_state_dict(gpu: &Gpu, tensors: &[NamedTensor]) -> Result<LstmPrior> {
        let what = "reading an LSTM prior's sizes from its weights";
        let two = |name: &str| -> Result<(usize, usize)> {
            let s = shape_of(
                tensors,
                name,
                2,
                what,
                " (is this an LSTM prior's state_dict?)",
            )?;
            Ok((s[0], s[1]))
        };
        let (vocab, embedding_dim) = two("word_embedding.weight")?;
        let (_, hidden_size) = two("rnn.weight_hh_l0")?;
        let (fc_hidden, _) = two("fc.0.weight")?;
        let (codes, _) = two("fc.2.weight")?;
        let num_layers = (0..)
            .take_while(|l| {
                tensors
                    .iter()
                    .any(|t| t.name == format!("rnn.weight_ih_l{l}"))
            })
            .count();
        if vocab != codes + 2 {
            return Err(Error::checkpoint(
                what,
                format!(
                    "word_embedding.weight has {vocab} rows but fc.2 predicts {codes} codes; the \
                     prior embeds every code, START and PAD ({} rows)",
                    codes + 2
                ),
            ));
        }
        let config = LstmPriorConfig {
            embedding_dim,
            hidden_size,
            num_layers,
            fc_hidden,
        };
        let model = LstmPrior::new(gpu, codes, config, 0)?;
        model.load_weights(tensors)?;
        Ok(model)
    }

    /// Copy the weights in from `tensors` (a state_dict or a checkpoint, which may hold
    /// more), checking every name and shape.
    pub fn load_weights(&self, tensors: &[NamedTensor]) -> Result<()> {
        self.load_from(
            tensors,
            "loading LSTM prior weights",
            " (is this the original's VQVAELSTM model_state_dict with these lstm_params and \
             codebook size?)",
        )
    }
}

/// The seed's state_dict names and order: `word_embedding.weight`, `rnn.*_l{k}`, `fc.0`,
/// `fc.2`.
impl Module for LstmPrior {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        v.parameter(&join(prefix, "word_embedding.weight"), &self.word_embedding);
        self.rnn.visit(&join(prefix, "rnn"), v);
        self.fc0.visit(&join(prefix, "fc.0"), v);
        self.fc2.visit(&join(prefix, "fc.2"), v);
    }
}
