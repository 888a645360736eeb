//! Throughput of kernels and training steps, measured as the peer harness in
//! `../shared/peers` measures Burn and PyTorch: one cold first iteration (pipeline creation
//! included), warm-up iterations, then the median of timed iterations, each ending in a sync.
//! Workload names and JSON fields match the peers', so `make_table.py` can put us beside them.

use crate::autograd::{backward, grad, Var};
use crate::error::Result;
use crate::gpu::{DType, Gpu, Tensor};
use crate::kernels::adam::AdamHyper;
use crate::kernels::elementwise::{self as ew, Binary, Unary};
use crate::kernels::random::{normal, uniform, RngKey};
use crate::kernels::{adam, matmul, reduce, softmax};
use crate::nn::Linear;
use crate::nn::{Forward, Module};
use crate::optim::{Adam, Optimizer};
use std::time::Instant;

/// One workload's timings, one row of the peer harness's table (serialised as a JSON line).
#[derive(Clone, Debug, serde::Serialize)]
pub struct BenchResult {
    /// The engine measured: always "wgtrain".
    pub peer: String,
    /// Workload name, one of [`WORKLOADS`].
    pub workload: String,
    /// Median wall-clock ms of the timed iterations.
    pub median_ms: f64,
    /// Wall-clock ms of the cold first iteration, pipeline creation included.
    pub first_ms: f64,
    /// Fastest timed iteration, in ms.
    pub min_ms: f64,
    /// Slowest timed iteration, in ms.
    pub max_ms: f64,
    /// Number of timed iterations.
    pub iters: usize,
    /// Ms to build the workload (weights, data, first upload) before the first iteration.
    pub setup_ms: f64,
    /// Nominal work per iteration (peers' convention: fwd+bwd = 3 x forward GEMM FLOPs).
    pub nominal_gflop: Option<f64>,
    /// `nominal_gflop` over the median time, in GFLOP/s.
    pub gflops: Option<f64>,
    /// Bytes moved per iteration, for memory-bound kernels.
    pub gbytes: Option<f64>,
    /// `gbytes` over the median time, in GB/s.
    pub gbps: Option<f64>,
    /// Mean GPU time per iteration from timestamp queries, where the adapter has them.
    pub gpu_ms: Option<f64>,
    /// Median CPU ms of the calling thread per timed iteration: building the graph, recording
    /// and submitting the kernels, waiting excluded (Unix only). On a fast GPU a step cannot
    /// take less than this, so a row whose `host_ms` is near its `median_ms` is bound by the
    /// host, not by its kernels.
    pub host_ms: Option<f64>,
    /// Kernel launches per iteration.
    pub dispatches: f64,
    /// Command buffers submitted per iteration: one per sync point (a readback, an upload, an
    /// explicit sync), plus one per 4 096 launches. On a GPU each sync point also drains it.
    pub submits: f64,
    /// Items per second where a workload has a natural item (images for a training step).
    pub items_per_s: Option<f64>,
    /// GPU ms per iteration by op, slowest first (where the adapter has timestamps).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gpu_ms_by_op: Vec<(String, f64)>,
    /// GFLOP/s (or GB/s for memory-bound rows) as a percentage of this run's peak_fma (or
    /// peak_bandwidth) row, when those rows ran first.
    pub pct_of_peak: Option<f64>,
    /// "auto", or the "family/variant" forced for this row (`--variants`).
    pub variant: String,
    /// With `--variants`: whether this forced variant is the one `auto` ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_pick: Option<bool>,
    /// "family/variant" of every kernel variant the workload ran.
    pub kernels: Vec<String>,
}

/// What [`run`] measures and how many times.
#[derive(Clone, Debug)]
pub struct BenchOptions {
    /// Timed iterations per workload (at least one runs); default 10.
    pub iters: usize,
    /// Untimed iterations after the cold first one; default 3.
    pub warmup: usize,
    /// Comma-separated workload names to run, or `None` for all of [`WORKLOADS`].
    pub only: Option<String>,
    /// Also time every variant of each kernel family a workload uses, forced one by one.
    pub variants: bool,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            iters: 10,
            warmup: 3,
            only: None,
            variants: false,
        }
    }
}

/// Workload names, in the order they run.
pub const WORKLOADS: &[&str] = &[
    "peak_fma",
    "peak_bandwidth",
    "matmul_1024",
    "matmul_4096",
    "matmul_1024_f16",
    "matmul_4096_f16",
    "conv2d_fwd_bwd",
    "conv2d_fwd_bwd_amp",
    "conv_transpose2d_fwd_bwd",
    "codebook_argmin",
    "vqvae_train_step",
    "vqvae_train_step_amp",
    "lstm2_fwd_bwd",
    "lstm_prior_train_step",
    "lstm_prior_train_step_amp",
    "lstm_prior_sample_step",
    "attention_b8_t49_d512_h8",
    "attention_fused_b8_t49_d512_h8",
    "attention_composed_b8_t49_d512_h8",
    "scene_train_step",
    "scene_train_step_amp",
    "vaegan_train_step",
    "vaegan_train_step_amp",
    "vaegan_d_step",
    "vaegan_gp_double_backward",
    "vaegan_g_step",
    "vae_train_step",
    "pokemon_vae_train_step",
    "pokemon_vae_train_step_amp",
    "unary_relu_16m",
    "binary_add_16m",
    "reduce_sum_16m",
    "softmax_1024x4096",
    "random_normal_16m",
    "adam_15m",
    "sgd_momentum_15m",
];

