//! How long one tiny kernel launch costs on this adapter: the host's CPU time (recording,
//! then submitting and cleaning up at the sync) and the wall time with execution.
//! `cargo run --release --example dispatch_overhead`

use std::time::Instant;
use wgtrain::kernels::elementwise::{binary, unary, Binary, Unary};
use wgtrain::{Gpu, Tensor};

fn main() -> wgtrain::Result<()> {
    let gpu = Gpu::from_env()?;
    let x = Tensor::from_f32(&gpu, &[1.0; 64], &[64])?;
    let mut y = unary(&x, Unary::Neg)?;
    gpu.sync()?;
    // two kernels taking turns, as in a step; 2 x 1000 launches fit one batch
    let n = 1000;
    for round in 0..5 {
        let cpu = wgtrain::bench::thread_cpu_ms();
        let t = Instant::now();
        for _ in 0..n {
            y = unary(&y, Unary::Neg)?;
            y = binary(&y, &x, Binary::Add)?;
        }
        let record = t.elapsed();
        gpu.sync()?;
        let total = t.elapsed();
        let host = cpu.zip(wgtrain::bench::thread_cpu_ms()).map(|(a, b)| b - a);
        let per = |s: f64| s * 1e6 / (2 * n) as f64;
        println!(
            "round {round}: {} launches of 64-element kernels: record {:.1} us each, host CPU {} us each, record + execute {:.1} us each",
            2 * n,
            per(record.as_secs_f64()),
            host.map(|h| format!("{:.1}", per(h / 1e3))).unwrap_or_else(|| "-".into()),
            per(total.as_secs_f64())
        );
    }
    Ok(())
}
