//! Until the first seed model lands, the demo proves the engine end to end on the machine at
//! hand: every kernel against its CPU reference, then a small classifier trained from scratch
//! on built-in data (three interleaved spirals) with autograd and Adam.

use super::DeviceArgs;
use indicatif::{ProgressBar, ProgressStyle};
use wgtrain::autograd::{backward, cross_entropy, Var};
use wgtrain::kernels::adam::AdamHyper;
use wgtrain::kernels::random::RngKey;
use wgtrain::kernels::reduce::{reduce_axis, Reduce};
use wgtrain::nn::Linear;
use wgtrain::optim::Adam;
use wgtrain::{check, Tensor};

#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// Training steps of the spiral classifier.
    #[arg(long, default_value_t = 300)]
    steps: usize,
    /// Seed of the weights.
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

impl Default for DemoArgs {
    fn default() -> Self {
        DemoArgs {
            steps: 300,
            seed: 0,
        }
    }
}

/// Three spirals of `per_class` points each, as (x, y) pairs and labels.
fn spirals(per_class: usize) -> (Vec<f32>, Vec<i32>) {
    let mut xy = Vec::with_capacity(per_class * 6);
    let mut labels = Vec::with_capacity(per_class * 3);
    for c in 0..3 {
        for i in 0..per_class {
            let r = i as f32 / per_class as f32;
            // A fixed wobble instead of random noise keeps the data identical everywhere.
            let t = c as f32 * 4.0 + 4.0 * r + 0.2 * ((i * 7919 % 97) as f32 / 97.0 - 0.5);
            xy.push(r * t.sin());
            xy.push(r * t.cos());
            labels.push(c);
        }
    }
    (xy, labels)
}

pub fn run(dev: &DeviceArgs, args: &DemoArgs) -> anyhow::Result<()> {
    let gpu = dev.open()?;
    println!(
        "wgtrain demo on {} ({:?})",
        gpu.info().name,
        gpu.info().backend
    );

    let rows = check::run(&gpu, None, 1)?;
    let failed: Vec<_> = rows.iter().filter(|r| !r.pass).collect();
    println!(
        "kernel check: {} comparisons against the CPU reference, {} failed",
        rows.len(),
        failed.len()
    );
    for r in &failed {
        println!(
            "  FAIL {} {}: scaled error {:.3e} > bound {:.3e}",
            r.kernel, r.shape, r.scaled_err, r.bound
        );
    }

    let (xy, labels) = spirals(200);
    let n = labels.len();
    let x = Var::constant(Tensor::from_f32(&gpu, &xy, &[n, 2])?);
    let targets = Tensor::from_i32(&gpu, &labels, &[n])?;
    let key = |s| RngKey {
        seed: args.seed,
        stream: s,
        offset: 0,
    };
    let layers = [
        Linear::new(&gpu, 2, 64, true, key(0))?,
        Linear::new(&gpu, 64, 64, true, key(2))?,
        Linear::new(&gpu, 64, 3, true, key(4))?,
    ];
    let params: Vec<Var> = layers
        .iter()
        .flat_map(|l| l.parameters(""))
        .map(|(_, v)| v)
        .collect();
    let tensors: Vec<Tensor> = params.iter().map(|p| p.value().clone()).collect();
    let tensor_refs: Vec<&Tensor> = tensors.iter().collect();
    let mut adam = Adam::new(
        &tensor_refs,
        AdamHyper {
            lr: 1e-2,
            ..Default::default()
        },
    )?;

    let bar = ProgressBar::new(args.steps as u64);
    bar.set_style(ProgressStyle::with_template(
        "training spiral classifier {bar:30} {pos}/{len} {msg}",
    )?);
    let mut last = f32::NAN;
    for step in 0..args.steps {
        let mut h = x.clone();
        for (i, l) in layers.iter().enumerate() {
            h = l.forward(&h)?;
            if i < layers.len() - 1 {
                h = h.relu()?;
            }
        }
        let loss = cross_entropy(&h, &targets, -100)?;
        let grads = backward(&loss, &params.iter().collect::<Vec<_>>())?;
        let grad_refs: Vec<Option<&Tensor>> = grads
            .iter()
            .map(|g| g.as_ref().map(|v| v.value()))
            .collect();
        adam.step(&tensor_refs, &grad_refs)?;
        if step % 20 == 0 || step + 1 == args.steps {
            last = loss.value().scalar()?;
            if !last.is_finite() {
                anyhow::bail!("the loss became {last} at step {step}");
            }
            bar.set_message(format!("loss {last:.4}"));
        }
        bar.inc(1);
    }
    bar.finish();

    let mut h = x.clone();
    for (i, l) in layers.iter().enumerate() {
        h = l.forward(&h)?;
        if i < layers.len() - 1 {
            h = h.relu()?;
        }
    }
    let (_, idx) = reduce_axis(h.value(), 1, Reduce::Max)?;
    let picks = idx.expect("max gives indices").to_u32()?;
    let correct = picks
        .iter()
        .zip(&labels)
        .filter(|(p, l)| **p as i32 == **l)
        .count();
    println!(
        "final loss {last:.4}, training accuracy {:.1}% ({correct}/{n}); GPU buffers created: {}",
        100.0 * correct as f64 / n as f64,
        gpu.counters().buffers_created
    );
    if !failed.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}
