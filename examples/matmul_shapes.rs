//! Time matmul on the shapes of the MLP-VAE training step (batch 256), per kernel variant.
//! `cargo run --release --example matmul_shapes`

use std::time::Instant;
use wgtrain::kernels::matmul::{matmul_with, pick, Variant};
use wgtrain::kernels::random::{uniform, RngKey};
use wgtrain::Gpu;

fn main() -> wgtrain::Result<()> {
    let gpu = Gpu::from_env()?;
    // (m, n, k, trans_a, trans_b, what)
    let shapes = [
        (256, 1024, 4800, false, true, "fwd enc.1  x·Wᵀ"),
        (256, 1024, 1024, false, true, "fwd 1024²  x·Wᵀ"),
        (256, 4800, 1024, false, true, "fwd dec.6  x·Wᵀ"),
        (256, 1024, 4800, false, false, "bwd dX dec.6  g·W"),
        (256, 1024, 1024, false, false, "bwd dX 1024²  g·W"),
        (1024, 4800, 256, true, false, "bwd dW enc.1  gᵀ·x"),
        (4800, 1024, 256, true, false, "bwd dW dec.6  gᵀ·x"),
        (1024, 1024, 256, true, false, "bwd dW 1024²  gᵀ·x"),
        (1024, 1024, 1024, false, false, "1024³"),
    ];
    for (m, n, k, ta, tb, what) in shapes {
        let key = |s| RngKey {
            seed: 1,
            stream: s,
            offset: 0,
        };
        let a = uniform(&gpu, &if ta { [k, m] } else { [m, k] }, key(0), -1.0, 1.0)?;
        let b = uniform(&gpu, &if tb { [n, k] } else { [k, n] }, key(1), -1.0, 1.0)?;
        let v = pick(&gpu, Variant::Auto, m, n, k, ta, tb, false).unwrap();
        let mut times = vec![];
        for i in 0..6 {
            gpu.sync()?;
            let t = Instant::now();
            let c = matmul_with(&a, &b, ta, tb, Variant::Auto)?;
            gpu.sync()?;
            drop(c);
            if i > 0 {
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
        times.sort_by(|x, y| x.total_cmp(y));
        let ms = times[times.len() / 2];
        println!(
            "{what:<22} {m:>5}x{n:>5}x{k:>5} {:<9} {ms:8.2} ms {:6.1} GFLOP/s",
            v.name(),
            2.0 * (m * n * k) as f64 / ms / 1e6
        );
    }
    Ok(())
}
