//! Wall time of the pieces of a small training step (forward, backward, Adam), each synced.
//! `cargo run --release --example step_profile`

use std::time::Instant;
use wgtrain::autograd::{cross_entropy, grad, Var};
use wgtrain::kernels::adam::AdamHyper;
use wgtrain::kernels::random::{normal, RngKey};
use wgtrain::nn::{Forward, Linear, Module};
use wgtrain::optim::{Adam, Optimizer};
use wgtrain::{Gpu, Tensor};

fn main() -> wgtrain::Result<()> {
    let gpu = Gpu::from_env()?;
    let key = |s| RngKey {
        seed: 1,
        stream: s,
        offset: 0,
    };
    let layers = [
        Linear::with_key(&gpu, 2, 64, true, key(0))?,
        Linear::with_key(&gpu, 64, 64, true, key(2))?,
        Linear::with_key(&gpu, 64, 3, true, key(4))?,
    ];
    let named: Vec<(String, Var)> = layers
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.named_parameters_in(&i.to_string()))
        .collect();
    let mut adam = Adam::new(named, AdamHyper::default())?;
    let params = adam.params();
    let x = Var::constant(normal(&gpu, &[600, 2], key(9), 0.0, 1.0)?);
    let labels: Vec<i32> = (0..600).map(|i| i % 3).collect();
    let t = Tensor::from_i32(&gpu, &labels, &[600])?;
    let mut times = [0.0f64; 3];
    let steps = 50;
    for s in 0..steps {
        gpu.set_gpu_timing(s == steps - 1);
        let t0 = Instant::now();
        let d0 = gpu.counters().dispatches;
        let mut h = x.clone();
        for (i, l) in layers.iter().enumerate() {
            h = l.forward(&h)?;
            if i < 2 {
                h = h.relu()?;
            }
        }
        let loss = cross_entropy(&h, &t, -100)?;
        gpu.sync()?;
        let t1 = Instant::now();
        let d1 = gpu.counters().dispatches;
        let grads = grad(&loss, &params)?;
        gpu.sync()?;
        let t2 = Instant::now();
        let d2 = gpu.counters().dispatches;
        adam.step(&grads)?;
        gpu.sync()?;
        let t3 = Instant::now();
        if s == 0 {
            println!(
                "dispatches: forward {}, backward {}, adam {}",
                d1 - d0,
                d2 - d1,
                gpu.counters().dispatches - d2
            );
        }
        if s > 0 {
            times[0] += (t1 - t0).as_secs_f64();
            times[1] += (t2 - t1).as_secs_f64();
            times[2] += (t3 - t2).as_secs_f64();
        }
    }
    for (op, ms, n) in gpu.gpu_time_by_op() {
        println!("  {op:<20} {ms:8.3} ms GPU over {n} passes (last step)");
    }
    let n = (steps - 1) as f64;
    println!(
        "ms per step: forward {:.2}, backward {:.2}, adam {:.2}",
        times[0] * 1e3 / n,
        times[1] * 1e3 / n,
        times[2] * 1e3 / n
    );
    Ok(())
}