struct Work {
    name: &'static str,
    gflop: Option<f64>,
    gbytes: Option<f64>,
    items: Option<f64>,
    setup_ms: f64,
    step: Box<dyn FnMut() -> Result<()>>,
}

const M16: usize = 16 * 1024 * 1024;

fn key(stream: u32) -> RngKey {
    RngKey {
        seed: 0x5EED,
        stream,
        offset: 0,
    }
}

fn build(gpu: &Gpu, name: &str) -> Result<Work> {
    let t = Instant::now();
    let g = gpu.clone();
    let mut w = match name {
        "peak_fma" => peak_fma(gpu)?,
        "peak_bandwidth" => peak_bandwidth(gpu)?,
        "matmul_4096" => matmul_work(gpu, "matmul_4096", 4096, false)?,
        "matmul_1024" => matmul_work(gpu, "matmul_1024", 1024, false)?,
        "matmul_4096_f16" => matmul_work(gpu, "matmul_4096_f16", 4096, true)?,
        "matmul_1024_f16" => matmul_work(gpu, "matmul_1024_f16", 1024, true)?,
        "vae_train_step" => vae_step(gpu)?,
        "pokemon_vae_train_step" => pokemon_vae_step(gpu, false)?,
        "pokemon_vae_train_step_amp" => pokemon_vae_step(gpu, true)?,
        "conv2d_fwd_bwd" => conv_step(gpu, false, false)?,
        "conv2d_fwd_bwd_amp" => conv_step(gpu, false, true)?,
        "vqvae_train_step" => vqvae_step(gpu, false)?,
        "vqvae_train_step_amp" => vqvae_step(gpu, true)?,
        "lstm2_fwd_bwd" => lstm2_step(gpu)?,
        "scene_train_step" | "scene_train_step_amp" => {
            // Seed 003's teacher-forced step at its defaults: batch 8 of the synthetic data
            // (T = 49), AR step, decoder and captioner with the composite loss (≈55 GFLOP).
            use crate::models::scene_data::{generate_texts, Vocab};
            use crate::train::scene::{batch_from_texts, LossConfig, SceneConfig, SceneTrainer};
            let texts = generate_texts(10_000, 0);
            let vocab = Vocab::build(&texts);
            let lm = crate::models::scene_lm::LmConfig {
                vocab: vocab.len(),
                ..Default::default()
            };
            let config = SceneConfig {
                lm,
                ..Default::default()
            };
            let mut tr = SceneTrainer::new(gpu, config, LossConfig::default(), 5e-5, 0)?;
            if name.ends_with("_amp") {
                tr.enable_amp(gpu)?;
            }
            tr.global_step = 100; // past the warm-up, so every loss counts
            let batch = batch_from_texts(gpu, &vocab, &texts[..8], 50)?;
            Work {
                name: if name.ends_with("_amp") {
                    "scene_train_step_amp"
                } else {
                    "scene_train_step"
                },
                gflop: Some(55.0),
                gbytes: None,
                items: Some(8.0),
                setup_ms: 0.0,
                step: Box::new(move || {
                    let _ = tr.teacher_forced_step(&batch)?;
                    g.sync()
                }),
            }
        }
        "attention_b8_t49_d512_h8" => attention_step(gpu, "attention_b8_t49_d512_h8")?,
        "attention_fused_b8_t49_d512_h8" => attention_step(gpu, "attention_fused_b8_t49_d512_h8")?,
        "attention_composed_b8_t49_d512_h8" => {
            attention_step(gpu, "attention_composed_b8_t49_d512_h8")?
        }
        "vaegan_train_step" => vaegan_step(gpu, "vaegan_train_step")?,
        "vaegan_train_step_amp" => vaegan_step(gpu, "vaegan_train_step_amp")?,
        "vaegan_d_step" => vaegan_step(gpu, "vaegan_d_step")?,
        "vaegan_gp_double_backward" => vaegan_step(gpu, "vaegan_gp_double_backward")?,
        "vaegan_g_step" => vaegan_step(gpu, "vaegan_g_step")?,
        "lstm_prior_train_step" => lstm_prior_step(gpu, false, false)?,
        "lstm_prior_train_step_amp" => {
            let mut w = lstm_prior_step(gpu, false, true)?;
            w.name = "lstm_prior_train_step_amp";
            w
        }
        "lstm_prior_sample_step" => lstm_prior_step(gpu, true, false)?,
        "codebook_argmin" => {
            // Workload e: nearest of 4096 codes for 16 384 queries of 256 dims; the indices are
            // read back each iteration, as the peers do.
            let x = uniform(gpu, &[16_384, 256], key(50), -1.0, 1.0)?;
            let e = uniform(gpu, &[4096, 256], key(51), -1.0, 1.0)?;
            Work {
                name: "codebook_argmin",
                gflop: Some(2.0 * 16_384.0 * 4096.0 * 256.0 / 1e9),
                gbytes: None,
                items: None,
                setup_ms: 0.0,
                step: Box::new(move || {
                    let idx = crate::kernels::codebook::nearest_code(&x, &e)?;
                    idx.to_u32()?;
                    Ok(())
                }),
            }
        }
        "conv_transpose2d_fwd_bwd" => conv_step(gpu, true, false)?,
        "unary_relu_16m" => {
            let x = uniform(gpu, &[M16], key(3), -1.0, 1.0)?;
            mem_work("unary_relu_16m", 8.0, move || {
                let y = ew::unary(&x, Unary::Relu)?;
                g.sync()?;
                drop(y);
                Ok(())
            })
        }
        "binary_add_16m" => {
            let x = uniform(gpu, &[M16], key(4), -1.0, 1.0)?;
            let y = uniform(gpu, &[M16], key(5), -1.0, 1.0)?;
            mem_work("binary_add_16m", 12.0, move || {
                let z = ew::binary(&x, &y, Binary::Add)?;
                g.sync()?;
                drop(z);
                Ok(())
            })
        }
        "reduce_sum_16m" => {
            // [4096 rows, 4096]: one row per workgroup, the shape of a loss or a norm.
            let x = uniform(gpu, &[4096, 4096], key(6), -1.0, 1.0)?;
            mem_work("reduce_sum_16m", 4.0, move || {
                let (s, _) = reduce::reduce_axis(&x, 1, reduce::Reduce::Sum)?;
                g.sync()?;
                drop(s);
                Ok(())
            })
        }
        "softmax_1024x4096" => {
            let x = uniform(gpu, &[1024, 4096], key(7), -4.0, 4.0)?;
            let mut w = mem_work("softmax_1024x4096", 8.0, move || {
                let y = softmax::softmax_rows(&x, false)?;
                g.sync()?;
                drop(y);
                Ok(())
            });
            w.gbytes = Some(1024.0 * 4096.0 * 8.0 / 1e9);
            w
        }
        "random_normal_16m" => {
            let mut offset = 0u32;
            mem_work("random_normal_16m", 4.0, move || {
                offset = offset.wrapping_add(M16 as u32);
                let y = normal(&g, &[M16], RngKey { offset, ..key(8) }, 0.0, 1.0)?;
                g.sync()?;
                drop(y);
                Ok(())
            })
        }
        "adam_15m" => {
            let n = 15_134_432; // the Pokemon VAE's parameter count
            let p = uniform(gpu, &[n], key(9), -1.0, 1.0)?;
            let grad = uniform(gpu, &[n], key(10), -1.0, 1.0)?;
            let m = ew::fill(gpu, &[n], 0.0)?;
            let v = ew::fill(gpu, &[n], 0.0)?;
            let mut step = 0u64;
            let mut w = mem_work("adam_15m", 0.0, move || {
                step += 1;
                adam::adam_step(&p, &grad, &m, &v, AdamHyper::default(), step)?;
                g.sync()
            });
            // reads p, g, m, v; writes p, m, v
            w.gbytes = Some(n as f64 * 28.0 / 1e9);
            w
        }
        "sgd_momentum_15m" => {
            let n = 15_134_432; // as adam_15m
            let p = uniform(gpu, &[n], key(11), -1.0, 1.0)?;
            let grad = uniform(gpu, &[n], key(12), -1.0, 1.0)?;
            let buf = ew::fill(gpu, &[n], 0.0)?;
            let h = crate::kernels::sgd::SgdHyper {
                lr: 1e-3,
                momentum: 0.9,
                ..Default::default()
            };
            let mut first = true;
            let mut w = mem_work("sgd_momentum_15m", 0.0, move || {
                crate::kernels::sgd::sgd_step(&p, &grad, Some(&buf), h, first)?;
                first = false;
                g.sync()
            });
            // reads p, g, the momentum buffer; writes p and the buffer
            w.gbytes = Some(n as f64 * 20.0 / 1e9);
            w
        }
        other => {
            return Err(crate::Error::invalid(
                "bench",
                format!(
                    "unknown workload '{other}'; choose from {}",
                    WORKLOADS.join(", ")
                ),
            ))
        }
    };
    gpu.sync()?;
    w.setup_ms = t.elapsed().as_secs_f64() * 1e3;
    Ok(w)
}

