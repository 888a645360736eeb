//! How long one tiny kernel launch costs on this adapter: recording (host) and execution.
//! `cargo run --release --example dispatch_overhead`

use std::time::Instant;
use wgtrain::kernels::elementwise::{unary, Unary};
use wgtrain::{Gpu, Tensor};

fn main() -> wgtrain::Result<()> {
    let gpu = Gpu::from_env()?;
    let x = Tensor::from_f32(&gpu, &[1.0; 64], &[64])?;
    let mut y = unary(&x, Unary::Neg)?;
    gpu.sync()?;
    let n = 2000;
    let t = Instant::now();
    for _ in 0..n {
        y = unary(&y, Unary::Neg)?;
    }
    let record = t.elapsed();
    gpu.sync()?;
    let total = t.elapsed();
    println!(
        "{n} dispatches of a 64-element kernel: record {:.1} us each, record + execute {:.1} us each",
        record.as_secs_f64() * 1e6 / n as f64,
        total.as_secs_f64() * 1e6 / n as f64
    );
    Ok(())
}