/// An `n`³ product of two uniform matrices.
/// `n`x`n` times `n`x`n`; with `f16` the operands are F16 tensors (cast once, outside the
/// timing): the f16-operand kernels, f32 sums and result.
fn matmul_work(gpu: &Gpu, name: &'static str, n: usize, f16: bool) -> Result<Work> {
    let dtype = if f16 { DType::F16 } else { DType::F32 };
    let a = uniform(gpu, &[n, n], key(1), -1.0, 1.0)?.cast(dtype)?;
    let b = uniform(gpu, &[n, n], key(2), -1.0, 1.0)?.cast(dtype)?;
    let g = gpu.clone();
    Ok(Work {
        name,
        gflop: Some(2.0 * (n as f64).powi(3) / 1e9),
        gbytes: None,
        items: None,
        setup_ms: 0.0,
        step: Box::new(move || {
            let c = matmul::matmul(&a, &b, false, false)?;
            g.sync()?;
            drop(c);
            Ok(())
        }),
    })
}

/// Pure fma throughput: eight independent fma chains per vec4 lane-group, `REPS` launches per
/// step (sized so a large GPU runs for milliseconds, lavapipe for tens of them).
fn peak_fma(gpu: &Gpu) -> Result<Work> {
    use crate::kernels::peak;
    let (n, iters, reps) = if gpu.is_cpu_adapter() {
        (1 << 16, 128, 1)
    } else {
        (1 << 20, 1024, 4)
    };
    let x = uniform(gpu, &[4 * n], key(90), -1.0, 1.0)?;
    let g = gpu.clone();
    Ok(Work {
        name: "peak_fma",
        gflop: Some(reps as f64 * peak::fma_flops(n, iters) / 1e9),
        gbytes: None,
        items: None,
        setup_ms: 0.0,
        step: Box::new(move || {
            for _ in 0..reps {
                drop(peak::fma_chains(&x, iters)?);
            }
            g.sync()
        }),
    })
}

/// Memory bandwidth: a vec4 copy (read + write), as large as the binding limit allows up to
/// 256 MiB on GPUs (64 MiB on CPU adapters), `reps` copies per step.
fn peak_bandwidth(gpu: &Gpu) -> Result<Work> {
    use crate::kernels::peak;
    let (bytes, reps) = if gpu.is_cpu_adapter() {
        (64u64 << 20, 1)
    } else {
        (256u64 << 20, 8)
    };
    let bytes = bytes.min(gpu.max_binding_bytes()) / 16 * 16;
    let x = uniform(gpu, &[(bytes / 4) as usize], key(91), -1.0, 1.0)?;
    let g = gpu.clone();
    Ok(Work {
        name: "peak_bandwidth",
        gflop: None,
        gbytes: Some(reps as f64 * 2.0 * bytes as f64 / 1e9),
        items: None,
        setup_ms: 0.0,
        step: Box::new(move || {
            for _ in 0..reps {
                drop(peak::copy(&x)?);
            }
            g.sync()
        }),
    })
}

fn mem_work(
    name: &'static str,
    bytes_per_elem: f64,
    step: impl FnMut() -> Result<()> + 'static,
) -> Work {
    Work {
        name,
        gflop: None,
        gbytes: Some(M16 as f64 * bytes_per_elem / 1e9),
        items: None,
        setup_ms: 0.0,
        step: Box::new(step),
    }
}

/// Workloads b and c of the peers: conv2d N16 C64 64x64 -> 128, k4 s2 p1, or
/// conv_transpose2d N16 C128 32x32 -> 64, k4 s2 p1; bias; loss = sum(y); gradients for the
/// input, the weight and the bias.
/// conv2d (or conv_transpose2d) forward and backward; with `amp` under autocast (the casts of
/// the input, the weight and the gradients are in the timing, as in a training step).
fn conv_step(gpu: &Gpu, transpose: bool, amp: bool) -> Result<Work> {
    use crate::kernels::conv::Padding;
    let (x_shape, w_shape, bias) = if transpose {
        ([16, 128, 32, 32], [128, 64, 4, 4], 64)
    } else {
        ([16, 64, 64, 64], [128, 64, 4, 4], 128)
    };
    let x = Var::param(uniform(gpu, &x_shape, key(40), -1.0, 1.0)?);
    let w = Var::param(uniform(gpu, &w_shape, key(41), -0.1, 0.1)?);
    let b = Var::param(uniform(gpu, &[bias], key(42), -0.1, 0.1)?);
    let g = gpu.clone();
    // Forward MACs, the same for both: 16 images x 32x32 positions (the conv's outputs, the
    // transpose's inputs) x 128·64 channel pairs x 4x4 taps.
    let macs = 16.0 * 32.0 * 32.0 * 128.0 * 64.0 * 16.0;
    Ok(Work {
        name: match (transpose, amp) {
            (true, _) => "conv_transpose2d_fwd_bwd",
            (false, false) => "conv2d_fwd_bwd",
            (false, true) => "conv2d_fwd_bwd_amp",
        },
        gflop: Some(3.0 * 2.0 * macs / 1e9),
        gbytes: None,
        items: None,
        setup_ms: 0.0,
        step: Box::new(move || {
            let grads = crate::autograd::autocast(amp, || {
                let y = if transpose {
                    x.conv_transpose2d(&w, Some(&b), 2, 1, 0)?
                } else {
                    x.conv2d(&w, Some(&b), 2, Padding::Symmetric(1))?
                };
                backward(&y.sum()?, &[&x, &w, &b])
            })?;
            g.sync()?;
            drop(grads);
            Ok(())
        }),
    })
}

/// One VQ-VAE training step at the seed's config and batch 16: forward with the EMA update,
/// MSE + commitment, backward, clip-norm 1.0, Adam.
fn vqvae_step(gpu: &Gpu, amp: bool) -> Result<Work> {
    use crate::models::vqvae::VqVaeConfig;
    use crate::train::fit::Trainer;
    use crate::train::vqvae::{TrainParams, VqVaeFile, VqVaeTrainer};
    let cfg = VqVaeFile {
        model_params: VqVaeConfig::default(),
        train_params: TrainParams {
            task_name: "bench".into(),
            batch_size: 16,
            epochs: 1,
            lr: 1e-4,
            ckpt_name: "bench.safetensors".into(),
            seed: 111,
            data: "".into(),
        },
        lstm_params: Default::default(),
    };
    // the trainer's own step (the one `wgtrain vqvae train` runs) on a batch made once
    let mut trainer = VqVaeTrainer::new(gpu, &cfg, &[], "".into())?;
    // `--amp`: the trainer's mixed-precision step (autocast, loss scaling)
    trainer.scaler = crate::train::amp_scaler(gpu, amp, "bench")?;
    let x = Var::constant(uniform(gpu, &[16, 3, 128, 128], key(60), -1.0, 1.0)?);
    let g = gpu.clone();
    // Forward (counted on the original under PyTorch, B = 16): encoder 25.1 + decoder 19.7
    // GFLOP, plus the distance product; the backward pass of the convolutions doubles their share.
    let conv = 25.1 + 19.7;
    let distances = 2.0 * 16_384.0 * 4096.0 * 256.0 / 1e9;
    Ok(Work {
        name: if amp {
            "vqvae_train_step_amp"
        } else {
            "vqvae_train_step"
        },
        gflop: Some(3.0 * conv + distances),
        gbytes: None,
        items: Some(16.0),
        setup_ms: 0.0,
        step: Box::new(move || {
            trainer.step(&x)?;
            g.sync()
        }),
    })
}

/// Workload d of the peers: nn.LSTM(256, 512, num_layers=2, batch_first) on [64, 32, 256],
/// loss = sum of the outputs, backward into the weights (the input needs no gradient).
fn lstm2_step(gpu: &Gpu) -> Result<Work> {
    let (b, t, i, h) = (64usize, 32usize, 256usize, 512usize);
    let bound = 1.0 / (h as f32).sqrt();
    let mut layers = vec![];
    for l in 0..2u32 {
        let input = if l == 0 { i } else { h };
        let u = |shape: &[usize], s: u32| -> Result<Var> {
            Ok(Var::param(uniform(
                gpu,
                shape,
                key(70 + 4 * l + s),
                -bound,
                bound,
            )?))
        };
        layers.push([
            u(&[4 * h, input], 0)?,
            u(&[4 * h, h], 1)?,
            u(&[4 * h], 2)?,
            u(&[4 * h], 3)?,
        ]);
    }
    let x = Var::constant(uniform(gpu, &[b, t, i], key(69), -1.0, 1.0)?);
    let g = gpu.clone();
    // the peers' count: 2·T·B·4H·((I + H) + (H + H)) forward, three times that with backward
    let fwd = 2.0 * (t * b * 4 * h * ((i + h) + (h + h))) as f64;
    Ok(Work {
        name: "lstm2_fwd_bwd",
        gflop: Some(3.0 * fwd / 1e9),
        gbytes: None,
        items: None,
        setup_ms: 0.0,
        step: Box::new(move || {
            let mut y = x.clone();
            for [wi, wh, bi, bh] in &layers {
                y = y.lstm_layer(wi, wh, bi, bh)?;
            }
            let loss = y.sum()?;
            let refs: Vec<&Var> = layers.iter().flatten().collect();
            let grads = backward(&loss, &refs)?;
            g.sync()?;
            drop(grads);
            Ok(())
        }),
    })
}

/// The LSTM prior at the seed's config (4 layers, 256→512, 4096 codes): one training step at
/// batch 16 × window 128 (CE + Adam), or one sampling step of `generate` at its defaults
/// (64 images, window 128: build the windows, run the prior, draw a token on the GPU).
fn lstm_prior_step(gpu: &Gpu, sample: bool, amp: bool) -> Result<Work> {
    use crate::models::lstm_prior::{LstmParams, LstmPrior};
    let model = LstmPrior::new(gpu, 4096, LstmParams::default().model(), 0)?;
    let (b, w) = if sample { (64, 128) } else { (16, 128) };
    // the analytic LSTM count: 2·4H(I + H) per token and layer, over the window
    let h = 512usize;
    let per_token: usize = (0..4)
        .map(|l| 8 * h * (if l == 0 { 256 } else { h } + h))
        .sum();
    let fwd = (b * w * per_token) as f64 / 1e9;
    let g = gpu.clone();
    if sample {
        let tokens = uniform(gpu, &[b, 1024 + 1], key(80), 0.0, 4096.0)?;
        let tokens = Tensor::from_u32(
            gpu,
            &tokens
                .to_f32()?
                .iter()
                .map(|v| *v as u32)
                .collect::<Vec<_>>(),
            &[b, 1025],
        )?;
        let mut step = 0usize;
        return Ok(Work {
            name: "lstm_prior_sample_step",
            gflop: Some(fwd),
            gbytes: None,
            items: Some(b as f64),
            setup_ms: 0.0,
            step: Box::new(move || {
                // a step late in the sequence: the window is full
                let len = 512 + step % 256;
                step += 1;
                let ids = crate::kernels::sampling::context_window(&tokens, len, w, 4097)?;
                let logits = crate::autograd::no_grad(|| model.forward(&ids))?;
                crate::kernels::sampling::sample_logits(
                    logits.value(),
                    0.8,
                    key(81),
                    &tokens,
                    len,
                )?;
                g.sync()
            }),
        });
    }
    // the trainer's own step (the one `wgtrain lstm-prior train` runs)
    let lp = LstmParams {
        lr: 1e-3,
        ..Default::default()
    };
    let pairs = crate::train::lstm_prior::Pairs::new(vec![], 0, 0, w);
    let mut trainer =
        crate::train::lstm_prior::LstmPriorTrainer::new(gpu, model, &lp, pairs, b, 0)?;
    // the `_amp` row (renamed by the caller) is the same step with `--amp`
    trainer.scaler = crate::train::amp_scaler(gpu, amp, "bench")?;
    let ids: Vec<u32> = (0..b * w)
        .map(|i| (i * 2_654_435_761usize % 4098) as u32)
        .collect();
    let batch = (
        Tensor::from_u32(gpu, &ids, &[b, w])?,
        Tensor::from_i32(
            gpu,
            &(0..b).map(|i| (i * 977 % 4096) as i32).collect::<Vec<_>>(),
            &[b],
        )?,
    );
    Ok(Work {
        name: "lstm_prior_train_step",
        gflop: Some(3.0 * fwd),
        gbytes: None,
        items: Some(b as f64),
        setup_ms: 0.0,
        step: Box::new(move || {
            crate::train::fit::Trainer::step(&mut trainer, &batch)?;
            g.sync()
        }),
    })
}

/// The VAE-GAN at the seed's sizes (128×128, batch 16, faithful weight predictor): the whole
/// training step (≈142 GFLOP, measured on the fixed original), or one of its parts: the
/// critic's step, the gradient penalty's double backward alone (critic on x̂, its input
/// gradient with a graph, the penalty, backward into the critic), and the generator's step.
fn vaegan_step(gpu: &Gpu, name: &'static str) -> Result<Work> {
    use crate::models::vaegan::wgan_terms;
    use crate::train::vaegan::{VaeGan, VaeGanRun};
    let run = VaeGanRun {
        amp: name.ends_with("_amp"),
        ..VaeGanRun::default()
    };
    let mut model = VaeGan::new(gpu, run)?;
    let real = Var::constant(uniform(gpu, &[16, 3, 128, 128], key(90), 0.0, 1.0)?);
    let fake = Var::constant(uniform(gpu, &[16, 3, 128, 128], key(91), 0.0, 1.0)?);
    let alpha = uniform(gpu, &[16], key(92), -1.0, 1.0)?;
    let g = gpu.clone();
    Ok(Work {
        name,
        gflop: name.starts_with("vaegan_train_step").then_some(142.0),
        gbytes: None,
        items: Some(16.0),
        setup_ms: 0.0,
        step: Box::new(move || {
            match name {
                "vaegan_train_step" | "vaegan_train_step_amp" => drop(model.train_step(&real)?),
                "vaegan_d_step" => drop(model.critic_step(&real)?),
                "vaegan_g_step" => drop(model.generator_step(&real)?),
                _ => {
                    let (_, gp) = wgan_terms(&model.critic, &real, &fake, &alpha)?;
                    drop(grad(&gp, &model.critic.parameters())?);
                }
            }
            g.sync()
        }),
    })
}

/// The Pokemon VAE's own training step at the seed's defaults (hidden 1024, latent 16, batch
/// 256 of 40×40 sprites): the seed's summed loss, Adam, the losses read back, as `wgtrain
/// pokemon-vae train` runs it. (`vae_train_step` is the peers' variant of the same network.)
fn pokemon_vae_step(gpu: &Gpu, amp: bool) -> Result<Work> {
    use crate::train::fit::Trainer;
    use crate::train::pokemon_vae::{PokemonVaeTrainer, TrainOptions};
    let opts = TrainOptions {
        amp,
        ..TrainOptions::default()
    };
    let (b, d, h) = (opts.batch_size, 40 * 40 * 3, opts.hidden_size);
    let mut trainer = PokemonVaeTrainer::new(gpu, &opts, &[], vec![])?;
    let x = Var::constant(uniform(gpu, &[b, 3, 40, 40], key(95), 0.0, 1.0)?);
    let g = gpu.clone();
    let macs = (d * h + 3 * h * h + h * 32 + 16 * h + 2 * h * h + h * d) as f64;
    Ok(Work {
        name: if amp {
            "pokemon_vae_train_step_amp"
        } else {
            "pokemon_vae_train_step"
        },
        gflop: Some(3.0 * 2.0 * macs * b as f64 / 1e9),
        gbytes: None,
        items: Some(b as f64),
        setup_ms: 0.0,
        step: Box::new(move || {
            trainer.step(&x)?;
            g.sync()
        }),
    })
}

/// Workload f of the peers: the MLP VAE (4800-1024x4 -> 32 split into mu, logvar; 16-1024x3 ->
/// 4800, sigmoid) at batch 256, loss 10·mean((x̂−x)²) + KL/batch, Adam lr 1e-3, the loss read
/// back on step 1 and every 5th step as logging would.
fn vae_step(gpu: &Gpu) -> Result<Work> {
    let batch = 256;
    let d_x = 40 * 40 * 3;
    let h = 1024;
    let dims_enc = [(d_x, h), (h, h), (h, h), (h, h), (h, 32)];
    let dims_dec = [(16, h), (h, h), (h, h), (h, d_x)];
    let mut stream = 100;
    let mut layer = |(i, o): (usize, usize)| {
        stream += 2;
        Linear::with_key(gpu, i, o, true, key(stream))
    };
    let enc: Vec<Linear> = dims_enc
        .into_iter()
        .map(&mut layer)
        .collect::<Result<_>>()?;
    let dec: Vec<Linear> = dims_dec
        .into_iter()
        .map(&mut layer)
        .collect::<Result<_>>()?;
    let named: Vec<(String, Var)> = enc
        .iter()
        .chain(&dec)
        .enumerate()
        .flat_map(|(i, l)| l.named_parameters_in(&format!("layer{i}")))
        .collect();
    let mut optim = Adam::new(named, AdamHyper::default())?;
    let params = optim.params();
    let x = Var::constant(uniform(gpu, &[batch, d_x], key(90), 0.0, 1.0)?);
    let g = gpu.clone();
    let mut step_no = 0u32;
    let macs = (d_x * h + 3 * h * h + h * 32 + 16 * h + 2 * h * h + h * d_x) as f64;
    Ok(Work {
        name: "vae_train_step",
        gflop: Some(3.0 * 2.0 * macs * batch as f64 / 1e9),
        gbytes: None,
        items: Some(batch as f64),
        setup_ms: 0.0,
        step: Box::new(move || {
            step_no += 1;
            let eps = Var::constant(normal(
                &g,
                &[batch, 16],
                RngKey {
                    offset: step_no * 4096,
                    ..key(91)
                },
                0.0,
                1.0,
            )?);
            let mut hdn = x.clone();
            for l in &enc[..4] {
                hdn = l.forward(&hdn)?.relu()?;
            }
            let stats = enc[4].forward(&hdn)?;
            let mu = stats.narrow(1, 0, 16)?;
            let logvar = stats.narrow(1, 16, 16)?;
            let z = mu.add(&eps.mul(&logvar.mul_scalar(0.5)?.exp()?)?)?;
            let mut hdn = z;
            for l in &dec[..3] {
                hdn = l.forward(&hdn)?.relu()?;
            }
            let recon = dec[3].forward(&hdn)?.sigmoid()?;
            let mse = recon.sub(&x)?.square()?.mean()?;
            let kl = logvar
                .add_scalar(1.0)?
                .sub(&mu.square()?)?
                .sub(&logvar.exp()?)?
                .sum()?
                .mul_scalar(-0.5 / batch as f32)?;
            let loss = mse.mul_scalar(10.0)?.add(&kl)?;
            optim.step(&grad(&loss, &params)?)?;
            if step_no == 1 || step_no.is_multiple_of(5) {
                let l = loss.value().scalar()?;
                if !l.is_finite() {
                    return Err(crate::Error::invalid(
                        "vae_train_step",
                        format!("loss became {l}"),
                    ));
                }
            }
            g.sync()
        }),
    })
}

/// Run the selected workloads, calling `report` as each finishes. With `opts.variants`, each
/// workload runs once as `auto`, then once per variant of every kernel family it used,
/// forced (where a forced variant cannot run a shape, that call keeps auto's choice; a
/// variant that ran nowhere in the workload gets no row).
pub fn run(
    gpu: &Gpu,
    opts: &BenchOptions,
    mut report: impl FnMut(&BenchResult),
) -> Result<Vec<BenchResult>> {
    let names: Vec<&str> = match &opts.only {
        Some(only) => only.split(',').map(|s| s.trim()).collect(),
        None => WORKLOADS.to_vec(),
    };
    let mut out = vec![];
    let mut peaks = Peaks::default();
    for name in names {
        if let (true, Some(reason)) = (needs_f16(name), gpu.f16_reason()) {
            eprintln!("{name}: not run: {reason}");
            continue;
        }
        let auto = measure(gpu, name, opts, "auto".into(), &mut peaks)?;
        let used = auto.kernels.clone();
        report(&auto);
        out.push(auto);
        if !opts.variants {
            continue;
        }
        for family in FAMILIES {
            let auto_ran: Vec<&String> = used
                .iter()
                .filter(|k| k.starts_with(&format!("{family}/")))
                .collect();
            if auto_ran.is_empty() {
                continue; // the workload does not use this family
            }
            for variant in family_variants(gpu, family) {
                gpu.force_variant(family, Some(variant));
                let label = format!("{family}/{variant}");
                let r = measure(gpu, name, opts, label.clone(), &mut peaks);
                gpu.force_variant(family, None);
                let mut r = r?;
                if !r.kernels.contains(&label) {
                    continue; // it cannot run this workload's shapes: the row would be auto's
                }
                r.auto_pick = Some(auto_ran.len() == 1 && *auto_ran[0] == label);
                report(&r);
                out.push(r);
            }
        }
    }
    Ok(out)
}

/// Whether a workload runs f16 kernels (mixed precision), which need shader-f16.
pub fn needs_f16(name: &str) -> bool {
    name.ends_with("_f16") || name.ends_with("_amp")
}

/// The kernel families with variants (`Gpu::force_variant`).
pub const FAMILIES: [&str; 3] = ["matmul", "conv", "codebook"];

/// The variants of a kernel family this adapter can run at all (for `--variants`); the matmul
/// family's include those that take only F16 operands (the cooperative-matrix kernels), which a
/// mixed-precision workload's products run.
pub fn family_variants(gpu: &Gpu, family: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = vec![];
    for (f, v, reason) in crate::kernels::variant_support(gpu) {
        let ours = f == family || (family == "matmul" && f == "matmul_f16");
        if ours && reason.is_none() && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The peak rows' figures once they have run, for the later rows' "% of peak".
#[derive(Default)]
struct Peaks {
    gflops: Option<f64>,
    gbps: Option<f64>,
}

/// The median of `v` (sorted in place; `v` is not empty).
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        0.5 * (v[n / 2 - 1] + v[n / 2])
    }
}

/// CPU time the calling thread has used, in ms (None where the platform has no per-thread
/// clock). Blocking in a wait for the device costs none of it.
pub fn thread_cpu_ms() -> Option<f64> {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec through a valid pointer
        let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        (rc == 0).then(|| ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// One workload: a cold first iteration, warm-ups, the timed median, GPU time by op.
fn measure(
    gpu: &Gpu,
    name: &str,
    opts: &BenchOptions,
    variant: String,
    peaks: &mut Peaks,
) -> Result<BenchResult> {
    gpu.clear_variants_used();
    let mut w = build(gpu, name)?;
    let t = Instant::now();
    (w.step)()?;
    let first_ms = t.elapsed().as_secs_f64() * 1e3;
    for _ in 0..opts.warmup {
        (w.step)()?;
    }
    let mut times = Vec::with_capacity(opts.iters);
    let mut host = Vec::with_capacity(opts.iters);
    let at_start = gpu.counters();
    for _ in 0..opts.iters.max(1) {
        let cpu = thread_cpu_ms();
        let t = Instant::now();
        (w.step)()?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
        if let (Some(a), Some(b)) = (cpu, thread_cpu_ms()) {
            host.push(b - a);
        }
    }
    let n = times.len();
    let at_end = gpu.counters();
    let dispatches = (at_end.dispatches - at_start.dispatches) as f64 / n as f64;
    let submits = (at_end.submits - at_start.submits) as f64 / n as f64;
    let median_ms = median(&mut times);
    let host_ms = (host.len() == n).then(|| median(&mut host));
    // GPU time from timestamps, in separate iterations so the queries do not disturb the
    // wall-clock ones.
    let reps = 3;
    let (gpu_ms, by_op) = if gpu.has_timestamps() {
        gpu.set_gpu_timing(true);
        for _ in 0..reps {
            (w.step)()?;
        }
        let ms = gpu.gpu_time_ms().map(|t| t / reps as f64);
        let by_op = gpu
            .gpu_time_by_op()
            .into_iter()
            .map(|(op, ms, _)| (op.to_string(), ms / reps as f64))
            .collect();
        gpu.set_gpu_timing(false);
        (ms, by_op)
    } else {
        (None, vec![])
    };
    let gflops = w.gflop.map(|g| g / (median_ms / 1e3));
    let gbps = w.gbytes.map(|g| g / (median_ms / 1e3));
    match w.name {
        "peak_fma" => peaks.gflops = gflops,
        "peak_bandwidth" => peaks.gbps = gbps,
        _ => {}
    }
    let pct = |v: Option<f64>, peak: Option<f64>| Some(100.0 * v? / peak?);
    let r = BenchResult {
        peer: "wgtrain".into(),
        workload: w.name.into(),
        median_ms,
        first_ms,
        min_ms: times[0],
        max_ms: times[n - 1],
        iters: n,
        setup_ms: w.setup_ms,
        nominal_gflop: w.gflop,
        gflops,
        gbytes: w.gbytes,
        gbps,
        gpu_ms,
        host_ms,
        dispatches,
        submits,
        items_per_s: w.items.map(|i| i / (median_ms / 1e3)),
        gpu_ms_by_op: by_op,
        pct_of_peak: pct(gflops, peaks.gflops).or_else(|| pct(gbps, peaks.gbps)),
        variant,
        auto_pick: None,
        kernels: gpu.variants_used(),
    };
    drop(w);
    gpu.trim_pool();
    Ok(r)
}

/// The scene LM's attention core (seed's sizes): packed QKV [8, 49, 1536], 8 heads, causal mask;
/// forward and backward into the QKV activations. `attention_b8_…` runs what the LM runs
/// (`fused_attention_enabled`: fused unless WGTRAIN_ATTENTION=composed), the `fused`/`composed`
/// rows one path each.
fn attention_step(gpu: &Gpu, name: &'static str) -> Result<Work> {
    let g = gpu.clone();
    let (b, t, d, h) = (8usize, 49usize, 512usize, 8usize);
    let qkv = Var::param(uniform(gpu, &[b, t, 3 * d], key(95), -1.0, 1.0)?);
    let mask = Tensor::from_f32(
        gpu,
        &crate::autograd::attention_mask(b, t, true, None),
        &[b, t, t],
    )?;
    // two products of 2·B·H·T·T·dh each, three times that with backward
    let fwd = 2.0 * 2.0 * (b * h * t * t * (d / h)) as f64;
    Ok(Work {
        name,
        gflop: Some(3.0 * fwd / 1e9),
        gbytes: None,
        items: None,
        setup_ms: 0.0,
        step: Box::new(move || {
            let y = if name.contains("fused") {
                qkv.self_attention_fused(h, Some(&mask), None)?
            } else if name.contains("composed") {
                qkv.self_attention_composed(h, Some(&mask), None)?
            } else {
                qkv.self_attention(h, Some(&mask))?
            };
            let grads = backward(&y.sum()?, &[&qkv])?;
            g.sync()?;
            drop(grads);
            Ok(())
        }),
    })
}
